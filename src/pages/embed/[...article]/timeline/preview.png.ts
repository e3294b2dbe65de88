// A static image of the timeline, made at build from the same layout as the page: the Open Graph preview of
// the article and of the embed, and a fallback for places that cannot run an iframe. Drawing it (resvg) is
// the costliest step of a story's build, so the PNG is kept in the build cache (src/lib/build-cache.ts) under
// the hash of its SVG, which is everything the story's data, title, palette and the drawing code make of it,
// and of how resvg renders it: an unchanged story reuses its image, and a change to the code that draws it
// redraws exactly the images it changes.

import { Resvg } from "@resvg/resvg-js";
import resvgPackage from "@resvg/resvg-js/package.json";
import type { APIRoute } from "astro";
import { type EmbedTarget, embedTargets, embedTitle } from "../../../../data/embeds";
import { storyMessages } from "../../../../data/language";
import { cached, cacheKey } from "../../../../lib/build-cache";
import { lightPalette, previewSvg } from "../../../../lib/timeline/preview";
import baseCss from "../../../../styles/base.css?raw";
import graphicsCss from "../../../../styles/graphics.css?raw";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

const RENDER = { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } };

export const GET: APIRoute<EmbedTarget> = async ({ props }) => {
  const { model, periods, strip } = props.timeline;
  const { t } = storyMessages(props.entry);
  const svg = previewSvg(model, periods, strip, embedTitle(props.entry), lightPalette(baseCss + graphicsCss), (n) =>
    t("preview.more", { n }),
  );
  const key = cacheKey(svg, `resvg-js ${resvgPackage.version}`, JSON.stringify(RENDER));
  const png = cached("previews", key, () => new Resvg(svg, RENDER).render().asPng());
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
