// The embeddable timelines: one per article with events at /embed/<slug>/timeline/, and the featured
// article's also at /embed/timeline/. Every embed route (page, oEmbed, preview image) lists them from here.

import { type CollectionEntry, getCollection } from "astro:content";
import { articlePath, withBase } from "../lib/paths";
import { estimateEmbedHeight } from "../lib/timeline/height";
import { getFacts } from "./facts";
import { timelineOf } from "./timeline";

export interface EmbedTarget {
  /** undefined for the featured article's short URL. */
  article: string | undefined;
  entry: CollectionEntry<"articles">;
}

export async function embedTargets(): Promise<EmbedTarget[]> {
  const targets: EmbedTarget[] = [];
  for (const entry of (await getCollection("articles")).sort((a, b) => a.id.localeCompare(b.id))) {
    if ((await getFacts(entry.id)).events.length === 0) continue;
    if (entry.data.featured) targets.push({ article: undefined, entry });
    targets.push({ article: entry.id, entry });
  }
  return targets;
}

/** Site paths of an embed's page and files. */
export function embedPaths(article: string | undefined) {
  const dir = withBase(article ? `/embed/${article}/timeline/` : "/embed/timeline/");
  return { page: dir, oembed: `${dir}oembed.json`, preview: `${dir}preview.png` };
}

/** Absolute URLs for the snippet and oEmbed, from the configured `site`. */
export function embedUrls(site: URL | undefined, slug: string, article: string | undefined) {
  const abs = (p: string) => new URL(p, site).href;
  const paths = embedPaths(article);
  return {
    page: abs(paths.page),
    oembed: abs(paths.oembed),
    preview: abs(paths.preview),
    article: abs(articlePath(slug)),
    loader: abs(withBase("/embed.js")),
    home: abs(withBase("/")),
  };
}

export const embedTitle = (entry: CollectionEntry<"articles">) => `Timeline: ${entry.data.title}`;

/** The column a newsroom's article usually gives an embed, in px: the snippet reserves the height for it. */
export const EMBED_REFERENCE_WIDTH = 640;

/** The height the snippet's iframe reserves: the embed's own, estimated at EMBED_REFERENCE_WIDTH. */
export async function embedHeight(slug: string): Promise<number> {
  const timeline = await timelineOf(slug);
  if (!timeline) throw new Error(`embedHeight: "${slug}" has no events, so no embed`);
  return estimateEmbedHeight(timeline.model, timeline.periods, EMBED_REFERENCE_WIDTH);
}
