#!/usr/bin/env node
// `npm run bench`: builds the site, serves it on loopback compressed as a CDN would, and measures it in
// headless Chromium and Lighthouse beside the same events as a TimelineJS3 page; adds scale figures (build
// times, 1,000-event layout and zoom); prints tables; writes bench/results/latest.json; checks every figure
// against bench/budgets.json. Exits 0 even when a budget is missed (figures vary by machine), unless --strict.
//
//   node bench/run.mjs [--no-build] [--strict] [--runs N] [--no-lighthouse] [--no-scale]

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, normalize } from "node:path";
import { chromium } from "@playwright/test";
import { startServer } from "../scripts/serve.mjs";
import { startCdn } from "./lib/cdn.mjs";
import { draftLines, draftRecall } from "./lib/draft.mjs";
import { lighthouse } from "./lib/lighthouse.mjs";
import { blankPageHeap, measurePages } from "./lib/pages.mjs";
import {
  budgetLines,
  checkBudgets,
  lighthouseNotes,
  lighthouseTable,
  pagesTable,
  ratiosTable,
  scaleTable,
} from "./lib/report.mjs";
import { astroBuild, buildTimes, removeCopies, renderThousand, zoomFrames } from "./lib/scale.mjs";
import { buildTimelineJsSite } from "./lib/timelinejs.mjs";
import { brotliSize, CHROMIUM, CHROMIUM_ARGS, gzipSize, killChildren, listFiles, ROOT } from "./lib/util.mjs";

/** The story the benchmark measures, and the pages it loads. */
const SLUG = "syria-strike-g7-sanctions";
const PAGES = {
  article: `/articles/${SLUG}/`,
  data: `/articles/${SLUG}/data/`,
  embed: "/embed/timeline/",
};

const argv = process.argv.slice(2);
const has = (flag) => argv.includes(flag);
const option = (name, fallback) => {
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
};
const RUNS = Math.max(1, Math.min(20, Number(option("runs", 5)) || 5));
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "bench/results");
const log = (...a) => console.error(...a);

/** Cleanup on every way out: servers and the browser are closed even when a step throws. */
const cleanups = [];
const stopServer = (server) => () =>
  new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

