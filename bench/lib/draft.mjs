// Draft recall: for the Syria seed and each fixture story with events (each read in its own language: the
// fixtures hold French, German and Arabic stories), how many of the hand-made events'
// dates `npm run draft` proposes from the same passage with the same date and precision (recall), and how
// many draft records come from passages the hand-made set does not quote (noise). Also: how many it
// proposes from the same passage at a coarser precision (a day where the key has a time of day).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadDrafter, storyMeta } from "../../scripts/draft.mjs";
import { ROOT } from "./util.mjs";

const STORIES = [join(ROOT, "seeds"), join(ROOT, "e2e/fixtures/seeds")];

/** `{ [story]: { recall: [found, total], noise, coarser, lang } }` for every story with a .txt and an .events.yaml. */
export async function draftRecall() {
  const drafter = await loadDrafter();
  const results = {};
  for (const dir of STORIES) {
    const slugs = readdirSync(dir)
      .filter((f) => f.endsWith(".events.yaml") && existsSync(join(dir, f.replace(/\.events\.yaml$/, ".txt"))))
      .map((f) => f.replace(/\.events\.yaml$/, ""))
      .sort();
    for (const slug of slugs) {
      const text = readFileSync(join(dir, `${slug}.txt`), "utf8");
      const { date, lang } = storyMeta(join(dir, `${slug}.meta.yaml`));
      const draft = drafter.draftEvents(text, date, slug, lang);
      const key = drafter.keyEvents(parse(readFileSync(join(dir, `${slug}.events.yaml`), "utf8")));
      const s = drafter.scoreDraft(draft.records, key, draft.blocks);
      results[slug] = { recall: [s.found, s.total], noise: s.noise, coarser: s.coarser, lang };
    }
  }
  return results;
}

/** One line per story, for the bench's report. */
export function draftLines(results) {
  return [
    "Draft (npm run draft) against the hand-made events: recall = their dates proposed from the same passage, same date and precision; noise = draft records from passages they do not quote",
    ...Object.entries(results).map(
      ([slug, r]) =>
        `  ${slug}${r.lang && r.lang !== "en" ? ` (${r.lang})` : ""}: recall ${r.recall[0]}/${r.recall[1]}, noise ${r.noise}${r.coarser ? ` (${r.coarser} more from the same passage at a coarser precision)` : ""}`,
    ),
  ].join("\n");
}
