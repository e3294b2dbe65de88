// Loads a page in headless Chromium, cold (a fresh browser context each run), and measures what a reader's
// browser pays for it: requests and bytes by type, time until the timeline is interactive, JS heap.
//
// Bytes are counted three ways, because they answer different questions:
//   wire    what Chromium received: HTTP headers + bodies as sent (brotli from scripts/serve.mjs),
//           from CDP Network.loadingFinished.encodedDataLength;
//   gzip    each body gzipped at level 9 (compressible types; others as sent), no headers: what the
//           budgets count ("60 KB gzipped"), the same on every machine and CDN;
//   decoded each body after decompression, from CDP Network.dataReceived.dataLength.

import { gzipSize, isLoopback, median } from "./util.mjs";

const TYPES = { Document: "html", Stylesheet: "css", Script: "js", Font: "font", Image: "image" };
export const TYPE_NAMES = ["html", "css", "js", "font", "image", "other"];
const typeOf = (cdpType) => TYPES[cdpType] ?? "other";
const READY_TIMEOUT_MS = 20_000;
const QUIET_MS = 500;

/**
 * What "ready" means, detected in the page by a MutationObserver installed before any page script runs
 * (injected over CDP, so the page's CSP does not apply to it):
 *   timeline    our pages: the timeline carries `data-ready` (src/client/graphic.ts sets it once its
 *               controller listens: every interaction works); a page without a timeline: the load event;
 *   timelinejs  TimelineJS3: its markers (.tl-timemarker) exist, i.e. it has built the timeline;
 *   static      a page without script (the floor): the load event, once everything in it has loaded.
 */
function installReadyProbe(mode) {
  const check =
    mode === "timelinejs"
      ? () => document.querySelector(".tl-timemarker") !== null
      : mode === "timeline"
        ? () => document.querySelector("[data-timeline][data-ready]") !== null
        : () => false;
  const done = (how) => {
    if (window.__bench) return;
    window.__bench = { readyMs: performance.now(), how };
    observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    if (check()) done("probe");
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
  if (mode !== "timelinejs") {
    addEventListener("load", () => {
      if (mode === "static" || !document.querySelector("[data-timeline]")) done("load");
    });
  }
}

const READY_DEFINITIONS = {
  timelinejs: "TimelineJS markers in the DOM",
  timeline: "the timeline's data-ready (its controller listens)",
  static: "load event (no script)",
  load: "load event (no timeline on the page)",
};

/** One cold load of `url`; bodies are read (for gzip sizes) only when `withBodies`. */
async function loadOnce(browser, url, { mode, viewport, withBodies }) {
  const context = await browser.newContext({ viewport, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = new Map();
    const entry = (id) => {
      if (!requests.has(id)) requests.set(id, { decoded: 0 });
      return requests.get(id);
    };
    cdp.on("Network.requestWillBeSent", (e) => {
      // A redirect reuses the request id: keep the hop that ended as a request of its own.
      if (e.redirectResponse && requests.has(e.requestId)) {
        const hop = requests.get(e.requestId);
        requests.set(`${e.requestId}:redirect:${requests.size}`, {
          ...hop,
          status: e.redirectResponse.status,
          wire: e.redirectResponse.encodedDataLength,
          finished: true,
        });
        requests.delete(e.requestId);
      }
      const initiator = e.initiator?.url ?? e.initiator?.stack?.callFrames?.[0]?.url;
      Object.assign(entry(e.requestId), { url: e.request.url, type: typeOf(e.type), initiator });
    });
    cdp.on("Network.responseReceived", (e) => {
      Object.assign(entry(e.requestId), {
        status: e.response.status,
        headerBytes: e.response.encodedDataLength,
        encoding: e.response.headers["content-encoding"] ?? e.response.headers["Content-Encoding"],
        fromCache: e.response.fromDiskCache || e.response.fromServiceWorker,
      });
    });
    cdp.on("Network.dataReceived", (e) => {
      entry(e.requestId).decoded += e.dataLength;
    });
    cdp.on("Network.loadingFinished", (e) => {
      Object.assign(entry(e.requestId), { wire: e.encodedDataLength, finished: true });
    });
    cdp.on("Network.loadingFailed", (e) => {
      Object.assign(entry(e.requestId), { failed: e.errorText, finished: true, wire: 0 });
    });
    await cdp.send("Network.enable");
    await cdp.send("Performance.enable");
    await page.addInitScript(installReadyProbe, mode);

    await page.goto(url, { waitUntil: "load", timeout: READY_TIMEOUT_MS });
    const ready = await page
      .waitForFunction(() => window.__bench, null, { timeout: READY_TIMEOUT_MS })
      .then((h) => h.jsonValue())
      .catch(() => null);

    // Late requests (fonts, data) count too: wait until nothing has been in flight for QUIET_MS, bounded.
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const busy = [...requests.values()].some((r) => !r.finished && !r.url?.startsWith("data:"));
      if (busy) quietSince = Date.now();
      else if (Date.now() - quietSince >= QUIET_MS) break;
      await new Promise((r) => setTimeout(r, 50));
    }

    // Heap after a collection: what the page keeps, not the garbage its start-up happened to leave.
    await cdp.send("HeapProfiler.collectGarbage").catch(() => {});
    const { metrics } = await cdp.send("Performance.getMetrics");
    const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
    const { loadMs, fcpMs } = await page.evaluate(() => ({
      loadMs: performance.getEntriesByType("navigation")[0]?.loadEventEnd ?? null,
      fcpMs: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    }));

    const list = [...requests.entries()]
      .filter(([, r]) => r.url && !r.url.startsWith("data:") && !r.url.startsWith("blob:"))
      .map(([id, r]) => ({ id, ...r }));
    if (withBodies) {
      for (const r of list) {
        if (r.failed || r.id.includes(":redirect:")) continue;
        const body = await cdp.send("Network.getResponseBody", { requestId: r.id }).catch(() => null);
        if (!body) continue;
        const buf = Buffer.from(body.body, body.base64Encoded ? "base64" : "utf8");
        r.decodedBody = buf.length;
        // A body the server compressed is counted gzipped; one it sent as is (fonts, images) as sent.
        r.gzip = r.encoding ? gzipSize(buf) : buf.length;
      }
    }
    const document = list.find((r) => r.type === "html");
    return {
      ready,
      heap,
      loadMs,
      fcpMs,
      requests: list,
      documentStatus: document?.status ?? document?.failed ?? "no document",
    };
  } finally {
    await context.close();
  }
}

/** Sums a page load's requests by type. */
function tally(requests, origin) {
  const zero = () => Object.fromEntries([...TYPE_NAMES, "total"].map((t) => [t, 0]));
  const sums = { requests: zero(), wire: zero(), gzip: zero(), decoded: zero() };
  const otherOrigins = [];
  const offLoopback = [];
  for (const r of requests) {
    for (const key of [r.type, "total"]) {
      sums.requests[key] += 1;
      sums.wire[key] += r.wire ?? 0;
      sums.gzip[key] += r.gzip ?? 0;
      sums.decoded[key] += r.decoded ?? 0;
    }
    if (new URL(r.url).origin !== origin) otherOrigins.push(r.url);
    if (!isLoopback(r.url)) offLoopback.push(r.url);
  }
  return { ...sums, otherOrigins, offLoopback };
}

/**
 * `runs` cold loads of each target (a fresh browser context each: empty cache, no cookies), after one
 * unmeasured load of each that fills the edge cache and warms Chromium up. Runs are interleaved (every
 * page once, then again) so a burst of load on the machine hits all pages alike and the ratios stay fair.
 * Bytes and requests come from the first measured load (the same every run: checked); ready time and heap
 * are medians of all runs. `targets`: { name: { url, mode } }.
 */
export async function measurePages(browser, targets, { runs = 5, viewport = { width: 1280, height: 800 }, log }) {
  const names = Object.keys(targets);
  for (const name of names) await loadOnce(browser, targets[name].url, { ...targets[name], viewport });
  const loads = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    log?.(`  run ${i + 1} of ${runs}: ${names.join(", ")}`);
    for (const name of names) {
      loads[name].push(await loadOnce(browser, targets[name].url, { ...targets[name], viewport, withBodies: i === 0 }));
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarise(targets[n], loads[n])]));
}

