// Astro integration: before Astro syncs its content collections, read and validate every story once
// (src/lib/stories.ts) and write what the collections read: one MDX page per seed in src/generated/articles/
// (its frontmatter carries the story's metadata and vocabulary), and the checked events and stances in
// src/generated/facts.json. `astro build` alone does all of it; an editor never runs a manual step.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { articleToMdx } from "../lib/article/mdx";
import type { ParsedSeed } from "../lib/article/parse";
import { seedsDirFor } from "../lib/article/seeds";
import { assertNoProblems } from "../lib/errors";
import type { FactStance } from "../lib/facts/schema";
import { loadStories, type Story } from "../lib/stories";

/** Where the generated pages go: the `articles` collection in src/content.config.ts reads them. */
export const GENERATED_DIR = "src/generated/articles";
/** The checked fact base of every story, which the `events` and `stances` collections read. */
export const FACTS_FILE = "src/generated/facts.json";

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
 * The paragraph the stance chart illustrates: the one holding the most quotes of the story's stances (ties:
 * the later one, nearer the outcome). Undefined without stances.
 */
export function chartPassage(seed: ParsedSeed, stances: readonly Pick<FactStance, "quotes">[]): string | undefined {
  const counts = new Map<string, number>();
  for (const s of stances) for (const q of s.quotes) counts.set(q.paragraph, (counts.get(q.paragraph) ?? 0) + 1);
  let best: string | undefined;
  for (const b of seed.blocks) {
    if (b.kind === "paragraph" && (counts.get(b.id) ?? 0) >= (counts.get(best ?? "") ?? 1)) best = b.id;
  }
  return best;
}

export function generateArticles(root: string, seedsDir: string): { stories: Story[]; drafts: string[] } {
  const { stories, problems, drafts } = loadStories(seedsDir, root);
  assertNoProblems(problems);
  const outDir = join(root, GENERATED_DIR);
  mkdirSync(outDir, { recursive: true });
  const keep = new Set(stories.map((s) => `${s.slug}.mdx`));
  for (const stale of readdirSync(outDir)) if (!keep.has(stale)) rmSync(join(outDir, stale));
  for (const s of stories) {
    const chartAfter = chartPassage(s.seed, s.stances);
    writeIfChanged(
      join(outDir, `${s.slug}.mdx`),
      articleToMdx(s.slug, s.seedFile, s.seed, { ...s.meta, vocabulary: s.vocabulary }, { chartAfter }),
    );
  }
  const facts = { events: stories.flatMap((s) => s.events), stances: stories.flatMap((s) => s.stances) };
  writeIfChanged(join(root, FACTS_FILE), `${JSON.stringify(facts, null, 1)}\n`);
  return { stories, drafts };
}

export default function seeds(): AstroIntegration {
  return {
    name: "seeds-to-mdx",
    hooks: {
      "astro:config:setup": ({ config, logger, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const seedsDir = seedsDirFor(root);
        const { stories, drafts } = generateArticles(root, seedsDir);
        for (const { slug, meta } of stories) {
          logger.info(`${slug}: ${meta.derived.length ? `derived ${meta.derived.join(", ")}` : "all metadata given"}`);
        }
        for (const draft of drafts) {
          logger.info(`${draft}: a draft, not published (edit it, then rename it to .events.yaml)`);
        }
        for (const name of readdirSync(seedsDir)) addWatchFile(join(seedsDir, name));
      },
    },
  };
}
