#!/usr/bin/env node
// `npm run bench`: builds the site (and the fixture stories), serves it on loopback compressed as a CDN
// would, and measures it in headless Chromium and Lighthouse beside the same events as a TimelineJS3 page and
// as the floor (one static SVG, no script); measures how tall the embed and the article's timeline are at
// each width; adds scale figures (build times, 1,000-event layout and render); prints tables; writes
// bench/results/latest.json; checks every figure against bench/budgets.json. Exits 0 even when a budget is
// missed (timings vary by machine), unless --strict.
//
//   node bench/run.mjs [--no-build] [--strict] [--runs N] [--no-lighthouse] [--no-scale] [--no-fixtures]
//                      [--no-stories] [--stories 1,100,1000] [--scale-only]

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { startServer } from "../scripts/serve.mjs";
import { startCdn } from "./lib/cdn.mjs";
import { importClosure } from "./lib/closure.mjs";
import { draftLines, draftRecall } from "./lib/draft.mjs";
import { fixtureBuildEnv } from "./lib/fixtures-env.mjs";
import { buildFloorSite } from "./lib/floor.mjs";
import { articleHeights, embedHeights, storiesHeights } from "./lib/heights.mjs";
import { lighthouse } from "./lib/lighthouse.mjs";
import { blankPageHeap, measurePages } from "./lib/pages.mjs";
import {
  budgetLines,
  checkBudgets,
  filesTable,
  heightsTable,
  lighthouseNotes,
  lighthouseTable,
  pagesTable,
  ratiosTable,
  readyRatios,
  scaleTable,
  storiesTable,
} from "./lib/report.mjs";
import { astroBuild, buildTimes, removeCopies, renderThousand } from "./lib/scale.mjs";
import { STORY_COUNTS, storiesScale } from "./lib/stories.mjs";
import { storiesTable as storyScaleTable } from "./lib/stories-report.mjs";
import { buildTimelineJsSite } from "./lib/timelinejs.mjs";
import { brotliSize, CHROMIUM, CHROMIUM_ARGS, gzipSize, killChildren, listFiles, ROOT } from "./lib/util.mjs";

/** The story the benchmark measures, and the pages it loads. */
const SLUG = "syria-strike-g7-sanctions";
const PAGES = {
  article: `/articles/${SLUG}/`,
  data: `/articles/${SLUG}/data/`,
  embed: "/embed/timeline/",
};

