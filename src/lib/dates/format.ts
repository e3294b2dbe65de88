// Dates as readers see them, printed by one formatter per language: unambiguous, a date's precision visible in
// how it is written ("1990s", "2016", "Dec 2016", "7 Apr 2017", "16 May 2011, 08:56 UTC−4", "44 BCE", "13.8
// billion years ago"), every part printed by the platform's Intl in the story's language (its month names,
// its order of day and month, its digits and calendar, how it writes a range), the words around them from the
// language's catalogue (src/i18n). Everything that prints a date (the timeline's rows, period names, gaps and
// strip ticks, the details, the data page, the downloads, the summaries, the share image) asks a DateFormat,
// so a date reads the same everywhere it appears.

import { utcDay, utcMonth } from "d3-time";
import { type CalendarOptions, type Messages, messages } from "../../i18n";
import { beyondCalendar, type Dated, PRECISIONS, type Precision, spanOf, type When, YEAR_MS, yearsAgo } from "./when";

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

/** A period's place in the calendar, for naming the groups of a large story. */
export type CalendarUnit = "decade" | "year" | "month" | "day";

/** Every way the site prints a date, in one language. */
export interface DateFormat {
  /** The language's messages, for the words around a date (a summary, an announcement). */
  messages: Messages;
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
  /**
   * How long after one date another comes, counted in the coarser of their precisions, so it is true of
   * every instant each may be: "the next day", "3 days later", "18 months later"; a day then a year, "the
   * next year" (never "8 weeks later", which a reader takes as eight weeks after the day).
   */
  gap(a: When, b: When): string;
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

/** The calendar fields of an instant (a Date can hold every precision but years ago). */
const fields = (ms: number) => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), date: d };
};

