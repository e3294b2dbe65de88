import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storiesWithEvents } from "../../test/stories";
import { columnLayout, heightsWith, MIN_FRAGMENT } from "./columns";
import { eventHeights, LIST_COLUMNS, listColumns, textWidthOf } from "./height";
import { layoutTimeline } from "./layout";
import { type EventLike, toTimelineEvents } from "./model";
import { storyTimeline } from "./story";

const laid = () =>
  storiesWithEvents().map((s) => {
    const t = storyTimeline(s.events, s.vocabulary.categories, undefined, s.vocabulary.eras);
    return { slug: s.slug, periods: t.periods, layouts: listColumns(t.periods) };
  });
const of = (slug: string) => {
  const found = laid().find((l) => l.slug === slug);
  if (!found) throw new Error(`no story ${slug}`);
  return found;
};
const at = (slug: string, available: number) => of(slug).layouts.find((l) => l.available === available);
/** "period-2@tillerson-hearing": where each column after the first starts. */
const starts = (slug: string, available: number) =>
  at(slug, available)?.starts.map((s) => `${s.period}${s.event ? `@${s.event}` : ""}`);

describe("columnLayout(): where the list's columns start", () => {
  it("starts a column inside a period only where each part keeps two events or more, never in a short period", () => {
    for (const { slug, periods, layouts } of laid()) {
      for (const layout of layouts) {
        expect(layout.starts.length, slug).toBe(layout.columns - 1);
        expect(layout.columns).toBeLessThanOrEqual(layout.available);
        for (const start of layout.starts.filter((s) => s.event)) {
          const period = periods.find((p) => p.id === start.period);
          const ids = period?.rows.flatMap((r) => (r.kind === "events" ? r.events.map((e) => e.event.id) : []));
          const index = ids?.indexOf(start.event ?? "") ?? -1;
          expect(index, `${slug} ${start.event}`).toBeGreaterThanOrEqual(MIN_FRAGMENT);
          expect((ids?.length ?? 0) - index).toBeGreaterThanOrEqual(MIN_FRAGMENT);
        }
      }
    }
  });

  it("names the Syria story's continued periods where its three columns start inside them", () => {
    expect(at("syria-strike-g7-sanctions", 3)?.columns).toBe(3);
    expect(starts("syria-strike-g7-sanctions", 3)?.every((s) => /^period-[23]@/.test(s))).toBe(true);
  });

  it("gives a short list the width it has: a story of two days in three columns, its day's date again where a column starts inside it", () => {
    const layout = at("library-vote", 3);
    expect(layout?.columns).toBe(3);
    expect(layout?.starts.some((s) => s.sameDay)).toBe(true);
  });

  it("keeps a period of three events whole, so a story of three takes one column however wide", () => {
    expect(of("rail-pass").layouts.map((l) => l.columns)).toEqual([1, 1]);
  });

  it("balances: no column taller than an even share of the list plus a row and the header it repeats", () => {
    for (const { slug, layouts } of laid()) {
      for (const layout of layouts) {
        const total = layout.heights.reduce((a, b) => a + b, 0);
        expect(Math.max(...layout.heights), slug).toBeLessThanOrEqual(total / layout.columns + 80);
      }
    }
  });

  it("leaves a large story's closed groups to the browser, and a list of one column as it is", () => {
    const source: EventLike[] = Array.from({ length: 80 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date: `${1900 + i}`,
      order: i,
    }));
    const periods = layoutTimeline(toTimelineEvents(source, []));
    const heights = new Map(source.map((e) => [e.id, 24]));
    expect(columnLayout(periods, 3, [heights], { period: 29, continued: 22 }).starts).toEqual([]);
    expect(columnLayout(of("syria-strike-g7-sanctions").periods, 1, [heights], { period: 29, continued: 22 })).toEqual(
      expect.objectContaining({ columns: 1, starts: [] }),
    );
  });
});

describe("the stylesheet's column widths", () => {
  const css = readFileSync(new URL("../../styles/timeline.css", import.meta.url), "utf8");
  it("gives the list two and three columns from the widths the build lays it out for", () => {
    const rem = (px: number) => `${px / 16}rem`;
    const [two, three] = LIST_COLUMNS.map((c) => c.from);
    expect(css).toContain(`@container timeline (${rem(two ?? 0)} <= width < ${rem(three ?? 0)})`);
    expect(css).toContain(`@container timeline (width >= ${rem(three ?? 0)})`);
    expect(css).toMatch(/\.tl-periods \{[^}]*columns: 3 16rem;[^}]*column-gap: 1\.75rem;/);
  });
});

describe("heightsWith(): the columns a layout's starts make at another width", () => {
  it("gives a layout's own heights at the width it reports them for", () => {
    const heads = { period: 29, continued: 22 };
    for (const { slug, periods } of laid()) {
      const heights = eventHeights(periods, textWidthOf(300, periods));
      const layout = columnLayout(periods, 3, [heights, eventHeights(periods, textWidthOf(400, periods))], heads);
      expect(heightsWith(periods, layout.starts, heights, heads), slug).toEqual(layout.heights);
    }
  });
});
