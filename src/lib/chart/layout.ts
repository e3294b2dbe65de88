// Where everything on the stance chart goes for a given width: the scale's columns of positions and their
// headers, one row per country (its name in a gutter, or above its marks when the chart is narrow), each
// actor's mark in its stance's column with its words beside it, and off-scale stances in a band of their own.
// Pure and measured without a DOM (src/lib/text-metrics.ts), so it can be tested at every width. Right to left
// ({ rtl }), the same layout is mirrored: the first position's column on the right, the names' gutter on the
// right, each text anchored at its right end (its start, right to left). Every text is measured with room for
// the reader's own text spacing (WCAG 1.4.12): SVG text does not reflow, so a header or label laid out to
// fit only the default spacing would run into its neighbour under theirs.

import { scalePoint } from "d3-scale";
import { estimateTextWidth, spacedTextWidth, wrapText } from "../text-metrics";
import type { ChartModel, ChartRow, Section } from "./model";

/** The chart's text size in px (graphics.css sets it); readers never get less than 12 px. */
export const FONT_SIZE = 13;
export const LINE_HEIGHT = FONT_SIZE * 1.25;
/** Size of a mark's shape (src/lib/theme.ts SHAPES are about 12 px across). */
export const MARK_SIZE = 12;
/** Every mark is a link at least this many px square (WCAG 2.2 target size), and lanes are as tall. */
export const TARGET_SIZE = 24;
/** Clear space in px at the chart's left and right edges. */
export const PAD = 4;
/** Gap in px between a mark's shape and its words. */
export const LABEL_GAP = 4;
/** Clear space in px kept between two marks (with their words) side by side in a row. */
export const BOX_PADDING = 6;
/** Words beside a mark wrap beyond this width. */
export const LABEL_MAX_WIDTH = 180;
/** Words are never wrapped narrower than this beside a mark; they move to the other side or a new lane. */
export const MIN_LABEL_WIDTH = 48;
/** Country names sit in a gutter only if each stance column keeps at least this width; else above the marks. */
export const MIN_COLUMN_WIDTH = 80;
export const GUTTER_GAP = 12;
/** The gutter never takes more than this share of the width; longer names wrap in it. */
export const MAX_GUTTER_SHARE = 0.32;
export const ROW_PADDING = 4;
/** Vertical gap in px between two lanes of a row (marks that could not sit side by side). */
export const LANE_GAP = 2;
/** Space in px around the line between two sections. */
export const SECTION_GAP = 12;
export const HEADER_GAP = 8;
/** Column headers use the stances' full labels when each fits in this many lines, their short labels if not. */
export const HEADER_MAX_LINES = 2;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lines of text in a box; `anchorX` is where the text is anchored (its start, middle or end). The anchor is
 * the text's own: right to left, its start is its right end, as SVG draws it in that direction.
 */
export interface TextBox extends Box {
  lines: string[];
  anchor: "start" | "middle" | "end";
  anchorX: number;
  weight: "normal" | "bold";
}

export interface MarkLayout {
  id: string;
  stance: string;
  onScale: boolean;
  /** Centre of the mark's shape. */
  cx: number;
  cy: number;
  /** The link's whole area: the shape's target and its words. Never overlaps another mark's. */
  hit: Box;
  label?: TextBox;
}

export interface RowLayout {
  country: ChartRow["country"];
  section: Section;
  y: number;
  height: number;
  name: TextBox;
  marks: MarkLayout[];
}

export interface ColumnLayout {
  stance: string;
  x: number;
  header: TextBox;
}

export interface StanceLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  /**
   * "gutter": names before the scale (on its left, or its right right to left); "stacked": each name above its
   * row's marks, the scale full width.
   */
  mode: "gutter" | "stacked";
  /** The stance scale's extent in px, left edge first. */
  scale: [number, number];
  columns: ColumnLayout[];
  /** Column guide lines run over the rows that sit on the scale. */
  guide?: { y1: number; y2: number };
  rows: RowLayout[];
  /** y of the line between two sections. */
  dividers: number[];
  /** The rows called out (a group as a body), full width. */
  callouts: Box[];
  /** Laid out right to left: mirrored, the first position on the right (absent, left to right). */
  rtl?: true;
}

export interface StanceLayoutOptions {
  /** Right to left: columns, gutter and words mirrored, for a story read from the right. Default false. */
  rtl?: boolean;
}

