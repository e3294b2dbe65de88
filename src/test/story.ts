// The stories' fact bases for tests, read and validated exactly as the build does, and the orders a reader
// sees the Syria story in. One place for what several specs and unit tests expect of the real data.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { parseSeed } from "../lib/article/parse";
import { RecordProblems } from "../lib/facts/problems";
import { checkGroups } from "../lib/facts/story";
import { validateFacts } from "../lib/facts/validate";
import { loadStories, type Story } from "../lib/stories";

export const STORY = "syria-strike-g7-sanctions";
/** The project's root, as the build sees it. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The end-to-end fixtures: lighthouse-keeper, launch-day, river-treaty, hostile-characters, plain-article. */
export const FIXTURES = "e2e/fixtures/seeds";
const seeds = new URL("../../seeds/", import.meta.url);

/** A file of the seeds folder, as text. */
export const readSeedFile = (name: string) => readFileSync(new URL(name, seeds), "utf8");

/** The raw YAML of the story's metadata, events and stances, as an editor wrote them. */
export const rawMeta = () => parse(readSeedFile(`${STORY}.meta.yaml`));
export const rawEvents = () => parse(readSeedFile(`${STORY}.events.yaml`));
export const rawStances = () => parse(readSeedFile(`${STORY}.stances.yaml`));

/** The story's blocks, its groups (from the .meta.yaml) and its validated events and stances. */
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
  const vocabulary = {
    categories: facts.categories,
    groups,
    ...(facts.stanceQuestion ? { stances: facts.stanceQuestion } : {}),
  };
  return { blocks, groups, vocabulary, ...facts, problems: [...meta.list, ...facts.problems] };
}

const folders = new Map<string, Story[]>();
/**
 * A story as the build's one pass (src/lib/stories.ts) reads it: the Syria story from seeds/, any other
 * from the end-to-end fixtures. Throws if its folder has any problem, so a test never runs on broken data.
 */
export function loadStory(slug: string): Story {
  const folder = slug === STORY ? "seeds" : FIXTURES;
  let stories = folders.get(folder);
  if (!stories) {
    const loaded = loadStories(`${ROOT}${folder}`, ROOT);
    if (loaded.problems.length) throw new Error(`${folder} has problems: ${JSON.stringify(loaded.problems)}`);
    stories = loaded.stories;
    folders.set(folder, stories);
  }
  const found = stories.find((s) => s.slug === slug);
  if (!found) throw new Error(`no story ${slug} in ${folder}`);
  return found;
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
