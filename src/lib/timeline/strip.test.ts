import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storiesWithEvents } from "../../test/stories";
import { estimateTextWidth } from "../text-metrics";
import { layoutTimeline } from "./layout";
import { type EventLike, timelineModel, toTimelineEvents } from "./model";
import { layoutStrip, MARKS_LIMIT, STRIP_BREAKPOINTS, stripMarkup, TICK_FONT } from "./strip";

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
