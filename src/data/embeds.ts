// The embeddable timelines: one per article with events at /embed/<slug>/timeline/, and the featured
// article's also at /embed/timeline/. Every embed route (page, oEmbed, preview image) lists them from here.

import { type CollectionEntry, getCollection } from "astro:content";
import { articlePath, withBase } from "../lib/paths";
import { EMBED_REFERENCE_WIDTH, estimateEmbedHeight } from "../lib/timeline/height";
import { storyMessages } from "./language";
import { type StoryTimeline, timelineOf } from "./timeline";

export interface EmbedTarget {
  /** undefined for the featured article's short URL. */
  article: string | undefined;
  entry: CollectionEntry<"articles">;
  timeline: StoryTimeline;
}

/** Every embed and what it draws, for the routes' props: they fetch nothing themselves. */
export async function embedTargets(): Promise<EmbedTarget[]> {
  const targets: EmbedTarget[] = [];
  for (const entry of (await getCollection("articles")).sort((a, b) => a.id.localeCompare(b.id))) {
    const timeline = await timelineOf(entry.id);
    if (!timeline) continue;
    if (entry.data.featured) targets.push({ article: undefined, entry, timeline });
    targets.push({ article: entry.id, entry, timeline });
  }
  return targets;
}

/** Site paths of an embed's page and files. */
export function embedPaths(article: string | undefined) {
  const dir = withBase(article ? `/embed/${article}/timeline/` : "/embed/timeline/");
  return { page: dir, oembed: `${dir}oembed.json`, preview: `${dir}preview.png` };
}

export interface EmbedUrls {
  page: string;
  oembed: string;
  preview: string;
  article: string;
  loader: string;
  home: string;
}

/** Absolute URLs for the snippet and oEmbed, from the configured `site`. */
export function embedUrls(site: URL | undefined, slug: string, article: string | undefined): EmbedUrls {
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

/** "Timeline: <story>", in the story's language: the iframe's title, the oEmbed answer's and the share image's. */
export const embedTitle = (entry: CollectionEntry<"articles">) =>
  storyMessages(entry).t("embed.title", { title: entry.data.title });

/** The height the snippet's iframe reserves: the embed's own, estimated at EMBED_REFERENCE_WIDTH. */
export const embedHeight = (timeline: Pick<StoryTimeline, "model" | "periods">) =>
  estimateEmbedHeight(timeline.model, timeline.periods, EMBED_REFERENCE_WIDTH);

/** What the article's Embed control shows for a story's timeline. */
export function embedControl(site: URL | undefined, entry: CollectionEntry<"articles">, timeline: StoryTimeline) {
  return {
    article: entry.id,
    title: embedTitle(entry),
    messages: storyMessages(entry),
    urls: embedUrls(site, entry.id, entry.id),
    height: embedHeight(timeline),
  };
}