async function main() {
  const started = Date.now();
  mkdirSync(OUT, { recursive: true });
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    // Timings depend on what else the machine is doing: this says how busy it was when the run began.
    machine: { cpus: cpus().length, loadAverage: loadavg().map((x) => Math.round(x * 100) / 100) },
    pages: {},
    files: {},
    lighthouse: {},
    scale: {},
  };
  const notMeasured = {};
  results.draft = await draftRecall();

  // 1. Build, and serve dist/ and the TimelineJS page, each on its own loopback port.
  if (!has("--no-build")) {
    log("Building the site (astro build)…");
    results.scale.repoBuild = await astroBuild(ROOT);
  }
  if (!existsSync(join(DIST, PAGES.article.slice(1), "index.html"))) {
    throw new Error(`dist/ has no ${PAGES.article}: run without --no-build, or npm run build`);
  }
  const tljsDir = join(OUT, "timelinejs");
  const tljsEvents = buildTimelineJsSite(SLUG, tljsDir);
  // Each site: scripts/serve.mjs (compression, _headers) behind an edge cache, as on a CDN.
  const serve = async (dir) => {
    const origin = await startServer({ dir, port: 0, compress: true });
    cleanups.push(stopServer(origin));
    const edge = await startCdn(origin.address().port);
    cleanups.push(stopServer(edge));
    return `http://127.0.0.1:${edge.address().port}`;
  };
  const oursUrl = await serve(DIST);
  const theirsUrl = `${await serve(tljsDir)}/`;

  // 2. Pages in headless Chromium; 4. TimelineJS3 in the same browser and the same way.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  results.browser = `Chromium ${browser.version()}`;
  const targets = {};
  for (const [name, path] of Object.entries(PAGES)) {
    if (existsSync(join(DIST, path.slice(1), "index.html")))
      targets[name] = { url: `${oursUrl}${path}`, mode: "timeline" };
    else {
      log(`Page ${name} (${path}): not built`);
      results.pages[name] = { notBuilt: true, path };
      notMeasured[`pages.${name}.`] = `${path} not built`;
      notMeasured[`lighthouse.${name}.`] = `${path} not built`;
    }
  }
  targets.timelinejs = { url: theirsUrl, mode: "timelinejs" };
  log(`Measuring ${Object.keys(targets).join(", ")} (TimelineJS3 with ${tljsEvents} events), ${RUNS} cold loads each…`);
  Object.assign(results.pages, await measurePages(browser, targets, { runs: RUNS, log }));
  results.blankPageHeapBytes = await blankPageHeap(browser);
  for (const [name, page] of Object.entries(results.pages)) {
    if (page.error) {
      log(`  ${name}: ${page.error}; not measured`);
      notMeasured[`pages.${name}.`] = page.error;
    }
  }

  // Files with budgets of their own: the embed loader, and the timeline's client JavaScript.
  results.files = fileFigures(results.pages.article, notMeasured);

  // 5. Zoom frame time, while the browser is open.
  if (!has("--no-scale")) {
    log("Zoom frame time on 1,000 events…");
    results.scale.zoom = await zoomFrames(browser, join(OUT, "zoom"), DIST);
  } else notMeasured["scale."] = "--no-scale";
  await browser.close();

  // 3. Lighthouse, alone on the machine so its timings are its own.
  if (!has("--no-lighthouse")) {
    for (const name of ["article", "data", "embed"]) {
      const page = results.pages[name];
      if (page?.notBuilt || page?.error) {
        results.lighthouse[name] = page.notBuilt ? { notBuilt: true } : { error: `not run: ${page.error}` };
        continue;
      }
      log(`Lighthouse on ${name}…`);
      try {
        results.lighthouse[name] = await lighthouse(`${oursUrl}${PAGES[name]}`, join(OUT, `lighthouse-${name}.json`));
      } catch (e) {
        // Lighthouse says what went wrong on a line of its own ("Runtime error encountered: …").
        const message = String(e.message ?? e);
        const error = message.split("\n").find((l) => /error/i.test(l)) ?? message.split("\n")[0];
        results.lighthouse[name] = { error };
        notMeasured[`lighthouse.${name}.`] = `Lighthouse failed: ${error}`;
        log(`  Lighthouse failed on ${name}: ${message}`);
      }
    }
  } else notMeasured["lighthouse."] = "--no-lighthouse";

  // 5. Scale: 1,000-event layout + render, and build times in a throwaway copy of the project.
  if (!has("--no-scale")) {
    log("Layout + server render of 1,000 events…");
    results.scale.timeline1000 = await renderThousand(join(OUT, "scale"));
    log("Build times…");
    results.scale.build = await buildTimes(log);
  }

  // 6. Report.
  const { budgets } = JSON.parse(readFileSync(join(ROOT, "bench/budgets.json"), "utf8"));
  const checks = checkBudgets(results, budgets, notMeasured);
  results.budgets = checks;
  results.seconds = Math.round((Date.now() - started) / 1000);
  results.machine.loadAverageAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  const busy = Math.max(results.machine.loadAverage[0], results.machine.loadAverageAtEnd[0]) > results.machine.cpus;
  writeFileSync(join(OUT, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(OUT, `${results.date.replace(/[:.]/g, "-")}.json`), `${JSON.stringify(results, null, 2)}\n`);

  const missed = checks.filter((c) => c.status === "missed");
  const out = [
    "",
    `npm run bench · ${results.date} · ${results.browser} · ${RUNS} cold loads per page (medians) · ${results.seconds} s`,
    `Machine: ${results.machine.cpus} CPUs; 1-minute load average ${results.machine.loadAverage[0]} at the start, ${results.machine.loadAverageAtEnd[0]} at the end.`,
    busy
      ? "WARNING: the machine was busy (load above its CPU count): times (ready, Lighthouse, zoom, builds) are inflated; bytes are exact."
      : undefined,
    "",
    "Pages. KB = 1,000 bytes. gz: bodies gzipped (-9), as the budgets count them; wire: what Chromium received",
    "(brotli bodies + HTTP headers); decoded: bodies uncompressed. ready: navigation to timeline interactive.",
    `heap: JS heap after load and a GC (an empty page's is ${(results.blankPageHeapBytes / 1e6).toFixed(2)} MB).`,
    pagesTable(results.pages),
    "",
    ratiosTable(results.pages),
    "",
    filesLine(results.files),
    "",
    "Lighthouse 13, default config (mobile, simulated slow 4G and 4× CPU slowdown), loopback only",
    lighthouseTable(results.lighthouse),
    lighthouseNotes(results.lighthouse),
    "",
    scaleTable(results.scale),
    "",
    draftLines(results.draft),
    "",
    offLoopback(results),
    `Budgets (bench/budgets.json): ${checks.length} checked, ${missed.length} missed, ${checks.filter((c) => c.status === "not measured").length} not measured`,
    budgetLines(checks),
    "",
    missed.length
      ? `${missed.length} budget(s) missed: ${missed.map((c) => c.path).join(", ")}.${has("--strict") ? "" : " (exit 0: pass --strict to fail)"}`
      : "Every measured figure is within its budget.",
    `Results: bench/results/latest.json`,
  ];
  console.log(out.filter((l) => l !== undefined).join("\n"));
  return has("--strict") && missed.length ? 1 : 0;
}