/** Fixture pages with images (dist-fixtures/): a Markdown article with two photos, and a media-heavy embed. */
const MEDIA_PAGES = {
  photoArticle: "/articles/tram-line/",
  mediaEmbed: "/embed/harbour-storm/timeline/",
  mediaEmbedOpen: "/embed/harbour-storm/timeline/?event=warning-flags",
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
const DIST_FIXTURES = join(ROOT, "dist-fixtures");
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
    // Timings depend on what else the machine is doing: this says how busy it was when the run began and
    // (filled in last) when it ended.
    machine: {
      cpus: cpus().length,
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
      loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    },
    pages: {},
    ratios: {},
    heights: {},
    fixtures: {},
    files: {},
    lighthouse: {},
    scale: {},
  };
  const notMeasured = {};
  results.draft = await draftRecall();
  // --scale-only: the scale figures alone (builds of synthetic archives), without the pages and Lighthouse.
  if (has("--scale-only")) return scaleOnly(results, notMeasured, started);

  // 1. Build (the fixture stories first, as `npm run build:fixtures` does, so src/generated/ ends as the
  // site's), and serve dist/, the floor, the TimelineJS page and dist-fixtures/, each on its own port.
  const fixtures = !has("--no-fixtures");
  if (!has("--no-build")) {
    if (fixtures) {
      log("Building the fixture stories (npm run build:fixtures)…");
      await astroBuild(ROOT, { outDir: DIST_FIXTURES, env: fixtureBuildEnv() });
    }
    log("Building the site (astro build)…");
    results.scale.repoBuild = await astroBuild(ROOT);
  }
  if (!existsSync(join(DIST, PAGES.article.slice(1), "index.html"))) {
    throw new Error(`dist/ has no ${PAGES.article}: run without --no-build, or npm run build`);
  }
  const tljsDir = join(OUT, "timelinejs");
  const tljsEvents = buildTimelineJsSite(DIST, SLUG, tljsDir);
  const floorDir = join(OUT, "floor");
  buildFloorSite(DIST, SLUG, floorDir);
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
  const floorUrl = `${await serve(floorDir)}/`;
  const fixturesUrl = fixtures && existsSync(DIST_FIXTURES) ? await serve(DIST_FIXTURES) : undefined;

  // 2. Pages in headless Chromium, with the floor and TimelineJS3 in the same browser, loads interleaved.
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
  targets.floor = { url: floorUrl, mode: "static" };
  targets.timelinejs = { url: theirsUrl, mode: "timelinejs" };
  // Pages with images, from the fixture stories: an article with photos, and a media-heavy embed before and
  // after a reader opens an event (its image loads then, and only then).
  if (fixturesUrl) {
    for (const [name, path] of Object.entries(MEDIA_PAGES))
      targets[name] = { url: `${fixturesUrl}${path}`, mode: "timeline" };
  } else notMeasured["pages.photoArticle."] = notMeasured["pages.mediaEmbed."] = "dist-fixtures/ not built";
  log(`Measuring ${Object.keys(targets).join(", ")} (${tljsEvents} events each), ${RUNS} cold loads each…`);
  Object.assign(results.pages, await measurePages(browser, targets, { runs: RUNS, log }));
  results.blankPageHeapBytes = await blankPageHeap(browser);
  for (const [name, page] of Object.entries(results.pages)) {
    if (page.error) {
      log(`  ${name}: ${page.error}; not measured`);
      notMeasured[`pages.${name}.`] = page.error;
    }
  }

  results.ratios = readyRatios(results.pages);
  for (const [key, why] of Object.entries(results.ratios.notMeasured ?? {})) notMeasured[`ratios.${key}`] = why;

  // Files with budgets of their own: the embed loader, and the timeline's client JavaScript.
  results.files = fileFigures(results.pages.article, notMeasured);

  // Heights: layout, not timing. The story's embed and article, then every fixture story's.
  log("Heights of the embed and the article at each width…");
  if (targets.embed) results.heights.embed = await embedHeights(browser, targets.embed.url);
  if (targets.article) results.heights.article = await articleHeights(browser, targets.article.url);
  if (fixtures && existsSync(DIST_FIXTURES)) {
    log("Heights of the fixture stories (dist-fixtures/)…");
    results.fixtures = await storiesHeights(browser, fixturesUrl ?? (await serve(DIST_FIXTURES)), DIST_FIXTURES);
  } else notMeasured["fixtures."] = fixtures ? "dist-fixtures/ not built (npm run build:fixtures)" : "--no-fixtures";
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
    log("Layout + render at build of 1,000 events…");
    results.scale.timeline1000 = await renderThousand(join(OUT, "scale"));
    log("Build times…");
    results.scale.build = await buildTimes(log);
    await measureStories(results, notMeasured);
  } else notMeasured["scale."] = "--no-scale";

  return report(results, notMeasured, started);
}

/** The story scale (bench/lib/stories.mjs): synthetic archives built clean, then after one story changed. */
async function measureStories(results, notMeasured) {
  if (has("--no-stories")) {
    notMeasured["scale.stories."] = "--no-stories";
    return;
  }
  const counts = option("stories", STORY_COUNTS.join(","))
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  log(`Story scale (${counts.join(", ")} stories: clean build, then one story changed)…`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());
  results.scale.stories = await storiesScale(log, browser, counts);
  await browser.close();
}

async function scaleOnly(results, notMeasured, started) {
  for (const prefix of [
    "pages.",
    "ratios.",
    "heights.",
    "files.",
    "lighthouse.",
    "scale.timeline1000.",
    "scale.build.",
  ])
    notMeasured[prefix] = "--scale-only";
  await measureStories(results, notMeasured);
  return report(results, notMeasured, started, true);
}

