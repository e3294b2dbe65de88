// The fact base of one story, from the content collections, in the order readers see it: events in time
// order, stances in chart order, with the story's vocabulary (categories, groups, what its stances are
// about). Pages and components ask here instead of filtering collections themselves.

import { type CollectionEntry, getEntry } from "astro:content";
import { inTimeOrder } from "../lib/dates/when";
import { stanceOrder } from "../lib/facts/order";
import type { Vocabulary } from "../lib/facts/story";
import { eventsOf, stancesOf } from "./by-story";

export type EventEntry = CollectionEntry<"events">["data"];
/** A stance, its events named by their ids within the story (the collection holds them as references). */
export type StanceEntry = Omit<CollectionEntry<"stances">["data"], "events"> & { events: string[] };

export interface ArticleFacts {
  vocabulary: Vocabulary;
  events: EventEntry[];
  stances: StanceEntry[];
}

export async function getFacts(article: string): Promise<ArticleFacts> {
  const entry = await getEntry("articles", article);
  if (!entry) throw new Error(`getFacts: no article "${article}"`);
  const { vocabulary } = entry.data;
  const events = (await eventsOf(article)).map((e) => e.data);
  const stances = (await stancesOf(article)).map(
    (s): StanceEntry => ({ ...s.data, events: s.data.events.map((e) => e.id.slice(article.length + 1)) }),
  );
  return {
    vocabulary,
    events: inTimeOrder(events),
    stances: stances.sort(stanceOrder(vocabulary.stances, vocabulary.groups, stances)),
  };
}

export const hasFacts = (f: ArticleFacts) => f.events.length > 0 || f.stances.length > 0;

/** The records each paragraph supports, keyed by the paragraph's anchor id, for markers in the text. */
export function recordsByParagraph(facts: ArticleFacts) {
  const map = new Map<string, { events: EventEntry[]; stances: StanceEntry[] }>();
  const slot = (p: string) => {
    const found = map.get(p);
    if (found) return found;
    const fresh = { events: [] as EventEntry[], stances: [] as StanceEntry[] };
    map.set(p, fresh);
    return fresh;
  };
  for (const e of facts.events) for (const p of new Set(e.quotes.map((q) => q.paragraph))) slot(p).events.push(e);
  for (const s of facts.stances) for (const p of new Set(s.quotes.map((q) => q.paragraph))) slot(p).stances.push(s);
  return map;
}

/**
 * Where a story's events come from, as its timeline credits them: the article (undefined), or, for a story
 * told by its timeline alone (a TimelineJS file, a sheet), the file it came in.
 */
export const timelineSource = (entry: CollectionEntry<"articles">) =>
  entry.data.form === "timelinejs" || entry.data.form === "sheet"
    ? { file: entry.data.seed.slice(entry.data.seed.lastIndexOf("/") + 1) }
    : undefined;
