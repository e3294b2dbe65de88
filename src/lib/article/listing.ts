// The order readers find stories in, on the home page's index and under each article: newest first by the
// story's own date (its metadata's `date`), stories without one after the dated ones, ties by title in the
// site's language's alphabetical order (Intl.Collator: "Été" between "Est" and "Fin", not after "Z").

import { SITE } from "../../site.config";

const byTitle = new Intl.Collator(SITE.lang);

export interface Listed {
  title: string;
  /** The story's ISO day, YYYY-MM-DD, when its metadata gives one. */
  date?: string | undefined;
  featured?: boolean;
}

/** Newest first; undated last; then by title, so the order never depends on file names. */
export function newestFirst(a: Listed, b: Listed): number {
  return (b.date ?? "").localeCompare(a.date ?? "") || byTitle.compare(a.title, b.title);
}

/** The home page's order: the featured story first, then every other newest first. */
export function indexOrder<T>(items: readonly T[], listed: (item: T) => Listed): T[] {
  return [...items].sort((x, y) => {
    const [a, b] = [listed(x), listed(y)];
    return Number(b.featured === true) - Number(a.featured === true) || newestFirst(a, b);
  });
}

/** Every story but the current one, newest first: an article's "More explainers". */
export function othersNewestFirst<T>(items: readonly T[], listed: (item: T) => Listed, current: T): T[] {
  return items.filter((item) => item !== current).sort((x, y) => newestFirst(listed(x), listed(y)));
}
