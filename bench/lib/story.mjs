// A story's events as its seeds give them, for the pages the benchmark builds itself (TimelineJS3, the floor):
// `categories` (id → label, in legend order) then `events` in an events file, each dated as written.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "./util.mjs";

/**
 * `{ meta, categories: { id: label }, events }` of seeds/<slug> (the bench reads the repository's seeds). An
 * events file is a map with `events:` (and `categories:`), or the bare list of its events.
 */
export function readStory(slug, dir = join(ROOT, "seeds")) {
  const file = parse(readFileSync(join(dir, `${slug}.events.yaml`), "utf8"));
  const metaFile = join(dir, `${slug}.meta.yaml`);
  const list = Array.isArray(file) ? file : (file?.events ?? []);
  return {
    meta: existsSync(metaFile) ? parse(readFileSync(metaFile, "utf8")) : {},
    categories: (!Array.isArray(file) && file?.categories) || {},
    events: list.map((e) => ({
      ...e,
      // YAML reads an unquoted 2016 as a number; the build reads it as the year it means.
      date: String(e.date),
      ...(e.end !== undefined && { end: String(e.end) }),
    })),
  };
}

/**
 * A date as written (1910s, 2016, 2016-12, 2017-04-07, 2011-05-16T08:56-04:00) to its parts, at its precision:
 * `{ year, month?, day?, hour?, minute?, decade? }`, the clock read where it happened (as the site draws it).
 */
export function dateParts(text) {
  const decade = text.match(/^(\d{3}0)s$/);
  if (decade) return { year: decade[1], decade: true };
  const m = text.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/);
  if (!m) throw new Error(`"${text}" is not a date the seeds allow`);
  const [, year, month, day, hour, minute] = m;
  return { year, ...(month && { month }), ...(day && { day }), ...(hour && { hour, minute }) };
}

/** The instant a date starts at (wall-clock time as UTC, as the site orders events), for drawing. */
export function startOf(text) {
  const p = dateParts(text);
  return Date.UTC(
    Number(p.year),
    Number(p.month ?? 1) - 1,
    Number(p.day ?? 1),
    Number(p.hour ?? 0),
    Number(p.minute ?? 0),
  );
}

/** The events in the site's one order: by start, then as the file lists them. */
export function inTimeOrder(events) {
  return events
    .map((e, order) => ({ e, order }))
    .sort((a, b) => startOf(a.e.date) - startOf(b.e.date) || a.order - b.order)
    .map(({ e }) => e);
}
