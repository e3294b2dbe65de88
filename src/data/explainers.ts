// The explainers as readers find them: every article with its link, its date as the byline prints it and, for
// the home page, a small picture of its timeline (the same overview strip the article draws, from the same
// layout), in the order of src/lib/article/listing.ts.

import { type CollectionEntry, getCollection } from "astro:content";
import { direction } from "../i18n";
import { MORE_EXPLAINERS, newestExcept } from "../lib/archive/pages";
import { indexOrder, type Listed } from "../lib/article/listing";
import { type DateFormat, dateFormat } from "../lib/dates/format";
import { articlePath } from "../lib/paths";
import { stripMarkup } from "../lib/timeline/strip";
import { timelineOf } from "./timeline";

export interface Explainer {
  id: string;
  title: string;
  dek: string;
  href: string;
  featured: boolean;
  /** The story's language and its direction: a list of stories in several languages marks each with its own. */
  lang: string;
  dir: "ltr" | "rtl";
  /** The story's day, ISO and as printed ("11 Apr 2017"); none when its metadata gives none. */
  date?: { iso: string; label: string };
}

export interface IndexedExplainer extends Explainer {
  /** The inner markup of the strip's <svg>; none for a story without events. */
  strip?: string;
}

export const listed = (entry: CollectionEntry<"articles">): Listed => entry.data;

/** A story as a list shows it, its date printed in the list's language (`fmt`, the page's). */
export function explainer(entry: CollectionEntry<"articles">, fmt: DateFormat = dateFormat()): Explainer {
  const { title, dek, date, featured, lang } = entry.data;
  return {
    id: entry.id,
    title,
    dek,
    href: articlePath(entry.id),
    featured,
    lang,
    dir: direction(lang),
    ...(date ? { date: { iso: date, label: fmt.day(date) } } : {}),
  };
}

/**
 * The strip names the shapes of its turning points once, by id, for the whole document: with a strip per
 * story on one page, each story's ids take its slug, or the page would hold the same id several times.
 */
async function stripOf(slug: string): Promise<string | undefined> {
  const timeline = await timelineOf(slug);
  return timeline && stripMarkup(timeline.strip, undefined, `${slug}-tl-shape`);
}

/** The featured explainer, then the `newest` newest, each with its strip: the home page, whatever the archive's size. */
export async function explainerIndex(newest: number, fmt?: DateFormat): Promise<IndexedExplainer[]> {
  const entries = indexOrder(await getCollection("articles"), listed).slice(0, 1 + newest);
  return Promise.all(
    entries.map(async (entry) => {
      const strip = await stripOf(entry.id);
      return { ...explainer(entry, fmt), ...(strip ? { strip } : {}) };
    }),
  );
}

/** The `count` newest explainers but this article's (the archive lists them all), dated in `fmt` (the article's). */
export async function otherExplainers(slug: string, fmt?: DateFormat, count = MORE_EXPLAINERS): Promise<Explainer[]> {
  const entries = await getCollection("articles");
  const current = entries.find((e) => e.id === slug);
  if (!current) throw new Error(`otherExplainers: no article "${slug}"`);
  return newestExcept(entries, listed, current, count).map((e) => explainer(e, fmt));
}
