// Content loaders for the fact base: the events and stances that src/integrations/seeds.ts has already read
// and validated, from src/generated/facts.json. The seeds folder is read once, by the integration.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { FACTS_FILE } from "../integrations/seeds";
import type { FactEvent, FactStance } from "../lib/facts/schema";

interface Facts {
  events: FactEvent[];
  stances: FactStance[];
}

export function factsLoader(kind: keyof Facts): Loader {
  return {
    name: `facts-${kind}`,
    load: async ({ store, parseData, config, generateDigest, watcher }) => {
      const file = join(fileURLToPath(config.root), FACTS_FILE);
      const load = async () => {
        const records = (JSON.parse(readFileSync(file, "utf8")) as Facts)[kind];
        store.clear();
        for (const record of records) {
          const id = `${record.article}/${record.id}`;
          const data = await parseData({ id, data: { ...record } });
          store.set({ id, data, digest: generateDigest(data) });
        }
      };
      await load();
      watcher?.add(file);
      watcher?.on("change", (changed) => {
        if (changed === file) void load();
      });
    },
  };
}
