// The rows of our own events.csv (the download every story with events offers, see facts/downloads.ts) as a
// story again: so an editor can take a story's events into a spreadsheet, work on them there, and bring them
// back. Columns the download derives from the others (precision, date labels, country names, quote links)
// are ignored: the build derives them again.

import { EVENT_COLUMNS } from "../facts/downloads";
import { type EventDraft, given, mediaOf, type StoryBuilder } from "./builder";
import { type Columns, isBlank } from "./columns";
import { escapeText } from "./html";
import { count } from "./not-carried";

/** The download's columns of the display date and media, which it writes as an editor would. */
export const EXTRA_COLUMNS = [
  "display_date",
  "media_url",
  "media_alt",
  "media_title",
  "media_caption",
  "media_credit",
] as const;
/** The download's columns that it derives from the others. */
const DERIVED = new Set(["precision", "end_precision", "date_label", "country_names", "quote_links"]);
/** The columns read, in the download's order. */
export const EVENTS_COLUMNS = Object.keys(EVENT_COLUMNS).filter((c) => !DERIVED.has(c));
const KNOWN = new Set<string>(Object.keys(EVENT_COLUMNS));

/** "GB; FR;DE" → ["GB", "FR", "DE"]: the download joins lists with "; ". */
const list = (cell: string) =>
  cell
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
/** Quotes and sources are one per line. */
const lines = (cell: string) =>
  cell
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const SOURCE = /^(.*\S)\s*<([^<>\s]+)>$/;

export function readEventsCsv(rows: readonly string[][], first: number, columns: Columns, b: StoryBuilder) {
  for (const { key, spelled } of columns.keys) {
    if (!KNOWN.has(key)) b.notCarried.add(`column:${key}`, () => `the column "${spelled}" (not one of ours)`);
  }
  let deep = false;
  rows.forEach((row, i) => {
    if (i < first || isBlank(row)) return;
    const c = (key: string) => columns.cell(row, key);
    const record = c("id") || `row ${i + 1}`;
    if (!c("date")) {
      b.problem(
        record,
        columns.name("date"),
        "is empty: write the date, like 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00",
      );
      return;
    }
    const event: EventDraft = { record, date: c("date") };
    if (c("id")) event.uniqueId = c("id");
    // Our titles are plain text ("Q&A: <3 rockets" means those characters): as HTML, they are escaped.
    if (c("title")) event.title_html = escapeText(c("title"));
    if (c("end")) event.end = c("end");
    if (c("display_date")) event.display_date = c("display_date");
    if (c("category")) {
      event.group = c("category");
      event.groupLabel = c("category_label") || c("category");
    }
    const turning = c("turning").toLowerCase();
    if (turning === "yes" || turning === "true") event.turning = true;
    else if (turning !== "" && turning !== "no" && turning !== "false") {
      b.problem(
        record,
        columns.name("turning"),
        `"${c("turning")}" is not yes: write yes for a turning point, or leave it empty`,
      );
    }
    for (const key of ["resolution", "summary", "note"] as const) {
      const value = given(c(key));
      if (value !== undefined) event[key] = value;
    }
    for (const key of ["countries", "people"] as const) {
      if (c(key)) event[key] = list(c(key));
    }
    if (c("quotes")) event.quotes = lines(c("quotes"));
    if (c("sources")) {
      const sources = lines(c("sources")).map((line, n) => {
        const m = line.match(SOURCE);
        if (!m) {
          b.problem(
            record,
            columns.name("sources"),
            `line ${n + 1}, "${line}", is not a source written as title <url>: write it like The ministry's statement <https://example.org/statement>`,
          );
        }
        return m && { title: m[1] ?? "", url: m[2] ?? "" };
      });
      event.sources = sources.filter((s) => s !== null);
    }
    const media = mediaOf(
      {
        url: c("media_url"),
        alt: c("media_alt"),
        title: c("media_title"),
        caption: c("media_caption"),
        credit: c("media_credit"),
      },
      () =>
        b.notCarried.add(
          "media-without-url",
          (n) => `media alt, caption or credit without a media_url on ${count(n, "row")} (nothing to show)`,
        ),
    );
    if (media) event.media = media;
    deep ||= [event.date, event.end].some((d) => d?.endsWith("years ago"));
    b.event(event);
  });
  return { scale: deep ? ("cosmological" as const) : ("human" as const) };
}
