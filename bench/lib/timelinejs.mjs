// The TimelineJS3 comparison site: bench/timelinejs/index.html, the story's events converted to TimelineJS
// JSON (from the same seeds/<slug>.events.yaml our timeline draws), and the library's dist/ from
// node_modules, assembled in bench/results/timelinejs/ and served on loopback like our pages.

import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dateParts, readStory } from "./story.mjs";
import { ROOT } from "./util.mjs";

const LIBRARY = join(ROOT, "node_modules/@knight-lab/timelinejs/dist");

const escapeHtml = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** A date as written to TimelineJS's { year, month?, day?, hour?, minute? }: it shows a year as a year, and so on. */
function tlDate(text) {
  const { decade, ...parts } = dateParts(text);
  return decade ? { ...parts, display_date: text } : parts;
}

/**
 * Our events as a newsroom would enter them in TimelineJS: headline, dates at their precision, group by
 * category, and as text the summary, the article's quotes and the sources: what our details panel shows.
 */
export function toTimelineJs({ events, categories, meta }) {
  return {
    title: { text: { headline: escapeHtml(meta?.title ?? "Timeline"), text: escapeHtml(meta?.dek ?? "") } },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: tlDate(e.date),
      ...(e.end && { end_date: tlDate(e.end) }),
      ...(e.category && { group: categories[e.category] ?? e.category }),
      text: {
        headline: escapeHtml(e.title),
        text: [
          `<p>${escapeHtml(e.summary)}</p>`,
          ...(e.quotes ?? []).map((q) => `<blockquote>${escapeHtml(q)}</blockquote>`),
          ...(e.sources ?? []).map((s) => `<p><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></p>`),
        ].join(""),
      },
    })),
  };
}

/** Writes the comparison site for `slug` into `dir` and returns how many events it holds. */
export function buildTimelineJsSite(slug, dir) {
  if (!existsSync(LIBRARY)) throw new Error(`TimelineJS is not installed (${LIBRARY}): run npm install`);
  const story = readStory(slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "bench/timelinejs/index.html"), join(dir, "index.html"));
  writeFileSync(join(dir, "events.json"), JSON.stringify(toTimelineJs(story)));
  // The whole dist/ (2.5 MB), not a pick of files: whatever the library decides to load must be there.
  cpSync(LIBRARY, join(dir, "timelinejs"), { recursive: true });
  return story.events.length;
}
