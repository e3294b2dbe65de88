// A static image of the timeline, made at build from the same SVG: the Open Graph preview of the article
// and of the embed, and a fallback for places that cannot run an iframe.

import { Resvg } from "@resvg/resvg-js";
import type { APIRoute } from "astro";
import { type EmbedTarget, embedTargets, embedTitle } from "../../../../data/embeds";
import { getFacts } from "../../../../data/facts";
import { timelineModel } from "../../../../lib/timeline/model";
import { lightPalette, previewSvg } from "../../../../lib/timeline/preview";
import { timelineVariant } from "../../../../lib/timeline/svg";
import baseCss from "../../../../styles/base.css?raw";
import graphicsCss from "../../../../styles/graphics.css?raw";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

/** The layout width drawn into the image: wide enough to read as a whole, narrow enough to keep text large. */
const PREVIEW_LAYOUT_WIDTH = 1120;

export const GET: APIRoute<EmbedTarget> = async ({ props }) => {
  const model = timelineModel((await getFacts(props.entry.id)).events);
  const svg = previewSvg(
    timelineVariant(model.events, model.focus, PREVIEW_LAYOUT_WIDTH),
    embedTitle(props.entry),
    lightPalette(baseCss + graphicsCss),
  );
  const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
