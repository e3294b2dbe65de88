// A date of the fact base, parsed once into a value that carries its precision. The precision is how the
// date is written: "1980s" (a decade), "2021" (a year), "2021-06" (a month), "2021-06-14" (a day),
// "2011-05-16T08:56-04:00" (a time of day, with its UTC offset); before the common era "-0044" or "44 BCE"
// (and "-0044-03-15"); and, for stories on the scale of the universe, "13.8 billion years ago". A span joins
// two such dates, each at its own precision ("1919" to "1966").
//
// Instants are numbers: milliseconds since 1970 of the clock read where it happened, written as if it were
// UTC ("floating"), so 08:56 at −04:00 is drawn and sorted as 08:56 and printed with its offset, and the
// d3-time UTC intervals group days, months and years as the story's own calendar does. Years ago lie far
// beyond what a JavaScript Date can hold (±273,000 years), so they are the same milliseconds, counted from
// 1950 as radiocarbon's "before present" is: a number still, compared and scaled like any other.

import { utcDay, utcMinute, utcMonth, utcYear } from "d3-time";

/** From the coarsest to the finest. */
export const PRECISIONS = ["ago", "decade", "year", "month", "day", "minute"] as const;
export type Precision = (typeof PRECISIONS)[number];

/** One date as an editor wrote it, and the period it covers. */
export interface When {
  /** As written in the data file. */
  text: string;
  precision: Precision;
  /** The period's first instant, in ms (wall-clock time as UTC). */
  start: number;
  /** The first instant after the period: a day lasts a day, a time of day a minute. */
  end: number;
  /** For a time of day, its UTC offset in minutes (−240 for −04:00); none for a time whose zone is not known. */
  offset?: number;
  /** For a date before the common era or years ago: how many years before (44 for 44 BCE). */
  before?: number;
}

/** Milliseconds in a mean Gregorian year, for years ago. */
export const YEAR_MS = 365.2425 * 86_400_000;
/** "Years ago" count from 1950, as radiocarbon dating's "before present" does. */
const PRESENT = Date.UTC(1950, 0, 1);

const YEAR = String.raw`(-?\d{4,6})`;
const AGO_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The forms a date may take, one per precision; the examples are what error messages suggest. */
export const DATE_FORMS: Record<Precision, { pattern: RegExp; example: string }> = {
  ago: {
    pattern: /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion)?\s+years\s+ago$/i,
    example: "13.8 billion years ago",
  },
  decade: { pattern: /^(\d{3})0s$/, example: "1980s" },
  year: { pattern: new RegExp(`^${YEAR}$`), example: "2021" },
  month: { pattern: new RegExp(`^${YEAR}-(\\d{2})$`), example: "2021-06" },
  day: { pattern: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})$`), example: "2021-06-14" },
  minute: {
    pattern: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?$`),
    example: "2021-06-14T09:30+02:00",
  },
};

const FORMS_TEXT = ["decade", "year", "month", "day", "minute"]
  .map((p) => DATE_FORMS[p as Precision].example)
  .join(", ");

export interface ParseOptions {
  /**
   * Accept a time of day without its UTC offset, printed without a zone. Files made elsewhere (TimelineJS,
   * spreadsheets) carry none; an editor's own files must say where the clock was.
   */
  floating?: boolean;
}