/** The JS heap of an empty page, for scale: every page's heap includes it. */
export async function blankPageHeap(browser) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.setContent("<!doctype html><title>blank</title>");
    await cdp.send("HeapProfiler.collectGarbage");
    const { metrics } = await cdp.send("Performance.getMetrics");
    return metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;
  } finally {
    await context.close();
  }
}

function summarise({ url, mode }, loads) {
  const origin = new URL(url).origin;
  // A page that is not there (dist/ rebuilt under the benchmark, a wrong path) must not be measured as its 404.
  const bad = loads.find((l) => l.documentStatus !== 200);
  if (bad) return { url, error: `the page answered ${bad.documentStatus}` };
  const first = tally(loads[0].requests, origin);
  const readies = loads.map((l) => l.ready?.readyMs ?? Number.NaN);
  const counts = new Set(loads.map((l) => l.requests.length));
  const failed = loads[0].requests.filter((r) => r.failed || (r.status ?? 200) >= 400);
  const how = loads[0].ready?.how;
  return {
    url,
    runs: loads.length,
    ready: {
      definition: READY_DEFINITIONS[mode === "timeline" && how === "load" ? "load" : mode],
      medianMs: median(readies),
      runsMs: readies.map((x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null)),
      missed: readies.filter((x) => !Number.isFinite(x)).length,
    },
    loadMs: median(loads.map((l) => l.loadMs ?? Number.NaN)),
    fcp: {
      medianMs: median(loads.map((l) => l.fcpMs ?? Number.NaN)),
      runsMs: loads.map((l) => (Number.isFinite(l.fcpMs) ? Math.round(l.fcpMs * 10) / 10 : null)),
    },
    heapBytes: median(loads.map((l) => l.heap ?? Number.NaN)),
    requests: first.requests,
    wire: first.wire,
    gzip: first.gzip,
    decoded: first.decoded,
    otherOrigins: first.otherOrigins.length,
    otherOriginUrls: first.otherOrigins,
    offLoopbackUrls: [...new Set(loads.flatMap((l) => tally(l.requests, origin).offLoopback))],
    failedRequests: failed.map((r) => `${r.status ?? r.failed} ${r.url}`),
    requestCountStable: counts.size === 1,
    files: loads[0].requests.map((r) => ({
      url: r.url.replace(origin, ""),
      type: r.type,
      status: r.status,
      wire: r.wire,
      gzip: r.gzip,
      decoded: r.decoded,
      encoding: r.encoding ?? null,
      initiator: r.initiator?.replace(origin, ""),
    })),
  };
}
