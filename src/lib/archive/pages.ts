// How a newsroom's archive is cut into pages of a fixed size, so no page grows with the number of stories.
// Pages are numbered from the oldest story: page 1 holds the oldest ARCHIVE_PAGE_SIZE stories and never
// changes when a story is published, only the newest page (and the home page, the feeds, the index of pages)
// does. A story keeps its page's address, and a CDN may keep every full page for as long as it likes.
// (A story published with an older date than the newest moves the later stories one place, as it must.)

import { type Listed, newestFirst } from "../article/listing";

/**
 * How many other explainers an article names under it, the newest: a list of every other story would grow
 * every article page with the archive (1,000 stories: 100 KB of links on each, 100 MB in all).
 */
export const MORE_EXPLAINERS = 5;

/** How many stories the home page shows after the featured one, and how many an archive page lists. */
export interface ArchiveSizes {
  home: number;
  page: number;
}

/**
 * The sizes the site uses: 12 on the home page (each with its timeline strip, about 5 KB of HTML a story) and
 * 50 to an archive page (title, dek and date, about 0.4 KB a story), both well within the article page's
 * byte budget. HOME_STORIES and ARCHIVE_PAGE_SIZE change them for one build (the fixture build uses small
 * numbers, so its nine stories fill several pages).
 */
export function archiveSizes(env: Record<string, string | undefined> = process.env): ArchiveSizes {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === "") return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 500) {
      throw new Error(`${name}=${value}: expected a whole number from 1 to 500 (stories per page)`);
    }
    return n;
  };
  return { home: read("HOME_STORIES", 12), page: read("ARCHIVE_PAGE_SIZE", 50) };
}

export interface ArchivePage<T> {
  /** 1 for the oldest stories' page. */
  number: number;
  /** Its stories, newest first. */
  items: T[];
  /** The dates of its newest and oldest dated stories (ISO days); none when no story on it has a date. */
  newest?: string;
  oldest?: string;
}

/** Every story on pages of `size`, numbered from the oldest; the list of pages comes newest first. */
export function archivePages<T>(items: readonly T[], listed: (item: T) => Listed, size: number): ArchivePage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`archivePages: size must be a whole number ≥ 1 (${size})`);
  const oldestFirst = [...items].sort((x, y) => newestFirst(listed(y), listed(x)));
  const pages: ArchivePage<T>[] = [];
  for (let start = 0; start < oldestFirst.length; start += size) {
    const newest = oldestFirst.slice(start, start + size).reverse();
    const dates = newest.flatMap((item) => listed(item).date ?? []);
    pages.push({
      number: pages.length + 1,
      items: newest,
      ...(dates.length ? { newest: dates[0], oldest: dates[dates.length - 1] } : {}),
    });
  }
  return pages.reverse();
}

/** The pages around one, for its "newer" and "older" links: the newer page has the higher number. */
export function neighbours(number: number, count: number): { newer?: number; older?: number } {
  return {
    ...(number < count ? { newer: number + 1 } : {}),
    ...(number > 1 ? { older: number - 1 } : {}),
  };
}

/**
 * The `count` newest items but `current`, newest first: one pass that keeps a short sorted list, so naming a
 * few others under each of N articles costs N × count comparisons, not N sorts of the whole archive.
 */
export function newestExcept<T>(items: readonly T[], listed: (item: T) => Listed, current: T, count: number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (item === current) continue;
    const at = kept.findIndex((k) => newestFirst(listed(item), listed(k)) < 0);
    if (at >= 0) kept.splice(at, 0, item);
    else if (kept.length < count) kept.push(item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}
