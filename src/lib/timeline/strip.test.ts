import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storiesWithEvents } from "../../test/stories";
import { estimateTextWidth } from "../text-metrics";
import { layoutTimeline } from "./layout";
import { type EventLike, timelineModel, toTimelineEvents } from "./model";
import {
  BREAK_GAP,
  breakIndex,
  layoutStrip,
  MARKS_LIMIT,
  orientStrip,
  STRIP_BREAKPOINTS,
  stripMarkup,
  TICK_FONT,
} from "./strip";

const layouts = () =>
  storiesWithEvents().map((s) => {
    const { events } = timelineModel(s.events, s.vocabulary.categories);
    const periods = layoutTimeline(events);
    return { slug: s.slug, events, periods, strip: layoutStrip(events, periods) };
  });

describe("layoutStrip(): the proportional overview", () => {
  it("places every event and every period between 0 and 100 per cent, in time order", () => {
    for (const { slug, events, strip } of layouts()) {
      expect(strip.marks.map((m) => m.id).sort(), slug).toEqual(events.map((e) => e.id).sort());
      for (const m of strip.marks) {
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x2 ?? m.x).toBeLessThanOrEqual(100);
        expect(m.x2 ?? m.x).toBeGreaterThanOrEqual(m.x);
      }
      const xs = strip.periods.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    }
  });

  it("shows, at every breakpoint, tick labels that never touch even with the reader's text spacing", () => {
    for (const { slug, strip } of layouts()) {
      for (const width of STRIP_BREAKPOINTS) {
        const shown = strip.ticks.filter((t) => t.from <= width).sort((a, b) => a.x - b.x);
        expect(shown.length, `${slug} at ${width}`).toBeGreaterThanOrEqual(2);
        const boxes = shown.map((t) => {
          // Letter spacing of 0.12 em (WCAG 1.4.12) on every character, beyond the estimate itself.
          const w = estimateTextWidth(t.label, TICK_FONT) + 0.12 * TICK_FONT * t.label.length;
          const c = (t.x / 100) * width;
          return [c - w / 2, c + w / 2] as const;
        });
        for (const [i, [a, b]] of boxes.entries()) {
          expect(a, `${slug} "${shown[i]?.label}" at ${width}`).toBeGreaterThanOrEqual(0);
          expect(b).toBeLessThanOrEqual(width);
          const next = boxes[i + 1];
          if (next) expect(b, `${slug} "${shown[i]?.label}" at ${width}`).toBeLessThan(next[0]);
        }
      }
    }
  });

  it("names ticks for what they start: years over years, months within a year, days within a month", () => {
    const [syria, launch] = ["syria-strike-g7-sanctions", "launch-day"].map(
      (slug) =>
        layouts()
          .find((l) => l.slug === slug)
          ?.strip.ticks.map((t) => t.label) ?? [],
    );
    expect(syria).toEqual(expect.arrayContaining(["2015", "2016", "2017"]));
    // The morning, by its hours and its day; after the break, the month of the next launch.
    expect(launch).toEqual(expect.arrayContaining(["06:00", "16 May", "12:00", "Dec 2011"]));
    expect(launch).not.toContain("Aug");
  });

  it("draws a large story as a count per period, not a mark per event", () => {
    const source: EventLike[] = Array.from({ length: MARKS_LIMIT + 1 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date: `${1900 + i}`,
      order: i,
    }));
    const events = toTimelineEvents(source, []);
    const strip = layoutStrip(events, layoutTimeline(events));
    expect(strip.histogram).toBe(true);
    expect(strip.marks).toEqual([]);
    expect(strip.periods.every((p) => (p.height ?? 0) > 0)).toBe(true);
  });
});

/** Events of a made-up story, from [id, date] pairs (each a day, month or year as an editor writes it). */
const made = (dates: [string, string][]) =>
  toTimelineEvents(
    dates.map(([id, date], order) => ({ id, title: id, date, order })),
    [],
  );
/** A fixture story's laid-out strip, by its slug. */
const layoutOf = (slug: string) => {
  const found = layouts().find((l) => l.slug === slug);
  if (!found) throw new Error(`no story ${slug}`);
  return found;
};
const laidStrip = (events: ReturnType<typeof made>) => layoutStrip(events, layoutTimeline(events));
const CLOCK = /^\d\d:\d\d$/;

