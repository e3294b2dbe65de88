// Dates of the fact base: parsing an editor's date for its precision, and the interval it covers.

import { utcDay, utcMonth, utcYear } from "d3-time";
import type { Precision } from "./vocabulary";

const FORMATS: Record<Exclude<Precision, "range">, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

const EXAMPLES: Record<Exclude<Precision, "range">, string> = {
  day: "2017-04-07",
  month: "2016-12",
  year: "2016",
};

/** The first instant of an ISO date written at a given precision, or an error saying what is wrong. */
export function parseIsoDate(value: string, precision: Exclude<Precision, "range">): Date | string {
  const m = value.match(FORMATS[precision]);
  if (!m) return `"${value}" is not a ${precision} written like ${EXAMPLES[precision]}`;
  const [y, mo = 1, d = 1] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    return `"${value}" is not a date that exists in the calendar`;
  }
  return date;
}

export interface DateSpec {
  date: string;
  end?: string | undefined;
  precision: Precision;
}

/** The half-open UTC interval [start, end) a date covers: a day, a month, a year, or a range of days. */
export function interval(spec: DateSpec): { start: Date; end: Date } {
  const p = spec.precision === "range" ? "day" : spec.precision;
  const start = parseIsoDate(spec.date, p);
  if (typeof start === "string") throw new Error(start);
  if (spec.precision === "range") {
    const last = parseIsoDate(spec.end ?? "", "day");
    if (typeof last === "string") throw new Error(last);
    return { start, end: utcDay.offset(last, 1) };
  }
  const next = { day: utcDay, month: utcMonth, year: utcYear }[p];
  return { start, end: next.offset(start, 1) };
}

/** Orders records in time: by start, then the shorter first, then by id so the order never depends on input order. */
export function compareByDate<T extends DateSpec & { id: string }>(a: T, b: T): number {
  const ia = interval(a);
  const ib = interval(b);
  return ia.start.getTime() - ib.start.getTime() || ia.end.getTime() - ib.end.getTime() || a.id.localeCompare(b.id);
}