/** Relative module imports of a built script and of everything it imports, as paths under dist/ (bounded). */
function importClosure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length && seen.size < 500) {
    const file = queue.shift();
    if (seen.has(file) || !existsSync(join(DIST, file))) continue;
    seen.add(file);
    const source = readFileSync(join(DIST, file), "utf8");
    // Vite writes a dynamic import with backticks: import(`./chunk.js`).
    for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
      queue.push(normalize(join(dirname(file), m[1])));
    }
  }
  return [...seen];
}

/** The embed loader (a small script outside _astro/, named for the embed) and the timeline's client JS. */
function fileFigures(article, notMeasured) {
  const files = {};
  const loaders = listFiles(DIST).filter((f) => f.endsWith(".js") && !f.startsWith("_astro/") && /embed/i.test(f));
  const loader = loaders.sort((a, b) => a.length - b.length)[0];
  if (loader) {
    const buf = readFileSync(join(DIST, loader));
    files.embedLoader = { path: `/${loader}`, bytes: buf.length, gzip: gzipSize(buf), brotli: brotliSize(buf) };
  } else notMeasured["files.embedLoader"] = "no embed loader script in dist/ (not built)";
  // The timeline's client: the entry Astro builds for Timeline.astro's script (named after the component)
  // and every module it imports, statically or not, read from dist/; other scripts of the page (embed
  // control, chart) are not the timeline's, even where they share a chunk with it.
  if (!article?.files) {
    notMeasured["files.timelineClient"] = "the article page was not measured";
    return files;
  }
  const js = article.files.filter((f) => f.type === "js");
  const entry = js.find((f) => /\/Timeline\.astro_[^/]*\.js$/.test(f.url));
  const paths = entry ? importClosure(entry.url.slice(1)) : js.map((f) => f.url.slice(1));
  if (paths.length) {
    const bufs = paths.map((p) => readFileSync(join(DIST, p)));
    files.timelineClient = {
      paths: paths.map((p) => `/${p}`),
      how: entry
        ? "Timeline.astro's script and its imports"
        : "every script of the article page (no Timeline entry found)",
      bytes: bufs.reduce((s, b) => s + b.length, 0),
      gzip: bufs.reduce((s, b) => s + gzipSize(b), 0),
      brotli: bufs.reduce((s, b) => s + brotliSize(b), 0),
    };
  } else notMeasured["files.timelineClient"] = "the article page loads no JavaScript";
  return files;
}

function filesLine(files) {
  const l = files.embedLoader;
  const t = files.timelineClient;
  return [
    l
      ? `Embed loader ${l.path}: ${(l.gzip / 1000).toFixed(2)} KB gz, ${(l.brotli / 1000).toFixed(2)} KB br, ${(l.bytes / 1000).toFixed(2)} KB raw`
      : "Embed loader script: not built",
    t
      ? `Timeline client JS, ${t.how} (${t.paths.length} files): ${(t.gzip / 1000).toFixed(2)} KB gz, ${(t.brotli / 1000).toFixed(2)} KB br, ${(t.bytes / 1000).toFixed(1)} KB minified`
      : "Timeline client JS: not measured",
  ].join("\n");
}

/** Any request that would have left the machine (blocked by the resolver rules, but named here). */
function offLoopback(results) {
  const urls = [
    ...Object.values(results.pages).flatMap((p) => p.offLoopbackUrls ?? []),
    ...Object.values(results.lighthouse).flatMap((r) => r.offLoopbackUrls ?? []),
  ];
  return urls.length
    ? `Requests that tried to leave loopback (blocked, counted above): ${[...new Set(urls)].join(", ")}\n`
    : "No request left loopback (ours, TimelineJS3 or Lighthouse).\n";
}

// Every step has its own deadline; this one bounds the whole run, and Ctrl-C ends what it started.
const WATCHDOG_MS = 9.5 * 60_000;
const abort = (why, exitCode) => {
  console.error(`\nbench stopped: ${why}`);
  killChildren();
  removeCopies();
  process.exit(exitCode);
};
setTimeout(() => abort(`over ${WATCHDOG_MS / 60_000} minutes`, 2), WATCHDOG_MS).unref();
process.on("SIGINT", () => abort("interrupted", 130));

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(`\nbench failed: ${e.stack ?? e}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
process.exit(code);
