// A sheet's rows (from readCsv or readXlsx) as our story. Its header row says which sheet it is: TimelineJS3's
// template (Year, Month, Day, …, Headline, Text, …) or our own events.csv (id, title, date, …); names match
// whatever their case and the spaces around them.

import { StoryBuilder } from "./builder";
import { Columns, isBlank } from "./columns";
import { EVENTS_COLUMNS, readEventsCsv } from "./events-csv";
import { readTimelineSheet, TIMELINE_COLUMNS, TIMELINE_KEYS } from "./timeline-sheet";
import type { ImportedStory } from "./types";

const TIMELINE_LIST = `TimelineJS's (${TIMELINE_COLUMNS.join(", ")}; Year at least)`;
const OURS_LIST = `ours (${EVENTS_COLUMNS.join(", ")}; title and date at least)`;

export const EMPTY_SHEET = `is empty: write a header row, ${TIMELINE_LIST} or ${OURS_LIST}, then a row per event`;

/** Reads a sheet's rows. Every problem names the file, the row (as a spreadsheet numbers it) and the column. */
export function parseSheet(rows: string[][], file: string): ImportedStory {
  const first = rows.findIndex((row) => !isBlank(row));
  if (first === -1) {
    const b = new StoryBuilder(file, "timelinejs-sheet");
    b.problem(undefined, undefined, EMPTY_SHEET);
    return b.story("human", undefined, []);
  }
  const header = rows[first] ?? [];
  const columns = new Columns(header);
  const format = formatOf(columns);
  const b = new StoryBuilder(file, format ?? "timelinejs-sheet");
  const record = `row ${first + 1}`;
  if (format === undefined) {
    const found = columns.keys.map((k) => k.spelled).join(", ");
    b.problem(record, undefined, `names neither ${TIMELINE_LIST} nor ${OURS_LIST}: it has ${found}`);
    return b.story("human", undefined, []);
  }
  for (const [key, at] of columns.repeated) {
    b.problem(record, columns.name(key), `is the header of columns ${at.join(" and ")}: keep one of them`);
  }
  if (rows.slice(first + 1).every(isBlank)) {
    b.problem(record, undefined, "is the header, with no rows under it: add a row per event");
    return b.story("human", undefined, []);
  }
  if (format === "events-csv") {
    const { scale } = readEventsCsv(rows, first + 1, columns, b);
    return b.story(scale, undefined, []);
  }
  const { scale, intro, eras } = readTimelineSheet(rows, first + 1, columns, b);
  return b.story(scale, intro, eras);
}

/** Which sheet a header names: TimelineJS's needs a Year (or its first template's Start Date), ours a title and a date. */
function formatOf(columns: Columns): ImportedStory["format"] | undefined {
  const timeline = columns.has("year") || columns.has("start date");
  const ours = columns.has("title") && columns.has("date");
  if (timeline && ours) {
    // Both at once: the one whose columns the header names more of.
    const mine = new Set<string>(EVENTS_COLUMNS);
    const score = (known: (key: string) => boolean) => columns.keys.filter((k) => known(k.key)).length;
    return score((k) => TIMELINE_KEYS.has(k)) >= score((k) => mine.has(k)) ? "timelinejs-sheet" : "events-csv";
  }
  return timeline ? "timelinejs-sheet" : ours ? "events-csv" : undefined;
}
