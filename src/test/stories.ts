// Every story the tests know, read and validated exactly as the build reads them (src/lib/stories.ts): the
// published one in seeds/ and the fixture stories of other shapes in e2e/fixtures/seeds/.

import { fileURLToPath } from "node:url";
import { loadStories, type Story } from "../lib/seeds/stories";

const root = fileURLToPath(new URL("../../", import.meta.url));

function load(dir: string): Story[] {
  const { stories, problems } = loadStories(`${root}${dir}`, root);
  if (problems.length) throw new Error(`${dir}: ${problems.map((p) => p.message).join("; ")}`);
  return stories;
}

let cache: Story[] | undefined;
/** The Syria story and the fixtures: lighthouse-keeper (a century), launch-day (one morning, with times), river-treaty. */
export function allStories(): Story[] {
  cache ??= [...load("seeds"), ...load("e2e/fixtures/seeds")];
  return cache;
}

export function story(slug: string): Story {
  const found = allStories().find((s) => s.slug === slug);
  if (!found) throw new Error(`no story ${slug}`);
  return found;
}

/** The stories with events, for rules every timeline must keep. */
export const storiesWithEvents = () => allStories().filter((s) => s.events.length > 0);
