// A command's wall time and peak memory, for the build figures of the story scale. Memory is read from
// /proc every 100 ms for the whole process tree (Astro's Node process, esbuild's service and Pagefind's
// binary run beside it, and a CI runner's limit is on all of them together): the largest sum of their
// resident sets seen, and the sum of each process's own high-water mark (VmHWM, kept by the kernel, so no
// spike between two readings is missed). The second is an upper bound (the peaks need not coincide), and
// the one the budget holds. /usr/bin/time -v would give the largest single process only, and is not on
// every machine.

import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Every process's parent, from /proc/<pid>/stat (the field after the command's closing parenthesis). */
function parents() {
  const map = new Map();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      map.set(Number(name), ppid);
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

function tree(root) {
  const byParent = parents();
  const pids = [root];
  for (let i = 0; i < pids.length; i++) {
    for (const [pid, ppid] of byParent) if (ppid === pids[i]) pids.push(pid);
  }
  return pids;
}

/** VmRSS and VmHWM of a process, in bytes (0 when it is gone). */
function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field) => Number(status.match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"))?.[1] ?? 0) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** A process's command name ("node", "esbuild", "pagefind_extend"). */
function command(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return String(pid);
  }
}

/**
 * Runs `cmd` to completion (or kills its group at `timeoutMs`), sampling its tree's memory. Resolves with
 * { ms, peakRss, hwmSum, byProcess, stdout, stderr } (bytes); rejects with the end of its output when it fails.
 */
export function runMeasured(cmd, args, { cwd, env, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    let peakRss = 0;
    const hwm = new Map();
    const names = new Map();
    const sample = () => {
      let rss = 0;
      for (const pid of tree(child.pid)) {
        const m = memory(pid);
        rss += m.rss;
        if (m.hwm > (hwm.get(pid) ?? 0)) hwm.set(pid, m.hwm);
        if (!names.has(pid)) names.set(pid, command(pid));
      }
      peakRss = Math.max(peakRss, rss);
    };
    const poll = setInterval(sample, 100);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (e) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      const ms = performance.now() - started;
      const hwmSum = [...hwm.values()].reduce((s, x) => s + x, 0);
      const byProcess = [...hwm].map(([pid, bytes]) => ({ command: names.get(pid) ?? String(pid), bytes }));
      if (code === 0) resolve({ ms, peakRss, hwmSum, byProcess, stdout, stderr });
      else
        reject(
          new Error(`${cmd} ${args.join(" ")} (${signal ?? `exit ${code}`}):\n${(stderr || stdout).slice(-3000)}`),
        );
    });
  });
}
