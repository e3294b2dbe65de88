// The floor: the story's events as one static SVG in a page of its own (a line, a mark and a label per event),
// with no script and no stylesheet request: the least a browser can do to show them. Its time to ready is the
// floor the embed is held to (issue 11: at most 1.2× it). Drawn from the site's own events.csv download (each
// event's date printed as the site prints it, by the one date module), so the floor shows the same words and
// none of the site's markup; its <style> is inline, as it is ours and not on the site.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";

/** Marks by category, in the order the story's events first use them; events without one in the text colour. */
const COLOURS = ["#0b6e99", "#b3261e", "#6b4fa0", "#2e7d32", "#a15c00", "#455a64", "#ad1457", "#00796b"];
const ROW = 26;
const DATE_X = 112;
const LINE_X = 122;
const TEXT_X = 136;

const escapeXml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The page: the story's title, then one SVG of all its events (in the download's order, the site's time order). */
export function floorPage({ title, rows }) {
  const slots = [...new Set(rows.map((r) => r.category).filter(Boolean))];
  const height = rows.length * ROW + 16;
  const marks = rows.map((e, i) => {
    const y = 20 + i * ROW;
    const colour = COLOURS[slots.indexOf(e.category)] ?? "#1b1c1f";
    const turning = e.turning === "yes";
    return [
      `<text class="d" x="${DATE_X}" y="${y + 4}" text-anchor="end">${escapeXml(e.date_label)}</text>`,
      `<circle cx="${LINE_X}" cy="${y}" r="${turning ? 6 : 4}" fill="${colour}"/>`,
      `<text x="${TEXT_X}" y="${y + 4}"${turning ? ' font-weight="bold"' : ""}>${escapeXml(e.title)}</text>`,
    ].join("");
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title ?? "Timeline")}: the floor</title>
<link rel="icon" href="data:,">
<style>body{margin:0;background:#fbfaf7;color:#1b1c1f;font:16px/1.4 system-ui,sans-serif}h1{font-size:1.125rem;margin:.75rem}svg{display:block}text{font-size:13px;fill:#1b1c1f}.d{fill:#53565d}</style>
</head>
<body>
<h1>Timeline of events</h1>
<svg width="100%" height="${height}" role="img" aria-label="${rows.length} events"><line x1="${LINE_X}" x2="${LINE_X}" y1="8" y2="${height - 8}" stroke="#8a8d93"/>${marks.join("")}</svg>
</body>
</html>
`;
}

/** A story's events as its built site's events.csv and events.json give them. */
export function readDownloads(dist, slug) {
  const dir = join(dist, "articles", slug);
  const rows = csvParse(readFileSync(join(dir, "events.csv"), "utf8"));
  const { article } = JSON.parse(readFileSync(join(dir, "events.json"), "utf8"));
  return { title: article.title, rows };
}

/** Writes the floor page of `slug` of the built site `dist` into `dir` (as index.html); returns how many events it draws. */
export function buildFloorSite(dist, slug, dir) {
  const story = readDownloads(dist, slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), floorPage(story));
  return story.rows.length;
}
