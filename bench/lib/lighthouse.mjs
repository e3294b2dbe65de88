// Lighthouse (npm `lighthouse`, its default config: a mobile device with simulated throttling) on one page,
// run as its CLI under this Node (22, which Lighthouse 13 needs) with the benchmark's Chromium and flags.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS, isLoopback, ROOT, run } from "./util.mjs";

const CLI = join(ROOT, "node_modules/lighthouse/cli/index.js");
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Runs Lighthouse on `url`, keeps its JSON report at `reportPath`, and returns the figures the budgets name. */
export async function lighthouse(url, reportPath) {
  const flags = ["--headless=new", ...CHROMIUM_ARGS];
  await run(
    process.execPath,
    [
      CLI,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${reportPath}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      // One atomic argument per flag; the resolver rules hold spaces, so they are quoted for its parser.
      ...flags.map((f) => `--chrome-flags=${f.includes(" ") ? f.replace(/=(.*)$/, '="$1"') : f}`),
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeoutMs: 120_000 },
  );
  const lhr = JSON.parse(readFileSync(reportPath, "utf8"));
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const numeric = (id) => lhr.audits[id]?.numericValue ?? null;
  // What keeps a category under 100: its failing audits that carry weight, with the first elements named.
  const misses = {};
  for (const id of CATEGORIES) {
    if ((score(id) ?? 100) >= 100) continue;
    misses[id] = (lhr.categories[id]?.auditRefs ?? [])
      .filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1)
      .map((r) => {
        const audit = lhr.audits[r.id];
        const nodes = (audit.details?.items ?? []).map((i) => i.node?.selector).filter(Boolean);
        const where = nodes.length
          ? ` on ${[...new Set(nodes)].slice(0, 3).join(", ")}${nodes.length > 3 ? ` (${nodes.length} in all)` : ""}`
          : "";
        return `${r.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}${where}`;
      });
  }
  const requested = (lhr.audits["network-requests"]?.details?.items ?? []).map((i) => i.url);
  return {
    url,
    lighthouseVersion: lhr.lighthouseVersion,
    formFactor: lhr.configSettings?.formFactor,
    throttling: lhr.configSettings?.throttlingMethod,
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    fcpMs: numeric("first-contentful-paint"),
    misses,
    runWarnings: lhr.runWarnings ?? [],
    offLoopbackUrls: requested.filter((u) => !isLoopback(u)),
    report: reportPath,
  };
}
