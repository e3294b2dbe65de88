// TimelineJS's dates and our written dates, both ways. TimelineJS keeps a date as its parts ({ year, month, day,
// hour, minute, second, millisecond }, numbers or strings of digits); we write one string whose form is its
// precision: 2021, 2021-06, 2021-06-14, 2021-06-14T09:30. The precision is the finest part given, so a slide
// that gives only a year stays a year.
//
// Years before 1 CE: TimelineJS prints year -44 as "44 BCE" (its language files put BCE after the number,
// never shifting it), so -44 is 44 BCE in historians' numbering, with no year 0; we write it -0044.
//
// Deep time: on a cosmological scale TimelineJS prints a year before -99,999 as years ago ("13.80 billion
// years ago") and any later year as a calendar year ("3500 BCE"), in one file (its template cosmo-mixed.json
// mixes both). We write each as TimelineJS prints it: "13800000000 years ago" and "-3500".
//
// Times carry no zone: TimelineJS builds a browser Date from the parts, so 09:30 is shown as 09:30 wherever the
// reader is. We write them floating (2021-06-14T09:30), to the minute.

export type Scale = "human" | "cosmological";

/** The earliest year TimelineJS prints as a calendar year on a cosmological scale (its HUMAN_SCALE_MIN_YEAR). */
export const FIRST_CALENDAR_YEAR = -99_999;

/**
 * TimelineJS's own test for a file that names no scale: cosmological as soon as a slide starts in a year a
 * JavaScript Date cannot hold (TimelineConfig._ensureValidScale).
 */
export const beyondHumanScale = (year: number) => year < -271_820 || year > 275_759;

export const DATE_PARTS = ["year", "month", "day", "hour", "minute", "second", "millisecond"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
/** A date's parts as a file gives them: numbers, strings of digits, or anything else a file may hold. */
export type DateParts = Partial<Record<DatePart, unknown>>;

export type WrittenDate =
  | {
      ok: true;
      date: string;
      /** The first year, as a number, for the scale. */
      year: number;
      /** Seconds or milliseconds were given (and are dropped: times are kept to the minute). */
      seconds: boolean;
      /** A month, day or time was given on a date written as years ago (which counts whole years). */
      belowYear: boolean;
    }
  | { ok: false; part: DatePart; message: string };

/** What each part must be, for the messages that say what to write instead. */
const PARTS: Record<
  Exclude<DatePart, "second" | "millisecond">,
  { what: string; write: string; range?: [number, number] }
> = {
  year: { what: "a year", write: "it in digits, e.g. 2017 (-44 for 44 BCE)" },
  month: { what: "a month", write: "1 to 12", range: [1, 12] },
  day: { what: "a day of the month", write: "1 to 31", range: [1, 31] },
  hour: { what: "an hour", write: "0 to 23", range: [0, 23] },
  minute: { what: "a minute", write: "0 to 59", range: [0, 59] },
};

const shown = (value: unknown) => (typeof value === "string" ? value.trim() : JSON.stringify(value));

/**
 * A part as an integer, undefined when the file leaves it out (absent, null or blank, as TimelineJS reads
 * it), or null when it is not a whole number.
 */
export function integerOf(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text === "") return undefined;
  return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A date's parts as our written date, or the part that cannot become one and what to write instead. */
export function writeDate(parts: DateParts, scale: Scale): WrittenDate {
  const n: Partial<Record<DatePart, number>> = {};
  for (const part of ["year", "month", "day", "hour", "minute"] as const) {
    const value = integerOf(parts[part]);
    const { what, write, range } = PARTS[part];
    if (value === null) return { ok: false, part, message: `"${shown(parts[part])}" is not ${what}: write ${write}` };
    if (value !== undefined && range && (value < range[0] || value > range[1])) {
      return { ok: false, part, message: `${value} is not ${what}: write ${write}` };
    }
    if (value !== undefined) n[part] = value;
  }
  const { year, month, day, hour, minute } = n;
  if (year === undefined)
    return { ok: false, part: "year", message: "has no year: write at least the year, e.g. 2017" };
  if (year === 0) {
    return {
      ok: false,
      part: "year",
      message: "there is no year 0 (1 BCE is followed by 1 CE): write -1 for 1 BCE or 1 for 1 CE",
    };
  }
  if (day !== undefined && month === undefined) {
    return {
      ok: false,
      part: "month",
      message: "gives a day but no month: write the month too (TimelineJS would read it as January)",
    };
  }
  if ((hour !== undefined || minute !== undefined) && day === undefined) {
    return { ok: false, part: "day", message: "gives a time of day but no day: write the month and day too" };
  }
  if (minute !== undefined && hour === undefined) {
    return { ok: false, part: "hour", message: "gives minutes but no hour: write the hour too" };
  }
  const seconds = [parts.second, parts.millisecond].some((v) => {
    const value = integerOf(v);
    return value === null || (value !== undefined && value !== 0);
  });
  if (scale === "cosmological" && year < FIRST_CALENDAR_YEAR) {
    return { ok: true, date: `${-year} years ago`, year, seconds, belowYear: month !== undefined };
  }
  let date = `${year < 0 ? "-" : ""}${pad(Math.abs(year), 4)}`;
  if (month !== undefined) date += `-${pad(month)}`;
  if (day !== undefined) date += `-${pad(day)}`;
  if (hour !== undefined) date += `T${pad(hour)}:${pad(minute ?? 0)}`;
  return { ok: true, date, year, seconds, belowYear: false };
}

/**
 * TimelineJS has no decades: a file says one as the decade's first year with a display_date of "1980s" (as
 * toTimelineJs writes it). Read back, that is the decade itself.
 */
export function decadeOf(date: string, display: string | undefined): string | undefined {
  return /^\d{3}0$/.test(date) && display?.trim() === `${date}s` ? `${date}s` : undefined;
}

/** A date as TimelineJS reads it. */
export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  display_date?: string;
}

const WRITTEN = /^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * A written date as TimelineJS's parts, with the UTC offset of a zoned time (which TimelineJS cannot say), or
 * undefined when it is not one of our written forms. A decade is its first year with a display_date ("1980s").
 */
export function timelineDateOf(written: string): { date: TimelineDate; zone?: string } | undefined {
  const text = written.trim();
  const decade = text.match(/^(\d{3}0)s$/);
  if (decade) return { date: { year: Number(decade[1]), display_date: text } };
  const ago = text.match(/^(\d+) years ago$/);
  if (ago) return Number(ago[1]) > 0 ? { date: { year: -Number(ago[1]) } } : undefined;
  const m = text.match(WRITTEN);
  if (!m) return undefined;
  const [, sign, y, mo, d, h, mi, zone] = m;
  const year = Number(`${sign}${y}`);
  if (year === 0) return undefined;
  const date: TimelineDate = { year };
  if (mo !== undefined) date.month = Number(mo);
  if (d !== undefined) date.day = Number(d);
  if (h !== undefined) date.hour = Number(h);
  if (mi !== undefined) date.minute = Number(mi);
  return zone === undefined ? { date } : { date, zone };
}
