// Where every event of the timeline goes: its period (a column on wide screens), its row under a date
// printed once per day (or month, year, time of day), and the subheads that give a row's year or day when its
// period does not. Pure: the component only writes what this returns, and tests check every rule on stories
// of any shape. The words reflow as HTML; nothing here measures text.

import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { When } from "../facts/dates";
import { formatClock, formatOffset } from "../format";
import { periods } from "./groups";
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
  /** How long after the previous period this one starts: "18 months later". */
  gap?: string;
  count: number;
  /** A large story's calendar group, which starts closed and opens to its events. */
  collapsed: boolean;
  rows: (EventRow | Subhead)[];
  /** The first start and the last end of its events, for the overview strip. */
  start: Date;
  end: Date;
}

const dayMonth = utcFormat("%-d %b");
const monthOnly = utcFormat("%b");
const monthYear = utcFormat("%b %Y");
const year = utcFormat("%Y");
const dayMonthYear = utcFormat("%-d %b %Y");

/** "the next day", "3 days later", "5 weeks later", "11 months later", "18 years later". */
export function gapLabel(a: Date, b: Date): string {
  const days = utcDay.count(utcDay.floor(a), utcDay.floor(b));
  if (days <= 1) return "the next day";
  if (days < 14) return `${days} days later`;
  if (days < 61) return `${Math.round(days / 7)} weeks later`;
  const months = utcMonth.count(utcMonth.floor(a), utcMonth.floor(b));
  if (months < 24) return `${months} months later`;
  return `${Math.round(days / 365.25)} years later`;
}

/** What a row's date needs known before it reads alone: its year (a day, a month), its day (a time), or nothing. */
function contextOf(when: When): { key: string; kind: "year" | "day" } | undefined {
  switch (when.precision) {
    case "month":
    case "day":
      return { key: year(when.start), kind: "year" };
    case "minute":
      return { key: dayMonthYear(when.start), kind: "day" };
    default:
      return undefined;
  }
}

function gutterOf(when: When): string {
  switch (when.precision) {
    case "decade":
      return `${year(when.start)}s`;
    case "year":
      return year(when.start);
    case "month":
      return monthOnly(when.start);
    case "day":
      return dayMonth(when.start);
    case "minute":
      return formatClock(when);
  }
}

/** Where a span ends, written against its start: "until 11 Apr", "until May", "until 1966", "until 09:41". */
export function untilLabel(from: When, to: When): string {
  const sameYear = from.start.getUTCFullYear() === to.start.getUTCFullYear();
  switch (to.precision) {
    case "decade":
      return `until the ${year(to.start)}s`;
    case "year":
      return `until ${year(to.start)}`;
    case "month":
      return `until ${sameYear ? monthOnly(to.start) : monthYear(to.start)}`;
    case "day":
      return `until ${sameYear ? dayMonth(to.start) : dayMonthYear(to.start)}`;
    case "minute":
      return `until ${utcDay.floor(to.start).getTime() === utcDay.floor(from.start).getTime() ? formatClock(to) : `${dayMonthYear(to.start)}, ${formatClock(to)}`}`;
  }
}

/**
 * The rows of one period, one per printed date. Where the period spans years, the first row of each year
 * prints the year under its date; where it spans days, times of day come under a subhead naming the day and
 * the time zone.
 */
function rowsOf(events: readonly TimelineEvent[]): (EventRow | Subhead)[] {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return [];
  const yearFixed = +utcYear.floor(first.start) === +utcYear.floor(last.start);
  const dayFixed = +utcDay.floor(first.start) === +utcDay.floor(last.start);
  const rows: (EventRow | Subhead)[] = [];
  let known: { year?: string; day?: string } = {};
  for (const event of events) {
    const when = event.from;
    const need = contextOf(when);
    let yearLine: string | undefined;
    if (need?.kind === "day" && need.key !== known.day) {
      if (!dayFixed) {
        const label = `${yearFixed ? dayMonth(when.start) : dayMonthYear(when.start)}, times ${formatOffset(when.offset ?? 0)}`;
        rows.push({ kind: "subhead", label });
      }
      known = { year: year(when.start), day: need.key };
    } else if (need?.kind === "year" && need.key !== known.year) {
      if (!yearFixed) yearLine = need.key;
      known = { year: need.key };
    } else if (!need) {
      // A year row says its own year, so a later day of that year needs no year under it; a decade does not.
      known = when.precision === "year" ? { year: year(when.start) } : {};
    }
    const gutter = gutterOf(when);
    const laid: LaidEvent = event.to ? { event, until: untilLabel(when, event.to) } : { event };
    const previous = rows.at(-1);
    if (previous?.kind === "events" && previous.gutter === gutter && !yearLine) previous.events.push(laid);
    else {
      rows.push({ kind: "events", gutter, ...(yearLine ? { year: yearLine } : {}), events: [laid] });
    }
  }
  // A period of one day with times: its label names the day, and the zone is said once, first.
  const timed = events.find((e) => e.from.precision === "minute");
  if (dayFixed && timed) rows.unshift({ kind: "subhead", label: `Times ${formatOffset(timed.from.offset ?? 0)}` });
  return rows;
}

/** Lays out a story's events (in time order) into periods of rows. */
export function layoutTimeline(events: readonly TimelineEvent[]): LaidPeriod[] {
  return periods(events).map((p, i, all) => {
    const own = events.slice(p.from, p.to);
    const previous = all[i - 1];
    const before = previous ? events[previous.to - 1] : undefined;
    const first = own[0] as TimelineEvent;
    return {
      id: `period-${i + 1}`,
      label: p.label,
      ...(before && !p.collapsed ? { gap: gapLabel(before.start, first.start) } : {}),
      count: own.length,
      collapsed: p.collapsed,
      rows: rowsOf(own),
      start: first.start,
      end: new Date(Math.max(...own.map((e) => e.end.getTime()))),
    };
  });
}
