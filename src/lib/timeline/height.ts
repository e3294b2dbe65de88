// How tall the embed page of a timeline will be at a given width, estimated at build from its layout and the
// stylesheet's measures, so the snippet's iframe reserves about its real height before it loads (an iframe
// off screen is loaded late, and a reserved height that is far off would push the host's text when it does).
// An estimate that errs tall by design (text-metrics measures the widest fallback fonts); the end-to-end
// tests hold it within a tenth of the height the browser draws.

import { estimateTextWidth, wrapText } from "../text-metrics";
import { type ColumnLayout, columnLayout } from "./columns";
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
  const heights = eventHeights(periods, textWidthOf(column, periods));
  // The columns the build breaks the list into (src/lib/timeline/columns.ts): the tallest is the list's height.
  const laid = columnLayout(periods, columns, heights, HEADS);
  height += Math.max(...laid.heights, 0);
  return Math.ceil(height);
}

/**
 * The text column of an event's title, in a list column `column` px wide: less its date's gutter (as wide as
 * the story's longest date, src/lib/timeline/gutter.ts) and its mark.
 */
export const textWidthOf = (column: number, periods: readonly LaidPeriod[]) =>
  column - gutterFor(gutterLabels(periods)).rem * 16 - CSS.event.mark - CSS.event.gaps;

/**
 * A period's header in px (its label, and the space after the period: its bottom margin), and a continued
 * period's, at the top of a column (a label alone).
 */
const HEADS = { period: CSS.period.label + CSS.period.after, continued: CSS.period.label };

/**
 * The list's columns: from these container widths (px) the stylesheet gives it two, then three (timeline.css,
 * `.tl-periods`), each at least CSS.columns.min wide with CSS.columns.gap between.
 */
export const LIST_COLUMNS = [2, 3].map((columns) => ({
  columns,
  from: columns * CSS.columns.min + (columns - 1) * CSS.columns.gap,
}));
/**
 * The container widths the starts for each number of columns are chosen over: across the range two columns
 * show at (the reference embed among them), and a narrow and a 1280-px embed for three.
 */
const LAID_AT: Record<number, readonly number[]> = { 2: [EMBED_REFERENCE_WIDTH, 800], 3: [1280] };

/** The list's columns at each width the stylesheet gives it several, with where each column starts. */
export function listColumns(periods: readonly LaidPeriod[]): (ColumnLayout & { available: number })[] {
  return LIST_COLUMNS.map(({ columns }) => {
    const heights = (LAID_AT[columns] ?? [1280]).map((width) => {
      const inner = width - 2 * CSS.page;
      const column = (inner - (columns - 1) * CSS.columns.gap) / columns;
      return eventHeights(periods, textWidthOf(column, periods));
    });
    return { available: columns, ...columnLayout(periods, columns, heights, HEADS) };
  });
}

/**
 * Each event's row in px, by id, when titles wrap at `textWidth`: its title's lines (bold for a turning point)
 * or its date and year, whichever is taller, at least a target's 24 px; with the subhead above it, if any
 * (the subhead is drawn in the event's own row).
 */
export function eventHeights(periods: readonly LaidPeriod[], textWidth: number): Map<string, number> {
  const e = CSS.event;
  const out = new Map<string, number>();
  for (const p of periods) {
    let subhead = 0;
    for (const row of p.rows) {
      if (row.kind === "subhead") {
        subhead += e.line;
        continue;
      }
      for (const [i, { event, until }] of row.events.entries()) {
        const lines = wrapText(
          `${event.title}${until ? ` ${until}` : ""}`,
          event.turning ? textWidth / 1.2 : textWidth,
          e.size,
        ).length;
        const gutter = i === 0 && row.year ? e.line + e.year : e.line;
        out.set(event.id, subhead + Math.max(e.min, Math.max(lines * e.line, gutter) + e.pad));
        subhead = 0;
      }
    }
  }
  return out;
}
