// Small helpers shared by the benchmark's parts: statistics, sizes, child processes with a deadline.

import { spawn } from "node:child_process";
import { lstatSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { findChromium, CHROMIUM_ARGS as QUIET_ARGS } from "../../scripts/chromium.mjs";

/** The repository root (bench/lib/ is two levels down). */
export const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

export const median = (xs) => quantile(xs, 0.5);

/** Nearest-rank quantile: always a value that was measured, never an interpolation between two. */
export function quantile(xs, q) {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Sizes as the budgets count them: gzip at level 9 and brotli at quality 11, as scripts/serve.mjs sends. */
export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every file under `dir`, as paths relative to it: a bounded walk that never follows a symlink (no loops). */
export function listFiles(dir, limit = 100_000) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      if (out.length >= limit) return;
      const p = join(d, name);
      const s = lstatSync(p);
      if (s.isDirectory()) walk(p);
      else if (s.isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

/** Children still running, so an interrupted benchmark can end them (each leads its own process group). */
const children = new Set();

/** Ends every child process group the benchmark started and that is still running. */
export function killChildren() {
  for (const child of children) {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  children.clear();
}

/**
 * Runs a command to completion or until `timeoutMs`, collecting its output. The child is killed (its whole
 * process group: a build's workers, Lighthouse's Chromium) at the deadline, so nothing hung holds the run.
 */
export function run(cmd, args, { cwd = ROOT, env = process.env, timeoutMs = 300_000, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr.on("data", (d) => {
      stderr += d;
      if (!quiet) process.stderr.write(d);
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      children.delete(child);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      const ms = performance.now() - started;
      if (code === 0) resolve({ stdout, stderr, ms });
      else {
        const why = signal
          ? `killed by ${signal}${ms >= timeoutMs ? ` after ${timeoutMs / 1000} s` : ""}`
          : `exit ${code}`;
        reject(new Error(`${cmd} ${args.join(" ")} (${why}):\n${(stderr || stdout).slice(-3000)}`));
      }
    });
  });
}

/** The Chromium binary every browser in the benchmark uses (Playwright and Lighthouse alike). */
export const CHROMIUM = findChromium();

/**
 * Chromium flags: quiet (no background traffic of its own), and no way off the machine: every host but
 * loopback resolves to nothing, so a request to another origin is seen (and counted) but never sent.
 */
export const CHROMIUM_ARGS = [
  ...QUIET_ARGS,
  "--disable-default-apps",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

export const isLoopback = (url) => {
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol === "data:" || protocol === "blob:") return true;
    return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
  } catch {
    return false;
  }
};
