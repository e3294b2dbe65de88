// From fact-base events to what the timeline draws, and the plain-language summary of what it shows
// (computed from the data, so the sentence can never disagree with the picture).

import { type DateSpec, interval } from "../facts/dates";
import type { Category } from "../facts/vocabulary";
import { formatDateSpec } from "../format";
import { byTime, focusWindow, splitBands } from "./layout";
import type { TimelineEvent } from "./svg";

export interface EventLike extends DateSpec {
  id: string;
  title: string;
  category: Category;
}

export function toTimelineEvents(events: readonly EventLike[]): TimelineEvent[] {
  return events.map((e) => {
    const { start, end } = interval(e);
    return {
      id: e.id,
      start,
      end,
      kind: e.precision === "day" ? "point" : "span",
      label: e.title,
      category: e.category,
      dateLabel: formatDateSpec(e),
    };
  });
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
/** "4–12 Apr 2017": from the first start to the last day any of the events covers. */
const spanLabel = (start: Date, endExclusive: number) =>
  formatDateSpec({ precision: "range", date: isoDay(+start), end: isoDay(endExclusive - 86_400_000) });

export interface TimelineModel {
  events: TimelineEvent[];
  focus: [Date, Date];
  /** Ids of the events in the detailed band, in time order. */
  detailIds: string[];
  summary: string;
}

export function timelineModel(source: readonly EventLike[]): TimelineModel {
  const events = toTimelineEvents(source).sort(byTime);
  const focus = focusWindow(events);
  const { detail } = splitBands(events, focus);
  const first = events[0];
  const last = events.at(-1);
  const d0 = detail[0];
  const d1 = detail.at(-1);
  const n = events.length;
  const summary =
    first && last && d0 && d1
      ? `${n} ${n === 1 ? "event" : "events"} from ${first.dateLabel} to ${last.dateLabel}` +
        (detail.length > 1 && detail.length < n
          ? `; ${detail.length} of them fall in ${spanLabel(d0.start, Math.max(...detail.map((e) => +e.end)))}, drawn in detail under the overview.`
          : ".")
      : "";
  return { events, focus, detailIds: detail.map((e) => e.id), summary };
}
