// Where the list of periods breaks into columns on a wide screen, chosen at build for each number of columns
// the stylesheet can give it (two, three), so no column starts in the middle of a period without saying which:
// a column may start with a period, or inside one of at least MIN_FRAGMENT * 2 events, at an event that
// then carries the period's name again, "March–April 2017 (continued)" (and its date, inside a day). The
// breaks are the fewest that make the tallest column shortest; CSS forces them (break-before: column), so the
// browser's own balancing never cuts a period silently. Pure: heights come in, breaks go out.

import type { LaidPeriod } from "./layout";

/** A period breaks only where each part keeps at least this many events: a short one never breaks. */
export const MIN_FRAGMENT = 2;
/**
 * What a break costs, in px of the tallest column: inside a period (a repeated header to read), more inside
 * a day (its date printed twice), and a little for any (of equal layouts, the one with fewer columns).
 */
const BREAK_COST = { period: 0.5, inner: 8, sameDay: 16 } as const;

/** Where a column starts: with a period, or inside it at an event. */
export interface ColumnStart {
  period: string;
  /** The event a continued period's column starts with; none when the column starts with the period. */
  event?: string;
  /** That event is on the day of the one before it: its date is printed again, at the top of the column. */
  sameDay?: true;
}

export interface ColumnLayout {
  /** The columns used: at most the number available, fewer when more would not shorten the list. */
  columns: number;
  /** Where each column after the first starts. */
  starts: ColumnStart[];
  /** Each column's estimated height, px. */
  heights: number[];
}

interface Item {
  period: string;
  /** The event, for an event's row; none for a period's header. */
  event?: string;
  height: number;
  /** Whether a column may start here, and what starting here costs. */
  start?: ColumnStart;
  cost: number;
}

/** The list's items in order (each period's header, then its events' rows), each with its height. */
function itemsOf(
  periods: readonly LaidPeriod[],
  heights: ReadonlyMap<string, number>,
  heads: { period: number; continued: number },
): Item[] {
  const items: Item[] = [];
  for (const [p, period] of periods.entries()) {
    items.push({
      period: period.id,
      height: heads.period,
      cost: BREAK_COST.period,
      ...(p > 0 ? { start: { period: period.id } } : {}),
    });
    let index = 0;
    for (const row of period.rows) {
      if (row.kind !== "events") continue;
      for (const [i, { event }] of row.events.entries()) {
        const breakable = index >= MIN_FRAGMENT && period.count - index >= MIN_FRAGMENT;
        items.push({
          period: period.id,
          event: event.id,
          height: heights.get(event.id) ?? 0,
          cost: BREAK_COST.inner + (i > 0 ? BREAK_COST.sameDay : 0),
          ...(breakable
            ? { start: { period: period.id, event: event.id, ...(i > 0 ? { sameDay: true as const } : {}) } }
            : {}),
        });
        index++;
      }
    }
  }
  return items;
}

/** The list's items, and the height (px) of each column when the list is cut at some of them. */
function measured(items: Item[], heads: { continued: number }) {
  // before[i]: the height of the items before i.
  const before = [0];
  for (const item of items) before.push((before.at(-1) ?? 0) + item.height);
  /** Each column's height when a column starts at each item of `cuts` (indices into items). */
  const columns = (cuts: readonly number[]) => {
    const edges = [0, ...cuts, items.length];
    return edges.slice(1).map((end, k) => {
      const from = edges[k] ?? 0;
      return (before[end] ?? 0) - (before[from] ?? 0) + (items[from]?.event !== undefined ? heads.continued : 0);
    });
  };
  return { items, columns };
}

/**
 * The list laid into at most `columns` columns: the starts that make the tallest column shortest, counting
 * each break's cost. `heights` gives each event's row (src/lib/timeline/height.ts) at each width of the range
 * these columns show at (the starts that do best on average over them: the columns' width is the reader's),
 * `heads` a period's header and a continued one's; the heights returned are at the first width. A large
 * story's closed groups are left to the browser (no starts): their heights change as they open.
 */
export function columnLayout(
  periods: readonly LaidPeriod[],
  columns: number,
  heights: readonly ReadonlyMap<string, number>[],
  heads: { period: number; continued: number },
): ColumnLayout {
  const laid = heights.map((h) => measured(itemsOf(periods, h, heads), heads));
  const items = laid[0]?.items ?? [];
  const at = (cuts: number[], w = 0) => laid[w]?.columns(cuts) ?? [];
  if (columns <= 1 || periods.some((p) => p.collapsed)) return { columns: 1, starts: [], heights: at([]) };
  const score = (cuts: number[]) =>
    laid.reduce((sum, _, w) => sum + Math.max(...at(cuts, w)), 0) / laid.length +
    cuts.reduce((sum, c) => sum + (items[c]?.cost ?? 0), 0);
  const candidates = items.flatMap((item, i) => (item.start ? [i] : []));
  let best = { score: score([]), cuts: [] as number[] };
  const consider = (cuts: number[]) => {
    const s = score(cuts);
    if (s < best.score) best = { score: s, cuts };
  };
  for (const [n, a] of candidates.entries()) {
    consider([a]);
    if (columns < 3) continue;
    for (const b of candidates.slice(n + 1)) consider([a, b]);
  }
  return {
    columns: best.cuts.length + 1,
    starts: best.cuts.flatMap((c) => (items[c]?.start ? [items[c].start] : [])),
    heights: at(best.cuts),
  };
}

/**
 * Each column's height (px) when the list starts its columns at `starts` (a layout's, chosen over other
 * widths) and its rows are `heights` tall: what the page draws at the width of those heights.
 */
export function heightsWith(
  periods: readonly LaidPeriod[],
  starts: readonly ColumnStart[],
  heights: ReadonlyMap<string, number>,
  heads: { period: number; continued: number },
): number[] {
  const { items, columns } = measured(itemsOf(periods, heights, heads), heads);
  const cuts = starts.map((s) => items.findIndex((i) => i.start?.period === s.period && i.start.event === s.event));
  return columns(cuts);
}
