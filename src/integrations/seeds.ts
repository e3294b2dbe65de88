// Astro integration: before Astro syncs its content collections, turn every seed into an MDX page in
// src/generated/articles/. `astro build` alone does it; an editor never runs a manual step.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { articleToMdx } from "../lib/article/mdx";
import type { ParsedSeed } from "../lib/article/parse";
import { loadSeeds, readYaml, seedsDirFor, sideFile } from "../lib/article/seeds";
import { assertNoProblems } from "../lib/errors";
import { findQuote } from "../lib/facts/quotes";

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

/**
 * The paragraph the sanctions chart illustrates: the one holding the most quotes of the article's stances
 * (ties: the later one, nearer the outcome). Undefined without stances; the loader reports bad files.
 */
export function chartPassage(seed: ParsedSeed, stancesData: unknown): string | undefined {
  if (!Array.isArray(stancesData)) return undefined;
  const counts = new Map<string, number>();
  for (const record of stancesData) {
    const quotes = (record as { quotes?: unknown })?.quotes;
    for (const q of Array.isArray(quotes) ? quotes : []) {
      const block = typeof q === "string" ? findQuote(q, seed.blocks) : undefined;
      if (block?.kind === "paragraph") counts.set(block.id, (counts.get(block.id) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const b of seed.blocks) if ((counts.get(b.id) ?? 0) >= (counts.get(best ?? "") ?? 1)) best = b.id;
  return best;
}

export function generateArticles(root: string, seedsDir: string): { slug: string; derived: string[] }[] {
  const { articles, problems } = loadSeeds(seedsDir, root);
  assertNoProblems(problems);
  const outDir = join(root, GENERATED_DIR);
  mkdirSync(outDir, { recursive: true });
  const keep = new Set(articles.map((a) => `${a.slug}.mdx`));
  for (const stale of readdirSync(outDir)) if (!keep.has(stale)) rmSync(join(outDir, stale));
  for (const a of articles) {
    const name = a.seedFile.slice(a.seedFile.lastIndexOf("/") + 1, -".txt".length);
    const stances = sideFile(seedsDir, name, "stances");
    const chartAfter = stances ? chartPassage(a.seed, readYaml(stances, stances).data) : undefined;
    writeIfChanged(join(outDir, `${a.slug}.mdx`), articleToMdx(a.slug, a.seedFile, a.seed, a.meta, { chartAfter }));
  }
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
