import { describe, expect, it } from "vitest";
import { firstPaintAnatomy } from "./trace.mjs";

const URL = "http://127.0.0.1:4000/embed/timeline/";
// Times in microseconds, as Chromium writes them; `tdur` is thread time, `dur` wall time.
const main = { pid: 1, tid: 10, ph: "X" };
const events = [
  // Before the document: another page's work on the same thread is not counted.
  { ...main, name: "Layout", ts: 0, dur: 500, tdur: 500 },
  { ...main, name: "ThreadControllerImpl::RunTask", ts: 990, dur: 9_000, tdur: 6_000 },
  { ...main, name: "ParseHTML", ts: 1_000, dur: 3_000, tdur: 2_000, args: { beginData: { url: URL } } },
  // The module compiled as the parser meets it: the script's time, not the parse's.
  { ...main, name: "v8.compileModule", ts: 2_000, dur: 300, tdur: 300, args: { data: { url: URL } } },
  { ...main, name: "v8.evaluateModule", ts: 4_000, dur: 1_000, tdur: 1_000 },
  // A forced layout inside the script: layout's, not the script's.
  { ...main, name: "Layout", ts: 4_200, dur: 500, tdur: 400 },
  { ...main, name: "ThreadControllerImpl::RunTask", ts: 20_000, dur: 30_000, tdur: 12_000 },
  { ...main, name: "UpdateLayoutTree", ts: 20_100, dur: 800, tdur: 700 },
  { ...main, name: "Layout", ts: 21_000, dur: 25_000, tdur: 10_000 },
  { ...main, name: "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike", ts: 22_000, dur: 4_000, tdur: 40 },
  { ...main, name: "FontDataService::MatchFamilyName", ts: 27_000, dur: 2_000, tdur: 30 },
  { ...main, name: "Paint", ts: 47_000, dur: 1_000, tdur: 900 },
  // The test driver's script, evaluated in the page without a URL.
  { ...main, name: "ThreadControllerImpl::RunTask", ts: 51_000, dur: 7_000, tdur: 7_000 },
  { ...main, name: "EvaluateScript", ts: 51_000, dur: 7_000, tdur: 7_000, args: {} },
  { pid: 1, tid: 20, ph: "X", name: "RasterTask", ts: 50_000, dur: 3_000, tdur: 2_500 },
  { pid: 1, tid: 21, ph: "X", name: "RasterTask", ts: 50_500, dur: 2_000, tdur: 1_500 },
  { pid: 1, tid: 10, ph: "R", name: "firstContentfulPaint", ts: 61_000 },
  // After the paint: not counted.
  { pid: 1, tid: 20, ph: "X", name: "RasterTask", ts: 62_000, dur: 3_000, tdur: 3_000 },
  { ...main, name: "Layout", ts: 63_000, dur: 2_000, tdur: 2_000 },
];

describe("firstPaintAnatomy()", () => {
  const a = firstPaintAnatomy(events, URL);

  it("times the first paint from the document's parse", () => {
    expect(a.fcpFromParseMs).toBe(60);
  });

  it("counts each phase's own thread time, a phase nested in another once", () => {
    expect(a.mainThreadMs).toEqual({
      busy: 18,
      parse: 1.7,
      style: 0.7,
      layout: 10.4,
      script: 0.9,
      paint: 0.9,
      driver: 7,
    });
  });

  it("sets layout's wall time beside its thread time, and counts the synchronous font requests", () => {
    expect(a.layout).toEqual({ count: 2, threadMs: 10.4, wallMs: 25.5 });
    expect(a.fontRequests).toEqual({ count: 2, strikes: 1, wallMs: 6 });
  });

  it("adds the raster until the paint is shown to the main thread's work", () => {
    expect(a.rasterMs).toBe(4);
    expect(a.criticalMs).toBe(22);
  });

  it("says what the trace lacks", () => {
    expect(firstPaintAnatomy(events, "http://elsewhere/").error).toMatch(/no ParseHTML/);
    expect(firstPaintAnatomy(events.slice(0, 5), URL).error).toMatch(/no firstContentfulPaint/);
  });
});
