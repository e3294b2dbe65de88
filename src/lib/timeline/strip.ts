// The overview strip above the timeline's list: the story's whole span on a proportional axis drawn with d3
// time ticks, a mark for every event (larger for turning points), and a bar for each period, so "three days
// later" and "three years earlier" still look different when the list below groups them. One drawing for
// every width: x positions are percentages of the strip, and each tick label carries the narrowest container
// width it fits at (timeline.css shows it from there), computed here with room for the reader's own text
// spacing. Right to left ({ rtl }), every x is mirrored (100 − x), so time runs in the reading direction: SVG
// coordinates are physical, and no CSS can mirror them without mirroring the labels' glyphs. Pure: returns
// every coordinate, and the markup.

import { scaleUtc } from "d3-scale";
import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { type DateFormat, dateFormat } from "../dates/format";
import { beyondCalendar, YEAR_MS } from "../dates/when";
import { estimateTextWidth } from "../text-metrics";
import { escapeXml, SHAPES, type Shape } from "../theme";
import type { LaidPeriod } from "./layout";
import type { TimelineEvent } from "./model";

/** Container widths (px) a tick label may start showing at; timeline.css has a rule for each but the first. */
export const STRIP_BREAKPOINTS = [280, 360, 480, 640, 800, 1000, 1200] as const;
/** Tick labels' size in px, and how much wider the reader's text spacing (WCAG 1.4.12) may make them. */
export const TICK_FONT = 12;
const SPACING_ALLOWANCE = 1.3;
const TICK_GAP = 10;
/** Vertical layout of the strip, in px. */
export const STRIP_Y = { label: 11, axis: 24, markHalf: 6, period: 36, periodHeight: 4, height: 42 } as const;
/** More events than this draw as a count per period (a histogram), not a mark each. */
export const MARKS_LIMIT = 60;

export interface StripTick {
  /** Position along the strip, 0–100 (%) from its left edge (its right edge's distance, mirrored, in RTL). */
  x: number;
  label: string;
  /** The narrowest container width its label shows at. */
  from: (typeof STRIP_BREAKPOINTS)[number];
}

export interface StripMark {
  id: string;
  /** Where the event starts, 0–100 (%) from the left. */
  x: number;
  /** The end of a span, when it has one: right of x, or left of it right to left. */
  x2?: number;
  turning: boolean;
  className: string;
  shape: Shape;
}

export interface StripBar {
  id: string;
  /** Where the period starts and ends, as a mark's x and x2. */
  x: number;
  x2: number;
  /** For a large story's histogram: its height in px, by its count. */
  height?: number;
}

export interface StripLayout {
  ticks: StripTick[];
  marks: StripMark[];
  periods: StripBar[];
  /** A histogram instead of marks, for stories of more than MARKS_LIMIT events. */
  histogram: boolean;
  /** Laid out right to left: time runs from the right edge (absent, left to right). */
  rtl?: true;
}

export interface StripOptions {
  /** Right to left: the story's time runs from the strip's right edge, as its text reads. Default false. */
  rtl?: boolean;
}

const DAY = 86_400_000;

/** A date's place along the strip, 0–100 (%); dates outside the domain stay at its ends. */
function percentOf(domain: [number, number]) {
  const scale = scaleUtc()
    .domain(domain.map((ms) => new Date(ms)))
    .range([0, 100])
    .clamp(true);
  return Object.assign((ms: number) => scale(new Date(ms)), { ticks: (n: number) => scale.ticks(n) });
}

/**
 * Tick dates and their names, about ten across the span: each named for what it starts, "2015", "Apr",
 * "4 Apr", "08:00", with the year added to the first month or day when no year start is among the ticks.
 */
function tickSet(d0: number, d1: number, fmt: DateFormat) {
  const scale = percentOf([d0, d1]);
  const dates = scale.ticks(10);
  const starts = (d: Date): 0 | 1 | 2 | 3 | 4 =>
    +utcYear.floor(d) === +d
      ? 0
      : +utcMonth.floor(d) === +d
        ? 1
        : +utcDay.floor(d) === +d
          ? 2
          : +utcHour.floor(d) === +d
            ? 3
            : 4;
  const anyYear = dates.some((d) => starts(d) === 0);
  const anyMonth = dates.some((d) => starts(d) <= 1);
  return dates.map((date, i) => {
    const rank = starts(date);
    // The first tick says its year (a month) or its month and year (a day) when no other tick does.
    const full = i === 0 && ((rank === 1 && !anyYear) || (rank === 2 && !anyMonth));
    // What stays when room runs out: year starts, then month starts, then the rest.
    return { x: scale(+date), label: fmt.tick(+date, rank, full), rank };
  });
}

/** The padded span of the story: its events' extent and 2% more on each side (at least a day, or an hour). */
export function stripDomain(events: readonly TimelineEvent[]): [number, number] {
  const start = Math.min(...events.map((e) => e.start));
  const end = Math.max(...events.map((e) => e.end));
  const pad = Math.max((end - start) * 0.02, end - start > 2 * DAY ? DAY : 3_600_000);
  return [start - pad, end + pad];
}

