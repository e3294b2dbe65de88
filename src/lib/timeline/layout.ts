// Where every event of the timeline goes: its period (a column on wide screens), its row under a date
// printed once per day (or month, year, time of day), and the subheads that give a row's year or day when its
// period does not. Pure: the component only writes what this returns, and tests check every rule on stories
// of any shape. The words reflow as HTML; nothing here measures text.

import { utcDay, utcYear } from "d3-time";
import { type DateFormat, dateFormat } from "../dates/format";
import type { When } from "../dates/when";
import { type EraSpan, eraPeriods, periods } from "./groups";
import type { TimelineEvent } from "./model";

export interface EventRow {
  kind: "events";
  /** The date printed once for the row: "18 Mar", "Dec", "2016", "1990s", "08:56". */
  gutter: string;
  /** The year, printed under the date, where the period spans years and the row starts a new one. */
  year?: string;
  events: LaidEvent[];
}

/** A line that gives the rows below it their day and time zone (for times of day) when their period does not. */
export interface Subhead {
  kind: "subhead";
  label: string;
}

export interface LaidEvent {
  event: TimelineEvent;
  /** For a span, where it ends, relative to its start: "until 11 Apr", "until 1966". */
  until?: string;
}

export interface LaidPeriod {
  id: string;
  label: string;
  /** How long after the previous period's last event this one starts: "18 months later", "the next year". */
  gap?: string;
  count: number;
  /** A large story's calendar group, which starts closed and opens to its events. */
  collapsed: boolean;
  rows: (EventRow | Subhead)[];
  /** The first start and the last end of its events (ms), for the overview strip. */
  start: number;
  end: number;
  /** The era it is named for, when the story's file names its periods: the strip draws the era's whole extent. */
  era?: EraSpan;
}

const floor = (interval: typeof utcDay, ms: number) => +interval.floor(new Date(ms));

/** What a row's date needs known before it reads alone: its year (a day, a month), its day (a time), or nothing. */
function contextOf(when: When, fmt: DateFormat): { key: string; kind: "year" | "day" } | undefined {
  switch (when.precision) {
    case "month":
    case "day":
      return { key: fmt.year(when.start), kind: "year" };
    case "minute":
      return { key: String(floor(utcDay, when.start)), kind: "day" };
    default:
      return undefined;
  }
}

/**
 * The rows of one period, one per printed date. Where the period spans years, the first row of each year
 * prints the year under its date; where it spans days, times of day come under a subhead naming the day and
 * the time zone.
 */
function rowsOf(events: readonly TimelineEvent[], fmt: DateFormat): (EventRow | Subhead)[] {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return [];
  const yearFixed = floor(utcYear, first.start) === floor(utcYear, last.start);
  const dayFixed = floor(utcDay, first.start) === floor(utcDay, last.start);
  const rows: (EventRow | Subhead)[] = [];
  let known: { year?: string; day?: string } = {};
  for (const event of events) {
    const when = event.from;
    const need = contextOf(when, fmt);
    let yearLine: string | undefined;
    if (need?.kind === "day" && need.key !== known.day) {
      if (!dayFixed) rows.push({ kind: "subhead", label: fmt.dayAndZone(when, !yearFixed) });
      known = { year: fmt.year(when.start), day: need.key };
    } else if (need?.kind === "year" && need.key !== known.year) {
      if (!yearFixed) yearLine = need.key;
      known = { year: need.key };
    } else if (!need) {
      // A year row says its own year, so a later day of that year needs no year under it; a decade does not.
      known = when.precision === "year" ? { year: fmt.year(when.start) } : {};
    }
    const gutter = fmt.gutter(when);
    const laid: LaidEvent = event.to ? { event, until: fmt.until(when, event.to) } : { event };
    const previous = rows.at(-1);
    if (previous?.kind === "events" && previous.gutter === gutter && !yearLine) previous.events.push(laid);
    else {
      rows.push({ kind: "events", gutter, ...(yearLine ? { year: yearLine } : {}), events: [laid] });
    }
  }
  // A period of one day with times: its label names the day, and the zone is said once, first.
  const timed = events.find((e) => e.from.precision === "minute");
  const zone = timed && fmt.zone(timed.from);
  if (dayFixed && zone) rows.unshift({ kind: "subhead", label: zone });
  return rows;
}

/** Lays out a story's events (in time order) into periods of rows. */
export function layoutTimeline(
  events: readonly TimelineEvent[],
  fmt: DateFormat = dateFormat(),
  eras: readonly EraSpan[] = [],
): LaidPeriod[] {
  const cut: (ReturnType<typeof periods>[number] & { era?: EraSpan })[] = eras.length
    ? eraPeriods(events, eras, fmt)
    : periods(events, fmt);
  return cut.map((p, i, all) => {
    const own = events.slice(p.from, p.to);
    const previous = all[i - 1];
    const before = previous ? events[previous.to - 1] : undefined;
    const first = own[0] as TimelineEvent;
    return {
      id: `period-${i + 1}`,
      label: p.label,
      ...(before && !p.collapsed ? { gap: fmt.gap(before.from, first.from) } : {}),
      count: own.length,
      collapsed: p.collapsed,
      rows: rowsOf(own, fmt),
      start: first.start,
      end: Math.max(...own.map((e) => e.end)),
      ...(p.era ? { era: p.era } : {}),
    };
  });
}
