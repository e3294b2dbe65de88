// Layout + server render of a 1,000-event timeline: what Timeline.astro does at build (timelineModel, then
// timelineVariant per width), timed in a fresh Node process. bench/run.mjs bundles this file with esbuild
// (src/lib imports are extensionless TypeScript) and prints nothing but the JSON result on stdout.

import { timelineModel } from "../../src/lib/timeline/model";
import { TIMELINE_WIDTHS, timelineVariant } from "../../src/lib/timeline/svg";
import { syntheticEvents } from "./synthetic";

const RUNS = Math.max(1, Math.min(50, Number(process.argv[2] ?? 5)));
const COUNT = 1000;
const BUDGET_WIDTHS = [360, 1180];

interface Run {
  modelMs: number;
  widthsMs: Record<number, number>;
  /** timelineModel plus the two widths of the budget (a phone and a desktop). */
  totalMs: number;
  /** timelineModel plus every width the page ships, as one article's build does. */
  allWidthsMs: number;
}

function once(): { run: Run; detail: Record<number, { height: number; markupBytes: number }> } {
  const events = syntheticEvents(COUNT);
  const t0 = performance.now();
  const model = timelineModel(events);
  const modelMs = performance.now() - t0;
  const widthsMs: Record<number, number> = {};
  const detail: Record<number, { height: number; markupBytes: number }> = {};
  for (const width of TIMELINE_WIDTHS) {
    const t = performance.now();
    const v = timelineVariant(model.events, model.focus, width);
    widthsMs[width] = performance.now() - t;
    detail[width] = { height: v.height, markupBytes: Buffer.byteLength(v.markup) };
  }
  const sum = (ws: readonly number[]) => ws.reduce((s, w) => s + (widthsMs[w] ?? 0), 0);
  return {
    run: { modelMs, widthsMs, totalMs: modelMs + sum(BUDGET_WIDTHS), allWidthsMs: modelMs + sum(TIMELINE_WIDTHS) },
    detail,
  };
}

// The first run is what a build pays (cold JIT); the later ones show the steady cost.
const first = once();
const runs = [first.run];
for (let i = 1; i < RUNS; i++) runs.push(once().run);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;
const events = syntheticEvents(COUNT);
const model = timelineModel(events);
process.stdout.write(
  JSON.stringify({
    events: COUNT,
    detailEvents: model.detailIds.length,
    runs: RUNS,
    cold: first.run,
    median: {
      modelMs: median(runs.map((r) => r.modelMs)),
      totalMs: median(runs.map((r) => r.totalMs)),
      allWidthsMs: median(runs.map((r) => r.allWidthsMs)),
      widthsMs: Object.fromEntries(TIMELINE_WIDTHS.map((w) => [w, median(runs.map((r) => r.widthsMs[w] ?? 0))])),
    },
    svg: first.detail,
  }),
);
