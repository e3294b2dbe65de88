// The TimelineJS3 comparison site: bench/timelinejs/index.html, the story's own timeline.json (the site's
// TimelineJS3 download: the same events, titles, texts and dates our timeline draws), and the library's dist/
// from node_modules, assembled in bench/results/timelinejs/ and served on loopback like our pages.

import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

const LIBRARY = join(ROOT, "node_modules/@knight-lab/timelinejs/dist");

/** Writes the comparison site for `slug` of the built site `dist` into `dir` and returns how many events it holds. */
export function buildTimelineJsSite(dist, slug, dir) {
  if (!existsSync(LIBRARY)) throw new Error(`TimelineJS is not installed (${LIBRARY}): run npm install`);
  const file = join(dist, "articles", slug, "timeline.json");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "bench/timelinejs/index.html"), join(dir, "index.html"));
  cpSync(file, join(dir, "events.json"));
  // The whole dist/ (2.5 MB), not a pick of files: whatever the library decides to load must be there.
  cpSync(LIBRARY, join(dir, "timelinejs"), { recursive: true });
  return JSON.parse(readFileSync(file, "utf8")).events.length;
}
