// The story scale's table (bench/lib/stories.mjs): one row per archive size.

import { table } from "./report.mjs";

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;

export function storiesTable(stories) {
  const rows = Object.values(stories ?? {}).map((s) => [
    s.stories.toLocaleString("en"),
    `${s.seconds.toFixed(1)} s`,
    `${Math.round(s.peakMB)} MB (${Math.round(s.polledPeakMB)})`,
    `${kb(s.home.bytes)} / ${kb(s.home.gzip)}`,
    `${kb(s.archivePage.gzip)} (${s.archivePage.pages})`,
    `${mb(s.output.bytes)}, ${s.output.files.toLocaleString("en")} files`,
    s.search ? `${kb(s.search.gzip)} (${s.search.requests}), index ${mb(s.searchIndex.bytes)}` : "–",
    `${s.rebuild.seconds.toFixed(1)} s (${Math.round(s.rebuild.ratio * 100)}%), ${s.rebuild.imagesDrawn} drawn`,
  ]);
  if (rows.length === 0) return "Story scale: not measured";
  return [
    "Story scale: synthetic stories (bench/lib/seeds.mjs, each with a timeline and share image), clean build in a",
    "copy of the project. Peak memory: the sum of each process's high-water mark (VmHWM) in the build's tree, and",
    "in brackets the largest sum of resident sets polled every 100 ms. Home page: HTML raw / gzipped (its CSS is",
    "inlined, it has no script). Archive page: the largest, gzipped (how many pages). Search: what a first query",
    "fetches, gzipped (requests). Rebuild: after one story's text and an event title changed, caches kept.",
    table(
      ["stories", "build", "peak memory", "home page", "archive page", "output", "first search", "one-story rebuild"],
      rows,
    ),
  ].join("\n");
}
