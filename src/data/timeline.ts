// A story's timeline from the content collections: its events in time order, laid out by
// src/lib/timeline/story.ts. Every route that draws a timeline asks here.

import { type StoryTimeline as Laid, storyTimeline } from "../lib/timeline/story";
import { type EventEntry, getFacts } from "./facts";

export type StoryTimeline = Laid<EventEntry>;

/** The story's timeline, or undefined when it has no events. */
export async function timelineOf(slug: string): Promise<StoryTimeline | undefined> {
  const { events, vocabulary } = await getFacts(slug);
  return events.length === 0 ? undefined : storyTimeline(events, vocabulary.categories, undefined, vocabulary.eras);
}
