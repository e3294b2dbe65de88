// Scale figures: build times (the site as it is, and with 100 generated articles), and layout + render at
// build of a 1,000-event timeline.
//
// The builds run in a throwaway copy of the project (node_modules linked, not copied), so they never touch
// the repository's .astro/ or dist/ while others work in it, and every build starts from
// empty caches: the figures are clean builds, comparable from run to run.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticSeeds } from "./seeds.mjs";
import { listFiles, ROOT, run } from "./util.mjs";

const ASTRO = join(ROOT, "node_modules/astro/bin/astro.mjs");
/** Never copied into the build copy: history, dependencies (linked instead), outputs and caches. */
const SKIP_TOP = new Set([
  ".git",
  "node_modules",
  ".astro",
  ".build-cache",
  "bench",
  "e2e",
  "test-results",
  "playwright-report",
]);
/** Caches Astro and Vite keep in node_modules: left out of the linked node_modules so each copy has its own. */
const SKIP_MODULES = new Set([".astro", ".vite", ".cache"]);

export const astroEnv = () => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: "1" });

/** `astro build` in `cwd`; returns the wall time in seconds and how many pages it wrote. */
export async function astroBuild(cwd, { outDir, seedsDir, env: extra = {} } = {}) {
  const env = { ...astroEnv(), ...extra };
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

export function projectCopy() {
  const dir = mkdtempSync(join(tmpdir(), "explainer-bench-"));
  copies.add(dir);
  for (const name of readdirSync(ROOT)) {
    if (SKIP_TOP.has(name) || name.startsWith("dist")) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!SKIP_MODULES.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  return dir;
}

/** Removes what a previous build left in the copy, so the next one is clean. */
export function clean(dir) {
  for (const p of [".astro", "node_modules/.astro", "node_modules/.vite", "dist"]) {
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

/**
 * Layout + render of 1,000 events as a build does it, the real Timeline component rendered by Astro's
 * Container API, in a fresh Vitest process (bench/scale/render.test.ts): Astro's own Vite compiles the component.
 */
export async function renderThousand(outDir, runs = 5) {
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, "render.json");
  const vitest = join(ROOT, "node_modules/vitest/vitest.mjs");
  await run(process.execPath, [vitest, "run", "bench/scale/render.test.ts"], {
    cwd: ROOT,
    env: { ...process.env, BENCH_RENDER_RUNS: String(runs), BENCH_RENDER_OUT: out },
    timeoutMs: 180_000,
  });
  return JSON.parse(readFileSync(out, "utf8"));
}
