// Dates of the fact base. A date's precision is how it is written: "1980s" (a decade), "2021" (a year),
// "2021-06" (a month), "2021-06-14" (a day) or "2011-05-16T08:56-04:00" (a time of day, with its UTC
// offset). A span joins two such dates, each at its own precision ("1919" to "1966").
//
// Times are kept as the clock read where they happened ("floating"): 08:56 at −04:00 is drawn and sorted as
// 08:56, and printed with its offset. Every instant here is that wall-clock time written as UTC, so the
// d3-time UTC intervals group days, months and years as the story's own calendar does.

import { utcDay, utcMinute, utcMonth, utcYear } from "d3-time";

export const PRECISIONS = ["decade", "year", "month", "day", "minute"] as const;
export type Precision = (typeof PRECISIONS)[number];

/** One date as an editor wrote it, and the period it covers. */
export interface When {
  /** As written in the data file. */
  text: string;
  precision: Precision;
  /** The period's first instant (wall-clock time as UTC). */
  start: Date;
  /** The first instant after the period: a day lasts a day, a time of day a minute. */
  end: Date;
  /** For a time of day, its UTC offset in minutes (−240 for −04:00). */
  offset?: number;
}

/** The forms a date may take, one per precision; the examples are what error messages suggest. */
export const DATE_FORMS: Record<Precision, { pattern: RegExp; example: string }> = {
  decade: { pattern: /^(\d{3})0s$/, example: "1980s" },
  year: { pattern: /^(\d{4})$/, example: "2021" },
  month: { pattern: /^(\d{4})-(\d{2})$/, example: "2021-06" },
  day: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, example: "2021-06-14" },
  minute: {
    pattern: /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})$/,
    example: "2021-06-14T09:30+02:00",
  },
};

const FORMS_TEXT = `${PRECISIONS.map((p) => DATE_FORMS[p].example).join(", ")}`;

/** The period an editor's date covers, or a sentence saying what is wrong with it and what to write. */
export function parseWhen(input: string): When | string {
  const text = input.trim();
  for (const precision of PRECISIONS) {
    const m = text.match(DATE_FORMS[precision].pattern);
    if (!m) continue;
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = m
      .slice(1, precision === "minute" ? 6 : undefined)
      .map((part, i) => (precision === "decade" && i === 0 ? Number(part) * 10 : Number(part)));
    const start = new Date(Date.UTC(y, mo - 1, d, h, mi));
    start.setUTCFullYear(y);
    if (start.getUTCMonth() !== mo - 1 || start.getUTCDate() !== d || h > 23 || mi > 59) {
      return `"${text}" is not a date that exists in the calendar`;
    }
    const when: When = { text, precision, start, end: next(precision, start) };
    if (precision === "minute") {
      const zone = m[6] ?? "Z";
      const offset =
        zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
      if (zone !== "Z" && Number(zone.slice(4)) > 59)
        return `"${text}" has a UTC offset whose minutes are not 00 to 59: write it like +05:30`;
      if (Math.abs(offset) > 14 * 60) return `"${text}" has a UTC offset of more than 14 hours`;
      when.offset = offset;
    }
    return when;
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(text)) {
    return `"${text}" gives a time of day without its UTC offset: write it like ${DATE_FORMS.minute.example} (Z for UTC)`;
  }
  return `"${text}" is not a date written as one of ${FORMS_TEXT}`;
}

function next(precision: Precision, start: Date): Date {
  switch (precision) {
    case "decade":
      return utcYear.offset(start, 10);
    case "year":
      return utcYear.offset(start, 1);
    case "month":
      return utcMonth.offset(start, 1);
    case "day":
      return utcDay.offset(start, 1);
    case "minute":
      return utcMinute.offset(start, 1);
  }
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
  start: Date;
  end: Date;
}

/** Parses a record's dates, which the schema has already checked; throws on a date it has not. */
export function spanOf(record: Dated): Span {
  const from = parseWhen(record.date);
  if (typeof from === "string") throw new Error(from);
  if (record.end === undefined) return { from, start: from.start, end: from.end };
  const to = parseWhen(record.end);
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
  return spanOf(a).start.getTime() - spanOf(b).start.getTime() || a.order - b.order;
}
