// Where everything on the timeline goes for a given width: marks on the axis, labels in lanes below it with
// leader lines up to their marks, and the axis ticks. Pure, so the build (SVG) and the browser (on resize)
// lay out the same events identically; choosing the detailed band from the data lives here too.

import { utcDay, utcMonth, utcYear } from "d3-time";
import { utcFormat } from "d3-time-format";
import { estimateTextWidth, wrapText } from "../text-metrics";
import { type UtcScale, utcScale } from "./scale";

/** Readers must not get smaller text than this, whatever a caller asks for. */
export const MIN_FONT_SIZE = 12;
export const DEFAULT_FONT_SIZE = 13;
/** Line height in em: label lines and the row of tick labels. */
export const LINE_HEIGHT = 1.25;
/** Clear space in px kept between label boxes, side by side in a lane and from one lane to the next. */
export const LABEL_PADDING = 6;
/** Gap in px between a mark (and its leader line) and the start of its label's text. */
export const LABEL_OFFSET = 4;
/** Labels wider than this wrap, into at most LABEL_MAX_LINES lines unless they need more at full width. */
export const LABEL_MAX_WIDTH = 220;
export const LABEL_MAX_LINES = 3;
/** About one tick per this many px, so tick labels such as "Apr 2017" have room to breathe. */
export const TICK_SPACING = 90;
/** Clear space in px kept between tick labels; ticks whose labels would come closer are dropped. */
export const TICK_PADDING = 8;
/** Length in px of a tick, and the gap between the row of tick labels and the axis line. */
export const TICK_SIZE = 6;
/** A day-long span over years of axis is a fraction of a pixel; this keeps it visible. */
export const MIN_SPAN_WIDTH = 3;
/** How far in px the largest mark shape (src/lib/theme.ts SHAPES: diamond, triangles) reaches from its centre. */
export const MARK_EXTENT = 6;
/** Clear space in px kept between two marks side by side in one row. */
export const MARK_GAP = 2;
/** Marks that would overlap (coincident points, overlapping spans) are stacked in rows below the axis this many px apart. */
export const ROW_STEP = 2 * MARK_EXTENT + 1;
/** Room in px beside the axis for the first and last marks and the start of their labels. */
export const DEFAULT_MARGIN = { left: 16, right: 16 } as const;
/** Days of quiet kept on each side of the busiest stretch in the detailed band. */
export const FOCUS_PADDING_DAYS = 1;
/** The id of the overview's synthetic item that shows where the detailed band is. */
export const FOCUS_ID = "focus";

/** An event as the timeline sees it: a half-open interval [start, end), drawn as a point or a span. */
export interface TimelineItem {
  id: string;
  start: Date;
  end: Date;
  kind: "point" | "span";
  label: string;
}

export interface LayoutOptions {
  width: number;
  domain: readonly [Date, Date];
  fontSize?: number;
  labelMaxWidth?: number;
  margin?: { left: number; right: number };
}

export interface Mark {
  id: string;
  kind: "point" | "span";
  x: number;
  x2?: number;
  y: number;
}

/** A label's box (top-left x, y), its wrapped lines, and the leader line from its mark down to it. */
export interface Label {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  lane: number;
  anchorX: number;
  leader: { x: number; y1: number; y2: number };
}