describe("layoutStrip(): the axis at the data's own precision", () => {
  it("draws no clock tick when no event has a time: two days are two days, each named between its edges", () => {
    const strip = layouts().find((l) => l.slug === "library-vote")?.strip;
    expect(strip?.ticks.filter((t) => CLOCK.test(t.label))).toEqual([]);
    expect(strip?.ticks.map((t) => [t.label, t.band])).toEqual([
      ["10 Jun 2025", true],
      ["11 Jun", true],
    ]);
    // Three edges: the first day's start, the turn of the day, the second day's end; each label between two.
    const [a, b, c] = strip?.bounds ?? [];
    expect(strip?.bounds).toHaveLength(3);
    expect(strip?.ticks[0]?.x).toBeCloseTo(((a ?? 0) + (b ?? 0)) / 2, 6);
    expect(strip?.ticks[1]?.x).toBeCloseTo(((b ?? 0) + (c ?? 0)) / 2, 6);
  });

  it("stands a day's events across the day in the list's order, not all at midnight", () => {
    const { events, strip } = layoutOf("library-vote");
    const [start, turn, end] = strip.bounds;
    const x = (id: string) => strip.marks.find((m) => m.id === id)?.x ?? NaN;
    const first = events.filter((e) => e.from.text === "2025-06-10").map((e) => x(e.id));
    const second = events.filter((e) => e.from.text === "2025-06-11").map((e) => x(e.id));
    expect(first).toHaveLength(5);
    expect(first).toEqual([...first].sort((p, q) => p - q));
    expect(new Set(first).size).toBe(5);
    for (const v of first) expect(v > (start ?? NaN) && v < (turn ?? NaN)).toBe(true);
    for (const v of second) expect(v > (turn ?? NaN) && v < (end ?? NaN)).toBe(true);
  });

  it("draws a story of one day as that day's order: one label, its two edges, the marks evenly across it", () => {
    const strip = laidStrip(
      made([
        ["a", "2023-03-14"],
        ["b", "2023-03-14"],
        ["c", "2023-03-14"],
        ["d", "2023-03-14"],
      ]),
    );
    expect(strip.ticks.map((t) => t.label)).toEqual(["14 Mar 2023"]);
    expect(strip.ticks[0]?.from).toBe(STRIP_BREAKPOINTS[0]);
    expect(strip.bounds).toHaveLength(2);
    const xs = strip.marks.map((m) => m.x);
    const steps = xs.slice(1).map((v, i) => v - (xs[i] ?? 0));
    for (const step of steps) expect(step).toBeCloseTo(steps[0] ?? NaN, 6);
    expect(((xs[0] ?? 0) + (xs.at(-1) ?? 0)) / 2).toBeCloseTo(50, 6);
    // No tick line under the label: it names the day, not an instant.
    expect(stripMarkup(strip)).not.toContain('<line class="tl-tick" x1="50%"');
  });

  it("names months, never days, when dates are known only to the month", () => {
    const strip = laidStrip(
      made([
        ["a", "2021-01"],
        ["b", "2021-02"],
        ["c", "2021-04"],
      ]),
    );
    expect(strip.ticks.every((t) => t.band)).toBe(true);
    expect(strip.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(["Jan 2021", "Feb", "Mar", "Apr"]));
  });

  it("keeps the times of a story that has them", () => {
    const strip = layouts().find((l) => l.slug === "launch-day")?.strip;
    expect(strip?.ticks.filter((t) => CLOCK.test(t.label)).length).toBeGreaterThan(2);
  });
});

describe("layoutStrip(): a break in the axis where one silence dwarfs the rest", () => {
  const ferry = () => layoutOf("ferry-strike");

  it("breaks four days and an event of the next year apart, each on its own scale, the days on most of the strip", () => {
    const { events, strip } = ferry();
    expect(breakIndex(events)).toBe(events.length - 1);
    expect(strip.axis).toHaveLength(2);
    const [[a0, a1] = [0, 0], [b0, b1] = [0, 0]] = strip.axis;
    expect(a0).toBe(0);
    expect(b1).toBe(100);
    expect(b0 - a1).toBe(BREAK_GAP);
    expect(strip.breaks).toEqual([(a1 + b0) / 2]);
    expect(a1 - a0).toBeGreaterThanOrEqual(3 * (b1 - b0) - 1e-9);
    const days = strip.marks.filter((m) => m.id !== "new-rosters");
    for (const m of days) expect(m.x).toBeLessThan(a1);
    // Nine marks, none on another: the four days spread over the first stretch.
    expect(new Set(days.map((m) => m.x.toFixed(1))).size).toBe(9);
    const year = strip.marks.find((m) => m.id === "new-rosters");
    expect(year?.x).toBeGreaterThanOrEqual(b0);
    expect(year?.x2).toBeLessThanOrEqual(b1);
    expect(strip.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(["24 Nov", "26 Nov", "2027"]));
    expect(stripMarkup(strip)).toContain('<use class="tl-break" href="#tl-shape-break"');
  });

  it("breaks a morning and a launch planned for December, and draws the one period on both sides", () => {
    const { events, strip } = layoutOf("launch-day");
    expect(events[breakIndex(events) ?? 0]?.id).toBe("next-launch");
    expect(strip.periods.map((p) => p.id)).toEqual(["period-1", "period-1"]);
    // Both pieces in the same shade: one period.
    expect(stripMarkup(strip).match(/class="tl-period-1"/g)).toHaveLength(2);
  });

  it("leaves a story whose silences are not so long on one scale: the Syria story's 18 months of 37", () => {
    const { events, strip } = layoutOf("syria-strike-g7-sanctions");
    expect(breakIndex(events)).toBeUndefined();
    expect(strip.axis).toEqual([[0, 100]]);
    expect(strip.breaks).toEqual([]);
  });

  it("does not break two lone events apart: there is nothing to tell apart on either side", () => {
    expect(
      breakIndex(
        made([
          ["a", "2010-05-04"],
          ["b", "2015"],
        ]),
      ),
    ).toBeUndefined();
  });
});

