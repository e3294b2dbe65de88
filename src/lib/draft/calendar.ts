// Calendar arithmetic for drafting, in the story's own calendar: a date is a year, a month or a day
// (optionally a time of day), never an instant, so no time zone is ever assumed. It is written in the
// events file's forms (1990s, 2016, 2016-12, 2017-04-07, 2011-05-16T08:56-04:00) and named in words for
// resolution sentences ("Tuesday 11 April 2017").

import { parseWhen } from "../dates/when";

/** A point in the calendar, as precise as the text made it. */
export interface Point {
  year: number;
  /** 1–12. */
  month?: number;
  /** 1–31; only with a month. */
  day?: number;
  /** A time of day, only with a day; `offset` (minutes east of UTC) only when the text gives a zone. */
  time?: { hour: number; minute: number; offset?: number };
  /** The decade starting at `year` ("the 1990s"). */
  decade?: boolean;
}

export type Precision = "decade" | "year" | "month" | "day" | "time";

export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function precisionOf(p: Point): Precision {
  if (p.decade) return "decade";
  if (p.month === undefined) return "year";
  if (p.day === undefined) return "month";
  return p.time ? "time" : "day";
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** A day as a Point, from a UTC Date (only its calendar fields are read). */
export function dayOf(date: Date): Point {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The UTC midnight of a Point's first day (its month and day default to 1). */
export function toDate(p: Point): Date {
  const d = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1));
  d.setUTCFullYear(p.year);
  return d;
}

/** A Point from the events file's day form, "2017-04-11", or undefined when it is not one. */
export function parseDay(text: string): Point | undefined {
  const when = parseWhen(text);
  return typeof when !== "string" && when.precision === "day" ? dayOf(new Date(when.start)) : undefined;
}

export function addDays(p: Point, days: number): Point {
  const d = toDate(p);
  d.setUTCDate(d.getUTCDate() + days);
  return dayOf(d);
}

export function addMonths(p: Point, months: number): Point {
  const index = p.year * 12 + (p.month ?? 1) - 1 + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 for Sunday … 6 for Saturday. */
export function weekdayOf(p: Point): number {
  return toDate(p).getUTCDay();
}

/** The Monday that starts the week of a day (weeks run Monday to Sunday, as ISO 8601 has them). */
export function mondayOf(p: Point): Point {
  return addDays(p, -((weekdayOf(p) + 6) % 7));
}

/** -1, 0 or 1 as a's first day is before, on or after b's. */
export function compare(a: Point, b: Point): number {
  return Math.sign(toDate(a).getTime() - toDate(b).getTime());
}

/** The Point in the events file's written form; a time without a zone is written as its day. */
export function written(p: Point): string {
  const y = pad(p.year, 4);
  if (p.decade) return `${y}s`;
  if (p.month === undefined) return y;
  if (p.day === undefined) return `${y}-${pad(p.month)}`;
  const day = `${y}-${pad(p.month)}-${pad(p.day)}`;
  if (!p.time || p.time.offset === undefined) return day;
  const o = p.time.offset;
  const zone = o === 0 ? "Z" : `${o < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(o) / 60))}:${pad(Math.abs(o) % 60)}`;
  return `${day}T${pad(p.time.hour)}:${pad(p.time.minute)}${zone}`;
}

/** "8:56 a.m.", "noon", "midnight". */
export function clock(time: { hour: number; minute: number }): string {
  if (time.minute === 0 && time.hour === 12) return "noon";
  if (time.minute === 0 && time.hour === 0) return "midnight";
  const h = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${h}:${pad(time.minute)} ${time.hour < 12 ? "a.m." : "p.m."}`;
}

/** The Point in words: "Tuesday 11 April 2017", "December 2016", "2016", "the 1990s". */
export function label(p: Point, { weekday = true } = {}): string {
  if (p.decade) return `the ${p.year}s`;
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${MONTHS[p.month - 1]} ${p.year}`;
  const day = `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  return weekday ? `${WEEKDAYS[weekdayOf(p)]} ${day}` : day;
}

/** The same day, without its time. */
export function dayPart(p: Point): Point {
  return { year: p.year, month: p.month, day: p.day };
}
