// Draws a timeline layout as SVG markup: a pure string function shared by the build (Timeline.astro) and the
// browser (zoom re-renders the detail band with it), so both draw exactly the same picture.

import { utcDay } from "d3-time";
import { utcFormat } from "d3-time-format";
import type { Category } from "../facts/vocabulary";
import { CATEGORY_SHAPES, categoryClass, escapeXml, SHAPES } from "../theme";
import {
  FOCUS_ID,
  type Label,
  layoutTimeline,
  paddedDomain,
  splitBands,
  type TimelineItem,
  type TimelineLayout,
} from "./layout";

/** An event as the picture needs it: the layout's item plus what tells it apart and names it. */
export interface TimelineEvent extends TimelineItem {
  category: Category;
  /** The date as printed, at its precision: "7 Apr 2017", "Dec 2016", "10–11 Apr 2017". */
  dateLabel: string;
}

/** Widths the build lays the timeline out at; the page shows the one that fits its container (CSS container queries). */
export const TIMELINE_WIDTHS = [280, 360, 460, 580, 740, 940, 1180] as const;
/**
 * The embed's fewer widths, for its 20 KB budget: text scales up by at most 1.45 between them (13 to 19 px).
 * graphics.css has the container queries of both sets.
 */
export const EMBED_WIDTHS = [280, 400, 580, 840, 1180] as const;

export const BAND_TITLE_HEIGHT = 22;
const BAND_GAP = 30;
const SPAN_HEIGHT = 6;
const formatRange = utcFormat("%-d %b %Y");

/** The detail band's title for the days it shows, [start, end): "In detail, 3 Apr 2017 to 16 Apr 2017". */
export function detailTitle(domain: readonly [Date, Date]): string {
  const first = utcDay.floor(domain[0]);
  const last = utcDay.floor(new Date(domain[1].getTime() - 1));
  return `In detail, ${formatRange(first)} to ${formatRange(last)}`;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${typeof v === "number" ? round(v) : escapeXml(v)}"`)
    .join(" ");
}
// Whole units: a tenth of a pixel is invisible even scaled up, and the digits cost bytes in every variant.
const round = (n: number) => Math.round(n);

function axisMarkup(layout: TimelineLayout, r0: number, r1: number): string {
  const { axisY, lineHeight } = layout;
  const ticks = layout.ticks
    .map(
      (t) =>
        `<line class="tl-tick" ${attrs({ x1: t.x, x2: t.x, y1: axisY - 5, y2: axisY })}/><text class="tl-tick-label" ${attrs({ x: t.labelX, y: lineHeight * 0.78 })} text-anchor="middle">${escapeXml(t.label)}</text>`,
    )
    .join("");
  return `<g class="tl-axis"><line class="tl-axis-line" ${attrs({ x1: r0, x2: r1, y1: axisY, y2: axisY })}/>${ticks}</g>`;
}

function labelMarkup(layout: TimelineLayout, label: Label | undefined, className: string): string {
  if (!label) return "";
  const tspans = label.lines
    .map(
      (line, i) =>
        `<tspan ${attrs({ x: label.x, y: label.y + i * layout.lineHeight + layout.lineHeight * 0.78 })}>${escapeXml(line)}</tspan>`,
    )
    .join("");
  const leader = `<line class="tl-leader" ${attrs({ x1: label.leader.x, x2: label.leader.x, y1: label.leader.y1 + 5, y2: label.leader.y2 })}/>`;
  return `${leader}<text class="${className}">${tspans}</text>`;
}

/**
 * An invisible box under a label, so a click or tap anywhere on it (between its words and lines, not only on
 * the glyphs) reaches the event rather than the band's drag surface behind it.
 */
function targetMarkup(label: Label | undefined): string {
  if (!label) return "";
  const pad = 2;
  const box = { x: label.x - pad, y: label.y - pad, width: label.width + 2 * pad, height: label.height + 2 * pad };
  // Presentation attributes, not CSS, so the box stays invisible wherever the markup goes without the stylesheet.
  return `<rect class="tl-target" ${attrs(box)}/>`;
}

/** The detail band's drag surface: empty space between marks still takes a drag or a pinch. */
export function hitMarkup(r0: number, r1: number, height: number): string {
  return `<rect class="tl-hit" ${attrs({ x: r0, y: 0, width: r1 - r0, height })}/>`;
}

