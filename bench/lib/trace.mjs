// What a page's first paint spends, read from a Chromium trace (bench/trace.mjs records one per load).
//
// From the document's first ParseHTML to its first contentful paint, on the renderer's main thread: the
// thread time (CPU, which the machine's load barely changes) of each phase, the wall time of layout (which
// includes the waits inside it), and the synchronous font requests the renderer makes to the browser
// process (one per new font strike, a family at a size and weight: cheap on a quiet machine, a wait for a
// time slice of the browser's thread pool on a busy one); then the raster workers' thread time until the
// paint is shown. `critical` is the main thread's busy time plus the raster: the work between the response
// and the picture, which is what a busy machine multiplies. Scripts the test driver evaluates in the page
// (Playwright's, with no URL) are not the page's: `driver` counts them, apart from `busy`.

/** Trace categories the anatomy needs (light enough not to slow the page much). */
export const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink",
  "loading",
  "v8.execute",
  "fonts",
  "toplevel",
];

/** Main-thread phases: trace event names, counted as their own time (a phase nested in another is not counted twice). */
const PHASES = {
  parse: ["ParseHTML"],
  style: ["UpdateLayoutTree"],
  layout: ["Layout"],
  script: ["v8.compileModule", "v8.evaluateModule", "EvaluateScript", "v8.compile"],
  paint: ["PrePaint", "Paint", "Layerize", "Commit"],
};
const PHASE_OF = new Map(Object.entries(PHASES).flatMap(([phase, names]) => names.map((n) => [n, phase])));
const FONT_IPC = new Set([
  "WebSandboxSupportLinux::GetWebFontRenderStyleForStrike",
  "FontDataService::MatchFamilyName",
]);

const ms = (us) => Math.round(us / 10) / 100;

/**
 * The anatomy of the first paint of the document at `url` in `traceEvents` (Chromium's JSON trace format), or
 * an `error` saying what the trace lacks.
 */
export function firstPaintAnatomy(traceEvents, url) {
  const page = url.split("#")[0];
  const parse = traceEvents.find((e) => e.name === "ParseHTML" && e.args?.beginData?.url?.split("#")[0] === page);
  if (!parse) return { error: `no ParseHTML for ${url} in the trace` };
  const { pid, tid } = parse;
  const fcp = traceEvents.find(
    (e) => e.name === "firstContentfulPaint" && e.pid === pid && e.ts >= parse.ts && (e.ph === "R" || e.ph === "I"),
  );
  if (!fcp) return { error: "no firstContentfulPaint after the document's parse" };
  // Events that overlap the span from the parse to the paint (the task that starts the parse begins just before it).
  const within = (e) => e.ts + (e.dur ?? 0) >= parse.ts && e.ts <= fcp.ts;
  const main = traceEvents.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && within(e));

  // Scripts the page did not bring (the test driver's, evaluated in the page without a URL) are counted apart.
  const origin = new URL(url).origin;
  const foreignScripts = main.filter((e) => e.name === "EvaluateScript" && !e.args?.data?.url?.startsWith(origin));
  const inForeign = (e) => foreignScripts.some((f) => e.ts >= f.ts && e.ts + e.dur <= f.ts + f.dur);
  const foreign = (e) => PHASE_OF.get(e.name) === "script" && inForeign(e);
  const foreignMs = foreignScripts.reduce((s, e) => s + (e.tdur ?? e.dur), 0);

  // Own thread time of each phase: an event's thread time less that of the phase events directly inside it.
  const phased = main.filter((e) => PHASE_OF.has(e.name) && !foreign(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const own = new Map(phased.map((e) => [e, e.tdur ?? e.dur]));
  const open = [];
  for (const e of phased) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent && e.ts + e.dur <= parent.ts + parent.dur) own.set(parent, own.get(parent) - (e.tdur ?? e.dur));
    open.push(e);
  }
  const thread = Object.fromEntries(Object.keys(PHASES).map((p) => [p, 0]));
  for (const [e, t] of own) thread[PHASE_OF.get(e.name)] += t;

  const tasks = main.filter((e) => e.name === "ThreadControllerImpl::RunTask");
  const busy = tasks.reduce((s, e) => s + (e.tdur ?? e.dur), 0) - foreignMs;
  const layouts = main.filter((e) => e.name === "Layout");
  const fonts = main.filter((e) => FONT_IPC.has(e.name));
  const raster = traceEvents
    .filter((e) => e.pid === pid && e.name === "RasterTask" && e.ph === "X" && within(e))
    .reduce((s, e) => s + (e.tdur ?? e.dur), 0);
  const strikes = fonts.filter((e) => e.name.endsWith("ForStrike")).length;
  return {
    fcpFromParseMs: ms(fcp.ts - parse.ts),
    mainThreadMs: {
      busy: ms(busy),
      ...Object.fromEntries(Object.entries(thread).map(([k, v]) => [k, ms(v)])),
      driver: ms(foreignMs),
    },
    layout: { count: layouts.length, threadMs: ms(thread.layout), wallMs: ms(layouts.reduce((s, e) => s + e.dur, 0)) },
    fontRequests: { count: fonts.length, strikes, wallMs: ms(fonts.reduce((s, e) => s + e.dur, 0)) },
    rasterMs: ms(raster),
    criticalMs: ms(busy + raster),
  };
}
