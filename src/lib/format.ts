// Dates as readers see them: unambiguous, day first, month in words ("7 Apr 2017"), and a date's
// precision visible in how it is written ("Dec 2016", "2016", "10–11 Apr 2017").

import { utcFormat } from "d3-time-format";
import { type DateSpec, interval } from "./facts/dates";

const day = utcFormat("%-d %b %Y");
const dayMonth = utcFormat("%-d %b");
const dayOnly = utcFormat("%-d");
const month = utcFormat("%b %Y");
const year = utcFormat("%Y");

/** "2017-04-07" → "7 Apr 2017". */
export function formatDay(iso: string): string {
  return day(new Date(`${iso}T00:00:00Z`));
}

/** A date at its precision: "7 Apr 2017", "Dec 2016", "2016", "10–11 Apr 2017", "30 Mar – 2 Apr 2017". */
export function formatDateSpec(spec: DateSpec): string {
  const { start, end } = interval(spec);
  switch (spec.precision) {
    case "day":
      return day(start);
    case "month":
      return month(start);
    case "year":
      return year(start);
    case "range": {
      const last = new Date(end.getTime() - 86_400_000);
      if (start.getUTCFullYear() !== last.getUTCFullYear()) return `${day(start)} – ${day(last)}`;
      if (start.getUTCMonth() !== last.getUTCMonth()) return `${dayMonth(start)} – ${day(last)}`;
      return `${dayOnly(start)}–${day(last)}`;
    }
  }
}

/** What the precision means, for the details panel and the data page. */
export function describePrecision(spec: DateSpec): string {
  return {
    day: "known to the day",
    month: "known to the month",
    year: "known to the year",
    range: "a range of days",
  }[spec.precision];
}
