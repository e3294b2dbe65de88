// A story's timeline in TimelineJS3's own format, so a newsroom can take its timeline back (or show it with
// TimelineJS): titles, texts, dates at their precision, media, groups and eras. Reading it back in gives the
// same events (src/lib/import/, round-trip tests in src/lib/seeds/imports.test.ts).

import { getImage } from "astro:assets";
import { getCollection } from "astro:content";
import type { APIRoute } from "astro";
import { type EventEntry, getFacts } from "../../../data/facts";
import { blocksToHtml, inlinesToHtml } from "../../../lib/article/html-out";
import { parseWhen } from "../../../lib/dates/when";
import { toTimelineJs } from "../../../lib/import";
import type { ImportedMedia } from "../../../lib/import/types";
import { articlePath } from "../../../lib/paths";

export async function getStaticPaths() {
  const paths = [];
  for (const entry of await getCollection("articles")) {
    const facts = await getFacts(entry.id);
    if (facts.events.length > 0) paths.push({ params: { slug: entry.id }, props: { entry, facts } });
  }
  return paths;
}
type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

/** An event's media as TimelineJS reads it: an image at its address on this site, a link as it is. */
async function mediaOf(
  media: NonNullable<EventEntry["media"]>,
  site: URL | undefined,
): Promise<ImportedMedia | undefined> {
  let url = media.url;
  if (media.kind === "image" && media.src) {
    const image = await getImage({ src: media.src, width: Math.min(1200, media.src.width), format: "jpg" });
    url = new URL(image.src, site).href;
  }
  if (!url) return undefined;
  return {
    url,
    ...(media.alt ? { alt: media.alt } : {}),
    ...(media.caption ? { caption: inlinesToHtml(media.caption) } : {}),
    ...(media.credit ? { credit: inlinesToHtml(media.credit) } : {}),
    ...(media.kind === "link" && media.title ? { title: media.title } : {}),
  };
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry, facts } = props;
  const { categories, eras = [] } = facts.vocabulary;
  const label = (id: string | undefined) => categories.find((c) => c.id === id)?.label;
  const events = await Promise.all(
    facts.events.map(async (e) => {
      const media = e.media && (await mediaOf(e.media, site));
      const group = label(e.category);
      return {
        id: e.id,
        title: e.title,
        date: e.date,
        ...(e.end ? { end: e.end } : {}),
        ...(e.display_date ? { display_date: e.display_date } : {}),
        text_html: e.body ? blocksToHtml(e.body) : `<p>${inlinesToHtml([{ type: "text", value: e.summary }])}</p>`,
        ...(group ? { group } : {}),
        ...(media ? { media } : {}),
      };
    }),
  );
  const cosmological = facts.events.some((e) => {
    const when = parseWhen(e.date, { floating: true });
    return typeof when !== "string" && when.precision === "ago";
  });
  const file = toTimelineJs({
    headline: entry.data.title,
    text_html: `<p>${inlinesToHtml([{ type: "text", value: entry.data.dek }])}</p><p><a href="${new URL(articlePath(entry.id), site).href}">The explainer</a></p>`,
    scale: cosmological ? "cosmological" : "human",
    eras,
    events,
  });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