function textBox(
  lines: string[],
  anchorX: number,
  y: number,
  anchor: TextBox["anchor"],
  weight: TextBox["weight"] = "normal",
): TextBox {
  const width = Math.max(0, ...lines.map((l) => measure(l, weight)));
  const x = anchor === "start" ? anchorX : anchor === "end" ? anchorX - width : anchorX - width / 2;
  return { x, y, width, height: lines.length * LINE_HEIGHT, lines, anchor, anchorX, weight };
}

/** A line's width as the chart draws it, in its weight, under the reader's text spacing too. */
const measure = (line: string, weight: TextBox["weight"] = "normal") => spacedTextWidth(line, FONT_SIZE, weight);

/**
 * Word wrap that measures in the weight the words are drawn in (bold runs wider), with room for the reader's
 * text spacing; or, `forTheEye`, at the default spacing only (a label's natural line length, which its box
 * then reserves room around).
 */
function wrap(text: string, maxWidth: number, weight: TextBox["weight"], forTheEye = false): string[] {
  const width = forTheEye
    ? (line: string) => estimateTextWidth(line, FONT_SIZE, weight)
    : (line: string) => measure(line, weight);
  return wrapText(text, maxWidth, FONT_SIZE, Infinity, width);
}

/** A mark placed in a lane: its horizontal extent (shape target and words) and its words, if any. */
interface Placed {
  lane: number;
  left: number;
  right: number;
  cx: number;
  label?: { lines: string[]; anchor: "start" | "end"; anchorX: number; weight: TextBox["weight"] };
}

const laneHeight = (lines: number) => Math.max(TARGET_SIZE, TARGET_SIZE - LINE_HEIGHT + lines * LINE_HEIGHT);

/**
 * Where a mark and its words can go, best first: beside the shape at their natural width (right, then
 * left), then wrapped to the room on either side, and last, wrapped to the roomier side whatever its size.
 */
function options(cx: number, text: string | undefined, weight: TextBox["weight"], x0: number, x1: number) {
  const half = TARGET_SIZE / 2;
  if (!text) return [{ left: cx - half, right: cx + half, cx }];
  const startX = cx + MARK_SIZE / 2 + LABEL_GAP;
  const endX = cx - MARK_SIZE / 2 - LABEL_GAP;
  const room = { start: x1 - startX, end: endX - x0 };
  const make = (anchor: "start" | "end", lines: string[]) => {
    const w = Math.max(...lines.map((l) => measure(l, weight)));
    const [l, r] = anchor === "start" ? [startX, startX + w] : [endX - w, endX];
    return {
      left: Math.min(cx - half, l),
      right: Math.max(cx + half, r),
      cx,
      label: { lines, anchor, anchorX: anchor === "start" ? startX : endX, weight },
      fits: l >= x0 - 1e-9 && r <= x1 + 1e-9,
    };
  };
  const natural = wrap(text, Math.min(LABEL_MAX_WIDTH, x1 - x0), weight, true);
  const roomier = room.start >= room.end ? "start" : "end";
  const wrapped = (["start", "end"] as const)
    .filter((a) => room[a] >= MIN_LABEL_WIDTH)
    .map((a) => make(a, wrap(text, room[a], weight)))
    .sort((a, b) => a.label.lines.length - b.label.lines.length);
  return [make("start", natural), make("end", natural), ...wrapped]
    .filter((o) => o.fits)
    .concat([{ ...make(roomier, wrap(text, Math.max(room[roomier], FONT_SIZE), weight)), fits: true }]);
}

