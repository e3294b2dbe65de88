// From a story's events to what its timeline shows: each event with its dates parsed, its style, the words
// that print its date, and the plain-language summary of the whole (computed from the data, so the sentence
// can never disagree with the picture; it names the turning points).

import { type Dated, type Precision, spanOf, type When } from "../facts/dates";
import type { Category } from "../facts/story";
import { describePrecision, formatDated, formatWhen } from "../format";
import { categoryStyle, type Style } from "../theme";

/** An event as an editor's data gives it: what the timeline needs of a fact-base record. */
export interface EventLike extends Dated {
  id: string;
  title: string;
  turning?: boolean | undefined;
  category?: string | undefined;
  /** The record's place in its file, the order of events that start together. */
  order: number;
}

export interface TimelineEvent {
  id: string;
  title: string;
  turning: boolean;
  /** The category's label, for the details and screen readers; undefined without categories. */
  category?: string;
  style: Style;
  /** The whole period the event covers, [start, end), wall-clock time as UTC. */
  start: Date;
  end: Date;
  from: When;
  to?: When;
  precision: Precision;
  /** The date as printed in full: "7 Apr 2017", "10–11 Apr 2017", "1919–1966". */
  dateLabel: string;
  /** What the precision means: "known to the day", "a span, known to the year". */
  precisionLabel: string;
  /** Place in time order, from 1. */
  position: number;
}

export interface TimelineModel {
  events: TimelineEvent[];
  /** The categories the events use, in the story's order, for the legend. */
  categories: Category[];
  summary: string;
}

/** The one order of the timeline: by start, then as the file lists them (src/lib/facts/dates.ts). */
export function toTimelineEvents(source: readonly EventLike[], categories: readonly Category[]): TimelineEvent[] {
  const parsed = source.map((e) => ({ e, span: spanOf(e) }));
  parsed.sort((a, b) => a.span.start.getTime() - b.span.start.getTime() || a.e.order - b.e.order);
  return parsed.map(({ e, span }, i) => {
    const category = categories.find((c) => c.id === e.category);
    return {
      id: e.id,
      title: e.title,
      turning: e.turning === true,
      ...(category ? { category: category.label } : {}),
      style: categoryStyle(category?.slot),
      start: span.start,
      end: span.end,
      from: span.from,
      ...(span.to ? { to: span.to } : {}),
      precision: span.from.precision,
      dateLabel: formatDated(e),
      precisionLabel: describePrecision(e),
      position: i + 1,
    };
  });
}

/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]) =>
  items.length <= 2 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;

/**
 * "16 events from Feb 1901 to May 2007. Turning points, in bold: Enlists at 14, …". The
 * span names the first and last events' dates at the coarser of month or their own precision.
 */
export function summarize(events: readonly TimelineEvent[]): string {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return "";
  const n = events.length;
  const coarse = (w: When) =>
    w.precision === "day" || w.precision === "minute" ? formatWhen({ ...w, precision: "month" }) : formatWhen(w);
  const lastWhen = last.to ?? last.from;
  const [a, b] = [coarse(first.from), coarse(lastWhen)];
  const span =
    n === 1 ? `One event, ${first.dateLabel}.` : a === b ? `${n} events in ${a}.` : `${n} events from ${a} to ${b}.`;
  const turning = events.filter((e) => e.turning);
  const points = turning.length
    ? ` ${turning.length === 1 ? "Turning point" : "Turning points"}, in bold: ${listOf(turning.map((e) => e.title))}.`
    : "";
  return `${span}${points}`;
}

/**
 * What a screen reader says on reaching an event, short and in order: its visible words first (so a voice
 * command naming them finds it), then its date and precision, "turning point", and its place among `total`.
 */
export function announce(e: TimelineEvent, until: string | undefined, total: number): string {
  return [
    `${e.title}${until ? ` ${until}` : ""}`,
    e.dateLabel,
    e.precisionLabel,
    e.turning && "turning point",
    `${e.position} of ${total}`,
  ]
    .filter(Boolean)
    .join(", ");
}

export function timelineModel(source: readonly EventLike[], categories: readonly Category[]): TimelineModel {
  const events = toTimelineEvents(source, categories);
  const used = new Set(source.map((e) => e.category));
  return { events, categories: categories.filter((c) => used.has(c.id)), summary: summarize(events) };
}
