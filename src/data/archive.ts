// The archive as readers browse it: every explainer on pages of a fixed size (src/lib/archive/pages.ts), each
// page with its link and the days it spans, for the archive's index and its pages.

import { getCollection } from "astro:content";
import { archivePages, archiveSizes } from "../lib/archive/pages";
import { archivePath } from "../lib/archive/paths";
import { type Explainer, explainer, listed } from "./explainers";
import { siteFormat } from "./language";

export interface ArchivePageData {
  number: number;
  href: string;
  explainers: Explainer[];
  /** Its newest and oldest stories' days, as printed ("11 Apr 2017"); none when none is dated. */
  span?: { newest: { iso: string; label: string }; oldest: { iso: string; label: string } };
}

export interface Archive {
  /** Newest page first. */
  pages: ArchivePageData[];
  total: number;
}

export async function archive(): Promise<Archive> {
  const entries = await getCollection("articles");
  const day = siteFormat();
  const pages = archivePages(entries, listed, archiveSizes().page).map(
    ({ number, items, newest, oldest }): ArchivePageData => ({
      number,
      href: archivePath(number),
      explainers: items.map((e) => explainer(e, day)),
      ...(newest && oldest
        ? {
            span: {
              newest: { iso: newest, label: day.day(newest) },
              oldest: { iso: oldest, label: day.day(oldest) },
            },
          }
        : {}),
    }),
  );
  return { pages, total: entries.length };
}

/** How many explainers the archive holds. */
export const explainerCount = async () => (await getCollection("articles")).length;
