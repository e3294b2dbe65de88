// The floor: the story's events as one static SVG in a page of its own (a line, a mark and a label per event),
// with no script and no stylesheet request: the least a browser can do to show them. Its time to ready is the
// floor the embed is held to (issue 11: at most 1.2× it). Drawn here from the seeds, never from the site's
// code, so the floor does not move when the site does; its <style> is inline, as it is ours and not on the site.

import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dateParts, inTimeOrder, readStory } from "./story.mjs";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Marks by category, in the order the story declares them; events without one are drawn in the text colour. */
const COLOURS = ["#0b6e99", "#b3261e", "#6b4fa0", "#2e7d32", "#a15c00", "#455a64", "#ad1457", "#00796b"];
const ROW = 26;
const DATE_X = 112;
const LINE_X = 122;
const TEXT_X = 136;

const escapeXml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** "7 Apr 2017", "Apr 2017", "2016", "1910s", "16 May 2011 08:56": a date as written, at its precision. */
export function floorDate(text) {
  const p = dateParts(text);
  if (p.decade) return text;
  const parts = [p.day && String(Number(p.day)), p.month && MONTHS[Number(p.month) - 1], p.year];
  return `${parts.filter(Boolean).join(" ")}${p.hour ? ` ${p.hour}:${p.minute}` : ""}`;
}

/** A span as briefly as it reads: "10–11 Apr 2017", "2014–2016", else both dates in full. */
export function floorSpan(from, to) {
  const [a, b] = [dateParts(from), dateParts(to)];
  const same = (k) => a[k] && a[k] === b[k];
  if (a.day && b.day && !a.hour && !b.hour && same("year") && same("month")) return `${Number(a.day)}–${floorDate(to)}`;
  return `${floorDate(from)}–${floorDate(to)}`;
}

/** The page: the story's title, then one SVG of all its events in time order. */
export function floorPage({ events, categories, meta }) {
  const slots = Object.keys(categories);
  const ordered = inTimeOrder(events);
  const height = ordered.length * ROW + 16;
  const rows = ordered.map((e, i) => {
    const y = 20 + i * ROW;
    const colour = COLOURS[slots.indexOf(e.category)] ?? "#1b1c1f";
    const when = e.end ? floorSpan(e.date, e.end) : floorDate(e.date);
    return [
      `<text class="d" x="${DATE_X}" y="${y + 4}" text-anchor="end">${escapeXml(when)}</text>`,
      `<circle cx="${LINE_X}" cy="${y}" r="${e.turning ? 6 : 4}" fill="${colour}"/>`,
      `<text x="${TEXT_X}" y="${y + 4}"${e.turning ? ' font-weight="bold"' : ""}>${escapeXml(e.title)}</text>`,
    ].join("");
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(meta?.title ?? "Timeline")}: the floor</title>
<link rel="icon" href="data:,">
<style>body{margin:0;background:#fbfaf7;color:#1b1c1f;font:16px/1.4 system-ui,sans-serif}h1{font-size:1.125rem;margin:.75rem}svg{display:block}text{font-size:13px;fill:#1b1c1f}.d{fill:#53565d}</style>
</head>
<body>
<h1>Timeline of events</h1>
<svg width="100%" height="${height}" role="img" aria-label="${ordered.length} events"><line x1="${LINE_X}" x2="${LINE_X}" y1="8" y2="${height - 8}" stroke="#8a8d93"/>${rows.join("")}</svg>
</body>
</html>
`;
}

/** Writes the floor page for `slug` into `dir` (as index.html); returns how many events it draws. */
export function buildFloorSite(slug, dir) {
  const story = readStory(slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), floorPage(story));
  return story.events.length;
}