/** The DateFormat of a language, its parts from Intl and its words from the language's catalogue. */
function intlFormat(m: Messages): DateFormat {
  const { t, locale } = m;
  const dtf = new Map<string, Intl.DateTimeFormat>();
  const fmt = (options: Intl.DateTimeFormatOptions) => {
    const key = JSON.stringify(options);
    let f = dtf.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
      dtf.set(key, f);
    }
    return f;
  };
  const DAY = { day: "numeric", month: "short", year: "numeric" } as const;
  const MONTH = { month: "short", year: "numeric" } as const;
  const YEAR = { year: "numeric" } as const;
  const DAY_MONTH = { day: "numeric", month: "short" } as const;
  const CLOCK = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
  const plain = (n: number) => m.number(n, { useGrouping: false });
  const bce = (y: number) => t("date.bce", { year: plain(1 - y) });
  /** A calendar date with its year; before the era, its day and month then the year as BCE. */
  const withYear = (ms: number, options: Intl.DateTimeFormatOptions, without: Intl.DateTimeFormatOptions) => {
    const f = fields(ms);
    return f.year > 0 ? fmt(options).format(f.date) : `${fmt(without).format(f.date)} ${bce(f.year)}`;
  };
  const year = (ms: number) => {
    const f = fields(ms);
    return f.year > 0 ? fmt(YEAR).format(f.date) : bce(f.year);
  };
  const day = (ms: number) => withYear(ms, DAY, DAY_MONTH);
  const month = (ms: number) => withYear(ms, MONTH, { month: "short" });
  const dayMonth = (ms: number) => fmt(DAY_MONTH).format(new Date(ms));
  const shortMonth = (ms: number) => fmt({ month: "short" }).format(new Date(ms));
  const clock = (w: When) => fmt(CLOCK).format(new Date(w.start));
  const zoned = (w: When) => (w.offset === undefined ? "" : ` ${formatOffset(w.offset)}`);
  const decade = (ms: number) => t("date.decade", { year: plain(Math.floor(fields(ms).year / 10) * 10) });
  /** "13.8 billion", "300,000": years at any magnitude, three significant digits past a million. */
  const yearsText = (years: number) =>
    years >= 1e6
      ? m.number(years, { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 })
      : m.number(Math.round(years), { maximumSignificantDigits: 6 });
  /**
   * The count the plural picks its form by: past a million, the whole millions the words name, so a language
   * whose round millions take their own form ("13,8 milliards d’années", "66 millones de años") finds it.
   */
  const agoText = (years: number) =>
    t("date.ago", { years: yearsText(years), n: years >= 1e6 ? Math.round(years / 1e6) * 1e6 : Math.round(years) });
  /** "13.8B", "540M": years ago in the narrow date column, the period's name saying "years ago". */
  const agoShort = (years: number) =>
    m.number(years, { notation: "compact", compactDisplay: "short", maximumSignificantDigits: 3 });
  /** Both ends on one calendar (CE, no date years ago): Intl writes a range with what they share once. */
  const calendarRange = (a: number, b: number, options: Intl.DateTimeFormatOptions) =>
    fields(a).year > 0 && fields(b).year > 0 ? fmt(options).formatRange(new Date(a), new Date(b)) : undefined;

  const when = (w: When): string => {
    switch (w.precision) {
      case "ago":
        return agoText(w.before ?? 0);
      case "decade":
        return decade(w.start);
      case "year":
        return year(w.start);
      case "month":
        return month(w.start);
      case "day":
        return day(w.start);
      case "minute":
        return t("date.time", { date: day(w.start), time: clock(w), zone: zoned(w) });
    }
  };

  const range = (from: When, to: When): string => {
    const [a, b] = [fields(from.start), fields(to.start)];
    const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
    if (from.precision === to.precision) {
      const shared =
        from.precision === "year"
          ? calendarRange(from.start, to.start, YEAR)
          : from.precision === "month"
            ? calendarRange(from.start, to.start, MONTH)
            : from.precision === "day"
              ? calendarRange(from.start, to.start, DAY)
              : undefined;
      if (shared) return shared;
      // Decades are the language's words, not Intl's: joined as Intl joins years, "1910s–1930s".
      if (from.precision === "decade") return t("date.rangeTight", { from: when(from), to: when(to) });
      if (from.precision === "minute" && sameDay && from.offset === to.offset) {
        const clocks = fmt(CLOCK).formatRange(new Date(from.start), new Date(to.start));
        return t("date.time", { date: day(from.start), time: clocks, zone: zoned(to) });
      }
    }
    return t("date.range", { from: when(from), to: when(to) });
  };

  const unitOf = (p: Precision) => p;

  return {
    messages: m,
    year,
    when,
    dated(record) {
      const { from, to } = spanOf(record);
      return to ? range(from, to) : when(from);
    },
    precision(record) {
      const { from, to } = spanOf(record);
      if (!to) return t("date.known", { unit: unitOf(from.precision) });
      if (to.precision === from.precision) return t("date.spanKnown", { unit: unitOf(from.precision) });
      return t("date.spanKnownEach", { from: unitOf(from.precision), to: unitOf(to.precision) });
    },
    day: (iso) => day(Date.parse(`${iso}T00:00:00Z`)),
    clock,
    gutter(w) {
      switch (w.precision) {
        case "ago":
          return agoShort(w.before ?? 0);
        case "decade":
          return decade(w.start);
        case "year":
          return year(w.start);
        case "month":
          return fields(w.start).year > 0 ? shortMonth(w.start) : month(w.start);
        case "day":
          return fields(w.start).year > 0 ? dayMonth(w.start) : day(w.start);
        case "minute":
          return clock(w);
      }
    },
    until(from, to) {
      const sameYear = fields(from.start).year === fields(to.start).year;
      const sameDay = +utcDay.floor(new Date(to.start)) === +utcDay.floor(new Date(from.start));
      switch (to.precision) {
        case "ago":
          return t("date.until", { date: when(to) });
        case "decade":
          return t("date.untilDecade", { decade: decade(to.start) });
        case "year":
          return t("date.until", { date: year(to.start) });
        case "month":
          return t("date.until", {
            date: sameYear && fields(to.start).year > 0 ? shortMonth(to.start) : month(to.start),
          });
        case "day":
          return t("date.until", { date: sameYear && fields(to.start).year > 0 ? dayMonth(to.start) : day(to.start) });
        case "minute":
          return t("date.until", {
            date: sameDay ? clock(to) : t("date.time", { date: day(to.start), time: clock(to), zone: "" }),
          });
      }
    },
    gap(a, b) {
      if (a.precision === "ago" || b.precision === "ago" || beyondCalendar(a.start) || beyondCalendar(b.start)) {
        return t("date.gapYearsAgo", { years: yearsText((b.start - a.start) / YEAR_MS) });
      }
      const [da, db] = [new Date(a.start), new Date(b.start)];
      const coarser = PRECISIONS.indexOf(a.precision) < PRECISIONS.indexOf(b.precision) ? a.precision : b.precision;
      const [ya, yb] = [fields(a.start).year, fields(b.start).year];
      const count = (unit: "decade" | "year" | "month", n: number) =>
        n === 0
          ? t("date.gapSame", { unit })
          : n === 1
            ? t("date.gapNext", { unit })
            : unit === "decade"
              ? t("date.gapDecades", { n })
              : unit === "year"
                ? t("date.gapYears", { n })
                : n < 24
                  ? t("date.gapMonths", { n })
                  : t("date.gapYears", { n: Math.round(n / 12) });
      // Either date known only to its decade, year or month: whole decades, years or months between them.
      if (coarser === "decade") return count("decade", Math.floor(yb / 10) - Math.floor(ya / 10));
      if (coarser === "year") return count("year", yb - ya);
      const months = utcMonth.count(utcMonth.floor(da), utcMonth.floor(db));
      if (coarser === "month") return count("month", months);
      const days = utcDay.count(utcDay.floor(da), utcDay.floor(db));
      if (days <= 1) return t("date.gapNextDay");
      if (days < 14) return t("date.gapDays", { n: days });
      if (days < 61) return t("date.gapWeeks", { n: Math.round(days / 7) });
      if (months < 24) return t("date.gapMonths", { n: months });
      return t("date.gapYears", { n: Math.round(days / 365.25) });
    },
    period(first, last, coarsest) {
      const [a, b] = [fields(first), fields(last)];
      if (coarsest === "ago" || beyondCalendar(first) || a.year <= 0 || b.year <= 0) {
        // Years ago ("13.8 billion – 4.6 billion years ago", down to "300,000 years ago – 1990"), or years BCE.
        const deep = (ms: number) => beyondCalendar(ms) || ms < Date.UTC(-9999, 0);
        if (deep(first) && deep(last)) {
          const [x, y] = [yearsAgo(first), yearsAgo(last)];
          return Math.round(x) === Math.round(y)
            ? agoText(x)
            : t("date.agoRange", { from: yearsText(x), to: yearsText(y) });
        }
        const end = (ms: number) => (deep(ms) ? agoText(yearsAgo(ms)) : year(ms));
        return first === last || end(first) === end(last)
          ? end(first)
          : t("date.range", { from: end(first), to: end(last) });
      }
      const sameYear = a.year === b.year;
      const sameMonth = sameYear && a.month === b.month;
      const months = utcMonth.count(utcMonth.floor(a.date), utcMonth.floor(b.date));
      if (coarsest === "decade" || coarsest === "year" || months >= 12) {
        return sameYear ? year(first) : fmt(YEAR).formatRange(a.date, b.date);
      }
      if (!sameYear) return fmt(MONTH).formatRange(a.date, b.date);
      if (!sameMonth) return fmt({ month: "long", year: "numeric" }).formatRange(a.date, b.date);
      if (coarsest === "month" || utcDay.count(utcDay.floor(a.date), utcDay.floor(b.date)) > 6) {
        return fmt({ month: "long", year: "numeric" }).format(a.date);
      }
      return fmt({ day: "numeric", month: "long", year: "numeric" }).formatRange(a.date, b.date);
    },
    unit(ms, unit) {
      const f = fields(ms);
      switch (unit) {
        case "decade":
          return decade(ms);
        case "year":
          return year(ms);
        case "month":
          return f.year > 0 ? fmt({ month: "long", year: "numeric" }).format(f.date) : month(ms);
        case "day":
          return f.year > 0 ? fmt({ day: "numeric", month: "long", year: "numeric" }).format(f.date) : day(ms);
      }
    },
    dayAndZone: (w, withYear) => {
      const date = withYear || fields(w.start).year <= 0 ? day(w.start) : dayMonth(w.start);
      return w.offset === undefined ? date : t("date.dayAndZone", { day: date, zone: formatOffset(w.offset) });
    },
    zone: (w) => (w.offset === undefined ? undefined : t("date.zone", { zone: formatOffset(w.offset) })),
    tick(ms, rank, full) {
      switch (rank) {
        case 0:
          return year(ms);
        case 1:
          return full ? month(ms) : shortMonth(ms);
        case 2:
          return full ? day(ms) : dayMonth(ms);
        default:
          return fmt(CLOCK).format(new Date(ms));
      }
    },
    coarse: (w) => (w.precision === "day" || w.precision === "minute" ? month(w.start) : when(w)),
    ago: (years, full) => (full ? t("date.tickAgo", { years: agoShort(years) }) : agoShort(years)),
  };
}

const formats = new Map<string, DateFormat>();

/** The date format of a language (a BCP 47 tag; English when none), with the story's calendar and digits. */
export function dateFormat(lang = "en", options: CalendarOptions = {}): DateFormat {
  const m = messages(lang, options);
  let found = formats.get(m.locale);
  if (!found) {
    found = intlFormat(m);
    formats.set(m.locale, found);
  }
  return found;
}
