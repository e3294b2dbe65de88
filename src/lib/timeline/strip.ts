// The overview strip above the timeline's list: the story's whole span on a proportional axis drawn with d3
// time ticks, a mark for every event (larger for turning points), and a bar for each period, so "three days
// later" and "three years earlier" still look different when the list below groups them. One drawing for
// every width: x positions are percentages of the strip, and each tick label carries the narrowest container
// width it fits at (timeline.css shows it from there), computed here with room for the reader's own text
// spacing. The axis speaks at the data's own precision: no clock ticks when no event has a time, and where its
// ticks step one day (or month, or year) of a story known to that unit, each label names its day, centred
// between the day's edges, and the day's events stand across it in the order the list gives them. A silence
// far longer than the rest of the story breaks the axis in two, each side on its own scale, so four days and
// an event the next year both read. Right to left ({ rtl }), every x is mirrored (100 − x), so time runs in
// the reading direction: SVG coordinates are physical, and no CSS can mirror them without mirroring the
// labels' glyphs. Pure: returns every coordinate, and the markup.

import { scaleUtc } from "d3-scale";
import { utcDay, utcHour, utcMonth, utcYear } from "d3-time";
import { type DateFormat, dateFormat } from "../dates/format";
import { beyondCalendar, PRECISIONS, type Precision, YEAR_MS } from "../dates/when";
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
/**
 * The axis breaks at a silence more than BREAK_RATIO times as long as the rest of the story put together (on a
 * single scale the rest would get under a fifth of the strip). Two such silences cannot coexist, so there is
 * at most one break: the Syria story's longest silence, 18 months of 37, does not break it.
 */
const BREAK_RATIO = 4;
/** The break's width, in % of the strip; each side of it gets at least MIN_SEGMENT of the rest, else its share of the events. */
export const BREAK_GAP = 4;
const MIN_SEGMENT = 0.25;