describe("layoutStrip(…, { rtl }): time in the reading direction", () => {
  const mirrored = (x: number) => 100 - x;
  const large = () => {
    const source: EventLike[] = Array.from({ length: MARKS_LIMIT + 1 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      date: `${1900 + i * (i % 3 ? 1 : 2)}`,
      order: i,
    }));
    const events = toTimelineEvents(source, []);
    return { events, periods: layoutTimeline(events) };
  };

  it("leaves the left-to-right strip as it was: the same layout, no direction marked", () => {
    for (const { events, periods, strip } of layouts()) {
      expect(layoutStrip(events, periods, undefined, { rtl: false })).toEqual(strip);
      expect(layoutStrip(events, periods, undefined, {})).toEqual(strip);
      expect(strip).not.toHaveProperty("rtl");
    }
  });

  it("mirrors every tick, mark, span and period to 100 − x, with the same labels at the same widths", () => {
    for (const { slug, events, periods, strip } of layouts()) {
      const rtl = layoutStrip(events, periods, undefined, { rtl: true });
      expect(rtl.rtl, slug).toBe(true);
      expect(rtl.histogram).toBe(strip.histogram);
      expect(rtl.ticks.map((t) => [t.label, t.from])).toEqual(strip.ticks.map((t) => [t.label, t.from]));
      for (const [i, t] of rtl.ticks.entries()) expect(t.x).toBeCloseTo(mirrored(strip.ticks[i]?.x ?? NaN), 9);
      for (const [i, m] of rtl.marks.entries()) {
        const ltr = strip.marks[i];
        expect(m.id).toBe(ltr?.id);
        expect(m.x).toBeCloseTo(mirrored(ltr?.x ?? NaN), 9);
        if (ltr?.x2 === undefined) expect(m).not.toHaveProperty("x2");
        else expect(m.x2).toBeCloseTo(mirrored(ltr.x2), 9);
      }
      for (const [i, p] of rtl.periods.entries()) {
        expect(p.x).toBeCloseTo(mirrored(strip.periods[i]?.x ?? NaN), 9);
        expect(p.x2).toBeCloseTo(mirrored(strip.periods[i]?.x2 ?? NaN), 9);
      }
    }
  });

  it("runs time from the right edge: later is further left, a span ends left of where it starts", () => {
    for (const { slug, events, periods } of layouts()) {
      const rtl = layoutStrip(events, periods, undefined, { rtl: true });
      const xs = rtl.periods.map((p) => p.x);
      expect(xs, slug).toEqual([...xs].sort((a, b) => b - a));
      for (const m of rtl.marks) {
        expect(m.x).toBeLessThanOrEqual(100);
        expect(m.x2 ?? m.x).toBeGreaterThanOrEqual(0);
        expect(m.x2 ?? m.x).toBeLessThanOrEqual(m.x);
      }
    }
  });

  it("orients a layout it is given: as it is in its own direction, mirrored into the other", () => {
    for (const { events, periods, strip } of layouts()) {
      const rtl = layoutStrip(events, periods, undefined, { rtl: true });
      expect(orientStrip(strip, false)).toBe(strip);
      expect(orientStrip(rtl, true)).toBe(rtl);
      expect(orientStrip(strip, true)).toEqual(rtl);
      const back = orientStrip(rtl, false);
      expect(back).not.toHaveProperty("rtl");
      expect(stripMarkup(back)).toBe(stripMarkup(strip));
    }
  });

  it("draws the mirrored strip with every x at 100 − x, labels still centred on their ticks", () => {
    // Every x of the drawing but the axis's, whose pieces are checked apart.
    const xs = (markup: string) =>
      [...markup.replace(/<line class="tl-axis"[^>]*>/g, "").matchAll(/ (?:x|x1|x2)="([\d.]+)%"/g)].map((m) =>
        Number(m[1]),
      );
    for (const { slug, strip } of layouts()) {
      const [ltr, rtl] = [stripMarkup(strip), stripMarkup(orientStrip(strip, true))];
      expect(rtl.match(/text-anchor="middle"/g)?.length, slug).toBe(ltr.match(/text-anchor="middle"/g)?.length);
      expect(rtl).not.toMatch(/text-anchor="(start|end)"/);
      const [a, b] = [xs(ltr), xs(rtl)];
      expect(b.length).toBe(a.length);
      // Each rounded to a tenth of a per cent, on its own side of the mirror.
      for (const [i, x] of b.entries()) expect(Math.abs(x - mirrored(a[i] ?? NaN))).toBeLessThanOrEqual(0.1 + 1e-9);
      // The axis still spans the whole strip; broken, its pieces and the break mirrored.
      expect(rtl).toMatch(/<line class="tl-axis" x1="0" /);
      expect(rtl).toContain('x2="100%" y1="24" y2="24"');
      const rtlStrip = orientStrip(strip, true);
      const close = (a: readonly number[], b: readonly number[]) => {
        expect(a).toHaveLength(b.length);
        for (const [i, v] of a.entries()) expect(v).toBeCloseTo(b[i] ?? NaN, 9);
      };
      close(
        rtlStrip.axis.flatMap(([a, b]) => [100 - b, 100 - a]),
        strip.axis.flat(),
      );
      close(rtlStrip.breaks.map(mirrored), strip.breaks);
      close(rtlStrip.bounds.map(mirrored), strip.bounds);
    }
  });

  it("draws a large story's bins from the period's end, so each covers the same span mirrored", () => {
    const { events, periods } = large();
    const ltr = layoutStrip(events, periods);
    const rtl = layoutStrip(events, periods, undefined, { rtl: true });
    const bins = (markup: string) =>
      [...markup.matchAll(/<rect class="tl-bin"[^>]* x="([\d.-]+)%" width="([\d.]+)%"/g)].map((m) => [
        Number(m[1]),
        Number(m[1]) + Number(m[2]),
      ]);
    const [a, b] = [bins(stripMarkup(ltr)), bins(stripMarkup(rtl))];
    expect(a.length).toBeGreaterThan(1);
    expect(b.length).toBe(a.length);
    for (const [i, [left, right]] of b.entries()) {
      const [l, r] = a[i] ?? [NaN, NaN];
      expect(Math.abs((left ?? NaN) - (100 - r))).toBeLessThanOrEqual(0.2);
      expect(Math.abs((right ?? NaN) - (100 - l))).toBeLessThanOrEqual(0.2);
    }
  });
});

