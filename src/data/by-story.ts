// Every story's events and stances, read from their collections once per build and grouped by story: asking
// a collection for one story's records walks all of them, and each story asks several times (its article,
// data page, embed, details, oEmbed and share image), so N stories cost N² entries walked; at 1,000 stories
// that was a fifth of the build. In `astro dev` the collections change under the server: it asks each time.
// A collection no story has records in is never asked for: Astro warns "The collection … does not exist or is
// empty" on each call, nine times a build for a site whose stories have no stances.

import { type CollectionEntry, getCollection } from "astro:content";

type Kind = "events" | "stances";
type Grouped<K extends Kind> = Promise<Map<string, CollectionEntry<K>[]>>;
const groups: { events?: Grouped<"events">; stances?: Grouped<"stances"> } = {};

/** Every record of a kind, or none without asking for a collection that no story fills. */
export async function allOf<K extends Kind>(
  kind: K,
  filter?: (entry: CollectionEntry<K>) => boolean,
): Promise<CollectionEntry<K>[]> {
  const some = (await getCollection("articles")).some((a) => a.data.counts[kind] > 0);
  if (!some) return [];
  const entries = (await getCollection(kind)) as CollectionEntry<K>[];
  return filter ? entries.filter(filter) : entries;
}

export async function eventsOf(article: string): Promise<CollectionEntry<"events">[]> {
  if (import.meta.env.DEV) return allOf("events", (e) => e.data.article.id === article);
  groups.events ??= allOf("events").then((all) => Map.groupBy(all, (e) => e.data.article.id));
  return (await groups.events).get(article) ?? [];
}

export async function stancesOf(article: string): Promise<CollectionEntry<"stances">[]> {
  if (import.meta.env.DEV) return allOf("stances", (s) => s.data.article.id === article);
  groups.stances ??= allOf("stances").then((all) => Map.groupBy(all, (s) => s.data.article.id));
  return (await groups.stances).get(article) ?? [];
}