function report(results, notMeasured, started, scaleOnly = false) {
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
  const out = scaleOnly
    ? scaleOnlyLines(results, checks)
    : [
        "",
        `npm run bench · ${results.date} · ${results.browser} · ${RUNS} cold loads per page (medians) · ${results.seconds} s`,
        `Machine: ${results.machine.cpus} CPUs; 1-minute load average ${results.machine.loadAverage[0]} at the start, ${results.machine.loadAverageAtEnd[0]} at the end.`,
        busy
          ? "WARNING: the machine was busy (load above its CPU count): times (ready, Lighthouse, builds, render) are inflated and their ratios less sure; bytes and heights are exact."
          : undefined,
        "",
        "Pages. KB = 1,000 bytes. gz: bodies gzipped (-9), as the budgets count them; wire: what Chromium received",
        "(brotli bodies + HTTP headers); decoded: bodies uncompressed. ready: navigation to the timeline's",
        "data-ready (TimelineJS3: its markers; the floor, with no script: its load event); FCP: first contentful paint.",
        `heap: JS heap after load and a GC (an empty page's is ${(results.blankPageHeapBytes / 1e6).toFixed(2)} MB).`,
        pagesTable(results.pages),
        "",
        ratiosTable(results.pages, results.ratios),
        "",
        filesTable(results.pages.embed, "Embed page"),
        "",
        filesLine(results.files),
        "",
        heightsTable(results.heights),
        "",
        storiesTable(results.fixtures),
        "",
        "Lighthouse 13, default config (mobile, simulated slow 4G and 4× CPU slowdown), loopback only",
        lighthouseTable(results.lighthouse),
        lighthouseNotes(results.lighthouse),
        "",
        scaleTable(results.scale),
        "",
        storyScaleTable(results.scale.stories),
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

function scaleOnlyLines(results, checks) {
  return [
    "",
    `npm run bench -- --scale-only · ${results.date} · ${results.seconds} s`,
    `Machine: ${results.machine.cpus} CPUs; 1-minute load average ${results.machine.loadAverage[0]} at the start, ${results.machine.loadAverageAtEnd[0]} at the end.`,
    "",
    storyScaleTable(results.scale.stories),
    "",
    `Budgets (bench/budgets.json): ${checks.filter((c) => c.status !== "not measured").length} measured`,
    budgetLines(checks.filter((c) => c.status !== "not measured")),
    "",
    checks.some((c) => c.status === "missed")
      ? `Budget(s) missed: ${checks
          .filter((c) => c.status === "missed")
          .map((c) => c.path)
          .join(", ")}.`
      : "Every measured figure is within its budget.",
    "Results: bench/results/latest.json",
  ];
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
  // and every module it imports, read from dist/; the page's other scripts (embed control, chart, the embed
  // page's own) are not the timeline's, even where they share a chunk with it.
  if (!article?.files) {
    notMeasured["files.timelineClient"] = "the article page was not measured";
    return files;
  }
  const js = article.files.filter((f) => f.type === "js");
  const entry = js.find((f) => /\/Timeline\.astro_[^/]*\.js$/.test(f.url));
  if (!entry) {
    notMeasured["files.timelineClient"] = "no script of Timeline.astro among the article page's requests";
    return files;
  }
  const paths = importClosure(DIST, [entry.url.slice(1)]);
  const bufs = paths.map((p) => readFileSync(join(DIST, p)));
  const gzips = bufs.map(gzipSize);
  const loaded = new Set(js.map((f) => f.url.slice(1)));
  files.timelineClient = {
    paths: paths.map((p) => `/${p}`),
    bytes: bufs.reduce((s, b) => s + b.length, 0),
    gzip: gzips.reduce((s, g) => s + g, 0),
    brotli: bufs.reduce((s, b) => s + brotliSize(b), 0),
    // What of it the article's first load fetches; the rest (if any) loads when the reader first needs it.
    firstLoadGzip: gzips.filter((_, i) => loaded.has(paths[i])).reduce((s, g) => s + g, 0),
  };
  return files;
}

function filesLine(files) {
  const l = files.embedLoader;
  const t = files.timelineClient;
  const kb = (n) => (n / 1000).toFixed(2);
  return [
    l
      ? `Embed loader ${l.path}: ${kb(l.gzip)} KB gz, ${kb(l.brotli)} KB br, ${kb(l.bytes)} KB raw`
      : "Embed loader script: not built",
    t
      ? `Timeline client JS, Timeline.astro's script and its imports (${t.paths.map((p) => p.replace("/_astro/", "")).join(", ")}): ${kb(t.gzip)} KB gz, ${kb(t.brotli)} KB br, ${(t.bytes / 1000).toFixed(1)} KB minified; ${t.firstLoadGzip === t.gzip ? "all of it" : `${kb(t.firstLoadGzip)} KB gz of it`} with the page`
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
    : "No request left loopback (ours, the floor, TimelineJS3 or Lighthouse).\n";
}

// Every step has its own deadline; this one bounds the whole run, and Ctrl-C ends what it started.
// The story scale alone takes about 5 minutes on a 2-core machine (most of it the clean build of 1,000 stories).
const WATCHDOG_MS = 25 * 60_000;
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
