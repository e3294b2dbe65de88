// Every story's events and stances, read from their collections once per build and grouped by story: asking
// a collection for one story's records walks all of them, and each story asks several times (its article,
// data page, embed, details, oEmbed and share image), so N stories cost N² entries walked; at 1,000 stories
// that was a fifth of the build. In `astro dev` the collections change under the server: it asks each time.

import { type CollectionEntry, getCollection } from "astro:content";

type Grouped<K extends "events" | "stances"> = Promise<Map<string, CollectionEntry<K>[]>>;
const groups: { events?: Grouped<"events">; stances?: Grouped<"stances"> } = {};

export async function eventsOf(article: string): Promise<CollectionEntry<"events">[]> {
  if (import.meta.env.DEV) return getCollection("events", (e) => e.data.article.id === article);
  groups.events ??= getCollection("events").then((all) => Map.groupBy(all, (e) => e.data.article.id));
  return (await groups.events).get(article) ?? [];
}

export async function stancesOf(article: string): Promise<CollectionEntry<"stances">[]> {
  if (import.meta.env.DEV) return getCollection("stances", (s) => s.data.article.id === article);
  groups.stances ??= getCollection("stances").then((all) => Map.groupBy(all, (s) => s.data.article.id));
  return (await groups.stances).get(article) ?? [];
}
