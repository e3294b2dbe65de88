// How tall the embed page of a timeline will be at a given width, estimated at build from its layout and the
// stylesheet's measures, so the snippet's iframe reserves about its real height before it loads (an iframe
// off screen is loaded late, and a reserved height that is far off would push the host's text when it does).
// An estimate that errs tall by design (text-metrics measures the widest fallback fonts); the end-to-end
// tests hold it within a tenth of the height the browser draws.

import { estimateTextWidth, wrapText } from "../text-metrics";
import { gutterFor, gutterLabels } from "./gutter";
import type { LaidPeriod } from "./layout";
import type { TimelineModel } from "./model";

/** The column a newsroom's article usually gives an embed, in px: the snippet reserves the height for it. */
export const EMBED_REFERENCE_WIDTH = 640;

/** The stylesheet's measures, in px at a 16 px root (src/styles/base.css, graphics.css, timeline.css). */
const CSS = {
  page: 8,
  title: 22 + 4,
  text: { size: 14, line: 20.3, after: 5.6 },
  legend: { size: 13, line: 18, after: 6.4, gap: 14.4, mark: 19 },
  strip: 42 + 3.2 + 5.6,
  columns: { min: 256, gap: 28, max: 3 },
  period: { label: 18.2 + 1.6 + 2.4, after: 7.2 },
  event: { size: 15, line: 19.5, pad: 4, min: 24, mark: 17.6, gaps: 10.4, year: 12 },
  caption: 20.3 + 8,
} as const;

/** The embed page's height, in px, when its frame is `width` px wide (at least 480, where it lays out as on a desktop). */
export function estimateEmbedHeight(model: TimelineModel, periods: readonly LaidPeriod[], width: number): number {
  const inner = width - 2 * CSS.page;
  const lines = (text: string, size: number, w: number, weight: "normal" | "bold" = "normal") =>
    wrapText(text, weight === "bold" ? w / 1.2 : w, size).length;
  let height = 2 * CSS.page + CSS.title + lines(model.summary, CSS.text.size, inner) * CSS.text.line + CSS.text.after;
  if (model.categories.length) {
    let row = 0;
    let rows = 1;
    for (const c of model.categories) {
      const w = CSS.legend.mark + estimateTextWidth(c.label, CSS.legend.size) + CSS.legend.gap;
      if (row + w > inner && row > 0) {
        rows++;
        row = 0;
      }
      row += w;
    }
    height += rows * CSS.legend.line + CSS.legend.after;
  }
  height += CSS.strip + CSS.caption;

  const columns = Math.max(
    1,
    Math.min(CSS.columns.max, Math.floor((inner + CSS.columns.gap) / (CSS.columns.min + CSS.columns.gap))),
  );
  const column = (inner - (columns - 1) * CSS.columns.gap) / columns;
  const e = CSS.event;
  const textWidth = column - gutterFor(gutterLabels(periods)).rem * 16 - e.mark - e.gaps;
  let list = 0;
  for (const p of periods) {
    list += CSS.period.label + CSS.period.after;
    for (const row of p.rows) {
      if (row.kind === "subhead") {
        list += e.line;
        continue;
      }
      for (const [i, { event, until }] of row.events.entries()) {
        const n = lines(
          `${event.title}${until ? ` ${until}` : ""}`,
          e.size,
          textWidth,
          event.turning ? "bold" : "normal",
        );
        const gutter = i === 0 && row.year ? e.line + e.year : e.line;
        list += Math.max(e.min, Math.max(n * e.line, gutter) + e.pad);
      }
    }
  }
  // Balanced columns: about an even share each, and a row more for where the breaks fall.
  height += list / columns + (columns > 1 ? e.line : 0);
  return Math.ceil(height);
}
