// A static image of the timeline, made at build from the same layout as the page: the Open Graph preview of
// the article and of the embed, and a fallback for places that cannot run an iframe.

import { Resvg } from "@resvg/resvg-js";
import type { APIRoute } from "astro";
import { type EmbedTarget, embedTargets, embedTitle } from "../../../../data/embeds";
import { lightPalette, previewSvg } from "../../../../lib/timeline/preview";
import baseCss from "../../../../styles/base.css?raw";
import graphicsCss from "../../../../styles/graphics.css?raw";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

export const GET: APIRoute<EmbedTarget> = async ({ props }) => {
  const { model, periods, strip } = props.timeline;
  const svg = previewSvg(model, periods, strip, embedTitle(props.entry), lightPalette(baseCss + graphicsCss));
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
