// How the timeline groups a story's events into periods, from the data alone: no fixed window, no story's
// years. A story of up to OPEN_LIMIT events is cut into a few periods at its longest silences, kept about
// even in size (each period is a column on wide screens); a larger story is grouped by calendar unit (decade,
// year, month or day: the finest that gives at most MAX_COLLAPSED groups), each group a count that opens.

import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { Precision } from "../facts/dates";

/** Up to this many events, every title shows at first paint; beyond it, groups start closed. */
export const OPEN_LIMIT = 60;
/** Periods of an open timeline: about one per EVENTS_PER_PERIOD events, at most MAX_PERIODS. */
export const EVENTS_PER_PERIOD = 6;
export const MAX_PERIODS = 4;
/** A large story's calendar groups: at most this many. */
export const MAX_COLLAPSED = 40;
/**
 * How much an even split matters against cutting at long silences. Cuts score the log of the days they
 * span (plus CALENDAR_TURN); uneven periods cost IMBALANCE_WEIGHT times the sum of their squared relative
 * deviations from even.
 */
export const IMBALANCE_WEIGHT = 4;

export interface Timed {
  start: Date;
}

export interface Period {
  /** Index of its first event and one past its last, in time order. */
  from: number;
  to: number;
  /** "2014–2016", "Dec 2016 – Mar 2017", "April 2017", "16 May 2011". */
  label: string;
  /** Whether the group starts closed (a large story's calendar group). */
  collapsed: boolean;
}

const DAY = 86_400_000;

/** Bonus for a cut where the calendar turns: a new decade 4, year 2, month 1 (log-days run from 0 to about 10). */
export const CALENDAR_TURN = { decade: 4, year: 2, month: 1 } as const;

function calendarTurn(a: Date, b: Date): number {
  const [ya, yb] = [a.getUTCFullYear(), b.getUTCFullYear()];
  if (Math.floor(ya / 10) !== Math.floor(yb / 10)) return CALENDAR_TURN.decade;
  if (ya !== yb) return CALENDAR_TURN.year;
  return a.getUTCMonth() !== b.getUTCMonth() ? CALENDAR_TURN.month : 0;
}

/** The periods to cut `n` events into. */
export const periodCount = (n: number) => Math.max(1, Math.min(MAX_PERIODS, Math.round(n / EVENTS_PER_PERIOD)));

/**
 * Cuts events (sorted by start) into `k` runs, only between events of different days, maximising the
 * silences cut at while keeping the runs about even. Returns the index each run after the first starts at.
 * Dynamic programming over the cut points: exact, deterministic, and cheap at OPEN_LIMIT events.
 */
export function cutPoints(events: readonly Timed[], k: number): number[] {
  const n = events.length;
  const day = (i: number) => Math.floor((events[i]?.start.getTime() ?? 0) / DAY);
  // Cut points: between i-1 and i where the day changes, scored by the log of the days between them, and
  // more where the calendar turns a page there (a new month, year or decade), so periods read as the
  // calendar does: "April 2017", not "7–23 April".
  const gain = new Map<number, number>();
  for (let i = 1; i < n; i++) {
    if (day(i) === day(i - 1)) continue;
    gain.set(
      i,
      Math.log1p(day(i) - day(i - 1)) + calendarTurn((events[i - 1] as Timed).start, (events[i] as Timed).start),
    );
  }
  const points = [0, ...gain.keys(), n];
  const runs = Math.min(k, points.length - 1);
  if (runs <= 1) return [];
  const even = n / runs;
  const cost = (size: number) => IMBALANCE_WEIGHT * ((size - even) / even) ** 2;
  // best[c][j]: the best score of the events before points[j] in c runs; back[c][j] where the last run began.
  const best: number[][] = [points.map((_, j) => (j === 0 ? 0 : Number.NEGATIVE_INFINITY))];
  const back: number[][] = [points.map(() => -1)];
  for (let c = 1; c <= runs; c++) {
    const row = points.map(() => Number.NEGATIVE_INFINITY);
    const from = points.map(() => -1);
    for (let j = 1; j < points.length; j++) {
      for (let i = 0; i < j; i++) {
        const before = best[c - 1]?.[i] ?? Number.NEGATIVE_INFINITY;
        if (before === Number.NEGATIVE_INFINITY) continue;
        const at = points[i] ?? 0;
        const score = before + (i > 0 ? (gain.get(at) ?? 0) : 0) - cost((points[j] ?? 0) - at);
        // Ties go to the later cut, so the busiest run ends nearer the story's end.
        if (score >= (row[j] ?? Number.NEGATIVE_INFINITY)) {
          row[j] = score;
          from[j] = i;
        }
      }
    }
    best.push(row);
    back.push(from);
  }
  const cuts: number[] = [];
  let j = points.length - 1;
  for (let c = runs; c > 1; c--) {
    const i = back[c]?.[j] ?? 0;
    cuts.unshift(points[i] ?? 0);
    j = i;
  }
  return cuts;
}

