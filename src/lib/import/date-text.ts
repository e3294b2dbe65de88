// Dates and times a sheet writes as text, read as TimelineJS reads them: its Time column (DateUtil.parseTime)
// and the whole dates of its first template's Start Date and End Date columns (TLDate.parseDate). Only the
// text's own digits are read: nothing is handed to Date.parse, whose readings differ between runtimes and
// move a time with a zone into the reader's own.

import type { DateParts } from "./dates";

/** A time of day as a sheet writes it ("9:30", "09:30 AM", "9:30 PM", "0930", "21.30", "9:30:15.5"). */
export function partsOfClock(text: string): DateParts | undefined {
  let rest = text.trim();
  const period = rest.match(/\s*([AaPp])\.?[Mm]\.?\s*$/);
  if (period) rest = rest.slice(0, period.index).trim();
  const compact = rest.match(/^(\d{1,2})(\d{2})$/);
  const pieces = compact ? compact.slice(1) : rest.includes(":") ? rest.split(":") : rest.split(".");
  if (pieces.length > 3 || !pieces.every((p, i) => (i === 2 ? /^\d+(?:[.,]\d+)?$/ : /^\d+$/).test(p))) {
    return undefined;
  }
  const [h = "", minute, second] = pieces;
  let hour = Number(h);
  // 12 AM is midnight and 12 PM noon; TimelineJS adds 12 to any other PM hour.
  if (period?.[1]?.toLowerCase() === "p" && hour !== 12) hour += 12;
  else if (period?.[1]?.toLowerCase() === "a" && hour === 12) hour = 0;
  const [s, fraction] = second?.split(/[.,]/) ?? [];
  return { hour: String(hour), minute, second: s, millisecond: fraction };
}

const ISO_DAY = /^([+-]?\d+?)(?:-(\d{2}))?(?:-(\d{2}))?$/;
const ISO_TIME = /^([+-]?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A whole date written as text: 2021, 2021-06, 2021-06-14, -44, 2021-06-14T09:30(:15)(+02:00), 6/14/2021,
 * 6/2021, each optionally followed by a time (6/14/2021 9:30). `zone` is the offset a time was written
 * with, which TimelineJS cannot keep.
 */
export function partsOfDateText(text: string): (DateParts & { zone?: string }) | undefined {
  const t = text.trim();
  const day = t.match(ISO_DAY);
  if (day) return { year: day[1]?.replace("+", ""), month: day[2], day: day[3] };
  const iso = t.match(ISO_TIME);
  if (iso) {
    const [, year, month, d, hour, minute, second, millisecond, zone] = iso;
    const parts = { year: year?.replace("+", ""), month, day: d, hour, minute, second, millisecond };
    return zone ? { ...parts, zone } : parts;
  }
  const slashed = t.match(/^(\d{1,2})\/(?:(\d{1,2})\/)?(-?\d+)(?:\s+(.+))?$/);
  if (!slashed) return undefined;
  const [, month, d, year, time] = slashed;
  if (time === undefined) return { year, month, day: d };
  const clock = partsOfClock(time);
  return clock && { year, month, day: d, ...clock };
}