/** A tick at x; its label is centred on labelX, which differs from x only where the label meets an edge. */
export interface Tick {
  date: Date;
  x: number;
  label: string;
  labelX: number;
  labelWidth: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  fontSize: number;
  lineHeight: number;
  marks: Mark[];
  labels: Label[];
  ticks: Tick[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * Time order, and an order that never depends on the input's: by start, then the shorter first, then id. The
 * one order of the timeline: its layout, its list of events and its arrow keys all follow it.
 */
export function byTime(a: TimelineItem, b: TimelineItem): number {
  return a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime() || a.id.localeCompare(b.id);
}

/** Lays out `items` on an axis over `domain`, `width` px wide; items outside the domain sit at its edges. */
export function layoutTimeline(items: readonly TimelineItem[], options: LayoutOptions): TimelineLayout {
  const { width, domain, margin = DEFAULT_MARGIN } = options;
  const [r0, r1] = [margin.left, width - margin.right];
  if (!(r1 > r0)) throw new RangeError(`layoutTimeline: width ${width} leaves no room inside the margins`);
  if (!(domain[1] > domain[0])) throw new RangeError("layoutTimeline: the domain must end after it starts");

  const fontSize = Math.max(MIN_FONT_SIZE, options.fontSize ?? DEFAULT_FONT_SIZE);
  const lineHeight = fontSize * LINE_HEIGHT;
  // At least an em wide, so wrapping always makes progress; at most the chart, so a label always fits in it.
  const labelMaxWidth = clamp(options.labelMaxWidth ?? Math.min(LABEL_MAX_WIDTH, r1 - r0), fontSize, width);
  const scale = utcScale(domain, [r0, r1]);
  const sorted = [...items].sort(byTime);

  const ticks = axisTicks(scale, width, fontSize);
  const axisY = lineHeight + TICK_SIZE;

  // Every mark takes the first row (the axis, then rows below it) where it overlaps no other mark, so
  // coincident points (three events on one day) and overlapping spans are all visible and can all be hit.
  // Spans are placed first, so the bars read against the axis; then points. Each kind comes in time order, so
  // a row's spans stay sorted and only its last point can meet the next one: a check per row is cheap.
  const rowSpans: [number, number][][] = [];
  const rowPointEnd: number[] = [];
  const placed = new Map<TimelineItem, Mark>();
  const apart = (a: readonly [number, number], b: readonly [number, number]) =>
    a[1] + MARK_GAP <= b[0] || b[1] + MARK_GAP <= a[0];
  for (const item of [...sorted.filter((i) => i.kind === "span"), ...sorted.filter((i) => i.kind === "point")]) {
    const x = scale(item.start);
    const x2 = item.kind === "span" ? Math.min(r1, Math.max(scale(item.end), x + MIN_SPAN_WIDTH)) : undefined;
    const extent: [number, number] = [x - MARK_EXTENT, Math.max(x + MARK_EXTENT, x2 ?? x)];
    const clear = (row: number) => {
      const spans = rowSpans[row] ?? [];
      if (x2 !== undefined) return spans.length === 0 || apart(spans[spans.length - 1] ?? extent, extent);
      if ((rowPointEnd[row] ?? Number.NEGATIVE_INFINITY) + MARK_GAP > extent[0]) return false;
      // The first span of the row that does not end before this point starts is the only one it could meet.
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((spans[mid]?.[1] ?? 0) + MARK_GAP <= extent[0]) lo = mid + 1;
        else hi = mid;
      }
      const next = spans[lo];
      return !next || apart(next, extent);
    };
    let row = 0;
    while (row < rowSpans.length && !clear(row)) row++;
    if (row === rowSpans.length) rowSpans.push([]);
    if (x2 === undefined) rowPointEnd[row] = extent[1];
    else rowSpans[row]?.push(extent);
    const y = axisY + row * ROW_STEP;
    placed.set(
      item,
      x2 === undefined ? { id: item.id, kind: item.kind, x, y } : { id: item.id, kind: item.kind, x, x2, y },
    );
  }
  const marks = sorted.map((item) => placed.get(item) as Mark);
  const marksBottom = axisY + Math.max(0, rowSpans.length - 1) * ROW_STEP + MARK_EXTENT;

  // Labels hang to the right of their marks, pulled left where they would run off the right edge, and take
  // the first lane (in time order) where they clear the previous label by LABEL_PADDING.
  const laneEnds: number[] = [];
  const laneHeights: number[] = [];
  const boxes = sorted.map((item, i) => {
    const lines = wrapLabel(item.label, labelMaxWidth, width, fontSize);
    const boxWidth = Math.ceil(Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize))));
    const anchorX = marks[i]?.x ?? r0;
    const x = Math.max(0, Math.min(anchorX + LABEL_OFFSET, width - boxWidth));
    const free = laneEnds.findIndex((end) => end + LABEL_PADDING <= x);
    const lane = free === -1 ? laneEnds.length : free;
    laneEnds[lane] = x + boxWidth;
    laneHeights[lane] = Math.max(laneHeights[lane] ?? 0, lines.length * lineHeight);
    return { item, lines, boxWidth, anchorX, x, lane, markY: marks[i]?.y ?? axisY };
  });

  const laneTops: number[] = [];
  let bottom = marksBottom;
  for (const height of laneHeights) {
    laneTops.push(bottom + LABEL_PADDING);
    bottom += LABEL_PADDING + height;
  }

  const labels = boxes.map(({ item, lines, boxWidth, anchorX, x, lane, markY }): Label => {
    const y = laneTops[lane] ?? bottom;
    // Beside the text the leader reaches the first line's middle; above it (a label pulled left), its top.
    const y2 = x >= anchorX ? y + lineHeight / 2 : y;
    return {
      id: item.id,
      x,
      y,
      width: boxWidth,
      height: lines.length * lineHeight,
      lines,
      lane,
      anchorX,
      leader: { x: anchorX, y1: markY, y2 },
    };
  });

  return { width, height: bottom + LABEL_PADDING, axisY, fontSize, lineHeight, marks, labels, ticks };
}

/** Wraps at `maxWidth`; a label that would need too many lines gets a wider box, never lost words. */
function wrapLabel(label: string, maxWidth: number, width: number, fontSize: number): string[] {
  let wrapWidth = maxWidth;
  let lines = wrapText(label, wrapWidth, fontSize);
  while (lines.length > LABEL_MAX_LINES && wrapWidth < width) {
    wrapWidth = Math.min(width, wrapWidth * 1.25);
    lines = wrapText(label, wrapWidth, fontSize);
  }
  return lines;
}

const formatYear = utcFormat("%Y");
const formatMonth = utcFormat("%b %Y");
const formatDay = utcFormat("%-d %b");
const formatDayWithYear = utcFormat("%-d %b %Y");

