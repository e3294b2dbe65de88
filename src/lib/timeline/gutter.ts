// How wide the timeline's date gutter is: wide enough for the story's longest date on one line, in the
// story's language ("1980s" in English, "années 1980" in French, "26. März" in German), up to a limit past
// which a date wraps between its words. Three widths, each a class of src/styles/timeline.css, since a page
// under the strict CSP can set no width of its own. Pure: labels in, a width and a class out.

import { estimateTextWidth } from "../text-metrics";
import type { LaidPeriod } from "./layout";

/** The gutter's widths in rem, on wide screens (date at 13 px) and on phones (12 px): timeline.css's. */
export const GUTTERS = [
  { className: "", rem: 3.2, phoneRem: 2.85 },
  { className: "tl-gutter-wide", rem: 4.2, phoneRem: 3.75 },
  { className: "tl-gutter-wider", rem: 5.2, phoneRem: 4.6 },
] as const;
export type Gutter = (typeof GUTTERS)[number];

/** The date lines a timeline prints in its gutter: each row's date, and the year under it. */
export function gutterLabels(periods: readonly LaidPeriod[]): string[] {
  return periods.flatMap((p) =>
    p.rows.flatMap((row) => (row.kind === "events" ? [row.gutter, ...(row.year ? [row.year] : [])] : [])),
  );
}

/** The gap between the gutter and the event's mark (timeline.css: column-gap), in px: a date may reach halfway in. */
const GAP = 0.3 * 16;

/**
 * The narrowest gutter that holds every label on one line on wide screens and on phones (text-metrics'
 * estimate errs wide), else the widest, where the longest labels wrap between words.
 */
export function gutterFor(labels: readonly string[]): Gutter {
  const fits = (g: Gutter) =>
    labels.every(
      (l) => estimateTextWidth(l, 13) <= g.rem * 16 + GAP / 2 && estimateTextWidth(l, 12) <= g.phoneRem * 16 + GAP / 2,
    );
  return GUTTERS.find(fits) ?? GUTTERS[GUTTERS.length - 1];
}
