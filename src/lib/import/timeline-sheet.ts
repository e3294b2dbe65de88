// The rows of a TimelineJS3 sheet (its Google Sheets template, saved as CSV or .xlsx) as our story, read as
// TimelineJS reads them (core/ConfigFactory.js: extractEventFromCSVObject and handleRow): a row of Type
// "title" is the title slide, a row of Type "era" an era, any other row a slide.

import { given, mediaOf, type StoryBuilder } from "./builder";
import type { Columns } from "./columns";
import { isBlank } from "./columns";
import { partsOfClock, partsOfDateText } from "./date-text";
import { beyondHumanScale, type DatePart, type DateParts, integerOf, type Scale, writeDate } from "./dates";
import { count } from "./not-carried";
import type { ImportedEra, ImportedMedia, ImportedStory } from "./types";

/** The template's columns, in its order, as TimelineJS names them (their keys: lower case). */
export const TIMELINE_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Alt Text",
  "Type",
  "Group",
  "Background",
] as const;
/** Columns of TimelineJS's first template that it still reads: Tag for Group, and whole dates. */
const OLDER_COLUMNS = ["Tag", "Start Date", "End Date"];
export const TIMELINE_KEYS = new Set([...TIMELINE_COLUMNS, ...OLDER_COLUMNS].map((c) => c.toLowerCase()));

const TIME_HINT = "write it like 9:30, 09:30 AM or 21:30";

/** One end of a slide's dates: the columns it is read from. */
interface DateColumns {
  year: string;
  month: string;
  day: string;
  time: string;
  /** The first template's whole-date column. */
  whole: string;
}
const START: DateColumns = { year: "year", month: "month", day: "day", time: "time", whole: "start date" };
const END: DateColumns = { year: "end year", month: "end month", day: "end day", time: "end time", whole: "end date" };

/** TimelineJS's clean_integer: spaces and thousands commas are not part of a number ("1,815"). */
const cleanInteger = (text: string) => text.replace(/[\s,]+/g, "");

export function readTimelineSheet(rows: readonly string[][], first: number, columns: Columns, b: StoryBuilder) {
  for (const { key, spelled } of columns.keys) {
    if (!TIMELINE_KEYS.has(key)) {
      b.notCarried.add(`column:${key}`, () => `the column "${spelled}" (TimelineJS does not read it either)`);
    }
  }
  const kinds = rows.map((row, i) => (i < first || isBlank(row) ? undefined : columns.cell(row, "type").toLowerCase()));
  const scale = scaleOf(rows, kinds, columns);
  const reader = new RowReader(b, columns, scale);
  let intro: ImportedStory["intro"];
  const eras: ImportedEra[] = [];
  rows.forEach((row, i) => {
    const kind = kinds[i];
    if (kind === undefined) return;
    const record = `row ${i + 1}`;
    if (columns.cell(row, "background")) {
      b.notCarried.add(
        "background",
        (n) => `background on ${count(n, "slide")} (colours and images behind slides are not drawn)`,
      );
    }
    if (kind === "title" && intro === undefined) intro = reader.title(row);
    else if (kind === "title") {
      b.problem(
        record,
        columns.name("type"),
        "is a second title row: a story has one title; clear Type to make this row an event, or delete it",
      );
    } else if (kind === "era") {
      const era = reader.era(row, record);
      if (era) eras.push(era);
    } else reader.event(row, record);
  });
  return { scale, intro, eras };
}

/** As TimelineJS settles it for a sheet, which cannot name its scale: from the years its slides start in. */
function scaleOf(rows: readonly string[][], kinds: (string | undefined)[], columns: Columns): Scale {
  const deep = rows.some((row, i) => {
    if (kinds[i] === undefined || kinds[i] === "title" || kinds[i] === "era") return false;
    const year = integerOf(cleanInteger(columns.cell(row, "year")));
    return typeof year === "number" && beyondHumanScale(year);
  });
  return deep ? "cosmological" : "human";
}

class RowReader {
  constructor(
    private readonly b: StoryBuilder,
    private readonly columns: Columns,
    private readonly scale: Scale,
  ) {}

  title(row: readonly string[]): ImportedStory["intro"] {
    const c = (key: string) => this.columns.cell(row, key);
    if ([START.year, START.whole, END.year, END.whole, "display date", "group", "tag"].some((k) => c(k))) {
      this.b.notCarried.add(
        "title-date",
        () => "the title row's date and group (TimelineJS does not show them either)",
      );
    }
    const media = this.media(row);
    return {
      ...(c("headline") ? { headline_html: c("headline") } : {}),
      ...(c("text") ? { text_html: c("text") } : {}),
      ...(media ? { media } : {}),
    };
  }

