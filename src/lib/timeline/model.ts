// From a story's events to what its timeline shows: each event with its dates parsed, its style, the words
// that print its date, and the plain-language summary of the whole (computed from the data, so the sentence
// can never disagree with the picture; it names the turning points).

import { type DateFormat, dateFormat } from "../dates/format";
import { type Dated, inTimeOrder, type Precision, spanOf, type When } from "../dates/when";
import type { Category } from "../facts/story";
import { categoryStyle, type Style } from "../theme";

/** An event as an editor's data gives it: what the timeline needs of a fact-base record. */
export interface EventLike extends Dated {
  id: string;
  title: string;
  turning?: boolean | undefined;
  category?: string | undefined;
  /** The record's place in its file, the order of events that start together. */
  order: number;
  /** The date as its file says to print it (TimelineJS's display_date), when its written form says less. */
  display_date?: string | undefined;
}

export interface TimelineEvent {
  id: string;
  title: string;
  turning: boolean;
  /** The category's label, for the details and screen readers; undefined without categories. */
  category?: string;
  style: Style;
  /** The whole period the event covers, [start, end), in ms of wall-clock time as UTC. */
  start: number;
  end: number;
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
  /** The summary in its two parts, and the second's short form for a narrow screen (see `takeaway`). */
  takeaway: Takeaway;
}

/**
 * The summary as the graphic shows it: its span ("18 events from Mar 2014 to Apr 2017."), then its turning
 * points named ("Turning points, in bold: …."), or on a narrow screen only counted ("The 4 turning points are
 * in bold."): there the list shows their titles in bold just below, and naming them took three of five lines.
 */
export interface Takeaway {
  span: string;
  turning?: string;
  turningShort?: string;
}

/** The one order of the timeline: by start, then as the file lists them (src/lib/dates/when.ts). */
export function toTimelineEvents(
  source: readonly EventLike[],
  categories: readonly Category[],
  fmt: DateFormat = dateFormat(),
): TimelineEvent[] {
  return inTimeOrder(source).map((e, i) => {
    const span = spanOf(e);
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
      dateLabel: e.display_date ?? fmt.dated(e),
      precisionLabel: fmt.precision(e),
      position: i + 1,
    };
  });
}

/**
 * "16 events from Feb 1901 to May 2007. Turning points, in bold: Enlists at 14, …". The
 * span names the first and last events' dates at the coarser of month or their own precision.
 */
export function summarize(events: readonly TimelineEvent[], fmt: DateFormat = dateFormat()): string {
  return joined(takeawayOf(events, fmt));
}

/** The summary from its parts: the span, then the turning points. */
const joined = ({ span, turning }: Takeaway) => (turning ? `${span} ${turning}` : span);

/** The summary's parts (`summarize` joins them), and the turning points' short form. */
export function takeawayOf(events: readonly TimelineEvent[], fmt: DateFormat = dateFormat()): Takeaway {
  const first = events[0];
  const last = events.at(-1);
  if (!first || !last) return { span: "" };
  const { t, list } = fmt.messages;
  const n = events.length;
  const lastWhen: When = last.to ?? last.from;
  const [a, b] = [fmt.coarse(first.from), fmt.coarse(lastWhen)];
  const span =
    n === 1
      ? t("timeline.summaryOne", { date: first.dateLabel })
      : a === b
        ? t("timeline.summaryIn", { n, period: a })
        : t("timeline.summaryFromTo", { n, from: a, to: b });
  const turning = events.filter((e) => e.turning);
  if (!turning.length) return { span };
  return {
    span,
    turning: t("timeline.summaryTurning", { n: turning.length, titles: list(turning.map((e) => e.title)) }),
    turningShort: t("timeline.summaryTurningShort", { n: turning.length }),
  };
}

/**
 * What a screen reader says on reaching an event, short and in order: its visible words first (so a voice
 * command naming them finds it), then its date and precision, its category, "turning point", and its place
 * among `total`. The event's whole name: its visible words are hidden from assistive technology, so it is said
 * once (a label beside exposed words makes Chromium read them again, as the description).
 */
export function announce(
  e: TimelineEvent,
  until: string | undefined,
  total: number,
  fmt: DateFormat = dateFormat(),
): string {
  const { t } = fmt.messages;
  return [
    `${e.title}${until ? ` ${until}` : ""}`,
    e.dateLabel,
    e.precisionLabel,
    e.category && t("timeline.category", { category: e.category }),
    e.turning && t("timeline.turningPoint"),
    t("timeline.position", { position: e.position, total }),
  ]
    .filter(Boolean)
    .join(t("list.separator"));
}

export function timelineModel(
  source: readonly EventLike[],
  categories: readonly Category[],
  fmt: DateFormat = dateFormat(),
): TimelineModel {
  const events = toTimelineEvents(source, categories, fmt);
  const used = new Set(source.map((e) => e.category));
  const takeaway = takeawayOf(events, fmt);
  return {
    events,
    categories: categories.filter((c) => used.has(c.id)),
    summary: joined(takeaway),
    takeaway,
  };
}
