// The stories' fact bases for tests, read and validated exactly as the build does, and the orders a reader
// sees the Syria story in. One place for what several specs and unit tests expect of the real data.

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseSeed } from "../lib/article/parse";
import { RecordProblems } from "../lib/facts/problems";
import { checkGroups } from "../lib/facts/story";
import { validateFacts } from "../lib/facts/validate";

/**
 * A story as the build's one pass (src/lib/stories.ts) reads it: the Syria story from seeds/, any other
 * from the end-to-end fixtures. Throws if its folder has any problem, so a test never runs on broken data.
 */
export { story as loadStory } from "./stories";

export const STORY = "syria-strike-g7-sanctions";
const seeds = new URL("../../seeds/", import.meta.url);

/** A file of the seeds folder, as text. */
export const readSeedFile = (name: string) => readFileSync(new URL(name, seeds), "utf8");

/** The raw YAML of the story's metadata, events and stances, as an editor wrote them. */
export const rawMeta = () => parse(readSeedFile(`${STORY}.meta.yaml`));
export const rawEvents = () => parse(readSeedFile(`${STORY}.events.yaml`));
export const rawStances = () => parse(readSeedFile(`${STORY}.stances.yaml`));

/** The story's blocks and its validated events and stances, with every problem of its files. */
export function storyFacts() {
  const blocks = parseSeed(readSeedFile(`${STORY}.txt`), `seeds/${STORY}.txt`).seed?.blocks ?? [];
  const meta = new RecordProblems(`seeds/${STORY}.meta.yaml`, undefined);
  const groups = checkGroups(rawMeta().groups, meta);
  const facts = validateFacts(
    STORY,
    blocks,
    groups,
    { file: `seeds/${STORY}.events.yaml`, data: rawEvents() },
    { file: `seeds/${STORY}.stances.yaml`, data: rawStances() },
  );
  return { blocks, ...facts, problems: [...meta.list, ...facts.problems] };
}

/**
 * The events in time order: the list under the timeline, its arrow keys, the data page, the downloads.
 * Events of one day keep the order of the file (sanctions-plan, johnson-stick-like-glue, g7-lucca and
 * may-trump-call on 10 April; tillerson-remarks, g7-rejects-sanctions and tillerson-moscow on the 11th).
 */
export const EVENT_ORDER = [
  "crimea-annexation",
  "g8-suspension",
  "russia-in-syria",
  "us-campaign-2016",
  "flynn-kislyak-talks",
  "tillerson-hearing",
  "flynn-resigns",
  "le-pen-kremlin",
  "chemical-attack",
  "us-strike",
  "sanctions-plan",
  "johnson-stick-like-glue",
  "g7-lucca",
  "may-trump-call",
  "tillerson-remarks",
  "g7-rejects-sanctions",
  "tillerson-moscow",
  "french-election",
];

/** The stances in chart order: G7 members, then the G7 as a body, then Russia. */
export const STANCE_ORDER = [
  "united-states",
  "united-kingdom",
  "germany",
  "italy",
  "france-government",
  "france-le-pen",
  "japan",
  "canada",
  "g7",
  "russia",
];

/** The launch-day fixture's events by the clock: its file lists them shuffled on purpose. */
export const LAUNCH_ORDER = [
  "valve-replaced",
  "fuelling",
  "hold",
  "count-resumes",
  "liftoff",
  "separation",
  "news-conference",
  "next-launch",
];