function layoutRow(
  row: ChartRow,
  y: number,
  at: { mode: StanceLayout["mode"]; x0: number; x1: number; gutterInner: number; width: number },
  scale: (s: string) => number,
): RowLayout {
  const { mode, x0, x1 } = at;
  const nameWidth = mode === "gutter" ? at.gutterInner : at.width - 2 * PAD;
  const nameTop = y + ROW_PADDING + (mode === "gutter" ? (TARGET_SIZE - LINE_HEIGHT) / 2 : 0);
  const name = textBox(wrap(row.name, nameWidth, "bold"), PAD, nameTop, "start", "bold");
  const lanesTop = mode === "gutter" ? y + ROW_PADDING : name.y + name.height;

  const placed: Placed[] = [];
  const free = (lane: number, o: { left: number; right: number }) =>
    placed.every((p) => p.lane !== lane || o.left >= p.right + BOX_PADDING || o.right + BOX_PADDING <= p.left);
  for (const m of row.marks) {
    const weight = m.emphasis ? "bold" : "normal";
    if (!m.onScale) {
      // Off the scale: a lane of its own across the whole scale, so it can never be read as a position.
      const cx = x0 + TARGET_SIZE / 2;
      const startX = cx + MARK_SIZE / 2 + LABEL_GAP;
      const lines = m.label ? wrap(m.label, Math.max(FONT_SIZE, x1 - startX), weight) : [];
      const lane = Math.max(-1, ...placed.map((p) => p.lane)) + 1;
      placed.push({ lane, left: x0, right: x1, cx, label: { lines, anchor: "start", anchorX: startX, weight } });
      continue;
    }
    const cx = scale(m.stance);
    for (let lane = 0; ; lane++) {
      const fit = options(cx, m.label, weight, x0, x1).find((o) => free(lane, o));
      if (fit) {
        placed.push({ lane, ...fit });
        break;
      }
    }
  }

  const lanes = Math.max(...placed.map((p) => p.lane)) + 1;
  const heights = Array.from({ length: lanes }, (_, i) =>
    Math.max(TARGET_SIZE, ...placed.filter((p) => p.lane === i).map((p) => laneHeight(p.label?.lines.length ?? 0))),
  );
  const laneTop = (i: number) => lanesTop + heights.slice(0, i).reduce((a, b) => a + b, 0) + i * LANE_GAP;
  const marks = row.marks.map((m, i): MarkLayout => {
    const p = placed[i] as Placed;
    const top = laneTop(p.lane);
    const label = p.label?.lines.length
      ? textBox(p.label.lines, p.label.anchorX, top + (TARGET_SIZE - LINE_HEIGHT) / 2, p.label.anchor, p.label.weight)
      : undefined;
    return {
      id: m.id,
      stance: m.stance,
      onScale: m.onScale,
      cx: p.cx,
      cy: top + TARGET_SIZE / 2,
      hit: { x: p.left, y: top, width: p.right - p.left, height: laneHeight(p.label?.lines.length ?? 0) },
      ...(label ? { label } : {}),
    };
  });
  const lanesHeight = laneTop(lanes - 1) + (heights[lanes - 1] ?? 0) - lanesTop;
  const content =
    mode === "gutter" ? Math.max(lanesHeight, name.height + TARGET_SIZE - LINE_HEIGHT) : name.height + lanesHeight;
  return { country: row.country, section: row.section, y, height: content + 2 * ROW_PADDING, name, marks };
}

/** Lays out the chart `width` px wide. Throws if the width leaves no room for the story's columns. */
export function layoutStances(
  model: Pick<ChartModel, "rows" | "positions">,
  width: number,
  options: StanceLayoutOptions = {},
): StanceLayout {
  const ltr = layoutLeftToRight(model, width);
  return options.rtl ? mirrorStances(ltr) : ltr;
}

/**
 * A left-to-right layout mirrored about the chart's middle: every x becomes width − x, every box keeps its
 * size, and each text keeps its anchor, which right to left names the other end (a name anchored at its
 * start now ends its line at the right edge). Lines, rows and the vertical layout are the same.
 */
function mirrorStances(l: StanceLayout): StanceLayout {
  const w = l.width;
  const box = <B extends Box>(b: B): B => ({ ...b, x: w - b.x - b.width });
  const text = (t: TextBox): TextBox => ({ ...box(t), anchorX: w - t.anchorX });
  return {
    ...l,
    scale: [w - l.scale[1], w - l.scale[0]],
    columns: l.columns.map((c) => ({ ...c, x: w - c.x, header: text(c.header) })),
    rows: l.rows.map((r) => ({
      ...r,
      name: text(r.name),
      marks: r.marks.map((m) => ({
        ...m,
        cx: w - m.cx,
        hit: box(m.hit),
        ...(m.label ? { label: text(m.label) } : {}),
      })),
    })),
    callouts: l.callouts.map(box),
    rtl: true,
  };
}

/**
 * The column headers, each over its column, in words that keep clear of their neighbours even under the
 * reader's text spacing. Best first: the positions' full labels in one row of headers (at most
 * HEADER_MAX_LINES lines each, no word broken), then their short labels; then the short labels staggered on
 * two rows, every other column's a row higher, so each may take the width of two columns; last, the short
 * labels in one row, broken inside words where they must be. A header is centred in the room its row gives its
 * column (its column's centre, unless the chart's edge cuts that room short).
 */
