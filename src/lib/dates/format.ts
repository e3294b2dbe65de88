// Dates as readers see them, printed by one formatter: unambiguous, day first, month in words ("7 Apr 2017"),
// and a date's precision visible in how it is written ("1990s", "2016", "Dec 2016", "7 Apr 2017", "16 May
// 2011, 08:56 UTC−4", "44 BCE", "13.8 billion years ago"). Everything that prints a date (the timeline's
// rows, period names, gaps and strip ticks, the details, the data page, the downloads, the summaries) asks
// a DateFormat, so a date reads the same everywhere it appears.

import { utcDay, utcMonth } from "d3-time";
import { utcFormat } from "d3-time-format";
import { beyondCalendar, type Dated, type Precision, spanOf, type When, YEAR_MS, yearsAgo } from "./when";

/** The calendar fields of an instant (a Date can hold every precision but years ago). */
const fields = (ms: number) => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), date: d };
};

const shortMonth = utcFormat("%b");
const longMonth = utcFormat("%B");
const dayNumber = utcFormat("%-d");
const clockOf = utcFormat("%H:%M");

/** "UTC−4", "UTC+5:30", "UTC": an offset in minutes as readers know it (with a true minus sign). */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? "−" : "+"}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, "0")}` : ""}`;
}

/** "2017-04-07": an instant's ISO day, for <time datetime> and data attributes; none for a date years ago. */
export const isoDay = (ms: number) => (beyondCalendar(ms) ? undefined : new Date(ms).toISOString().slice(0, 10));

/** A date's machine-readable form for <time datetime>: as written, except where HTML has no form (a decade, BCE, years ago). */
export const datetimeOf = (text: string): string | undefined =>
  /s$|^-|BC|ago$/i.test(text.trim()) ? undefined : text.trim();

const KNOWN_TO: Record<Precision, string> = {
  ago: "the order of magnitude",
  decade: "the decade",
  year: "the year",
  month: "the month",
  day: "the day",
  minute: "the minute",
};

/** A period's place in the calendar, for naming the groups of a large story. */
export type CalendarUnit = "decade" | "year" | "month" | "day";

/** Every way the site prints a date, in one language. */
export interface DateFormat {
  /** "2017", "44 BCE": a calendar year. */
  year(ms: number): string;
  /** One date at its precision: "7 Apr 2017". */
  when(when: When): string;
  /** A record's date, its span's ends sharing what they share: "10–11 Apr 2017", "1919–1966". */
  dated(record: Dated): string;
  /** What the precision means: "known to the day", "a span, known to the year". */
  precision(record: Dated): string;
  /** The story's own day (YYYY-MM-DD): "11 Apr 2017". */
  day(iso: string): string;
  /** The clock of a time of day: "08:56". */
  clock(when: When): string;
  /** The date printed once for a row of the timeline: "18 Mar", "Dec", "2016", "1990s", "08:56". */
  gutter(when: When): string;
  /** Where a span ends, written against its start: "until 11 Apr", "until 1966". */
  until(from: When, to: When): string;
  /** How long after one instant another comes: "the next day", "3 days later", "18 months later". */
  gap(a: number, b: number): string;
  /** A period of the timeline from its first and last starts and its coarsest precision: "April 2017". */
  period(first: number, last: number, coarsest: Precision): string;
  /** A large story's calendar group: "1990s", "2016", "April 2017", "16 May 2011". */
  unit(ms: number, unit: CalendarUnit): string;
  /** A subhead giving a row's day and time zone: "16 May, times UTC−4" (with the year when `withYear`). */
  dayAndZone(when: When, withYear: boolean): string;
  /** The zone of a one-day period's times: "Times UTC−4"; none for times whose zone is not known. */
  zone(when: When): string | undefined;
  /** A strip tick named for what it starts (rank 0 a year … 3 an hour), `full` with its month or year. */
  tick(ms: number, rank: 0 | 1 | 2 | 3 | 4, full: boolean): string;
  /** A date at the month at most ("Apr 2017"), for a summary's span. */
  coarse(when: When): string;
  /** A tick of a strip in years ago: "1B", with "years ago" said once, on the first (`full`). */
  ago(years: number, full: boolean): string;
}

