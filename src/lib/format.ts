// Dates as readers see them: unambiguous, day first, month in words ("7 Apr 2017"), and a date's
// precision visible in how it is written ("1990s", "2016", "Dec 2016", "7 Apr 2017", "16 May 2011, 08:56
// UTC−4"). One module, so the timeline, its details, the data page and the downloads print dates alike.

import { utcFormat } from "d3-time-format";
import { type Dated, type Precision, spanOf, type When } from "./facts/dates";

const day = utcFormat("%-d %b %Y");
const dayMonth = utcFormat("%-d %b");
const dayOnly = utcFormat("%-d");
const month = utcFormat("%b %Y");
const monthOnly = utcFormat("%b");
const year = utcFormat("%Y");
const clock = utcFormat("%H:%M");

/** "UTC−4", "UTC+5:30", "UTC": an offset in minutes as readers know it (with a true minus sign). */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${minutes < 0 ? "−" : "+"}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, "0")}` : ""}`;
}

/** The time of day of a time-precise date: "08:56". */
export const formatClock = (when: When) => clock(when.start);

/** One date at its precision. */
export function formatWhen(when: When): string {
  switch (when.precision) {
    case "decade":
      return `${year(when.start)}s`;
    case "year":
      return year(when.start);
    case "month":
      return month(when.start);
    case "day":
      return day(when.start);
    case "minute":
      return `${day(when.start)}, ${clock(when.start)} ${formatOffset(when.offset ?? 0)}`;
  }
}

/** "7 Apr 2017" → "2017-04-07": an ISO day, for <time datetime> and the like. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A date's machine-readable form for <time datetime>: the date as written, except a decade, which HTML has none for. */
export const datetimeOf = (text: string): string | undefined => (/s$/.test(text) ? undefined : text);

/** A start and an end, each at its precision, with what they share written once: "10–11 Apr 2017", "1919–1966". */
function formatRange(from: When, to: When): string {
  const [a, b] = [from.start, to.start];
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (from.precision === to.precision) {
    switch (from.precision) {
      case "decade":
      case "year":
        return `${formatWhen(from)}–${formatWhen(to)}`;
      case "month":
        return sameYear ? `${monthOnly(a)}–${month(b)}` : `${month(a)} – ${month(b)}`;
      case "day":
        if (sameMonth) return `${dayOnly(a)}–${day(b)}`;
        return sameYear ? `${dayMonth(a)} – ${day(b)}` : `${day(a)} – ${day(b)}`;
      case "minute":
        if (sameMonth && a.getUTCDate() === b.getUTCDate() && from.offset === to.offset) {
          return `${day(a)}, ${clock(a)}–${clock(b)} ${formatOffset(to.offset ?? 0)}`;
        }
    }
  }
  return `${formatWhen(from)} – ${formatWhen(to)}`;
}

/** A record's date as printed: "7 Apr 2017", "Dec 2016", "10–11 Apr 2017", "1919–1966". */
export function formatDated(record: Dated): string {
  const { from, to } = spanOf(record);
  return to ? formatRange(from, to) : formatWhen(from);
}

const KNOWN_TO: Record<Precision, string> = {
  decade: "the decade",
  year: "the year",
  month: "the month",
  day: "the day",
  minute: "the minute",
};

/** What the precision means, for the details and the data page: "known to the day", "a span, known to the year". */
export function describePrecision(record: Dated): string {
  const { from, to } = spanOf(record);
  if (!to) return `known to ${KNOWN_TO[from.precision]}`;
  if (to.precision === from.precision) return `a span, known to ${KNOWN_TO[from.precision]}`;
  return `a span, from a start known to ${KNOWN_TO[from.precision]} to an end known to ${KNOWN_TO[to.precision]}`;
}

/** A day of the story's own (the metadata's date): "11 Apr 2017". */
export function formatDay(iso: string): string {
  return day(new Date(`${iso}T00:00:00Z`));
}