/** Which ticks show at each breakpoint: those shown at a narrower one stay, then the rest by rank if they fit. */
function placeTicks(candidates: ReturnType<typeof tickSet>): StripTick[] {
  const shown = new Map<number, (typeof STRIP_BREAKPOINTS)[number]>();
  const half = (label: string) => (estimateTextWidth(label, TICK_FONT) * SPACING_ALLOWANCE) / 2;
  for (const width of STRIP_BREAKPOINTS) {
    const order = candidates.map((c, i) => ({ ...c, i })).sort((a, b) => a.rank - b.rank || a.x - b.x);
    const kept = candidates.map((c, i) => ({ ...c, i })).filter((c) => shown.has(c.i));
    for (const c of order) {
      if (shown.has(c.i)) continue;
      const px = (c.x / 100) * width;
      const h = half(c.label);
      if (px - h < 0 || px + h > width) continue;
      const clear = kept.every((k) => Math.abs((k.x / 100) * width - px) >= h + half(k.label) + TICK_GAP);
      if (!clear) continue;
      kept.push(c);
      shown.set(c.i, width);
    }
  }
  return candidates.flatMap((c, i) => {
    const from = shown.get(i);
    return from ? [{ x: c.x, label: c.label, from }] : [];
  });
}

/**
 * The strip of a story on the scale of the universe (dates years ago, beyond any calendar): a logarithmic
 * axis of the years before the story's last moment, so 13.8 billion years and the last five thousand both
 * read; ticks at powers of ten, the oldest on the left.
 */
function cosmicScale(events: readonly TimelineEvent[], fmt: DateFormat) {
  const ref = Math.max(...events.map((e) => e.end)) + YEAR_MS;
  const age = (ms: number) => Math.max((ref - ms) / YEAR_MS, 1);
  const oldest = Math.log10(age(Math.min(...events.map((e) => e.start))));
  const span = oldest * 1.02 || 1;
  const x = (ms: number) => Math.max(0, Math.min(100, 100 * (1 - Math.log10(age(ms)) / span)));
  const ticks = Array.from({ length: Math.floor(oldest) }, (_, i) => Math.floor(oldest) - i).map((k, i) => {
    const ms = ref - 10 ** k * YEAR_MS;
    // Every third power first (thousand, million, billion), then the rest as room allows.
    return { x: x(ms), label: fmt.ago(10 ** k, i === 0), rank: (k % 3 === 0 ? 0 : 3) as 0 | 3 };
  });
  return { x, ticks };
}

/**
 * The strip laid out in the direction asked for: as it is if it already runs that way, else mirrored (every x
 * becomes 100 − x; a tick label stays centred on its tick, text-anchor middle). Which tick labels show at
 * which width is chosen before, and the choice is symmetric, so the mirrored strip shows the same labels.
 * A layout already in that direction comes back as it is, so a component can orient what it is given.
 */
export function orientStrip(layout: StripLayout, rtl: boolean): StripLayout {
  if (!!layout.rtl === rtl) return layout;
  const m = (x: number) => 100 - x;
  return {
    ticks: layout.ticks.map((t) => ({ ...t, x: m(t.x) })),
    marks: layout.marks.map((k) => ({ ...k, x: m(k.x), ...(k.x2 === undefined ? {} : { x2: m(k.x2) }) })),
    periods: layout.periods.map((p) => ({ ...p, x: m(p.x), x2: m(p.x2) })),
    histogram: layout.histogram,
    ...(rtl ? { rtl: true as const } : {}),
  };
}

export function layoutStrip(
  events: readonly TimelineEvent[],
  periods: readonly LaidPeriod[],
  fmt: DateFormat = dateFormat(),
  options: StripOptions = {},
): StripLayout {
  const ltr = layoutLeftToRight(events, periods, fmt);
  return orientStrip(ltr, options.rtl ?? false);
}

function layoutLeftToRight(
  events: readonly TimelineEvent[],
  periods: readonly LaidPeriod[],
  fmt: DateFormat,
): StripLayout {
  if (events.length === 0) return { ticks: [], marks: [], periods: [], histogram: false };
  const cosmic = events.some((e) => e.precision === "ago" || beyondCalendar(e.start))
    ? cosmicScale(events, fmt)
    : undefined;
  const domain = stripDomain(events);
  const x = cosmic?.x ?? percentOf(domain);
  const histogram = events.length > MARKS_LIMIT;
  const most = Math.max(...periods.map((p) => p.count));
  return {
    ticks: placeTicks(cosmic?.ticks ?? tickSet(...domain, fmt)),
    marks: histogram
      ? []
      : events.map((e) => ({
          id: e.id,
          x: x(e.start),
          ...(e.to || e.precision === "year" || e.precision === "decade" || e.precision === "month"
            ? { x2: x(e.end) }
            : {}),
          turning: e.turning,
          className: e.style.className,
          shape: e.style.shape,
        })),
    periods: periods.map((p) => ({
      id: p.id,
      x: x(p.era?.start ?? p.start),
      x2: x(p.era?.end ?? p.end),
      ...(histogram ? { height: Math.max(2, Math.round((p.count / most) * 16)) } : {}),
    })),
    histogram,
  };
}

