// How the timeline groups a story's events into periods, from the data alone: no fixed window, no story's
// years. A story of up to OPEN_LIMIT events is cut into a few periods at its longest silences, kept about
// even in size (each period is a column on wide screens); a larger story is grouped by calendar unit (decade,
// year, month or day: the finest that gives at most MAX_COLLAPSED groups), each group a count that opens.

import { utcDay, utcMonth, utcYear } from "d3-time";
import { type CalendarUnit, type DateFormat, dateFormat } from "../dates/format";
import { PRECISIONS, type Precision } from "../dates/when";

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
  /** ms, wall-clock time as UTC. */
  start: number;
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

/**
 * Bonus for a cut at a silence longer than all the rest of the story put together: it is always a cut, however
 * uneven the periods it leaves (four days and an event the next year read as those days, then that year; an
 * even split would put the last two days in a column with the next year).
 */
const DOMINANT_SILENCE = 100;

/** Bonus for a cut where the calendar turns: a new decade 4, year 2, month 1 (log-days run from 0 to about 10). */
export const CALENDAR_TURN = { decade: 4, year: 2, month: 1 } as const;

function calendarTurn(a: number, b: number): number {
  const [da, db] = [new Date(a), new Date(b)];
  const [ya, yb] = [da.getUTCFullYear(), db.getUTCFullYear()];
  if (Math.floor(ya / 10) !== Math.floor(yb / 10)) return CALENDAR_TURN.decade;
  if (ya !== yb) return CALENDAR_TURN.year;
  return da.getUTCMonth() !== db.getUTCMonth() ? CALENDAR_TURN.month : 0;
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
  const day = (i: number) => Math.floor((events[i]?.start ?? 0) / DAY);
  // Cut points: between i-1 and i where the day changes, scored by the log of the days between them, and
  // more where the calendar turns a page there (a new month, year or decade), so periods read as the
  // calendar does: "April 2017", not "7–23 April".
  const gain = new Map<number, number>();
  const span = day(n - 1) - day(0);
  for (let i = 1; i < n; i++) {
    const silence = day(i) - day(i - 1);
    if (silence === 0) continue;
    gain.set(
      i,
      Math.log1p(silence) +
        calendarTurn((events[i - 1] as Timed).start, (events[i] as Timed).start) +
        (silence > span - silence ? DOMINANT_SILENCE : 0),
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

/** The calendar unit a large story is grouped by: the finest giving at most MAX_COLLAPSED groups. */
function calendarUnit(events: readonly Timed[]) {
  const units: { name: CalendarUnit; floor: (ms: number) => number }[] = [
    { name: "day", floor: (ms) => +utcDay.floor(new Date(ms)) },
    { name: "month", floor: (ms) => +utcMonth.floor(new Date(ms)) },
    { name: "year", floor: (ms) => +utcYear.floor(new Date(ms)) },
    {
      name: "decade",
      floor: (ms) => {
        const y = utcYear.floor(new Date(ms));
        y.setUTCFullYear(Math.floor(y.getUTCFullYear() / 10) * 10);
        return +y;
      },
    },
  ];
  for (const unit of units) {
    let groups = 0;
    let last = Number.NaN;
    for (const e of events) {
      const key = unit.floor(e.start);
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
export function periods(
  events: readonly (Timed & { precision: Precision })[],
  fmt: DateFormat = dateFormat(),
): Period[] {
  const n = events.length;
  if (n === 0) return [];
  // PRECISIONS runs from the coarsest to the finest.
  const coarsest = (from: number, to: number) =>
    events
      .slice(from, to)
      .reduce<Precision>(
        (c, e) => (PRECISIONS.indexOf(e.precision) < PRECISIONS.indexOf(c) ? e.precision : c),
        "minute",
      );
  const label = (from: number, to: number) =>
    fmt.period((events[from] as Timed).start, (events[to - 1] as Timed).start, coarsest(from, to));

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
    if (next && unit.floor(next.start) === unit.floor(prev.start)) continue;
    out.push({ from, to: i, label: fmt.unit((events[from] as Timed).start, unit.name), collapsed: true });
    from = i;
  }
  return out;
}

/** A named period a timeline file declares (TimelineJS's eras), its dates parsed. */
export interface EraSpan {
  label: string;
  start: number;
  end: number;
}

/**
 * The periods of a story whose file names its own (TimelineJS's eras): each run of events that falls in one
 * era is a period under the era's name; a run that falls in none is named by its dates, as computed periods are.
 * Eras that hold no event are left out (the strip still draws their bands).
 */
export function eraPeriods(
  events: readonly (Timed & { precision: Precision })[],
  eras: readonly EraSpan[],
  fmt: DateFormat = dateFormat(),
): (Period & { era?: EraSpan })[] {
  const eraOf = (e: Timed) => eras.findIndex((era) => e.start >= era.start && e.start < era.end);
  const out: (Period & { era?: EraSpan })[] = [];
  let from = 0;
  for (let i = 1; i <= events.length; i++) {
    const prev = events[i - 1] as Timed;
    const next = events[i];
    if (next && eraOf(next) === eraOf(prev)) continue;
    const era = eras[eraOf(events[from] as Timed)];
    const coarsest = events
      .slice(from, i)
      .reduce<Precision>(
        (c, e) => (PRECISIONS.indexOf(e.precision) < PRECISIONS.indexOf(c) ? e.precision : c),
        "minute",
      );
    out.push({
      from,
      to: i,
      label: era?.label ?? fmt.period((events[from] as Timed).start, prev.start, coarsest),
      collapsed: events.length > OPEN_LIMIT,
      ...(era ? { era } : {}),
    });
    from = i;
  }
  return out;
}
