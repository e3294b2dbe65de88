// The oEmbed answer for an embeddable timeline, as a static file that the page's discovery link names.

import type { APIRoute } from "astro";
import { type EmbedTarget, embedHeight, embedTargets, embedTitle, embedUrls } from "../../../../data/embeds";
import { direction } from "../../../../i18n";
import { oembed } from "../../../../lib/embed/snippet";
import { SITE } from "../../../../site.config";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

export const GET: APIRoute<EmbedTarget> = async ({ props, site }) => {
  const urls = embedUrls(site, props.entry.id, props.article);
  const body = oembed({
    embedUrl: urls.page,
    articleUrl: urls.article,
    loaderUrl: urls.loader,
    title: embedTitle(props.entry),
    lang: props.entry.data.lang,
    dir: direction(props.entry.data.lang),
    height: embedHeight(props.timeline),
    providerName: SITE.name,
    providerUrl: urls.home,
    thumbnailUrl: urls.preview,
    thumbnailWidth: 1200,
    thumbnailHeight: 630,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json+oembed" } });
};
