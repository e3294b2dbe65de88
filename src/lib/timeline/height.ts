// How tall the embed page of a timeline will be at a given width, estimated at build from its layout and the
// stylesheet's measures, so the snippet's iframe reserves about its real height before it loads (an iframe
// off screen is loaded late, and a reserved height that is far off would push the host's text when it does).
// An estimate that errs tall by design (text-metrics measures the widest fallback fonts); the end-to-end
// tests hold it within a tenth of the height the browser draws.

import { estimateTextWidth, wrapText } from "../text-metrics";
import { type ColumnLayout, columnLayout, heightsWith } from "./columns";
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
  columns: { min: 256, gap: 28 },
  period: { label: 18.2 + 1.6 + 2.4, after: 7.2 },
  event: { size: 15, line: 19.5, pad: 4, min: 24, mark: 17.6, gaps: 10.4, year: 12 },
  caption: 20.3 + 8,
} as const;

/** The list's column count in a container `inner` px wide (the stylesheet's container queries, LIST_COLUMNS). */
const columnsAt = (inner: number) => LIST_COLUMNS.findLast((c) => inner >= c.from)?.columns ?? 1;
/** One list column's width, px, when a container `inner` px wide holds `columns` of them. */
const columnWidth = (inner: number, columns: number) => (inner - (columns - 1) * CSS.columns.gap) / columns;
/** Lines of a title at `size` px in `width` px, bold (a turning point's) or not. */
const linesOf = (text: string, width: number, size: number, bold = false) =>
  wrapText(text, width, size, Number.POSITIVE_INFINITY, (t) => estimateTextWidth(t, size, bold ? "bold" : "normal"))
    .length;

/** The embed page's height, in px, when its frame is `width` px wide (at least 480, where it lays out as on a desktop). */
export function estimateEmbedHeight(model: TimelineModel, periods: readonly LaidPeriod[], width: number): number {
  const inner = width - 2 * CSS.page;
  let height = 2 * CSS.page + CSS.title + linesOf(model.summary, inner, CSS.text.size) * CSS.text.line + CSS.text.after;
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

  // The list as the page draws it at this width: the columns the build starts for its column count
  // (chosen over several widths, listColumns), with its rows as tall as they are at this one.
  const columns = columnsAt(inner);
  const heights = eventHeights(periods, textWidthOf(columnWidth(inner, columns), periods));
  const starts = listColumns(periods).find((l) => l.available === columns)?.starts ?? [];
  height += Math.max(...heightsWith(periods, starts, heights, HEADS), 0);
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
 * show at (the reference embed among them), and a 1280-px embed for three.
 */
const LAID_AT: Record<number, readonly number[]> = { 2: [EMBED_REFERENCE_WIDTH, 800], 3: [1280] };

/**
 * Each story's layouts, by its periods (laid out once per story, src/data/timeline.ts): its timeline, its
 * embed's reserved height and its oEmbed answer ask for them, and the search for the starts is the costly part.
 */
const laidColumns = new WeakMap<readonly LaidPeriod[], (ColumnLayout & { available: number })[]>();

/** The list's columns at each width the stylesheet gives it several, with where each column starts. */
export function listColumns(periods: readonly LaidPeriod[]): (ColumnLayout & { available: number })[] {
  const known = laidColumns.get(periods);
  if (known) return known;
  const layouts = LIST_COLUMNS.map(({ columns }) => {
    const heights = (LAID_AT[columns] ?? []).map((width) =>
      eventHeights(periods, textWidthOf(columnWidth(width - 2 * CSS.page, columns), periods)),
    );
    return { available: columns, ...columnLayout(periods, columns, heights, HEADS) };
  });
  laidColumns.set(periods, layouts);
  return layouts;
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
        const lines = linesOf(`${event.title}${until ? ` ${until}` : ""}`, textWidth, e.size, event.turning);
        const gutter = i === 0 && row.year ? e.line + e.year : e.line;
        out.set(event.id, subhead + Math.max(e.min, Math.max(lines * e.line, gutter) + e.pad));
        subhead = 0;
      }
    }
  }
  return out;
}
