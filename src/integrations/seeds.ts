// Astro integration: before Astro syncs its content collections, turn every seed into an MDX page in
// src/generated/articles/. `astro build` alone does it; an editor never runs a manual step.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { articleToMdx } from "../lib/article/mdx";
import { loadSeeds, seedsDirFor } from "../lib/article/seeds";
import { assertNoProblems } from "../lib/errors";

/** Where the generated pages go: the `articles` collection in src/content.config.ts reads them. */
export const GENERATED_DIR = "src/generated/articles";

/** Writes a file only when its content changes, so the dev server does not reload for nothing. */
function writeIfChanged(path: string, content: string): void {
  try {
    if (readFileSync(path, "utf8") === content) return;
  } catch {
    // absent: write it
  }
  writeFileSync(path, content);
}

export function generateArticles(root: string, seedsDir: string): { slug: string; derived: string[] }[] {
  const { articles, problems } = loadSeeds(seedsDir, root);
  assertNoProblems(problems);
  const outDir = join(root, GENERATED_DIR);
  mkdirSync(outDir, { recursive: true });
  const keep = new Set(articles.map((a) => `${a.slug}.mdx`));
  for (const stale of readdirSync(outDir)) if (!keep.has(stale)) rmSync(join(outDir, stale));
  for (const a of articles)
    writeIfChanged(join(outDir, `${a.slug}.mdx`), articleToMdx(a.slug, a.seedFile, a.seed, a.meta));
  return articles.map((a) => ({ slug: a.slug, derived: a.meta.derived }));
}

export default function seeds(): AstroIntegration {
  return {
    name: "seeds-to-mdx",
    hooks: {
      "astro:config:setup": ({ config, logger, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const seedsDir = seedsDirFor(root);
        const generated = generateArticles(root, seedsDir);
        for (const { slug, derived } of generated) {
          logger.info(`${slug}: ${derived.length ? `derived ${derived.join(", ")}` : "all metadata given"}`);
        }
        for (const name of readdirSync(seedsDir)) addWatchFile(join(seedsDir, name));
      },
    },
  };
}
