// The fact base of one article, from the content collections, in the order readers see it: events in time
// order, stances in chart order. Pages and components ask here instead of filtering collections themselves.

import { type CollectionEntry, getCollection } from "astro:content";
import { compareByDate } from "../lib/facts/dates";
import { compareStances } from "../lib/facts/order";

export type EventEntry = CollectionEntry<"events">["data"];
export type StanceEntry = CollectionEntry<"stances">["data"];

export interface ArticleFacts {
  events: EventEntry[];
  stances: StanceEntry[];
}

export async function getFacts(article: string): Promise<ArticleFacts> {
  const events = (await getCollection("events", (e) => e.data.article.id === article)).map((e) => e.data);
  const stances = (await getCollection("stances", (s) => s.data.article.id === article)).map((s) => s.data);
  return { events: events.sort(compareByDate), stances: stances.sort(compareStances) };
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
