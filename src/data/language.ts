// A story's language, as its pages speak it: its messages (src/i18n) and its DateFormat, with the calendar and
// digits its .meta.yaml asks for. The site's own pages (home, archive, search, 404) speak the site's language.

import type { CollectionEntry } from "astro:content";
import { messages } from "../i18n";
import { dateFormat } from "../lib/dates/format";
import { SITE } from "../site.config";

type Entry = Pick<CollectionEntry<"articles">, "data">;

const optionsOf = (entry: Entry) => ({
  ...(entry.data.calendar ? { calendar: entry.data.calendar } : {}),
  ...(entry.data.numberingSystem ? { numberingSystem: entry.data.numberingSystem } : {}),
});

/** The words of a story's pages, in its language. */
export const storyMessages = (entry: Entry) => messages(entry.data.lang, optionsOf(entry));
/** How a story's pages print dates. */
export const storyFormat = (entry: Entry) => dateFormat(entry.data.lang, optionsOf(entry));
/** The words of the site's own pages. */
export const siteMessages = () => messages(SITE.lang);
/** How the site's own pages print dates. */
export const siteFormat = () => dateFormat(SITE.lang);
