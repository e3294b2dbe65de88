// A story's timeline, computed the one way every route draws it: the model of its events, their periods and
// rows, and the overview strip. The article's and the embed's timeline, the snippet's reserved height, the
// home page's strips and the preview image all start here.

import { type LaidPeriod, layoutTimeline } from "../lib/timeline/layout";
import { type TimelineModel, timelineModel } from "../lib/timeline/model";
import { layoutStrip, type StripLayout } from "../lib/timeline/strip";
import { type EventEntry, getFacts } from "./facts";

export interface StoryTimeline {
  /** The story's event records, in time order, as the fact base holds them (for their details). */
  events: EventEntry[];
  model: TimelineModel;
  periods: LaidPeriod[];
  strip: StripLayout;
}

/** The story's timeline, or undefined when it has no events. */
export async function timelineOf(slug: string): Promise<StoryTimeline | undefined> {
  const { events, vocabulary } = await getFacts(slug);
  if (events.length === 0) return undefined;
  const model = timelineModel(events, vocabulary.categories);
  const periods = layoutTimeline(model.events);
  return { events, model, periods, strip: layoutStrip(model.events, periods) };
}