function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BCE`;
}

/** "13.8 billion", "300,000": a number of years at any magnitude, to three significant digits past a million. */
function yearsText(years: number): string {
  return years >= 1e6
    ? new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 }).format(
        years,
      )
    : new Intl.NumberFormat("en", { maximumSignificantDigits: 6 }).format(Math.round(years));
}

/** "13.8 billion years ago", "300,000 years ago". */
const agoText = (years: number) => `${yearsText(years)} years ago`;

/** "13.8B", "540M", "300K": years ago in the timeline's narrow date column, the period's name saying "years ago". */
const agoShort = (years: number) =>
  new Intl.NumberFormat("en", { notation: "compact", compactDisplay: "short", maximumSignificantDigits: 3 }).format(
    years,
  );

/** The site's English: day first, months abbreviated to three letters, years before the era with BCE. */
function english(): DateFormat {
  const year = (ms: number) => yearText(fields(ms).year);
  const dayMonth = (ms: number) => `${dayNumber(new Date(ms))} ${shortMonth(new Date(ms))}`;
  const day = (ms: number) => `${dayMonth(ms)} ${year(ms)}`;
  const month = (ms: number) => `${shortMonth(new Date(ms))} ${year(ms)}`;
  const clock = (when: When) => clockOf(new Date(when.start));
  const zone = (when: When) => (when.offset === undefined ? "" : ` ${formatOffset(when.offset)}`);

  const when = (w: When): string => {
    switch (w.precision) {
      case "ago":
        return agoText(w.before ?? 0);
      case "decade":
        return `${year(w.start)}s`;
      case "year":
        return year(w.start);
      case "month":
        return month(w.start);
      case "day":
        return day(w.start);
      case "minute":
        return `${day(w.start)}, ${clock(w)}${zone(w)}`;
    }
  };

  const range = (from: When, to: When): string => {
    const [a, b] = [fields(from.start), fields(to.start)];
    const sameYear = a.year === b.year;
    const sameMonth = sameYear && a.month === b.month;
    if (from.precision === to.precision) {
      switch (from.precision) {
        case "ago":
        case "decade":
        case "year":
          return `${when(from)}–${when(to)}`;
        case "month":
          return sameYear ? `${shortMonth(a.date)}–${month(to.start)}` : `${month(from.start)} – ${month(to.start)}`;
        case "day":
          if (sameMonth) return `${a.day}–${day(to.start)}`;
          return sameYear ? `${dayMonth(from.start)} – ${day(to.start)}` : `${day(from.start)} – ${day(to.start)}`;
        case "minute":
          if (sameMonth && a.day === b.day && from.offset === to.offset) {
            return `${day(from.start)}, ${clock(from)}–${clock(to)}${zone(to)}`;
          }
      }
    }
    return `${when(from)} – ${when(to)}`;
  };

  return {
    year,
    when,
    dated(record) {
      const { from, to } = spanOf(record);
      return to ? range(from, to) : when(from);
    },
    precision(record) {
      const { from, to } = spanOf(record);
      if (!to) return `known to ${KNOWN_TO[from.precision]}`;
      if (to.precision === from.precision) return `a span, known to ${KNOWN_TO[from.precision]}`;
      return `a span, from a start known to ${KNOWN_TO[from.precision]} to an end known to ${KNOWN_TO[to.precision]}`;
    },
    day: (iso) => day(Date.parse(`${iso}T00:00:00Z`)),
    clock,
    gutter(w) {
      switch (w.precision) {
        case "ago":
          return agoShort(w.before ?? 0);
        case "decade":
          return `${year(w.start)}s`;
        case "year":
          return year(w.start);
        case "month":
          return shortMonth(new Date(w.start));
        case "day":
          return dayMonth(w.start);
        case "minute":
          return clock(w);
      }
    },
    until(from, to) {
      const sameYear = fields(from.start).year === fields(to.start).year;
      switch (to.precision) {
        case "ago":
          return `until ${when(to)}`;
        case "decade":
          return `until the ${year(to.start)}s`;
        case "year":
          return `until ${year(to.start)}`;
        case "month":
          return `until ${sameYear ? shortMonth(new Date(to.start)) : month(to.start)}`;
        case "day":
          return `until ${sameYear ? dayMonth(to.start) : day(to.start)}`;
        case "minute":
          return `until ${+utcDay.floor(new Date(to.start)) === +utcDay.floor(new Date(from.start)) ? clock(to) : `${day(to.start)}, ${clock(to)}`}`;
      }
    },
    gap(a, b) {
      if (beyondCalendar(a) || beyondCalendar(b)) return `${yearsText((b - a) / YEAR_MS)} years later`;
      const [da, db] = [new Date(a), new Date(b)];
      const days = utcDay.count(utcDay.floor(da), utcDay.floor(db));
      if (days <= 1) return "the next day";
      if (days < 14) return `${days} days later`;
      if (days < 61) return `${Math.round(days / 7)} weeks later`;
      const months = utcMonth.count(utcMonth.floor(da), utcMonth.floor(db));
      if (months < 24) return `${months} months later`;
      return `${Math.round(days / 365.25)} years later`;
    },
    period(first, last, coarsest) {
      const [a, b] = [fields(first), fields(last)];
      const sameYear = a.year === b.year;
      const sameMonth = sameYear && a.month === b.month;
      const months = utcMonth.count(utcMonth.floor(a.date), utcMonth.floor(b.date));
      if (coarsest === "ago" || beyondCalendar(first)) {
        // Years ago: "13.8 billion – 4.6 billion years ago", or down to a calendar year, "300,000 years ago – 1990".
        const ago = (ms: number) => (beyondCalendar(ms) || ms < Date.UTC(-9999, 0) ? agoText(yearsAgo(ms)) : year(ms));
        const [x, y] = [ago(first), ago(last)];
        if (x === y) return x;
        return x.endsWith(" years ago") && y.endsWith(" years ago")
          ? `${x.slice(0, -" years ago".length)} – ${y}`
          : `${x} – ${y}`;
      }
      if (coarsest === "decade" || coarsest === "year" || months >= 12) {
        return sameYear ? year(first) : `${year(first)}–${year(last)}`;
      }
      if (!sameYear) return `${month(first)} – ${month(last)}`;
      if (!sameMonth) return `${longMonth(a.date)}–${longMonth(b.date)} ${year(last)}`;
      if (coarsest === "month" || utcDay.count(utcDay.floor(a.date), utcDay.floor(b.date)) > 6) {
        return `${longMonth(a.date)} ${year(first)}`;
      }
      if (a.day === b.day) return `${a.day} ${longMonth(a.date)} ${year(first)}`;
      return `${a.day}–${b.day} ${longMonth(b.date)} ${year(last)}`;
    },
    unit(ms, unit) {
      const f = fields(ms);
      switch (unit) {
        case "decade":
          return `${yearText(Math.floor(f.year / 10) * 10)}s`;
        case "year":
          return year(ms);
        case "month":
          return `${longMonth(f.date)} ${year(ms)}`;
        case "day":
          return `${f.day} ${longMonth(f.date)} ${year(ms)}`;
      }
    },
    dayAndZone: (w, withYear) =>
      `${withYear ? day(w.start) : dayMonth(w.start)}${w.offset === undefined ? "" : `, times ${formatOffset(w.offset)}`}`,
    zone: (w) => (w.offset === undefined ? undefined : `Times ${formatOffset(w.offset)}`),
    tick(ms, rank, full) {
      const d = new Date(ms);
      switch (rank) {
        case 0:
          return year(ms);
        case 1:
          return full ? month(ms) : shortMonth(d);
        case 2:
          return full ? day(ms) : dayMonth(ms);
        default:
          return clockOf(d);
      }
    },
    coarse: (w) => (w.precision === "day" || w.precision === "minute" ? month(w.start) : when(w)),
    ago: (years, full) => (full ? `${agoShort(years)} years ago` : agoShort(years)),
  };
}

const formats = new Map<string, DateFormat>();

/** The date format of a language (only English so far). */
export function dateFormat(_lang = "en"): DateFormat {
  let found = formats.get("en");
  if (!found) {
    found = english();
    formats.set("en", found);
  }
  return found;
}
