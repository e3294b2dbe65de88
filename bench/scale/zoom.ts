// Frame time of a zoom on a 1,000-event story, in the browser. Each frame does what the article's client
// does when the reader zooms the detail band (src/scripts/timeline.ts, render): keep the events in view, lay
// them out with layoutTimeline, redraw the band with bandMarkup, resize the svg. Two scenarios:
//   band  the page's own detail band of the 1,000-event story: the crowded fortnight (about 220 events),
//         zoomed from the whole fortnight in to 24×, as a reader can;
//   all   all 1,000 events in one zoomable band, from 2010 to 2017: a stress case the page never builds today.
// bench/run.mjs bundles this file with esbuild for bench/scale/zoom.html and reads window.__zoom when done.

import { layoutTimeline, paddedDomain } from "../../src/lib/timeline/layout";
import { timelineModel } from "../../src/lib/timeline/model";
import { bandMarkup, TIMELINE_MARGIN as M } from "../../src/lib/timeline/svg";
import { syntheticEvents } from "./synthetic";

/** As in src/scripts/zoom.ts: the view never zooms in past 24× nor out past the full domain. */
const MAX_K = 24;
const STEP = 1.1;
/** Frames are bounded: zoom in to MAX_K, pan across, zoom back out; about 100 frames per width. */
const ZOOM_FRAMES = Math.ceil(Math.log(MAX_K) / Math.log(STEP));
const PAN_FRAMES = 30;

interface WidthResult {
  width: number;
  events: number;
  frames: number;
  /** Script + style + layout of each frame (forced synchronously), in ms. */
  workMs: number[];
  /** Time between successive animation frames while zooming, in ms: includes paint and compositing. */
  frameMs: number[];
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

async function zoomAt(width: number, scenario: string): Promise<WidthResult> {
  const svg = document.querySelector<SVGSVGElement>("svg.tl-variant");
  const band = svg?.querySelector<SVGGElement>("g.tl-detail");
  if (!svg || !band) throw new Error("zoom.html lacks svg.tl-variant g.tl-detail");
  const model = timelineModel(syntheticEvents(1000));
  const detail = new Set(model.detailIds);
  const items = scenario === "all" ? model.events : model.events.filter((e) => detail.has(e.id));
  const full = scenario === "all" ? paddedDomain(items) : model.focus;
  const t0 = full[0].getTime();
  const span = full[1].getTime() - t0;
  // Zoom about the middle of the crowded fortnight, as a reader would.
  const centre = (model.focus[0].getTime() + model.focus[1].getTime()) / 2;
  const r0 = M.left;
  const r1 = width - M.right;

  const render = (k: number, at: number) => {
    const view = span / k;
    const start = Math.min(t0 + span - view, Math.max(t0, at - view / 2));
    const domain: [Date, Date] = [new Date(start), new Date(start + view)];
    const shown = items.filter((e) => e.end > domain[0] && e.start < domain[1]);
    const layout = layoutTimeline(shown, { width, domain, margin: M });
    band.innerHTML = bandMarkup(layout, shown, r0, r1);
    svg.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(layout.height)}`);
    svg.setAttribute("width", String(width));
    svg.setAttribute("height", String(Math.ceil(layout.height)));
  };

  const steps: [number, number][] = [];
  for (let i = 0; i <= ZOOM_FRAMES; i++) steps.push([Math.min(MAX_K, STEP ** i), centre]);
  // Pan at full zoom across a few views' widths (render clamps the view inside the full domain).
  const view = span / MAX_K;
  for (let i = 1; i <= PAN_FRAMES; i++) steps.push([MAX_K, centre + (i / PAN_FRAMES) * 4 * view]);
  for (let i = ZOOM_FRAMES; i >= 0; i--) steps.push([Math.min(MAX_K, STEP ** i), centre]);

  render(1, centre);
  await nextFrame();
  let previous = await nextFrame();
  const workMs: number[] = [];
  const frameMs: number[] = [];
  for (const [k, at] of steps) {
    const start = performance.now();
    render(k, at);
    svg.getBoundingClientRect(); // forces style and layout now, so they count in this frame's work
    workMs.push(performance.now() - start);
    const now = await nextFrame();
    frameMs.push(now - previous);
    previous = now;
  }
  return { width, events: items.length, frames: steps.length, workMs, frameMs };
}

declare global {
  interface Window {
    __zoom?: { results?: WidthResult[]; error?: string };
  }
}

async function main() {
  const query = new URLSearchParams(location.search);
  const width = Number(query.get("width") ?? 1180);
  window.__zoom = { results: [await zoomAt(width, query.get("scenario") ?? "band")] };
}

main().catch((e: unknown) => {
  window.__zoom = { error: String(e) };
});
