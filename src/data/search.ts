// Every story as the search indexes it (src/lib/search/record.ts): the collections read once each, grouped
// by story, so the records of N stories cost one pass over their events and stances, not N.

import { getCollection } from "astro:content";
import { direction } from "../i18n";
import { placeName } from "../lib/facts/story";
import { articlePath } from "../lib/paths";
import { type SearchRecord, searchRecord } from "../lib/search/record";
import { allOf } from "./by-story";
import { siteFormat } from "./language";

export async function searchRecords(): Promise<SearchRecord[]> {
  const events = Map.groupBy(await allOf("events"), (e) => e.data.article.id);
  const stances = Map.groupBy(await allOf("stances"), (s) => s.data.article.id);
  // Results are listed on the search page, in the site's language; a story's places are named in its own.
  const day = siteFormat();
  return (await getCollection("articles"))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => {
      const { title, dek, date, vocabulary, lang } = entry.data;
      const place = (code: string) => placeName(code, vocabulary.groups, lang);
      const storyEvents = (events.get(entry.id) ?? []).map((e) => e.data);
      const storyStances = (stances.get(entry.id) ?? []).map((s) => s.data);
      return searchRecord({
        url: articlePath(entry.id),
        title,
        dek,
        ...(date ? { date: { iso: date, label: day.day(date) } } : {}),
        language: lang,
        dir: direction(lang),
        eventTitles: storyEvents.map((e) => e.title),
        people: [...storyEvents.flatMap((e) => e.people), ...storyStances.map((s) => s.actor)],
        places: [...storyEvents.flatMap((e) => e.countries.map(place)), ...storyStances.map((s) => place(s.country))],
      });
    });
}
