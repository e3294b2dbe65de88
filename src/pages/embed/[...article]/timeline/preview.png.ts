// A static image of the timeline, made at build from the same layout as the page: the Open Graph preview of
// the article and of the embed, and a fallback for places that cannot run an iframe.

import { Resvg } from "@resvg/resvg-js";
import type { APIRoute } from "astro";
import { type EmbedTarget, embedTargets, embedTitle } from "../../../../data/embeds";
import { getFacts } from "../../../../data/facts";
import { layoutTimeline } from "../../../../lib/timeline/layout";
import { timelineModel } from "../../../../lib/timeline/model";
import { lightPalette, previewSvg } from "../../../../lib/timeline/preview";
import { layoutStrip } from "../../../../lib/timeline/strip";
import baseCss from "../../../../styles/base.css?raw";
import graphicsCss from "../../../../styles/graphics.css?raw";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

export const GET: APIRoute<EmbedTarget> = async ({ props }) => {
  const { events, vocabulary } = await getFacts(props.entry.id);
  const model = timelineModel(events, vocabulary.categories);
  const periods = layoutTimeline(model.events);
  const svg = previewSvg(
    model,
    periods,
    layoutStrip(model.events, periods),
    embedTitle(props.entry),
    lightPalette(baseCss + graphicsCss),
  );
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