const monthName = utcFormat("%B");
const monthYear = utcFormat("%B %Y");
const shortMonthYear = utcFormat("%b %Y");
const year = utcFormat("%Y");
const dayMonthYear = utcFormat("%-d %B %Y");

/**
 * A period's name from the first and last of its events' starts: "16 May 2011", "15–16 May 2011" (within a
 * week), "April 2017", "January–March 2017", "Dec 2016 – Mar 2017" (under a year, across a new year),
 * "2014–2016" (or years whenever an event in it is known only to the year or decade).
 */
export function periodLabel(first: Date, last: Date, coarsest: Precision): string {
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
  const months = utcMonth.count(utcMonth.floor(first), utcMonth.floor(last));
  if (coarsest === "decade" || coarsest === "year" || months >= 12) {
    return sameYear ? year(first) : `${year(first)}–${year(last)}`;
  }
  if (!sameYear) return `${shortMonthYear(first)} – ${shortMonthYear(last)}`;
  if (!sameMonth) return `${monthName(first)}–${monthYear(last)}`;
  if (coarsest === "month" || utcDay.count(utcDay.floor(first), utcDay.floor(last)) > 6) return monthYear(first);
  if (first.getUTCDate() === last.getUTCDate()) return dayMonthYear(first);
  return `${first.getUTCDate()}–${dayMonthYear(last)}`;
}

/** The calendar unit a large story is grouped by: the finest giving at most MAX_COLLAPSED groups. */
function calendarUnit(events: readonly Timed[]) {
  const units = [
    { name: "day" as const, floor: (d: Date) => utcDay.floor(d) },
    { name: "month" as const, floor: (d: Date) => utcMonth.floor(d) },
    { name: "year" as const, floor: (d: Date) => utcYear.floor(d) },
    {
      name: "decade" as const,
      floor: (d: Date) => {
        const y = utcYear.floor(d);
        y.setUTCFullYear(Math.floor(y.getUTCFullYear() / 10) * 10);
        return y;
      },
    },
  ];
  for (const unit of units) {
    let groups = 0;
    let last = Number.NaN;
    for (const e of events) {
      const key = unit.floor(e.start).getTime();
      if (key !== last) groups++;
      last = key;
    }
    if (groups <= MAX_COLLAPSED) return unit;
  }
  return units[units.length - 1] as (typeof units)[number];
}

/**
 * The periods of a story's events (sorted by start). `precisions` gives each event's coarsest precision
 * (a year-long event makes its period's name a range of years, never of days).
 */
export function periods(events: readonly (Timed & { precision: Precision })[]): Period[] {
  const n = events.length;
  if (n === 0) return [];
  const ORDER = ["minute", "day", "month", "year", "decade"] as const;
  const coarsest = (from: number, to: number) =>
    events
      .slice(from, to)
      .reduce<(typeof ORDER)[number]>(
        (c, e) => (ORDER.indexOf(e.precision) > ORDER.indexOf(c) ? e.precision : c),
        "minute",
      );
  const label = (from: number, to: number) =>
    periodLabel((events[from] as Timed).start, (events[to - 1] as Timed).start, coarsest(from, to));

  if (n <= OPEN_LIMIT) {
    const starts = [0, ...cutPoints(events, periodCount(n))];
    return starts.map((from, i) => {
      const to = starts[i + 1] ?? n;
      return { from, to, label: label(from, to), collapsed: false };
    });
  }
  const unit = calendarUnit(events);
  const out: Period[] = [];
  let from = 0;
  for (let i = 1; i <= n; i++) {
    const prev = events[i - 1] as Timed;
    const next = events[i];
    if (next && unit.floor(next.start).getTime() === unit.floor(prev.start).getTime()) continue;
    const first = (events[from] as Timed).start;
    const name =
      unit.name === "decade"
        ? `${year(unit.floor(first))}s`
        : unit.name === "year"
          ? year(first)
          : unit.name === "month"
            ? monthYear(first)
            : dayMonthYear(first);
    out.push({ from, to: i, label: name, collapsed: true });
    from = i;
  }
  return out;
}