/**
 * About one tick per TICK_SPACING px, named unambiguously: "2015", "Apr 2017", or "7 Apr" with the year on
 * the first tick and wherever it changes. Labels at the edges are pulled inside the chart, ticks whose labels
 * would then come too close to the previous one are dropped, and no tick falls between midnights: labels
 * name days, never hours.
 */
function axisTicks(scale: UtcScale, width: number, fontSize: number): Tick[] {
  const [r0, r1] = scale.range();
  const dates = scale.ticks(Math.max(2, Math.round((r1 - r0) / TICK_SPACING))).filter((d) => +utcDay.floor(d) === +d);
  const step = dates.every((d) => +utcYear.floor(d) === +d)
    ? "year"
    : dates.every((d) => +utcMonth.floor(d) === +d)
      ? "month"
      : "day";

  const ticks: Tick[] = [];
  for (const date of dates) {
    const previous = ticks.at(-1);
    const label =
      step === "year"
        ? formatYear(date)
        : step === "month"
          ? formatMonth(date)
          : previous?.date.getUTCFullYear() === date.getUTCFullYear()
            ? formatDay(date)
            : formatDayWithYear(date);
    const labelWidth = Math.ceil(estimateTextWidth(label, fontSize));
    const x = scale(date);
    const labelX = clamp(x, labelWidth / 2, width - labelWidth / 2);
    if (previous && labelX - labelWidth / 2 < previous.labelX + previous.labelWidth / 2 + TICK_PADDING) continue;
    ticks.push({ date, x, label, labelX, labelWidth });
  }
  return ticks;
}

/** The items' time extent, padded on each side by 3% of it (at least a day) so no mark sits on an edge. */
export function paddedDomain(items: readonly TimelineItem[]): [Date, Date] {
  if (items.length === 0) throw new RangeError("paddedDomain: there are no items to span");
  const start = Math.min(...items.map((item) => item.start.getTime()));
  const end = Math.max(...items.map((item) => item.end.getTime()));
  const pad = Math.max(DAY_MS, (end - start) * 0.03);
  return [new Date(start - pad), new Date(end + pad)];
}

/**
 * The window for the detailed band: `days` days in all, being the stretch of `days` - 2 days that holds the
 * most item starts (ties go to the later stretch), with a quiet day on each side so its first and last marks
 * stay off the band's edges. With the April 2017 events, 3 to 17 April.
 */
export function focusWindow(items: readonly TimelineItem[], { days = 14 } = {}): [Date, Date] {
  const inner = days - 2 * FOCUS_PADDING_DAYS;
  if (!(inner >= 1)) throw new RangeError(`focusWindow: ${days} days leave no room inside the padding`);
  const starts = items.map((item) => utcDay.floor(item.start)).sort((a, b) => +a - +b);
  // One pass over the sorted starts: `first` is the first item on this start's day, `j` the first past its
  // window (linear: a 1,000-event story spent most of its render here when this counted per start).
  let best: { start: Date; count: number } | undefined;
  let first = 0;
  let j = 0;
  for (const [i, start] of starts.entries()) {
    if (i > 0 && +start !== +(starts[i - 1] as Date)) first = i;
    const end = utcDay.offset(start, inner);
    while (j < starts.length && (starts[j] as Date) < end) j++;
    const count = j - first;
    if (!best || count >= best.count) best = { start, count };
  }
  if (!best) throw new RangeError("focusWindow: there are no items to focus on");
  return [utcDay.offset(best.start, -FOCUS_PADDING_DAYS), utcDay.offset(best.start, inner + FOCUS_PADDING_DAYS)];
}

/**
 * Items starting inside `focus` go to the detailed band; the rest to the overview, together with one span
 * for the focus window itself, labelled from the data ("Apr 2017 · 9 events"), to show where the detail is.
 */
export function splitBands(
  items: readonly TimelineItem[],
  focus: readonly [Date, Date],
): { detail: TimelineItem[]; overview: TimelineItem[] } {
  const inside = (item: TimelineItem) => item.start >= focus[0] && item.start < focus[1];
  const detail = items.filter(inside);
  const overview = items.filter((item) => !inside(item));
  overview.push({ id: FOCUS_ID, kind: "span", start: focus[0], end: focus[1], label: focusLabel(detail, focus) });
  return { detail, overview };
}

const formatMonthOnly = utcFormat("%b");

/** "Apr 2017 · 9 events", "Mar–Apr 2017 · …" or "Dec 2016–Jan 2017 · …", after the months the events start in. */
function focusLabel(detail: readonly TimelineItem[], focus: readonly [Date, Date]): string {
  const times = detail.map((item) => item.start.getTime());
  const first = new Date(times.length ? Math.min(...times) : focus[0].getTime());
  const last = new Date(times.length ? Math.max(...times) : focus[1].getTime() - 1);
  const months =
    +utcMonth.floor(first) === +utcMonth.floor(last)
      ? formatMonth(first)
      : first.getUTCFullYear() === last.getUTCFullYear()
        ? `${formatMonthOnly(first)}–${formatMonth(last)}`
        : `${formatMonth(first)}–${formatMonth(last)}`;
  return `${months} · ${detail.length} ${detail.length === 1 ? "event" : "events"}`;
}
