// The build cache: outputs that cost time to make (the share images, drawn by resvg), kept on disk between
// builds under the hash of everything they are made from, so a rebuild redraws only what changed. The folder
// is `.build-cache/` at the project root (or BUILD_CACHE_DIR): keep it between CI runs, delete it to redraw
// everything. An entry is written to a temporary name and renamed, so two builds sharing it never read half
// a file; nothing is ever removed by the build (a story dropped from one build may come back in the next).

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The cache folder: BUILD_CACHE_DIR, or `.build-cache/` in the folder the build runs in. */
export function buildCacheDir(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.BUILD_CACHE_DIR || ".build-cache");
}

/** A hex SHA-256 of the parts, each length-prefixed so ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
}

export interface CacheStats {
  hits: number;
  misses: number;
}
/** Hits and misses of this process, by kind, for the build's log and the benchmark. */
export const cacheStats: Record<string, CacheStats> = {};

/**
 * The bytes stored under `kind/key`, or made by `make` and stored. A file that cannot be read is made again;
 * one that cannot be written (a read-only disk) is only not kept.
 */
export function cached(kind: string, key: string, make: () => Uint8Array, dir = buildCacheDir()): Uint8Array {
  cacheStats[kind] ??= { hits: 0, misses: 0 };
  const stats = cacheStats[kind];
  const folder = join(dir, kind, key.slice(0, 2));
  const file = join(folder, key);
  try {
    const bytes = readFileSync(file);
    stats.hits++;
    // Its time says when it was last used: `find .build-cache -mtime +30 -delete` drops what no build uses.
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    // Not there yet (or unreadable): made below.
  }
  stats.misses++;
  const bytes = make();
  try {
    mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch {
    // A cache that cannot be written costs only time.
  }
  return bytes;
}
