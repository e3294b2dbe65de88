// Layout + render at build of a 1,000-event timeline: what a build does for it (timelineModel,
// layoutTimeline, layoutStrip, then the real Timeline component, rendered with Astro's Container API as a
// build renders it). There is one picture for every width (HTML that reflows, under a strip drawn in
// percentages), so one render serves every width. Checks what a large story needs: every event reachable (in
// the list, a collapsed group being a native <details> that opens without JavaScript), and no strip labels
// overlapping at any width. `npm test` runs it once; bench/run.mjs runs it with BENCH_RENDER_RUNS and
// BENCH_RENDER_OUT set, and reads the figures from that file.

import { writeFileSync } from "node:fs";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { expect, it } from "vitest";
import Timeline from "../../src/components/Timeline.astro";
import { dateFormat } from "../../src/lib/dates/format";
import { estimateTextWidth } from "../../src/lib/text-metrics";
import { layoutTimeline } from "../../src/lib/timeline/layout";
import { timelineModel } from "../../src/lib/timeline/model";
import { layoutStrip, STRIP_BREAKPOINTS, type StripLayout, TICK_FONT } from "../../src/lib/timeline/strip";
import { SYNTHETIC_CATEGORIES, syntheticEvents } from "./synthetic";

const RUNS = Math.max(1, Math.min(50, Number(process.env.BENCH_RENDER_RUNS ?? 1)));
const COUNT = 1000;
const container = await AstroContainer.create();

interface Run {
  modelMs: number;
  layoutMs: number;
  stripMs: number;
  markupMs: number;
  totalMs: number;
}

async function once() {
  const events = syntheticEvents(COUNT);
  const t0 = performance.now();
  const model = timelineModel(events, SYNTHETIC_CATEGORIES);
  const t1 = performance.now();
  const periods = layoutTimeline(model.events);
  const t2 = performance.now();
  const strip = layoutStrip(model.events, periods);
  const t3 = performance.now();
  const markup = await container.renderToString(Timeline, {
    props: { article: "bench", timeline: { events, model, periods, strip, fmt: dateFormat() } },
  });
  const t4 = performance.now();
  const run: Run = { modelMs: t1 - t0, layoutMs: t2 - t1, stripMs: t3 - t2, markupMs: t4 - t3, totalMs: t4 - t0 };
  return { run, periods, strip, markup };
}

/** Pairs of strip tick labels that overlap at a container width where both show (estimated text widths). */
function tickOverlaps(strip: StripLayout): number {
  let overlaps = 0;
  for (const width of STRIP_BREAKPOINTS) {
    const boxes = strip.ticks
      .filter((t) => t.from <= width)
      .map((t) => {
        const half = estimateTextWidth(t.label, TICK_FONT) / 2;
        const x = (t.x / 100) * width;
        return [x - half, x + half] as const;
      })
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < boxes.length; i++) if ((boxes[i]?.[0] ?? 0) < (boxes[i - 1]?.[1] ?? 0)) overlaps++;
  }
  return overlaps;
}

it("renders a 1,000-event story with every event reachable and no strip labels overlapping", async () => {
  // The first run is what a build pays (cold JIT); the later ones show the steady cost.
  const first = await once();
  const runs = [first.run];
  for (let i = 1; i < RUNS; i++) runs.push((await once()).run);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
  const { periods, strip, markup } = first;
  // Every event once in the list: in a row of its period's layout, and as an item (data-event on its <li>).
  const laid = new Set(
    periods.flatMap((p) => p.rows.flatMap((r) => (r.kind === "events" ? r.events.map((e) => e.event.id) : []))),
  );
  const listed = [...markup.matchAll(/<li class="tl-event[^"]*" data-event="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((id) => laid.has(id ?? ""));
  const closed = periods.filter((p) => p.collapsed);
  const result = {
    events: COUNT,
    runs: RUNS,
    onePictureForEveryWidth: true,
    renderedBy: "the Timeline component, with Astro's Container API",
    cold: first.run,
    median: Object.fromEntries(
      (Object.keys(first.run) as (keyof Run)[]).map((k) => [k, median(runs.map((r) => r[k]))]),
    ) as unknown as Run,
    periods: periods.length,
    collapsedPeriods: closed.length,
    largestPeriod: Math.max(...periods.map((p) => p.count)),
    // Reachable: listed once each; an event in a closed group is in its <details>, which opens without script.
    reachable: new Set(listed).size,
    unreachable: COUNT - new Set(listed).size,
    listedTwice: listed.length - new Set(listed).size,
    histogram: strip.histogram,
    tickOverlaps: tickOverlaps(strip),
    markupBytes: Buffer.byteLength(markup),
  };
  if (process.env.BENCH_RENDER_OUT) writeFileSync(process.env.BENCH_RENDER_OUT, JSON.stringify(result));
  expect(result.unreachable).toBe(0);
  expect(result.listedTwice).toBe(0);
  expect(result.tickOverlaps).toBe(0);
  expect(result.collapsedPeriods).toBe(result.periods);
});
