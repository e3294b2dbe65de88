import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storiesWithEvents } from "../../test/stories";
import { estimateTextWidth } from "../text-metrics";
import { layoutTimeline } from "./layout";
import { type EventLike, timelineModel, toTimelineEvents } from "./model";
import { layoutStrip, MARKS_LIMIT, orientStrip, STRIP_BREAKPOINTS, stripMarkup, TICK_FONT } from "./strip";

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
    expect(launch).toEqual(expect.arrayContaining(["Jun", "Aug", "Oct", "Dec"]));
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
    // Every x of the drawing but the axis's, which spans the whole strip either way.
    const xs = (markup: string) =>
      [...markup.replace(/<line class="tl-axis"[^>]*>/, "").matchAll(/ (?:x|x1|x2)="([\d.]+)%"/g)].map((m) =>
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
      // The axis still spans the whole strip.
      expect(rtl).toContain('<line class="tl-axis" x1="0" x2="100%"');
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
      for (const t of strip.ticks.filter((x) => x.from > 800)) expect(painted).not.toContain(`>${t.label}</text>`);
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
