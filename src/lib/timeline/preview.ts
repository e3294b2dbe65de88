// The timeline as one standalone 1200×630 picture, for the Open Graph card of the article and for places that
// cannot run an iframe. Drawn from the same model, periods and strip as the page, with the theme's real light
// colours written into every element: the renderer (resvg) applies no stylesheet.

import { estimateTextWidth, wrapText } from "../text-metrics";
import { escapeXml, PALETTE, SHAPES } from "../theme";
import type { LaidPeriod } from "./layout";
import type { TimelineModel } from "./model";
import { orientStrip, STRIP_Y, type StripLayout, stripMarkup } from "./strip";

/** `--name: light-dark(light, dark)` and plain `--name: value` declarations → { name: light value }. */
export function lightPalette(css: string): Record<string, string> {
  const palette: Record<string, string> = {};
  for (const m of css.matchAll(/--([\w-]+):\s*(light-dark\(\s*([^,()]+(?:\([^)]*\))?)\s*,[^;]*\)|[^;]+);/g)) {
    const [, name, whole, light] = m;
    if (name && !(name in palette)) palette[name] = (light ?? whole ?? "").trim();
  }
  return palette;
}

export const PREVIEW = { width: 1200, height: 630, padding: 48, title: 40, titleLine: 48, text: 19, line: 27 } as const;
const FONT = "'DejaVu Sans',Arial,sans-serif";

/** The colour of a class the page would give a mark: a category's palette entry, or the text colour. */
function markColour(className: string, text: string): string {
  const slot = Number(className.match(/^cat-(\d)$/)?.[1]);
  return PALETTE[slot - 1]?.light ?? text;
}

/** Unicode's directional isolates (U+2066–2069): the renderer reads them wrongly, and a line here is its own. */
const ISOLATES = /[\u2066-\u2069]/g;
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;
/** The punctuation that ends a sentence or a clause (not brackets or quotation marks, which resvg mirrors). */
const TRAILING = /^(.*?)([.,:;!?…،؛؟]+)$/su;

/**
 * A line of a right-to-left story in the order resvg must be given it to draw it right to left. resvg lays a
 * line out with a left-to-right base direction whatever the SVG says (linebender/resvg#475), so the line's
 * runs (words of one direction in a row) are handed over last first, and the punctuation that ends a
 * right-to-left run is moved to where a left-to-right base puts it on that run's left. Within a run resvg's
 * own bidi and shaping are right: Arabic words join and read right to left, "GCCIA" and "2026" left to right.
 */
export function rtlLine(line: string): string {
  const words = line.replace(ISOLATES, "").split(" ").filter(Boolean);
  const runs: { rtl: boolean; words: string[] }[] = [];
  for (const word of words) {
    const letter = word.match(LETTER)?.[0];
    const rtl = letter ? RTL_LETTER.test(letter) : (runs.at(-1)?.rtl ?? true);
    const last = runs.at(-1);
    if (last && last.rtl === rtl && (letter || last.rtl)) last.words.push(word);
    else runs.push({ rtl, words: [word] });
  }
  return runs
    .reverse()
    .map(({ rtl, words: w }) => {
      const text = w.join(" ");
      if (!rtl) return text;
      const [, body = text, trail = ""] = text.match(TRAILING) ?? [];
      return `${trail}${body}`;
    })
    .join(" ");
}

interface Writer {
  rtl: boolean;
  /** Lines of text from x (their start: the left, or the right in a right-to-left story). */
  lines(lines: readonly string[], x: number, y: number, size: number, lh: number, fill: string, bold?: boolean): string;
}

function writer(rtl: boolean): Writer {
  return {
    rtl,
    lines: (lines, x, y, size, lh, fill, bold = false) =>
      lines
        .map(
          (l, i) =>
            `<text x="${Math.round(x)}" y="${Math.round(y + i * lh)}"${rtl ? ' text-anchor="end"' : ""} font-family="${FONT}" font-size="${size}"${bold ? ' font-weight="bold"' : ""} fill="${fill}">${escapeXml(rtl ? rtlLine(l) : l.replace(ISOLATES, ""))}</text>`,
        )
        .join(""),
  };
}

