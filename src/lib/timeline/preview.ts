// The timeline as one standalone SVG for a static image (Open Graph previews, places that cannot run an
// iframe): the same markup as the page, coloured by the stylesheets' own light-theme values so the image
// and the page never drift apart.

import { escapeXml } from "../theme";
import type { TimelineVariant } from "./svg";

/** `--name: light-dark(light, dark)` and plain `--name: value` declarations → { name: light value }. */
export function lightPalette(css: string): Record<string, string> {
  const palette: Record<string, string> = {};
  for (const m of css.matchAll(/--([\w-]+):\s*(light-dark\(\s*([^,()]+(?:\([^)]*\))?)\s*,[^;]*\)|[^;]+);/g)) {
    const [, name, whole, light] = m;
    if (name && !(name in palette)) palette[name] = (light ?? whole ?? "").trim();
  }
  return palette;
}

export const PREVIEW = { width: 1200, height: 630, padding: 40 } as const;

/** A 1200×630 picture: the title, then the timeline scaled to fit, on the page's background. */
export function previewSvg(variant: TimelineVariant, title: string, palette: Record<string, string>): string {
  const c = (name: string, fallback: string) => palette[name] ?? fallback;
  const { width, height, padding } = PREVIEW;
  const top = padding + 56;
  const scale = Math.min((width - 2 * padding) / variant.width, (height - top - padding) / variant.height);
  const cats = ["syria-conflict", "diplomacy", "sanctions", "us-politics", "european-politics"]
    .map((k) => `.cat-${k} .tl-shape,.cat-${k} .tl-span{fill:${c(`cat-${k}`, "#555")}}`)
    .join("");
  const style = [
    `text{font-family:'DejaVu Sans',Arial,sans-serif;font-size:13px;fill:${c("text", "#111")}}`,
    `.tl-tick-label,.tl-band-title{fill:${c("muted", "#555")}}.tl-band-title{font-weight:bold}`,
    `.tl-axis-line,.tl-tick,.tl-leader{stroke:${c("graphic-line", "#888")};stroke-width:1}.tl-leader{stroke-dasharray:2 2}`,
    `.tl-label{stroke:${c("bg", "#fff")};stroke-width:4px;stroke-linejoin:round;paint-order:stroke}`,
    ".tl-target{fill:none}",
    `.tl-focus{fill:none;stroke:${c("text", "#111")};stroke-width:1.5}.tl-bracket{fill:${c("graphic-wash", "#eef")}}`,
    cats,
  ].join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${style}</style>`,
    `<rect width="${width}" height="${height}" fill="${c("bg", "#fff")}"/>`,
    `<text x="${padding}" y="${padding + 30}" font-size="30" font-weight="bold">${escapeXml(title)}</text>`,
    `<g transform="translate(${padding},${top}) scale(${Math.round(scale * 1000) / 1000})">${variant.markup}</g>`,
    "</svg>",
  ].join("");
}
