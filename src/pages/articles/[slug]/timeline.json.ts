// A story's timeline in TimelineJS3's own format (src/lib/seeds/export.ts), so a newsroom can take its timeline
// back, or show it with TimelineJS. Reading it back in gives the same events (src/lib/seeds/imports.test.ts).

import { getImage } from "astro:assets";
import { getCollection } from "astro:content";
import type { APIRoute } from "astro";
import { getFacts } from "../../../data/facts";
import { articlePath } from "../../../lib/paths";
import { storyToTimelineJs } from "../../../lib/seeds/export";

export async function getStaticPaths() {
  const paths = [];
  for (const entry of await getCollection("articles")) {
    const facts = await getFacts(entry.id);
    if (facts.events.length > 0) paths.push({ params: { slug: entry.id }, props: { entry, facts } });
  }
  return paths;
}
type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { entry, facts } = props;
  const images = new Map(facts.events.map((e) => [e.id, e.media?.src]));
  const file = await storyToTimelineJs(
    {
      title: entry.data.title,
      dek: entry.data.dek,
      url: new URL(articlePath(entry.id), site).href,
      categories: facts.vocabulary.categories,
      eras: facts.vocabulary.eras,
      events: facts.events,
    },
    // An image at its address on this site, as a JPEG a reader of TimelineJS can show, 1,200 px at most.
    async (e) => {
      const src = images.get(e.id);
      if (!src) return undefined;
      const image = await getImage({ src, width: Math.min(1200, src.width), format: "jpg" });
      return new URL(image.src, site).href;
    },
  );
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