export interface StripTick {
  /** Position along the strip, 0–100 (%) from its left edge (its right edge's distance, mirrored, in RTL). */
  x: number;
  label: string;
  /** The narrowest container width its label shows at. */
  from: (typeof STRIP_BREAKPOINTS)[number];
  /** The label names the day (month, year) centred on it, whose edges are `bounds`: no tick line under it. */
  band?: true;
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
  /** Tick lines without a label: the edges of the days (months, years) that labels are centred between. */
  bounds: number[];
  /** The axis line, one piece per side of a break (one piece, 0 to 100, when it has none). */
  axis: [number, number][];
  /** Where the axis breaks: the middle of each gap between its pieces. */
  breaks: number[];
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

/** What a tick date starts: 0 a year, 1 a month, 2 a day, 3 an hour, 4 anything finer. */
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

/** The finest tick a precision can speak to (its rank, as `starts`), and the calendar unit it is known to. */
const SPEAKS: Record<Precision, { rank: 0 | 1 | 2 | 4; unit?: typeof utcDay }> = {
  ago: { rank: 0 },
  decade: { rank: 0 },
  year: { rank: 0, unit: utcYear },
  month: { rank: 1, unit: utcMonth },
  day: { rank: 2, unit: utcDay },
  minute: { rank: 4 },
};

/** The finest precision among events' dates (their starts and ends). */
function finestPrecision(events: readonly TimelineEvent[]): Precision {
  let finest = 0;
  for (const e of events) {
    for (const p of [e.from.precision, e.to?.precision]) {
      if (p) finest = Math.max(finest, PRECISIONS.indexOf(p));
    }
  }
  return PRECISIONS[finest] ?? "minute";
}

interface Candidate {
  x: number;
  label: string;
  rank: number;
  band?: true;
}

/**
 * Tick dates and their names, about ten across the span, never finer than the data: each named for what it
 * starts, "2015", "Apr", "4 Apr", "08:00", with the year added to the first month or day when no year start
 * is among the ticks. Where d3's ticks are finer than the finest date (hours for days known only to the day),
 * the ticks are that date's unit instead; where they step exactly one such unit, each label names its unit
 * and stands between its edges (a band), the edges drawn as unlabelled `bounds`.
 */
function tickSet(d0: number, d1: number, fmt: DateFormat, finest: Precision, at: (pct: number) => number) {
  const scale = percentOf([d0, d1]);
  const speaks = SPEAKS[finest];
  let dates = scale.ticks(10);
  if (speaks.unit && dates.some((d) => starts(d) > speaks.rank)) {
    dates = speaks.unit.range(new Date(d0), new Date(d1));
  }
  const unit = speaks.unit;
  const banded =
    unit !== undefined &&
    dates.length > 0 &&
    dates.every((d, i) => +unit.floor(d) === +d && (i === 0 || unit.count(dates[i - 1] as Date, d) === 1));
  if (unit && banded) {
    const candidates: Candidate[] = [];
    let year: number | undefined;
    for (const date of dates) {
      const next = +unit.offset(date, 1);
      if (next > d1 && +date + (next - +date) / 2 > d1) continue;
      const y = date.getUTCFullYear();
      // A band says its year on the first label and where the year turns (a year band says only its year).
      const label = fmt.tick(+date, speaks.rank, speaks.rank > 0 && y !== year);
      year = y;
      candidates.push({ x: at(scale(+date + (next - +date) / 2)), label, rank: starts(date), band: true });
    }
    return { candidates, bounds: dates.map((d) => at(scale(+d))) };
  }
  const anyYear = dates.some((d) => starts(d) === 0);
  const anyMonth = dates.some((d) => starts(d) <= 1);
  const candidates = dates.map((date, i): Candidate => {
    const rank = starts(date);
    // The first tick says its year (a month) or its month and year (a day) when no other tick does.
    const full = i === 0 && ((rank === 1 && !anyYear) || (rank === 2 && !anyMonth));
    // What stays when room runs out: year starts, then month starts, then the rest.
    return { x: at(scale(+date)), label: fmt.tick(+date, rank, full), rank };
  });
  return { candidates, bounds: [] as number[] };
}

/**
 * The padded span of the story: its events' extent and 2% more on each side (at least an hour). Less than half
 * a day on each side of a story of days, so no empty day at either end is named as if the story held it.
 */
function stripDomain(events: readonly TimelineEvent[]): [number, number] {
  const start = Math.min(...events.map((e) => e.start));
  const end = Math.max(...events.map((e) => e.end));
  const pad = Math.max((end - start) * 0.02, 3_600_000);
  return [start - pad, end + pad];
}

/** Which ticks show at each breakpoint: those shown at a narrower one stay, then the rest by rank if they fit. */
function placeTicks(candidates: readonly Candidate[]): StripTick[] {
  const shown = new Map<number, (typeof STRIP_BREAKPOINTS)[number]>();
  const half = (label: string) => (estimateTextWidth(label, TICK_FONT) * SPACING_ALLOWANCE) / 2;
  const indexed = candidates.map((c, i) => ({ ...c, i, half: half(c.label) }));
  const order = [...indexed].sort((a, b) => a.rank - b.rank || a.x - b.x);
  for (const width of STRIP_BREAKPOINTS) {
    const kept = indexed.filter((c) => shown.has(c.i));
    for (const c of order) {
      if (shown.has(c.i)) continue;
      const px = (c.x / 100) * width;
      const h = c.half;
      if (px - h < 0 || px + h > width) continue;
      const clear = kept.every((k) => Math.abs((k.x / 100) * width - px) >= h + k.half + TICK_GAP);
      if (!clear) continue;
      kept.push(c);
      shown.set(c.i, width);
    }
  }
  return candidates.flatMap((c, i) => {
    const from = shown.get(i);
    return from ? [{ x: c.x, label: c.label, from, ...(c.band ? { band: true as const } : {}) }] : [];
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
    bounds: layout.bounds.map(m),
    // Each piece still runs from its smaller x to its larger.
    axis: layout.axis.map(([a, b]) => [m(b), m(a)] as [number, number]),
    breaks: layout.breaks.map(m),
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

/** Where an event's own time ends: a span's end; a date alone is an instant, however loosely it is known. */
const ownEnd = (e: TimelineEvent) => (e.to ? e.end : e.precision === "day" ? e.end : e.start);

/**
 * The index of the first event after the axis's break, if the story calls for one: a silence more than
 * BREAK_RATIO times as long as the rest of the story (each side's own extent, a day known to the day counting
 * as the day, a year or a month known only to itself as an instant), with something to tell apart on one side.
 */
export function breakIndex(events: readonly TimelineEvent[]): number | undefined {
  const first = events[0];
  if (!first) return undefined;
  // rightEnd[i]: where the own time of the events from i on ends, latest first (one pass, not one per i).
  const rightEnd: number[] = [];
  for (let i = events.length - 1; i >= 0; i--)
    rightEnd[i] = Math.max(ownEnd(events[i] as TimelineEvent), rightEnd[i + 1] ?? Number.NEGATIVE_INFINITY);
  let leftEnd = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < events.length; i++) {
    leftEnd = Math.max(leftEnd, ownEnd(events[i - 1] as TimelineEvent));
    const next = events[i] as TimelineEvent;
    const silence = next.start - leftEnd;
    if (silence <= 0 || (i < 2 && events.length - i < 2)) continue;
    const rest = leftEnd - first.start + ((rightEnd[i] ?? next.start) - next.start);
    if (rest > 0 && silence > BREAK_RATIO * rest) return i;
  }
  return undefined;
}

/** A stretch of the axis on its own scale: its events (from, to) and where it lies on the strip (x0 to x1, %). */
interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
  domain: [number, number];
  x: (ms: number) => number;
}

function segmentsOf(events: readonly TimelineEvent[]): Segment[] {
  const at = breakIndex(events);
  const n = events.length;
  const runs =
    at === undefined
      ? [[0, n]]
      : [
          [0, at],
          [at, n],
        ];
  const room = at === undefined ? 100 : 100 - BREAK_GAP;
  let x0 = 0;
  return runs.map(([from = 0, to = n], i) => {
    const share = runs.length === 1 ? 1 : Math.min(1 - MIN_SEGMENT, Math.max(MIN_SEGMENT, (to - from) / n));
    const width = room * share;
    const domain = stripDomain(events.slice(from, to));
    const scale = percentOf(domain);
    const left = x0;
    x0 += width + (i === 0 ? BREAK_GAP : 0);
    return { from, to, x0: left, x1: left + width, domain, x: (ms: number) => left + (scale(ms) / 100) * width };
  });
}

/**
 * Where each event's mark stands, by index: its start, except in a story with no time of day, where the
 * events of one day known only to the day stand across that day in their order (a single one at its middle),
 * so a strip of a day or two shows the day's order rather than a pile of marks at midnight.
 */
function markTimes(events: readonly TimelineEvent[]): number[] {
  const timed = events.some((e) => e.from.precision === "minute" || e.to?.precision === "minute");
  const spread = (e: TimelineEvent) => !timed && e.precision === "day" && !e.to;
  const byDay = new Map<number, number[]>();
  for (const [i, e] of events.entries()) {
    if (spread(e)) byDay.set(e.start, [...(byDay.get(e.start) ?? []), i]);
  }
  const times = events.map((e) => e.start);
  for (const [day, indices] of byDay) {
    for (const [k, i] of indices.entries()) times[i] = day + (DAY * (k + 0.5)) / indices.length;
  }
  return times;
}

function layoutLeftToRight(
  events: readonly TimelineEvent[],
  periods: readonly LaidPeriod[],
  fmt: DateFormat,
): StripLayout {
  const none = { ticks: [], bounds: [], axis: [], breaks: [], marks: [], periods: [], histogram: false };
  if (events.length === 0) return none;
  const histogram = events.length > MARKS_LIMIT;
  const most = Math.max(...periods.map((p) => p.count));
  const height = (p: LaidPeriod) => (histogram ? { height: Math.max(2, Math.round((p.count / most) * 16)) } : {});
  const spans = (e: TimelineEvent) =>
    !!e.to || e.precision === "year" || e.precision === "decade" || e.precision === "month";
  const mark = (e: TimelineEvent, x: number, x2: number) => ({
    id: e.id,
    x,
    ...(spans(e) ? { x2 } : {}),
    turning: e.turning,
    className: e.style.className,
    shape: e.style.shape,
  });

  if (events.some((e) => e.precision === "ago" || beyondCalendar(e.start))) {
    const cosmic = cosmicScale(events, fmt);
    return {
      ...none,
      ticks: placeTicks(cosmic.ticks),
      axis: [[0, 100]],
      marks: histogram ? [] : events.map((e) => mark(e, cosmic.x(e.start), cosmic.x(e.end))),
      periods: periods.map((p) => ({
        id: p.id,
        x: cosmic.x(p.era?.start ?? p.start),
        x2: cosmic.x(p.era?.end ?? p.end),
        ...height(p),
      })),
      histogram,
    };
  }

  const segments = segmentsOf(events);
  const finest = (s: Segment) => finestPrecision(events.slice(s.from, s.to));
  const sets = segments.map((s) => tickSet(...s.domain, fmt, finest(s), (pct) => s.x0 + (pct / 100) * (s.x1 - s.x0)));
  const times = markTimes(events);
  const segmentOf = (i: number) => segments.find((s) => i >= s.from && i < s.to) ?? (segments[0] as Segment);
  // Each period's bar on every stretch of the axis that holds its events (two pieces, with the same id, for a
  // period on both sides of the break). Periods are consecutive runs of the events, `count` long each.
  let first = 0;
  const bars = periods.flatMap((p) => {
    const [from, to] = [first, first + p.count];
    first = to;
    const pieces = segments.filter((s) => s.from < to && s.to > from);
    return pieces.map((s) => {
      const own = events.slice(Math.max(from, s.from), Math.min(to, s.to));
      const whole = pieces.length === 1;
      const start = p.era?.start ?? (whole ? p.start : Math.min(...own.map((e) => e.start)));
      const end = p.era?.end ?? (whole ? p.end : Math.max(...own.map((e) => e.end)));
      return { id: p.id, x: s.x(start), x2: s.x(end), ...height(p) };
    });
  });
  return {
    ticks: placeTicks(sets.flatMap((t) => t.candidates)),
    bounds: sets.flatMap((t) => t.bounds),
    axis: segments.map((s) => [s.x0, s.x1]),
    breaks: segments.slice(1).map((s) => s.x0 - BREAK_GAP / 2),
    marks: histogram
      ? []
      : events.map((e, i) => {
          const s = segmentOf(i);
          return mark(e, s.x(times[i] ?? e.start), s.x(e.end));
        }),
    periods: bars,
    histogram,
  };
}

/** The break's two strokes, centred on the axis: 10 px tall, leaning like a "//". */
const BREAK_PATH = "M-5,5L-1,-5M1,5L5,-5";

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
  const shapes = used.map((s) => `<path id="${shapeIds}-${s}" d="${SHAPES[s]}" transform="scale(1.35)"/>`);
  // The break: two slanted strokes across the axis, the same either way round.
  const breakMark = layout.breaks.length ? [`<path id="${shapeIds}-break" d="${BREAK_PATH}"/>`] : [];
  const defs = used.length + breakMark.length ? `<defs>${[...shapes, ...breakMark].join("")}</defs>` : "";
  const stroke = (c: string, w?: number) => (paint ? ` stroke="${c}"${w ? ` stroke-width="${w}"` : ""}` : "");
  const fill = (c: string) => (paint ? ` fill="${c}"` : "");
  const tickLine = (x: number, top: number) =>
    `<line class="tl-tick" x1="${pct(x)}" x2="${pct(x)}" y1="${top}" y2="${Y.axis}"${stroke(paint?.line ?? "", 1)}/>`;
  const ticks = layout.ticks
    .filter((t) => !paint || t.from <= paint.width)
    .map(
      (t) =>
        `<text${t.from > (STRIP_BREAKPOINTS[0] as number) ? ` class="tl-from-${t.from}"` : ""} x="${pct(t.x)}" y="${Y.label}" text-anchor="middle"${fill(paint?.muted ?? "")}>${escapeXml(t.label)}</text>${t.band ? "" : tickLine(t.x, Y.axis - 4)}`,
    )
    .join("");
  // A band's edges reach a little higher than a tick: they frame the day (or month, or year) named between them.
  const bounds = layout.bounds.map((x) => tickLine(x, Y.axis - 7)).join("");
  const axis = layout.axis
    .map(
      ([a, b]) =>
        `<line class="tl-axis" x1="${a === 0 ? "0" : pct(a)}" x2="${pct(b)}" y1="${Y.axis}" y2="${Y.axis}"${stroke(paint?.line ?? "", 1)}/>`,
    )
    .join("");
  const breaks = layout.breaks
    .map(
      (x) =>
        `<use class="tl-break" href="#${shapeIds}-break" x="${pct(x)}" y="${Y.axis}"${paint ? `${fill("none")}${stroke(paint.line, 1.5)}` : ""}/>`,
    )
    .join("");
  // A histogram's bin: a rect, which runs rightwards from its x, so right to left it starts at the period's end.
  const bin = (p: StripBar, height: number) => {
    const width = Math.max(0.3, layout.rtl ? p.x - p.x2 : p.x2 - p.x);
    return `<rect class="tl-bin" data-period="${p.id}" x="${pct(layout.rtl ? p.x - width : p.x)}" width="${pct(width)}" y="${Y.axis - height}" height="${height}"${fill(paint?.line ?? "")}/>`;
  };
  // Periods alternate in shade; the two pieces of a period on both sides of a break share its shade.
  const ordinal = new Map([...new Set(layout.periods.map((p) => p.id))].map((id, i) => [id, i]));
  const bars = layout.periods
    .map((p) => {
      const i = ordinal.get(p.id) ?? 0;
      return p.height === undefined
        ? `<line class="tl-period-${(i % 2) + 1}" data-period="${p.id}" x1="${pct(p.x)}" x2="${pct(p.x2)}" y1="${Y.period}" y2="${Y.period}"${stroke(i % 2 ? (paint?.line ?? "") : (paint?.muted ?? ""), Y.periodHeight)}/>`
        : bin(p, p.height);
    })
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
  return `${defs}${ticks}${bounds}${axis}${breaks}${bars}${spans}${points}${turning}`;
}
