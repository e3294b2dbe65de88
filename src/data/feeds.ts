// What the feeds list: the newest dated explainers (a feed reader orders by date, and a story without one has
// none to give), with their share image where the story has a timeline, and their language.

import { getCollection } from "astro:content";
import { newestFirst } from "../lib/article/listing";
import type { Feed } from "../lib/feeds/feed";
import { feedPaths } from "../lib/feeds/paths";
import { articlePath, withBase } from "../lib/paths";
import { SITE } from "../site.config";
import { embedPaths } from "./embeds";
import { listed } from "./explainers";
import { siteMessages } from "./language";

/** How many explainers the feeds carry: a month or two of a daily newsroom, about 25 KB of Atom. */
export const FEED_ITEMS = 50;

export async function feed(site: URL | undefined): Promise<Feed> {
  const abs = (path: string) => new URL(path, site).href;
  const newest = (await getCollection("articles"))
    .filter((entry) => entry.data.date)
    .sort((a, b) => newestFirst(listed(a), listed(b)))
    .slice(0, FEED_ITEMS);
  const paths = feedPaths();
  return {
    title: SITE.name,
    description: siteMessages().t("site.intro"),
    home: abs(withBase("/")),
    self: { atom: abs(paths.atom), json: abs(paths.json) },
    language: SITE.lang,
    items: newest.map((entry) => ({
      url: abs(articlePath(entry.id)),
      title: entry.data.title,
      summary: entry.data.dek,
      date: entry.data.date ?? "",
      ...(entry.data.counts.events > 0 ? { image: abs(embedPaths(entry.id).preview) } : {}),
      language: entry.data.lang,
    })),
  };
}