export interface PreviewOptions {
  /** "+ {n} more", in the story's language. */
  more?: (n: number) => string;
  /** A right-to-left story: the card mirrored, its first period on the right, its time running from the right. */
  rtl?: boolean;
}

/** A 1200×630 picture: the title, the strip, then the periods side by side with as many titles as fit. */
export function previewSvg(
  model: TimelineModel,
  periods: readonly LaidPeriod[],
  strip: StripLayout,
  title: string,
  palette: Record<string, string>,
  options: PreviewOptions = {},
): string {
  const more = options.more ?? ((n: number) => `+ ${n} more`);
  const rtl = options.rtl ?? false;
  const w = writer(rtl);
  const c = (name: string, fallback: string) => palette[name] ?? fallback;
  const text = c("text", "#1b1c1f");
  const muted = c("muted", "#53565d");
  const line = c("graphic-line", "#8a8d93");
  const bg = c("bg", "#fbfaf7");
  const { width, height, padding: P } = PREVIEW;
  const inner = width - 2 * P;
  /** An x measured from the start of the line: from the left, or from the right right to left. */
  const at = (x: number) => (rtl ? width - x : x);

  const titleLines = wrapText(title.replace(ISOLATES, ""), inner / 1.2, PREVIEW.title, 2);
  let y = P + PREVIEW.title;
  const parts = [w.lines(titleLines, at(P), y, PREVIEW.title, PREVIEW.titleLine, text, true)];
  y += (titleLines.length - 1) * PREVIEW.titleLine + 22;

  // The strip at 1.4 times the page's size, so its marks and labels read in a card.
  const k = 1.4;
  parts.push(
    `<g transform="translate(${P},${y}) scale(${k})"><svg width="${Math.round(inner / k)}" height="${STRIP_Y.height}" overflow="visible">${stripMarkup(orientStrip(strip, rtl), { width: inner / k, line, muted, bg, mark: (cls) => markColour(cls, text) })}</svg></g>`,
  );
  y += Math.round(STRIP_Y.height * k) + 30;

  const shown = periods.slice(0, 4);
  const gap = 32;
  const colWidth = (inner - gap * (shown.length - 1)) / Math.max(1, shown.length);
  const bottom = height - P + 4;
  const events = new Map(model.events.map((e) => [e.id, e]));
  shown.forEach((p, i) => {
    const x = P + i * (colWidth + gap);
    let cy = y + PREVIEW.text;
    parts.push(w.lines([p.label], at(x), cy, PREVIEW.text, PREVIEW.line, text, true));
    cy += PREVIEW.line;
    const own = p.rows.flatMap((r) => (r.kind === "events" ? r.events.map((l) => l.event.id) : []));
    for (const [n, id] of own.entries()) {
      const e = events.get(id);
      if (!e) continue;
      const size = PREVIEW.text - 2;
      const lines = wrapText(e.title.replace(ISOLATES, ""), (colWidth - 26) / (e.turning ? 1.2 : 1), size, 2);
      const rest = own.length - n;
      if (cy + lines.length * 23 > bottom || (rest > 1 && cy + lines.length * 23 + 23 > bottom)) {
        parts.push(w.lines([more(rest)], at(x + 26), cy, size, 23, muted));
        break;
      }
      parts.push(
        `<path d="${SHAPES[e.style.shape]}" transform="translate(${at(x + 9)},${cy - 6}) scale(${e.turning ? 1.25 : 1})" fill="${markColour(e.style.className, text)}"/>`,
        w.lines(lines, at(x + 26), cy, size, 23, text, e.turning),
      );
      cy += lines.length * 23 + 6;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${bg}"/>`,
    ...parts,
    "</svg>",
  ].join("");
}

/** How wide a title runs in the card, for tests. */
export const titleWidth = (title: string) => estimateTextWidth(title, PREVIEW.title, "bold");