describe("stripMarkup()", () => {
  it("is plain SVG with nothing unset, classes for the page and real colours for a renderer without CSS", () => {
    for (const { strip } of layouts()) {
      const page = stripMarkup(strip);
      expect(page).not.toMatch(/NaN|undefined|fill=""|stroke=""/);
      const painted = stripMarkup(strip, {
        width: 800,
        line: "#888",
        muted: "#555",
        bg: "#fff",
        mark: () => "#123456",
      });
      expect(painted).toContain('stroke="#123456"');
      // Only the tick labels that fit 800 px are drawn where no stylesheet hides the others.
      for (const t of strip.ticks.filter((x) => x.from > 800)) {
        expect(painted).not.toContain(`x="${Math.round(t.x * 10) / 10}%" y="11" text-anchor="middle" fill="#555">`);
      }
    }
  });
});

describe("the stylesheet's breakpoints", () => {
  const css = readFileSync(new URL("../../styles/timeline.css", import.meta.url), "utf8");

  it("hides every tick label's class until its own width, as STRIP_BREAKPOINTS names them", () => {
    for (const from of STRIP_BREAKPOINTS.slice(1)) {
      expect(css).toMatch(new RegExp(`\\.tl-from-${from}\\b[^{]*\\{\\s*display:\\s*none`));
      expect(css).toMatch(
        new RegExp(`@container \\(min-width: ${from}px\\) \\{\\s*\\.tl-from-${from} \\{\\s*display: inline;`),
      );
    }
    expect([...css.matchAll(/\.tl-from-(\d+)/g)].every((m) => STRIP_BREAKPOINTS.includes(Number(m[1]) as never))).toBe(
      true,
    );
  });
});
