// The story scale: a newsroom's archive of 1, 100 and 1,000 synthetic stories (bench/lib/seeds.mjs, every
// one with a timeline and so a share image, a quarter with a stance chart), each built clean in a throwaway
// copy of the project (empty Astro caches, empty build cache), then rebuilt after one story changes (its
// text and an event's title, so its share image must be redrawn), as a second build on the same machine
// would run: Astro's caches and the build cache kept. For each: wall time, peak memory (bench/lib/memory.mjs),
// the home page's and the largest archive page's bytes, the output's size, how many share images the rebuild
// drew, and what a first search fetches (headless Chromium on /search/, every request under /pagefind/).

import { appendFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { runMeasured } from "./memory.mjs";
import { clean, projectCopy } from "./scale.mjs";
import { writeSyntheticSeeds } from "./seeds.mjs";
import { gzipSize, listFiles } from "./util.mjs";

export const STORY_COUNTS = [1, 100, 1000];
const ASTRO_ARGS = ["node_modules/astro/bin/astro.mjs", "build"];

/** Files and bytes under a folder (0 when it does not exist). */
function folderSize(dir) {
  try {
    const files = listFiles(dir, 10_000_000);
    return { files: files.length, bytes: files.reduce((s, f) => s + statSync(join(dir, f)).size, 0) };
  } catch {
    return { files: 0, bytes: 0 };
  }
}

function pageBytes(dist, path) {
  const buf = readFileSync(join(dist, path));
  return { bytes: buf.length, gzip: gzipSize(buf) };
}

async function build(dir, env, log, what) {
  log(`    ${what}…`);
  const r = await runMeasured(process.execPath, ASTRO_ARGS, { cwd: dir, env, timeoutMs: 600_000 });
  // Each process's own peak, by command (node, esbuild, pagefind_extend), to see where the memory goes.
  const processes = {};
  for (const p of r.byProcess) processes[p.command] = Math.round(Math.max(processes[p.command] ?? 0, p.bytes / 1e6));
  return { seconds: r.ms / 1000, peakMB: r.hwmSum / 1e6, polledPeakMB: r.peakRss / 1e6, processes };
}

/** One story changed as an editor would: a sentence added to its article, one event retitled. */
function changeOneStory(seedsDir) {
  const slug = "bench-story-001";
  appendFileSync(join(seedsDir, `${slug}.txt`), "\nA late correction was added to this story by its editor.\n");
  const events = join(seedsDir, `${slug}.events.yaml`);
  writeFileSync(events, readFileSync(events, "utf8").replace(/title: Ministers meet/, "title: Ministers met"));
}

/** What the reader's browser fetches for a first query on /search/, gzipped as the page budgets count. */
async function searchBytes(browser, dist, query) {
  const server = await startServer({ dir: dist, port: 0, compress: true });
  const page = await browser.newPage();
  try {
    const bodies = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.startsWith("/pagefind/")) bodies.push(r.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/search/?q=${encodeURIComponent(query)}`);
    await page.locator("[role=status]").filter({ hasText: /found/ }).waitFor({ timeout: 60_000 });
    const status = await page.locator("[role=status]").textContent();
    const buffers = await Promise.all(bodies);
    return { requests: buffers.length, gzip: buffers.reduce((s, b) => s + gzipSize(b), 0), status };
  } finally {
    await page.close();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
}

export async function storiesScale(log, browser, counts = STORY_COUNTS) {
  const dir = projectCopy();
  const results = {};
  try {
    for (const count of counts) {
      log(`  ${count} ${count === 1 ? "story" : "stories"}:`);
      clean(dir);
      const seedsDir = join(dir, `bench-stories-${count}`);
      const cacheDir = join(dir, `bench-cache-${count}`);
      rmSync(seedsDir, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
      const withData = writeSyntheticSeeds(seedsDir, count, { dataEvery: 1 });
      const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", SEEDS_DIR: seedsDir, BUILD_CACHE_DIR: cacheDir };
      const full = await build(dir, env, log, "clean build");
      const dist = join(dir, "dist");
      const output = folderSize(dist);
      const archivePages = readdirSync(join(dist, "archive")).filter((n) => /^\d+$/.test(n));
      const largestArchive = archivePages
        .map((n) => pageBytes(dist, `archive/${n}/index.html`))
        .reduce((a, b) => (b.gzip > a.gzip ? b : a));
      const search = browser ? await searchBytes(browser, dist, "ministers") : undefined;
      const imagesBefore = folderSize(join(cacheDir, "previews")).files;
      changeOneStory(seedsDir);
      const rebuild = await build(dir, env, log, "rebuild after one story changed");
      results[count] = {
        stories: count,
        withData,
        ...full,
        pages: listFiles(dist, 10_000_000).filter((f) => f.endsWith(".html")).length,
        output,
        home: pageBytes(dist, "index.html"),
        archiveIndex: pageBytes(dist, "archive/index.html"),
        archivePage: { ...largestArchive, pages: archivePages.length },
        searchIndex: folderSize(join(dist, "pagefind")),
        ...(search ? { search } : {}),
        rebuild: {
          ...rebuild,
          imagesDrawn: folderSize(join(cacheDir, "previews")).files - imagesBefore,
          ratio: rebuild.seconds / full.seconds,
        },
      };
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