  era(row: readonly string[], record: string): ImportedEra | undefined {
    const c = (key: string) => this.columns.cell(row, key);
    if (["text", "media", "group", "tag", "display date"].some((k) => c(k))) {
      this.b.notCarried.add(
        "era-extra",
        (n) =>
          `the text, media, group or display date of ${count(n, "era row")} (TimelineJS shows only an era's headline too)`,
      );
    }
    const start = this.date(row, record, START);
    const end = this.date(row, record, END);
    for (const [d, at] of [
      [start, START],
      [end, END],
    ] as const) {
      if (d === null) {
        this.b.problem(record, this.columns.name(at.year), "is empty: an era needs a Year and an End Year");
      }
    }
    if (!c("headline")) {
      this.b.problem(
        record,
        this.columns.name("headline"),
        "is empty: an era needs a name, which labels it on the timeline",
      );
    }
    if (!start || !end || !c("headline")) return undefined;
    return { label: c("headline"), date: start, end };
  }

  event(row: readonly string[], record: string): void {
    const c = (key: string) => this.columns.cell(row, key);
    const start = this.date(row, record, START);
    const end = this.date(row, record, END);
    const media = this.media(row);
    if (start === null) {
      this.b.problem(
        record,
        this.columns.name(this.columns.has(START.year) ? START.year : START.whole),
        "is empty, so the row has no date: write at least its year",
      );
    }
    if (!start || end === undefined) return;
    const group = c("group") || c("tag");
    this.b.event({
      record,
      ...(c("headline") ? { title_html: c("headline") } : {}),
      ...(c("text") ? { text_html: c("text") } : {}),
      date: start,
      ...(end === null ? {} : { end }),
      ...(c("display date") ? { display_date: c("display date") } : {}),
      ...(group ? { group } : {}),
      ...(media ? { media } : {}),
    });
  }

  /**
   * One end of a row's dates as a written date: undefined when it is wrong (a problem says why), null when the
   * row gives none. Its Year may hold a whole date (2021-06-14, as a date cell of an .xlsx reads) when Month
   * and Day are empty.
   */
  private date(row: readonly string[], record: string, at: DateColumns): string | undefined | null {
    const c = (key: string) => this.columns.cell(row, key);
    const year = cleanInteger(c(at.year));
    const split = c(at.month) !== "" || c(at.day) !== "";
    if (year === "" && c(at.whole) === "") {
      if (!split && !c(at.time)) return null;
      this.b.problem(
        record,
        this.columns.name(at.year),
        "is empty: write the year too, or clear the rest of this date",
      );
      return undefined;
    }
    // The date's parts, and the column each is read from: Year, Month, Day; a whole date in Year; Start Date.
    let parts: (DateParts & { zone?: string }) | undefined;
    let column: (part: DatePart) => string;
    if (year === "") {
      parts = partsOfDateText(c(at.whole));
      column = () => at.whole;
      if (!parts) {
        this.b.problem(
          record,
          this.columns.name(at.whole),
          `"${c(at.whole)}" is not a date TimelineJS reads: write it like 2021-06-14, 6/14/2021 or -44`,
        );
        return undefined;
      }
    } else {
      const whole = /^-?\d+$/.test(year) || split ? undefined : partsOfDateText(c(at.year));
      parts = whole ?? { year, month: cleanInteger(c(at.month)), day: cleanInteger(c(at.day)) };
      column = (part) => (whole ? at.year : part === "month" ? at.month : part === "day" ? at.day : at.year);
    }
    if (c(at.time)) {
      const clock = partsOfClock(c(at.time));
      if (!clock) {
        this.b.problem(record, this.columns.name(at.time), `"${c(at.time)}" is not a time of day: ${TIME_HINT}`);
        return undefined;
      }
      parts = { ...parts, ...clock };
    }
    if (parts.zone !== undefined) {
      this.b.notCarried.add(
        "zone",
        (n) => `the time zone of ${count(n, "date")} (TimelineJS shows a time as the clock read; so does the import)`,
      );
    }
    const written = writeDate(parts, this.scale);
    if (!written.ok) {
      const clock = (written.part === "hour" || written.part === "minute") && c(at.time) !== "";
      this.b.problem(
        record,
        this.columns.name(clock ? at.time : column(written.part)),
        clock ? `"${c(at.time)}" is not a time of day: ${TIME_HINT}` : written.message,
      );
      return undefined;
    }
    this.b.dropped(written);
    return written.date;
  }

  private media(row: readonly string[]): ImportedMedia | undefined {
    const c = (key: string) => given(this.columns.cell(row, key));
    return mediaOf(
      {
        url: c("media"),
        caption: c("media caption"),
        credit: c("media credit"),
        thumbnail: c("media thumbnail"),
        alt: c("alt text"),
      },
      () =>
        this.b.notCarried.add(
          "media-without-url",
          (n) => `media credit, caption or thumbnail without a Media URL on ${count(n, "row")} (nothing to show)`,
        ),
    );
  }
}
