#!/usr/bin/env node
// Two clean builds must give byte-identical output: builds into two fresh folders, with Astro's caches
// removed before each, and compares every file. Exits 1 and lists the files that differ.
//   npm run test:repro

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const OUT = ["dist-repro-a", "dist-repro-b"];
const CACHES = [".astro", "node_modules/.astro", "node_modules/.vite"];

function hashes(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash("sha256").update(readFileSync(p)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

// Astro under the Node running this script (npm run puts the project's Node 22 first on PATH).
const astro = join("node_modules", "astro", "bin", "astro.mjs");
for (const dir of OUT) {
  for (const c of [...CACHES, dir]) rmSync(c, { recursive: true, force: true });
  // Each build with an empty build cache of its own, so both draw every share image (none is read back).
  const cache = mkdtempSync(join(tmpdir(), "repro-cache-"));
  const env = { ...process.env, BUILD_CACHE_DIR: cache };
  execFileSync(process.execPath, [astro, "build", "--outDir", dir], { stdio: ["ignore", "ignore", "inherit"], env });
  rmSync(cache, { recursive: true, force: true });
}
const [a, b] = OUT.map(hashes);
const names = new Set([...a.keys(), ...b.keys()]);
const differ = [...names].filter((n) => a.get(n) !== b.get(n)).sort();
for (const dir of OUT) rmSync(dir, { recursive: true, force: true });
if (differ.length > 0) {
  console.error(`Two clean builds differ in ${differ.length} of ${names.size} files:\n  ${differ.join("\n  ")}`);
  process.exit(1);
}
console.log(`Reproducible: two clean builds gave the same ${names.size} files, byte for byte.`);
