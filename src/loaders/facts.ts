// Content loaders for the fact base: every `<name>.events.yaml` and `<name>.stances.yaml` beside a seed,
// validated against its article (src/lib/facts/validate.ts). A problem anywhere fails the build, and the
// error lists every problem at once.

import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { loadSeeds, readYaml, seedsDirFor, sideFile } from "../lib/article/seeds";
import { assertNoProblems } from "../lib/errors";
import type { FactEvent, FactStance } from "../lib/facts/schema";
import { type SideFile, validateFacts } from "../lib/facts/validate";

interface Facts {
  events: FactEvent[];
  stances: FactStance[];
}

// Both collections need the same validation (a stance refers to events), so it runs once per state of
// the seeds folder; a changed file in dev gives a new key and a fresh read.
let cache: { key: string; facts: Promise<Facts> } | undefined;

function folderKey(dir: string): string {
  return readdirSync(dir)
    .map((n) => `${n}:${statSync(join(dir, n)).mtimeMs}`)
    .join("|");
}

async function readFacts(root: string, seedsDir: string): Promise<Facts> {
  const { articles, problems } = loadSeeds(seedsDir, root);
  const facts: Facts = { events: [], stances: [] };
  const side = (name: string, kind: "events" | "stances"): SideFile | undefined => {
    const path = sideFile(seedsDir, name, kind);
    if (!path) return undefined;
    const file = relative(root, path).split("\\").join("/");
    const yaml = readYaml(path, file);
    problems.push(...yaml.problems);
    return yaml.problems.length ? undefined : { file, data: yaml.data };
  };
  for (const a of articles) {
    const name = a.seedFile.slice(a.seedFile.lastIndexOf("/") + 1, -".txt".length);
    const result = validateFacts(a.slug, a.seed.blocks, side(name, "events"), side(name, "stances"));
    facts.events.push(...result.events);
    facts.stances.push(...result.stances);
    problems.push(...result.problems);
  }
  assertNoProblems(problems);
  return facts;
}

export function factsLoader(kind: keyof Facts): Loader {
  return {
    name: `facts-${kind}`,
    load: async ({ store, parseData, config, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const seedsDir = seedsDirFor(root);
      const key = `${seedsDir}#${folderKey(seedsDir)}`;
      if (cache?.key !== key) cache = { key, facts: readFacts(root, seedsDir) };
      const records = (await cache.facts)[kind];
      store.clear();
      for (const record of records) {
        const id = `${record.article}/${record.id}`;
        const data = await parseData({ id, data: { ...record } });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