/** A tenth of a per cent: under 2 px even at 1,600 px, and fewer digits in every mark. */
const pct = (n: number) => `${Math.round(n * 10) / 10}%`;

/**
 * Explicit colours, for a renderer without the stylesheet (the preview image): the strip's width (only the
 * tick labels that fit it are drawn), its line and label colours, and each mark's colour by class.
 */
export interface StripPaint {
  width: number;
  line: string;
  muted: string;
  bg: string;
  mark: (className: string) => string;
}

/**
 * The strip as the inner markup of an <svg> (its turning points' shapes defined once, by ids that start with
 * `shapeIds`, then used by percentage), drawn with classes the stylesheet colours, or with `paint`'s colours.
 */
export function stripMarkup(layout: StripLayout, paint?: StripPaint, shapeIds = "tl-shape"): string {
  const Y = STRIP_Y;
  const used = [...new Set(layout.marks.filter((m) => m.turning).map((m) => m.shape))];
  const defs = used.length
    ? `<defs>${used.map((s) => `<path id="${shapeIds}-${s}" d="${SHAPES[s]}" transform="scale(1.35)"/>`).join("")}</defs>`
    : "";
  const stroke = (c: string, w?: number) => (paint ? ` stroke="${c}"${w ? ` stroke-width="${w}"` : ""}` : "");
  const fill = (c: string) => (paint ? ` fill="${c}"` : "");
  const ticks = layout.ticks
    .filter((t) => !paint || t.from <= paint.width)
    .map(
      (t) =>
        `<text${t.from > (STRIP_BREAKPOINTS[0] as number) ? ` class="tl-from-${t.from}"` : ""} x="${pct(t.x)}" y="${Y.label}" text-anchor="middle"${fill(paint?.muted ?? "")}>${escapeXml(t.label)}</text><line class="tl-tick" x1="${pct(t.x)}" x2="${pct(t.x)}" y1="${Y.axis - 4}" y2="${Y.axis}"${stroke(paint?.line ?? "", 1)}/>`,
    )
    .join("");
  const axis = `<line class="tl-axis" x1="0" x2="100%" y1="${Y.axis}" y2="${Y.axis}"${stroke(paint?.line ?? "", 1)}/>`;
  // A histogram's bin: a rect, which runs rightwards from its x, so right to left it starts at the period's end.
  const bin = (p: StripBar, height: number) => {
    const width = Math.max(0.3, layout.rtl ? p.x - p.x2 : p.x2 - p.x);
    return `<rect class="tl-bin" data-period="${p.id}" x="${pct(layout.rtl ? p.x - width : p.x)}" width="${pct(width)}" y="${Y.axis - height}" height="${height}"${fill(paint?.line ?? "")}/>`;
  };
  const bars = layout.periods
    .map((p, i) =>
      p.height === undefined
        ? `<line class="tl-period-${(i % 2) + 1}" data-period="${p.id}" x1="${pct(p.x)}" x2="${pct(p.x2)}" y1="${Y.period}" y2="${Y.period}"${stroke(i % 2 ? (paint?.line ?? "") : (paint?.muted ?? ""), 4)}/>`
        : bin(p, p.height),
    )
    .join("");
  const colour = (m: StripMark) => paint?.mark(m.className) ?? "";
  // Spans first, so the points and the turning points sit on top of them.
  const spans = layout.marks
    .filter((m) => m.x2 !== undefined)
    .map(
      (m) =>
        `<line class="tl-strip-span ${m.className}" data-event="${m.id}" x1="${pct(m.x)}" x2="${pct(m.x2 ?? m.x)}" y1="${Y.axis}" y2="${Y.axis}"${paint ? `${stroke(colour(m), 4)} stroke-linecap="round"` : ""}/>`,
    )
    .join("");
  const points = layout.marks
    .filter((m) => m.x2 === undefined && !m.turning)
    .map(
      (m) =>
        `<line class="tl-strip-mark ${m.className}" data-event="${m.id}" x1="${pct(m.x)}" x2="${pct(m.x)}" y1="${Y.axis - Y.markHalf}" y2="${Y.axis + Y.markHalf}"${stroke(colour(m), 2)}/>`,
    )
    .join("");
  const turning = layout.marks
    .filter((m) => m.turning)
    .map(
      (m) =>
        `<use class="tl-strip-turning ${m.className}" data-event="${m.id}" href="#${shapeIds}-${m.shape}" x="${pct(m.x)}" y="${Y.axis}"${paint ? `${fill(colour(m))}${stroke(paint.bg, 1.5)}` : ""}/>`,
    )
    .join("");
  return `${defs}${ticks}${axis}${bars}${spans}${points}${turning}`;
}