/** One band: its axis, and each event as a link (#event-id) holding its mark, leader and label. */
export function bandMarkup(layout: TimelineLayout, events: readonly TimelineEvent[], r0: number, r1: number): string {
  const byId = new Map(events.map((e) => [e.id, e]));
  const labels = new Map(layout.labels.map((l) => [l.id, l]));
  const marks = layout.marks
    .map((m) => {
      const e = byId.get(m.id);
      if (!e) return "";
      const shape = `<path class="tl-shape" d="${SHAPES[CATEGORY_SHAPES[e.category]]}" transform="translate(${round(m.x)},${round(m.y)})"/>`;
      const span =
        m.kind === "span" && m.x2 !== undefined
          ? `<rect class="tl-span" ${attrs({ x: m.x, y: m.y - SPAN_HEIGHT / 2, width: Math.max(1, m.x2 - m.x), height: SPAN_HEIGHT, rx: SPAN_HEIGHT / 2 })}/>`
          : "";
      const data = attrs({
        href: `#event-${e.id}`,
        class: `tl-event ${categoryClass(e.category)}`,
        // The event's dates and kind are on its entry in the list (eventData), once for all the widths.
        "data-event": e.id,
        "aria-label": `${e.label}, ${e.dateLabel}`,
      });
      return `<a ${data}>${targetMarkup(labels.get(e.id))}${span}${shape}${labelMarkup(layout, labels.get(e.id), "tl-label")}</a>`;
    })
    .join("");
  return `${axisMarkup(layout, r0, r1)}<g class="tl-events">${marks}</g>`;
}

/**
 * What the browser needs to lay an event out again when the reader zooms, as data attributes of its list
 * entry (whose heading, date and class already give the label, the printed date and the category). Days, as
 * every start and end is a UTC midnight.
 */
export function eventData(e: TimelineEvent): Record<string, string> {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { "data-start": day(e.start), "data-end": day(e.end), "data-kind": e.kind };
}

export interface TimelineVariant {
  width: number;
  height: number;
  /** Inner markup of the <svg>: both bands, their titles and the bracket joining them. */
  markup: string;
  /** Where the detail band starts, for the browser's zoom. */
  detailY: number;
  focus: [Date, Date];
}

const MARGIN = { left: 16, right: 16 };
const overviewLayoutDomain = (items: readonly TimelineItem[]) =>
  paddedDomain(items)
    .map((d) => d.toISOString())
    .join("/");

/** Both bands at one width: the overview of every year with a bracket over the crowded stretch, then that stretch in detail. */
export function timelineVariant(events: readonly TimelineEvent[], focus: [Date, Date], width: number): TimelineVariant {
  const { overview, detail } = splitBands(events, focus);
  const r0 = MARGIN.left;
  const r1 = width - MARGIN.right;
  const overviewLayout = layoutTimeline(overview, { width, domain: paddedDomain(overview), margin: MARGIN });
  const detailLayout = layoutTimeline(detail, { width, domain: focus, margin: MARGIN });

  const overviewY = BAND_TITLE_HEIGHT;
  const detailTitleY = overviewY + overviewLayout.height + BAND_GAP;
  const detailY = detailTitleY + BAND_TITLE_HEIGHT;

  const years = `${overview[0]?.start.getUTCFullYear()}–${focus[1].getUTCFullYear()}`;
  const focusMark = overviewLayout.marks.find((m) => m.id === FOCUS_ID);
  const bracket = focusMark
    ? `<path class="tl-bracket" d="M${round(focusMark.x)},${round(overviewY + focusMark.y + SPAN_HEIGHT / 2)}L${round(focusMark.x2 ?? focusMark.x)},${round(overviewY + focusMark.y + SPAN_HEIGHT / 2)}L${r1},${round(detailY + detailLayout.axisY)}L${r0},${round(detailY + detailLayout.axisY)}Z"/>`
    : "";
  const focusMarkup = focusMark
    ? `<rect class="tl-focus" ${attrs({ x: focusMark.x, y: focusMark.y - SPAN_HEIGHT / 2, width: Math.max(2, (focusMark.x2 ?? focusMark.x) - focusMark.x), height: SPAN_HEIGHT })}/>${labelMarkup(
        overviewLayout,
        overviewLayout.labels.find((l) => l.id === FOCUS_ID),
        "tl-label tl-focus-label",
      )}`
    : "";

  const markup = [
    bracket,
    `<text class="tl-band-title" x="0" y="15">${escapeXml(`Background, ${years}`)}</text>`,
    `<g class="tl-band tl-overview" transform="translate(0,${overviewY})" data-domain="${overviewLayoutDomain(overview)}">${bandMarkup(overviewLayout, events, r0, r1)}${focusMarkup}</g>`,
    `<text class="tl-band-title tl-detail-title" x="0" y="${round(detailTitleY + 15)}">${escapeXml(detailTitle(focus))}</text>`,
    `<g class="tl-band tl-detail" transform="translate(0,${round(detailY)})" data-domain="${focus[0].toISOString()}/${focus[1].toISOString()}" data-y="${round(detailY)}" data-title-y="${round(detailTitleY)}">${hitMarkup(r0, r1, detailLayout.height)}${bandMarkup(detailLayout, events, r0, r1)}</g>`,
  ].join("");
  return { width, height: Math.ceil(detailY + detailLayout.height), markup, detailY, focus };
}

export { MARGIN as TIMELINE_MARGIN };
