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
import { type Script, undrawnScripts } from "../../../../lib/timeline/scripts";
import baseCss from "../../../../styles/base.css?raw";
import graphicsCss from "../../../../styles/graphics.css?raw";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

const RENDER = { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } };

/** A text drawn alone, as the share image draws its words: for telling a script's letters from empty boxes. */
const drawn = new Map<string, Uint8Array>();
const draw = (text: string) => {
  let png = drawn.get(text);
  if (!png) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-family="${RENDER.font.defaultFontFamily}" font-size="20">${text}</text></svg>`;
    png = new Resvg(svg, RENDER).render().asPng();
    drawn.set(text, png);
  }
  return png;
};
const warned = new Set<Script>();

/**
 * A story in a script no font of this machine draws gets a share image of empty boxes: the build says so once
 * per script, and what to install (README, "Stories in other languages").
 */
function checkFonts(slug: string, svg: string) {
  for (const script of undrawnScripts(svg, draw)) {
    if (warned.has(script)) continue;
    warned.add(script);
    console.warn(
      `${slug}: no font on this machine draws ${script} letters, so its share image (preview.png) shows empty boxes: install one (Debian: fonts-noto-core for most scripts, fonts-noto-cjk or fonts-wqy-microhei for Chinese, Japanese and Korean) and build again`,
    );
  }
}

export const GET: APIRoute<EmbedTarget> = async ({ props }) => {
  const { model, periods, strip } = props.timeline;
  const { t, dir } = storyMessages(props.entry);
  const svg = previewSvg(model, periods, strip, embedTitle(props.entry), lightPalette(baseCss + graphicsCss), {
    more: (n) => t("preview.more", { n }),
    rtl: dir === "rtl",
  });
  checkFonts(props.entry.id, svg);
  const key = cacheKey(svg, `resvg-js ${resvgPackage.version}`, JSON.stringify(RENDER));
  const png = cached("previews", key, () => new Resvg(svg, RENDER).render().asPng());
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
