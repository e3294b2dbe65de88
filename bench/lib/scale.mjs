// Scale figures: build times (the site as it is, and with 100 generated articles), layout + server render
// of a 1,000-event timeline, and the frame time of a zoom on 1,000 events in Chromium.
//
// The builds run in a throwaway copy of the project (node_modules linked, not copied), so they never touch
// the repository's src/generated/, .astro/ or dist/ while others work in it, and every build starts from
// empty caches: the figures are clean builds, comparable from run to run.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build as esbuild } from "esbuild";
import { startServer } from "../../scripts/serve.mjs";
import { writeSyntheticSeeds } from "./seeds.mjs";
import { listFiles, median, quantile, ROOT, run } from "./util.mjs";

const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
/** Never copied into the build copy: history, dependencies (linked instead), outputs and caches. */
const SKIP_TOP = new Set([".git", "node_modules", ".astro", "bench", "e2e", "test-results", "playwright-report"]);
/** Caches Astro and Vite keep in node_modules: left out of the linked node_modules so each copy has its own. */
const SKIP_MODULES = new Set([".astro", ".vite", ".cache"]);

export const astroEnv = () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: "1" });

/** `astro build` in `cwd`; returns the wall time in seconds and how many pages it wrote. */
export async function astroBuild(cwd, { outDir, seedsDir } = {}) {
  const env = astroEnv();
  if (seedsDir) env.SEEDS_DIR = seedsDir;
  const args = [ASTRO, "build", ...(outDir ? ["--outDir", outDir] : [])];
  const { ms } = await run(process.execPath, args, { cwd, env, timeoutMs: 180_000 });
  const dist = outDir ?? join(cwd, "dist");
  const pages = listFiles(dist).filter((f) => f.endsWith(".html")).length;
  return { seconds: ms / 1000, pages };
}

/** Copies still on disk, so an interrupted run can remove them too. */
const copies = new Set();
export function removeCopies() {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  copies.clear();
}

function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), "explainer-bench-"));
  copies.add(dir);
  for (const name of readdirSync(ROOT)) {
    if (SKIP_TOP.has(name) || name.startsWith("dist")) continue;
    cpSync(join(ROOT, name), join(dir, name), {
      recursive: true,
      filter: (src) => !src.startsWith(join(ROOT, "src/generated")),
    });
  }
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!SKIP_MODULES.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  return dir;
}

/** Removes what a previous build left in the copy, so the next one is clean. */
function clean(dir) {
  for (const p of [".astro", "node_modules/.astro", "node_modules/.vite", "src/generated", "dist"]) {
    rmSync(join(dir, p), { recursive: true, force: true });
  }
}

export async function buildTimes(log) {
  const dir = projectCopy();
  try {
    clean(dir);
    log("  clean build of the site as it is…");
    const site = await astroBuild(dir);
    clean(dir);
    const seedsDir = join(dir, "bench-seeds");
    const withData = writeSyntheticSeeds(seedsDir, 100);
    log("  clean build with 100 generated articles…");
    const hundred = await astroBuild(dir, { seedsDir });
    return { site, hundred: { ...hundred, articles: 100, withData } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    copies.delete(dir);
  }
}

/** Layout + server render of 1,000 events, in a fresh Node process (bench/scale/render.ts). */
export async function renderThousand(outDir, runs = 5) {
  const bundle = join(outDir, "render.mjs");
  await esbuild({
    entryPoints: [join(ROOT, "bench/scale/render.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: bundle,
    logLevel: "error",
  });
  const { stdout } = await run(process.execPath, [bundle, String(runs)], { timeoutMs: 120_000 });
  return JSON.parse(stdout);
}

/**
 * The zoom page: bench/scale/zoom.html with the built site's stylesheets (so style and layout cost what they
 * do on the article) and bench/scale/zoom.ts bundled for the browser. Returns, per scenario (band, all) and
 * width, the medians and 95th percentiles of frame time and of work per frame.
 */
export async function zoomFrames(browser, outDir, distDir) {
  mkdirSync(outDir, { recursive: true });
  await esbuild({
    entryPoints: [join(ROOT, "bench/scale/zoom.ts")],
    bundle: true,
    platform: "browser",
    format: "iife",
    outfile: join(outDir, "zoom.js"),
    logLevel: "error",
  });
  const styles = listFiles(join(distDir, "_astro"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => {
      cpSync(join(distDir, "_astro", f), join(outDir, f));
      return `<link rel="stylesheet" href="${f}" />`;
    });
  const html = readFileSync(join(ROOT, "bench/scale/zoom.html"), "utf8").replace("<!--STYLES-->", styles.join("\n"));
  writeFileSync(join(outDir, "index.html"), html);

  const server = await startServer({ dir: outDir, port: 0, compress: true });
  const { port } = server.address();
  const zoomOnce = async (scenario, width) => {
    const context = await browser.newContext({ viewport: { width: width + 32, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/?width=${width}&scenario=${scenario}`);
      const handle = await page.waitForFunction(() => window.__zoom, null, { timeout: 120_000 });
      const out = await handle.jsonValue();
      if (out.error) throw new Error(`zoom page: ${out.error}`);
      return out.results[0];
    } finally {
      await context.close();
    }
  };
  const results = {};
  try {
    // The page's own case is zoomed three times and each figure is the median of the three, so one burst of
    // load elsewhere on the machine does not decide the p95; the slow stress case once, at desktop width.
    for (const [scenario, widths, repeats] of [
      ["band", [1180, 360], 3],
      ["all", [1180], 1],
    ]) {
      results[scenario] = {};
      for (const width of widths) {
        const sessions = [];
        for (let i = 0; i < repeats; i++) sessions.push(await zoomOnce(scenario, width));
        const per = (f) => median(sessions.map(f));
        results[scenario][width] = {
          events: sessions[0].events,
          frames: sessions[0].frames,
          sessions: repeats,
          workMedianMs: per((r) => median(r.workMs)),
          workP95Ms: per((r) => quantile(r.workMs, 0.95)),
          frameMedianMs: per((r) => median(r.frameMs)),
          frameP95Ms: per((r) => quantile(r.frameMs, 0.95)),
          frameMaxMs: per((r) => Math.max(...r.frameMs)),
        };
      }
    }
  } finally {
    server.closeAllConnections?.();
    await new Promise((r) => server.close(r));
  }
  return results;
}
