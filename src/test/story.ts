// The story's fact base for tests, read and validated exactly as the build does, and the orders a reader
// sees it in. One place for what several specs and unit tests expect of the real data.

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseSeed } from "../lib/article/parse";
import { validateFacts } from "../lib/facts/validate";

export const STORY = "syria-strike-g7-sanctions";
const seeds = new URL("../../seeds/", import.meta.url);

/** A file of the seeds folder, as text. */
export const readSeedFile = (name: string) => readFileSync(new URL(name, seeds), "utf8");

/** The raw YAML of the story's events and stances, as an editor wrote them. */
export const rawEvents = () => parse(readSeedFile(`${STORY}.events.yaml`));
export const rawStances = () => parse(readSeedFile(`${STORY}.stances.yaml`));

/** The story's blocks and its validated events and stances. */
export function storyFacts() {
  const blocks = parseSeed(readSeedFile(`${STORY}.txt`), `seeds/${STORY}.txt`).seed?.blocks ?? [];
  const facts = validateFacts(
    STORY,
    blocks,
    { file: `seeds/${STORY}.events.yaml`, data: rawEvents() },
    { file: `seeds/${STORY}.stances.yaml`, data: rawStances() },
  );
  return { blocks, ...facts };
}

/** The events in time order: the list under the timeline, its arrow keys, the data page, the downloads. */
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
  "johnson-stick-like-glue",
  "may-trump-call",
  "sanctions-plan",
  "g7-lucca",
  "g7-rejects-sanctions",
  "tillerson-remarks",
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