function layoutHeaders(
  positions: ChartModel["positions"],
  centres: number[],
  step: number,
  width: number,
): { headers: TextBox[]; headerHeight: number } {
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const room = (i: number, rows: 1 | 2) => {
    const c = centres[i] ?? 0;
    const half = (rows * step - BOX_PADDING) / 2;
    const [from, to] = [Math.max(PAD, c - half), Math.min(width - PAD, c + half)];
    return { centre: (from + to) / 2, width: to - from };
  };
  const attempt = (labels: string[], rows: 1 | 2, whole: boolean) => {
    const lines = labels.map((label, i) => wrap(label, room(i, rows).width, "normal"));
    const fits = lines.every(
      (l, i) => l.length <= HEADER_MAX_LINES && (!whole || words(l.join(" ")) === words(labels[i] ?? "")),
    );
    return fits ? { lines, rows } : undefined;
  };
  const full = positions.map((p) => p.label);
  const short = positions.map((p) => p.short);
  const chosen = attempt(full, 1, true) ??
    attempt(short, 1, true) ??
    attempt(short, 2, true) ?? {
      lines: short.map((label, i) => wrap(label, room(i, 1).width, "normal")),
      rows: 1 as const,
    };
  // Staggered, the first column's header is on the upper row; each row's headers end at its foot.
  const row = (i: number) => (chosen.rows === 2 && i % 2 === 0 ? 0 : 1);
  const rowHeight = (r: number) =>
    Math.max(0, ...chosen.lines.filter((_, i) => row(i) === r).map((l) => l.length)) * LINE_HEIGHT;
  const headerHeight = rowHeight(0) + rowHeight(1);
  const headers = chosen.lines.map((lines, i) => {
    const foot = row(i) === 0 ? rowHeight(0) : headerHeight;
    return textBox(lines, room(i, chosen.rows).centre, foot - lines.length * LINE_HEIGHT, "middle");
  });
  return { headers, headerHeight };
}

function layoutLeftToRight(model: Pick<ChartModel, "rows" | "positions">, width: number): StanceLayout {
  const ids = model.positions.map((p) => p.id);
  const x1 = width - PAD;
  const names = model.rows.map((r) => measure(r.name, "bold"));
  const gutterInner = Math.min(Math.max(0, ...names), width * MAX_GUTTER_SHARE - GUTTER_GAP - PAD);
  const gutterX0 = PAD + gutterInner + GUTTER_GAP;
  const mode = (x1 - gutterX0) / ids.length >= MIN_COLUMN_WIDTH ? "gutter" : "stacked";
  const x0 = mode === "gutter" ? gutterX0 : PAD;
  const scale = scalePoint<string>().domain(ids).range([x0, x1]).padding(0.5);
  const step = scale.step();
  if (!(step >= TARGET_SIZE + BOX_PADDING)) {
    throw new RangeError(`layoutStances: width ${width} leaves no room for ${ids.length} stance columns`);
  }
  const at = (s: string) => scale(s) ?? x0;

  const { headers, headerHeight } = layoutHeaders(model.positions, ids.map(at), step, width);
  const columns = ids.map((stance, i) => ({ stance, x: at(stance), header: headers[i] as TextBox }));

  const rows: RowLayout[] = [];
  const dividers: number[] = [];
  let y = headerHeight + HEADER_GAP;
  for (const row of model.rows) {
    const previous = rows.at(-1);
    if (previous && previous.section !== row.section) {
      dividers.push(y + SECTION_GAP / 2);
      y += SECTION_GAP;
    }
    const laid = layoutRow(row, y, { mode, x0, x1, gutterInner, width }, at);
    rows.push(laid);
    y += laid.height;
  }
  const onScale = rows.filter((r) => r.section !== "target").at(-1);
  return {
    width,
    height: Math.ceil(y + PAD),
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    mode,
    scale: [x0, x1],
    columns,
    ...(onScale ? { guide: { y1: headerHeight + HEADER_GAP / 2, y2: onScale.y + onScale.height } } : {}),
    rows,
    dividers,
    callouts: rows.filter((r) => r.section === "body").map((r) => ({ x: 0, y: r.y, width, height: r.height })),
  };
}
