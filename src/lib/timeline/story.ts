// A story's timeline, computed the one way every route draws it: the model of its events, their periods and
// rows, and the overview strip. Pure: the article's and the embed's timeline, the snippet's reserved height,
// the home page's strips, the preview image, the bench's 1,000 events and the snapshot tests all start here.

import { type DateFormat, dateFormat } from "../dates/format";
import { spanOf } from "../dates/when";
import type { Category, Era } from "../facts/story";
import { type LaidPeriod, layoutTimeline } from "./layout";
import { type EventLike, type TimelineModel, timelineModel } from "./model";
import { layoutStrip, type StripLayout } from "./strip";

export interface StoryTimeline<E extends EventLike = EventLike> {
  /** The story's event records, as given (for their details). */
  events: E[];
  model: TimelineModel;
  periods: LaidPeriod[];
  strip: StripLayout;
  /** How it prints dates and words: the story's language. */
  fmt: DateFormat;
}

export function storyTimeline<E extends EventLike>(
  events: readonly E[],
  categories: readonly Category[],
  fmt: DateFormat = dateFormat(),
  eras: readonly Era[] = [],
): StoryTimeline<E> {
  const model = timelineModel(events, categories, fmt);
  const spans = eras.map((era) => {
    const { start, end } = spanOf({ date: era.date, end: era.end });
    return { label: era.label, start, end };
  });
  const periods = layoutTimeline(model.events, fmt, spans);
  return { events: [...events], model, periods, strip: layoutStrip(model.events, periods, fmt), fmt };
}
