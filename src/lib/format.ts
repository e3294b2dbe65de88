// Dates as readers see them: unambiguous, day first, month in words ("7 Apr 2017").

import { utcFormat } from "d3-time-format";

const day = utcFormat("%-d %b %Y");

/** "2017-04-07" → "7 Apr 2017". */
export function formatDay(iso: string): string {
  return day(new Date(`${iso}T00:00:00Z`));
}
