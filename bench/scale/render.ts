// Layout + render at build of a 1,000-event timeline, timed in a fresh Node process: what a build does for
// it (timelineModel, layoutTimeline, layoutStrip, then the component's markup). There is one picture for every
// width now (HTML that reflows, under a strip drawn in percentages), so one render serves every width.
// Also checks what issue 11 asks of a large story: every event reachable (in the list, a collapsed group
// being a native <details> that opens without JavaScript), and no strip labels overlapping at any width.
// bench/run.mjs bundles this file with esbuild (src/lib imports are extensionless TypeScript) and reads the
// JSON result, the only thing it prints on stdout.

import { estimateTextWidth } from "../../src/lib/text-metrics";
import { layoutTimeline } from "../../src/lib/timeline/layout";
import { timelineModel } from "../../src/lib/timeline/model";
import { layoutStrip, STRIP_BREAKPOINTS, type StripLayout, TICK_FONT } from "../../src/lib/timeline/strip";
import { timelineMarkup } from "./markup";
import { SYNTHETIC_CATEGORIES, syntheticEvents } from "./synthetic";

const RUNS = Math.max(1, Math.min(50, Number(process.argv[2] ?? 5)));
const COUNT = 1000;

interface Run {
  modelMs: number;
  layoutMs: number;
  stripMs: number;
  markupMs: number;
  totalMs: number;
}

function once() {
  const events = syntheticEvents(COUNT);
  const t0 = performance.now();
  const model = timelineModel(events, SYNTHETIC_CATEGORIES);
  const t1 = performance.now();
  const periods = layoutTimeline(model.events);
  const t2 = performance.now();
  const strip = layoutStrip(model.events, periods);
  const t3 = performance.now();
  const markup = timelineMarkup(model, periods, strip, events);
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

// The first run is what a build pays (cold JIT); the later ones show the steady cost.
const first = once();
const runs = [first.run];
for (let i = 1; i < RUNS; i++) runs.push(once().run);
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
process.stdout.write(
  JSON.stringify({
    events: COUNT,
    runs: RUNS,
    onePictureForEveryWidth: true,
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
  }),
);
