// What the search finds a story by: its title, dek, the titles of its events, the people and the countries
// (and groups) its events and stances name. One record per story, indexed at build by Pagefind
// (src/integrations/search.ts); its meta is what a result shows, so no page is fetched to list it.

export interface SearchableStory {
  /** The article's site path (with the base), the result's link. */
  url: string;
  title: string;
  dek: string;
  /** ISO day and as printed, when the story has a date. */
  date?: { iso: string; label: string };
  language: string;
  /** Its direction: "rtl" for a story in Arabic, Hebrew… */
  dir: "ltr" | "rtl";
  eventTitles: readonly string[];
  people: readonly string[];
  /** Country and group names, already named ("United Kingdom", "European Union"). */
  places: readonly string[];
}

/** Pagefind's custom record: the text it indexes, its language, and the fields a result shows. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

const unique = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];

export function searchRecord(story: SearchableStory): SearchRecord {
  // Each part its own sentence, so a phrase never runs from one event's title into the next.
  const content = [
    story.title,
    story.dek,
    ...unique(story.eventTitles),
    ...unique(story.people),
    ...unique(story.places),
  ]
    .map((s) => (/[.!?…]$/.test(s) ? s : `${s}.`))
    .join(" ");
  return {
    url: story.url,
    content,
    language: story.language,
    meta: {
      title: story.title,
      dek: story.dek,
      ...(story.date ? { date: story.date.iso, dateLabel: story.date.label } : {}),
      lang: story.language,
      dir: story.dir,
    },
  };
}
