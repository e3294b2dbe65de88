#!/usr/bin/env node
// Where the embed's first paint goes, beside the floor's: each page loaded cold in turn (interleaved, after a
// warm-up), with a Chromium trace of each load, read by bench/lib/trace.mjs: the main thread's CPU per phase
// (parse, style, layout, script, paint) until the first contentful paint, layout's wall time beside its CPU,
// the synchronous font requests, the raster. Thread times hold on a busy machine, where wall times (and the
// bench's ratios) swing: read them first. The last load of each page is kept in bench/results/trace-<page>.json
// (open it in Chrome DevTools' Performance panel or https://ui.perfetto.dev).
//
//   npm run build && node bench/trace.mjs [--runs N] [--width 1280] [--page name=/path/ ...] [--url name=http://… ...]
//
// Pages: the embed (/embed/timeline/ of dist/) and the floor (bench/lib/floor.mjs); --page adds any page of
// dist/, --url any address (a variant of the embed served elsewhere, to compare).

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { startServer } from "../scripts/serve.mjs";
import { startCdn } from "./lib/cdn.mjs";
import { buildFloorSite } from "./lib/floor.mjs";
import { firstPaintAnatomy, TRACE_CATEGORIES } from "./lib/trace.mjs";
import { CHROMIUM, CHROMIUM_ARGS, quantile, ROOT } from "./lib/util.mjs";

const SLUG = "syria-strike-g7-sanctions";
const argv = process.argv.slice(2);
const values = (name) => argv.flatMap((a, i) => (a === `--${name}` ? [argv[i + 1]] : []));
const RUNS = Math.max(1, Math.min(50, Number(values("runs")[0] ?? 7) || 7));
const WIDTH = Number(values("width")[0] ?? 1280) || 1280;
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "bench/results");
const log = (...a) => console.error(...a);

const servers = [];
async function serve(dir) {
  const origin = await startServer({ dir, port: 0, compress: true });
  const edge = await startCdn(origin.address().port);
  servers.push(origin, edge);
  return `http://127.0.0.1:${edge.address().port}`;
}

/** One cold load of `url`, traced until its first contentful paint has been shown. */
async function tracedLoad(browser, url) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 800 }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    const fcpMs = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
    const raw = await browser.stopTracing();
    const anatomy = firstPaintAnatomy(JSON.parse(raw.toString()).traceEvents, page.url());
    return { raw, anatomy: { fcpMs, ...anatomy } };
  } finally {
    await context.close();
  }
}

/** Flattens an anatomy to "a.b" keys, for the table. */
const flat = (o, prefix = "") =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? flat(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  );

async function main() {
  mkdirSync(OUT, { recursive: true });
  const floorDir = join(OUT, "floor");
  buildFloorSite(DIST, SLUG, floorDir);
  const ours = await serve(DIST);
  const targets = { embed: `${ours}/embed/timeline/`, floor: `${await serve(floorDir)}/` };
  for (const spec of values("page")) {
    const [name, path] = spec.split("=");
    targets[name] = `${ours}${path}`;
  }
  for (const spec of values("url")) targets[spec.slice(0, spec.indexOf("="))] = spec.slice(spec.indexOf("=") + 1);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(" ");
  log(
    `Tracing ${Object.keys(targets).join(", ")} at ${WIDTH} px, ${RUNS} cold loads each, interleaved (load average ${load()}, ${cpus().length} CPUs)…`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const anatomies = Object.fromEntries(Object.keys(targets).map((n) => [n, []]));
  try {
    for (const url of Object.values(targets)) await tracedLoad(browser, url);
    for (let i = 0; i < RUNS; i++) {
      for (const [name, url] of Object.entries(targets)) {
        const { raw, anatomy } = await tracedLoad(browser, url);
        if (anatomy.error) throw new Error(`${name}: ${anatomy.error}`);
        anatomies[name].push(anatomy);
        if (i === RUNS - 1) writeFileSync(join(OUT, `trace-${name}.json`), raw);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }

  // Medians of each figure, with the interquartile range, per page; the embed's less the floor's.
  const names = Object.keys(targets);
  const keys = flat(anatomies.embed[0]).map(([k]) => k);
  const cell = (xs) => `${quantile(xs, 0.5)} [${quantile(xs, 0.25)}–${quantile(xs, 0.75)}]`;
  const rows = keys.map((k) => {
    const per = names.map((n) => anatomies[n].map((a) => Object.fromEntries(flat(a))[k]));
    const diff = quantile(per[0], 0.5) - quantile(per[1], 0.5);
    return [k, ...per.map(cell), (Math.round(diff * 100) / 100).toString()];
  });
  const header = ["figure (ms, counts)", ...names, "embed − floor"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log([line(header), ...rows.map(line)].join("\n"));
  console.log(
    `\nload average at the end ${load()}; raw traces of the last loads: bench/results/trace-{${names.join(",")}}.json`,
  );
  writeFileSync(
    join(OUT, "trace.json"),
    JSON.stringify({ date: new Date().toISOString(), width: WIDTH, runs: RUNS, anatomies }, null, 1),
  );
}

main().catch((e) => {
  console.error(e);
  for (const s of servers) s.close();
  process.exit(1);
});
