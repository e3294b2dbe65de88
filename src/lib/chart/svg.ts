// Draws a stance-chart layout as SVG markup: a pure string function, so the build's picture is the one the
// snapshot tests review. Each mark is a link to its row of the stances table (#stance-<id>), which is where
// it leads without JavaScript; src/client/chart.ts turns it into a selection with details.

import type { StanceQuestion } from "../facts/story";
import { escapeXml, SHAPES, stanceStyle } from "../theme";
import { layoutStances, type StanceLayoutOptions, type TextBox } from "./layout";
import type { ChartModel } from "./model";

/**
 * Widths the build lays the chart out at; the page shows the widest that fits its container (chart.css). The
 * chart stands in the article's text column, never wider than its 38rem measure (608 px): nothing wider is drawn.
 */
export const STANCE_WIDTHS = [280, 360, 460, 580] as const;

const round = (n: number) => Math.round(n * 10) / 10;

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${typeof v === "number" ? round(v) : escapeXml(v)}"`)
    .join(" ");
}

/** Lines of text; `hidden` keeps them from assistive technology (the marks' names say the same). */
function text(box: TextBox, className: string, lineHeight: number, hidden = false): string {
  const tspans = box.lines
    .map(
      (line, i) =>
        `<tspan ${attrs({ x: box.anchorX, y: box.y + i * lineHeight + lineHeight * 0.78 })}>${escapeXml(line)}</tspan>`,
    )
    // A space between lines, drawn nowhere (each line is placed on its own): without it, text read from the
    // picture runs one line's last word into the next's first ("candidate,for" for "candidate, for").
    .join(" ");
  const anchor = box.anchor === "start" ? "" : ` text-anchor="${box.anchor}"`;
  return `<text class="${className}"${anchor}${hidden ? ' aria-hidden="true"' : ""}>${tspans}</text>`;
}

const rect = (className: string, b: { x: number; y: number; width: number; height: number }) =>
  `<rect class="${className}" ${attrs({ x: b.x, y: b.y, width: b.width, height: b.height })}/>`;
const hline = (className: string, x1: number, x2: number, y: number) =>
  `<line class="${className}" ${attrs({ x1, x2, y1: y, y2: y })}/>`;

export interface StanceVariant {
  width: number;
  height: number;
  /**
   * Inner markup of the <svg>. Its texts' anchors are their own start and end: the <svg> must say the
   * direction it was laid out in (direction="rtl" right to left, "ltr" else), whatever the page's.
   */
  markup: string;
  /** Laid out right to left (mirrored). */
  rtl?: true;
}

export function stanceVariant(
  model: ChartModel,
  question: StanceQuestion,
  width: number,
  options: StanceLayoutOptions = {},
): StanceVariant {
  const layout = layoutStances(model, width, options);
  const { lineHeight: lh, guide } = layout;
  const marksById = new Map(model.rows.flatMap((r) => r.marks).map((m) => [m.id, m]));

  const callouts = layout.callouts.map((b) => rect("sc-callout", b)).join("");
  const guides = guide
    ? layout.columns
        .map((c) => `<line class="sc-guide" ${attrs({ x1: c.x, x2: c.x, y1: guide.y1, y2: guide.y2 })}/>`)
        .join("")
    : "";
  const headers = layout.columns.map((c) => text(c.header, "sc-header", lh)).join("");
  // Column heads and row names are for the eye: each mark's name says its country and position, and each row
  // is a group named for its country, so a screen reader hears neither as a run of words.
  const dividers = layout.dividers.map((y) => hline("sc-divider", 0, width, y)).join("");
  // A hairline between rows of one section helps the eye across a wide gutter.
  const rules = layout.rows
    .slice(1)
    .filter((r, i) => layout.rows[i]?.section === r.section)
    .map((r) => hline("sc-rule", 0, width, r.y))
    .join("");

  const rows = layout.rows
    .map((row) => {
      const marks = row.marks
        .map((m) => {
          const mark = marksById.get(m.id);
          if (!mark) return "";
          const style = stanceStyle(m.stance, question);
          const data = attrs({
            href: `#stance-${m.id}`,
            class: `sc-mark ${style.className}${m.onScale ? "" : " sc-off-scale"}`,
            "data-stance": m.id,
            "data-item": "",
            // No aria-expanded or aria-controls: without scripting a mark opens nothing (src/client/chart.ts
            // says them once it does).
            "aria-label": mark.name,
          });
          const band = m.onScale ? "" : rect(`sc-band sc-band-${m.stance}`, m.hit);
          const shape = `<path class="sc-shape" d="${SHAPES[style.shape]}" transform="translate(${round(m.cx)},${round(m.cy)})"/>`;
          const label = m.label ? text(m.label, mark.emphasis ? "sc-label sc-emphasis" : "sc-label", lh) : "";
          return `<a ${data}>${band}${rect("sc-hit", m.hit)}${shape}${label}</a>`;
        })
        .join("");
      return `<g class="sc-row sc-${row.section}" data-country="${escapeXml(row.country)}" role="group" aria-label="${escapeXml(row.name.lines.join(" "))}">${text(row.name, "sc-name", lh, true)}${marks}</g>`;
    })
    .join("");

  const markup = `${callouts}${guides}${rules}${dividers}<g class="sc-headers" aria-hidden="true">${headers}</g>${rows}`;
  return { width, height: layout.height, markup, ...(layout.rtl ? { rtl: true as const } : {}) };
}
