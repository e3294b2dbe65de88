// A story's timeline from the content collections: its events in time order, laid out by
// src/lib/timeline/story.ts. Every route that draws a timeline asks here.

import { getEntry } from "astro:content";
import { type StoryTimeline as Laid, storyTimeline } from "../lib/timeline/story";
import { type EventEntry, getFacts } from "./facts";
import { storyFormat } from "./language";

export type StoryTimeline = Laid<EventEntry>;

/**
 * Laid out once per story per build: the embed's page, details, oEmbed and share image each list every
 * story's timeline, and Astro keeps each route's list for the whole build, so four layouts of every story
 * were held at once (at 1,000 stories, a good part of the build's memory). In `astro dev` the events change
 * under the server: it lays out each time.
 */
const laidOut = new Map<string, Promise<StoryTimeline | undefined>>();

/** The story's timeline, or undefined when it has no events. */
export function timelineOf(slug: string): Promise<StoryTimeline | undefined> {
  if (import.meta.env.DEV) return layOut(slug);
  let timeline = laidOut.get(slug);
  if (!timeline) {
    timeline = layOut(slug);
    laidOut.set(slug, timeline);
  }
  return timeline;
}

async function layOut(slug: string): Promise<StoryTimeline | undefined> {
  const { events, vocabulary } = await getFacts(slug);
  const entry = await getEntry("articles", slug);
  if (!entry) throw new Error(`timelineOf: no article "${slug}"`);
  return events.length === 0
    ? undefined
    : storyTimeline(events, vocabulary.categories, storyFormat(entry), vocabulary.eras);
}