/** The ms of a calendar date's midnight, years 0 and below included (Date.UTC maps 0–99 to the 1900s). */
function utcOf(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The ms of a calendar date, or undefined when the date does not exist (31 February, 24:00). */
function calendarOf(year: number, month: number, day: number, hour = 0, minute = 0): number | undefined {
  const d = new Date(utcOf(year, month, day, hour, minute));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return d.getTime();
}

function next(precision: Precision, start: number): number {
  const d = new Date(start);
  switch (precision) {
    case "ago":
      return start + 1;
    case "decade":
      return utcYear.offset(d, 10).getTime();
    case "year":
      return utcYear.offset(d, 1).getTime();
    case "month":
      return utcMonth.offset(d, 1).getTime();
    case "day":
      return utcDay.offset(d, 1).getTime();
    case "minute":
      return utcMinute.offset(d, 1).getTime();
  }
}

/** "44 BCE" and "44 BC" as the year −0044 (historians' numbering: 1 BCE is followed by 1 CE, no year 0). */
function bceYear(text: string): string | undefined {
  const m = text.match(/^(\d{1,6})\s*(?:BCE|BC|B\.C\.E?\.)$/i);
  return m ? `-${(m[1] ?? "").padStart(4, "0")}` : undefined;
}

function parseAgo(m: RegExpMatchArray, text: string): When | string {
  const years = Number((m[1] ?? "").replace(/,/g, "")) * (AGO_SCALE[(m[2] ?? "").toLowerCase()] ?? 1);
  if (!Number.isFinite(years) || years <= 0)
    return `"${text}" is not a number of years ago: write it like 65 million years ago`;
  const start = PRESENT - years * YEAR_MS;
  return { text, precision: "ago", start, end: next("ago", start), before: years };
}

/** The period an editor's date covers, or a sentence saying what is wrong with it and what to write. */
export function parseWhen(input: string, options: ParseOptions = {}): When | string {
  const text = input.trim();
  const written = bceYear(text) ?? text;
  const ago = text.match(DATE_FORMS.ago.pattern);
  if (ago) return parseAgo(ago, text);
  for (const precision of ["decade", "year", "month", "day", "minute"] as const) {
    const m = written.match(DATE_FORMS[precision].pattern);
    if (!m) continue;
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m
      .slice(1, precision === "minute" ? 6 : undefined)
      .map((part, i) => (precision === "decade" && i === 0 ? Number(part) * 10 : Number(part)));
    // Written years before the common era count as historians do (-0044 is 44 BCE); the calendar counts
    // astronomically, with a year 0 (1 BCE), so −44 is the year −43 there.
    const negative = (m[1] ?? "").startsWith("-");
    if (negative && y === 0)
      return `"${text}" is a year 0, which the calendar does not have: 1 BCE (-0001) is followed by 1 CE (0001)`;
    const year = negative ? y + 1 : y;
    const start = calendarOf(year, mo, d, h, mi);
    if (start === undefined) return `"${text}" is not a date that exists in the calendar`;
    const when: When = { text, precision, start, end: next(precision, start), ...(negative ? { before: -y } : {}) };
    if (precision === "minute") {
      const zone = m[6];
      if (zone === undefined) {
        if (options.floating) return when;
        return `"${text}" gives a time of day without its UTC offset: write it like ${DATE_FORMS.minute.example} (Z for UTC)`;
      }
      const offset =
        zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
      if (zone !== "Z" && Number(zone.slice(4)) > 59)
        return `"${text}" has a UTC offset whose minutes are not 00 to 59: write it like +05:30`;
      if (Math.abs(offset) > 14 * 60) return `"${text}" has a UTC offset of more than 14 hours`;
      when.offset = offset;
    }
    return when;
  }
  if (/^-?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(text)) {
    return `"${text}" gives a time of day without its UTC offset: write it like ${DATE_FORMS.minute.example} (Z for UTC)`;
  }
  return `"${text}" is not a date written as one of ${FORMS_TEXT}`;
}

/** A record's dates: when it starts and, for a span, when it ends. */
export interface Dated {
  date: string;
  end?: string | undefined;
}

/** A record's dates, parsed: the start, the end of a span, and the whole period [start, end) they cover. */
export interface Span {
  from: When;
  to?: When;
  start: number;
  end: number;
}

/** Parses a record's dates, which the schema has already checked; throws on a date it has not. */
export function spanOf(record: Dated, options: ParseOptions = { floating: true }): Span {
  const from = parseWhen(record.date, options);
  if (typeof from === "string") throw new Error(from);
  if (record.end === undefined) return { from, start: from.start, end: from.end };
  const to = parseWhen(record.end, options);
  if (typeof to === "string") throw new Error(to);
  return { from, to, start: from.start, end: to.end };
}

/** Why a span's end cannot follow its start, or undefined when it can: it must end after the start's period. */
export function spanProblem(from: When, to: When): string | undefined {
  if (to.start > from.start && to.end > from.end) return undefined;
  return `the span must end after its start: "${to.text}" does not come after "${from.text}"`;
}

/**
 * The one time order of the fact base: by start, then as the editor listed them. So the events of one day
 * come in their time order (a day without a time of day counts from midnight), and records that start
 * together keep the order of the file, never of their ids.
 */
export function compareByTime(a: Dated & { order: number }, b: Dated & { order: number }): number {
  return spanOf(a).start - spanOf(b).start || a.order - b.order;
}

/** Records in the one time order, as a new list: each parsed once, not once per comparison. */
export function inTimeOrder<T extends Dated & { order: number }>(records: readonly T[]): T[] {
  return records
    .map((r) => ({ r, start: spanOf(r).start }))
    .sort((a, b) => a.start - b.start || a.r.order - b.r.order)
    .map(({ r }) => r);
}

/** The widest instant a JavaScript Date can hold: anything further is years ago, counted as such. */
export const DATE_LIMIT = 8.64e15;

/** Whether an instant lies beyond what a Date can hold (a date years ago, at the scale of the universe). */
export const beyondCalendar = (ms: number) => Math.abs(ms) > DATE_LIMIT;

/** How many years before 1950 an instant is (radiocarbon's "present"), for years ago. */
export const yearsAgo = (ms: number) => (PRESENT - ms) / YEAR_MS;
