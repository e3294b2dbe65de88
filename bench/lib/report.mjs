// Turns the results into what a person reads: aligned tables, and each budget with its verdict, saying
// plainly which one is missed and by how much.

import { TYPE_NAMES } from "./pages.mjs";

const KB = 1000;
const kb = (bytes) => (bytes == null ? "–" : (bytes / KB).toFixed(1));
const ms = (x) => (x == null || !Number.isFinite(x) ? "–" : x < 10 ? x.toFixed(1) : String(Math.round(x)));
const ratio = (a, b) => (a == null || b == null || !b ? "–" : `${(a / b).toFixed(2)}×`);

/** Left-aligns the first column and right-aligns the rest. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? "–")));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(cells[0]), widths.map((w) => "─".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

const at = (obj, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);

/** A budget's figure in its unit: bytes become KB; everything else is stored in its unit already. */
const inUnit = (value, unit) => (unit === "KB" ? value / KB : value);
const show = (v, unit) => `${Number.isInteger(v) ? v : v.toFixed(unit === "KB" ? 2 : 1)}${unit ? ` ${unit}` : ""}`;

/** Every budget against its figure: ok, missed (by how much), or not measured (and why). */
export function checkBudgets(results, budgets, notMeasured) {
  return Object.entries(budgets).map(([path, b]) => {
    const raw = at(results, path);
    if (raw == null || Number.isNaN(raw)) {
      const reason = Object.entries(notMeasured).find(([prefix]) => path.startsWith(prefix))?.[1] ?? "no figure";
      return { path, ...b, status: "not measured", reason };
    }
    const value = inUnit(raw, b.unit);
    const over = b.max !== undefined ? value - b.max : b.min - value;
    const status = over > 1e-9 ? "missed" : "ok";
    const aimMissed = b.aim !== undefined && value > b.aim;
    return { path, ...b, value, status, over: Math.max(0, over), aimMissed };
  });
}

export function budgetLines(checks) {
  const lines = [];
  for (const c of checks) {
    const limit = c.max !== undefined ? `≤ ${show(c.max, c.unit)}` : `≥ ${show(c.min, c.unit)}`;
    if (c.status === "not measured") lines.push(`  –       ${c.path} ${limit}: not measured (${c.reason})`);
    else if (c.status === "missed") {
      const pct = c.max ? ` (${Math.round((c.over / c.max) * 100)}% over)` : "";
      lines.push(
        `  MISSED  ${c.path} = ${show(c.value, c.unit)}, budget ${limit}: over by ${show(c.over, c.unit)}${pct}`,
      );
    } else {
      const aim = c.aimMissed
        ? `; aim ≤ ${show(c.aim, c.unit)} not reached yet`
        : c.aim !== undefined
          ? "; aim reached"
          : "";
      lines.push(`  ok      ${c.path} = ${show(c.value, c.unit)}, budget ${limit}${aim}`);
    }
  }
  return lines.join("\n");
}

export function pagesTable(pages) {
  const rows = Object.entries(pages).map(([name, p]) =>
    p.notBuilt || p.error
      ? [name, p.error ? `error: ${p.error}` : "not built", ...Array(TYPE_NAMES.length + 6).fill("")]
      : [
          name,
          p.requests.total,
          ...TYPE_NAMES.map((t) => kb(p.gzip[t])),
          kb(p.gzip.total),
          kb(p.wire.total),
          kb(p.decoded.total),
          ms(p.ready.medianMs),
          (p.heapBytes / 1e6).toFixed(2),
          p.otherOrigins,
        ],
  );
  return table(
    [
      "page",
      "req",
      ...TYPE_NAMES.map((t) => `${t} gz`),
      "total gz",
      "wire",
      "decoded",
      "ready ms",
      "heap MB",
      "other orig.",
    ],
    rows,
  );
}

export function ratiosTable(pages, theirs = "timelinejs") {
  const t = pages[theirs];
  if (!t || t.notBuilt || t.error) return "(TimelineJS page not measured)";
  const rows = Object.entries(pages)
    .filter(([name]) => name === "article" || name === "embed")
    .map(([name, p]) =>
      p.notBuilt || p.error
        ? [name, p.error ? "error" : "not built", "", "", "", ""]
        : [
            name,
            ratio(p.gzip.total, t.gzip.total),
            ratio(p.wire.total, t.wire.total),
            ratio(p.requests.total, t.requests.total),
            ratio(p.ready.medianMs, t.ready.medianMs),
            ratio(p.heapBytes, t.heapBytes),
          ],
    );
  return table(["ours ÷ TimelineJS3", "bytes gz", "bytes wire", "requests", "time to ready", "JS heap"], rows);
}

export function lighthouseNotes(lh) {
  const lines = [];
  for (const [name, r] of Object.entries(lh)) {
    if (r.error) lines.push(`  ${name}: ${r.error}`);
    for (const [category, misses] of Object.entries(r.misses ?? {})) {
      if (misses.length) lines.push(`  ${name} ${category} below 100 because of: ${misses.join("; ")}`);
    }
  }
  return lines.length ? lines.join("\n") : undefined;
}

export function lighthouseTable(lh) {
  const rows = Object.entries(lh).map(([name, r]) =>
    r.notBuilt || r.error
      ? [name, r.error ? "error" : "not built", "", "", "", "", "", ""]
      : [name, r.performance, r.accessibility, r.bestPractices, r.seo, ms(r.lcpMs), r.cls?.toFixed(3), ms(r.tbtMs)],
  );
  return table(["page", "perf", "a11y", "best pr.", "SEO", "LCP ms", "CLS", "TBT ms"], rows);
}

export function scaleTable(scale) {
  const rows = [];
  const s = (x) => `${x.toFixed(1)} s`;
  if (scale.repoBuild)
    rows.push([
      `build of the site as it is (step 1, warm caches, ${scale.repoBuild.pages} pages)`,
      s(scale.repoBuild.seconds),
    ]);
  const b = scale.build;
  if (b?.site) rows.push([`clean build, site as it is (${b.site.pages} pages)`, s(b.site.seconds)]);
  if (b?.hundred)
    rows.push([
      `clean build, 100 generated articles, ${b.hundred.withData} with data (${b.hundred.pages} pages)`,
      s(b.hundred.seconds),
    ]);
  const t = scale.timeline1000;
  if (t) {
    rows.push([`1,000 events to SVG at 360 + 1180 px, median of ${t.runs}`, `${ms(t.median.totalMs)} ms`]);
    rows.push(["  first run in a fresh process (as a build pays it)", `${ms(t.cold.totalMs)} ms`]);
    rows.push(["  of which timelineModel (sort, focus window, bands)", `${ms(t.median.modelMs)} ms`]);
    rows.push([
      `  all ${Object.keys(t.median.widthsMs).length} widths the page ships`,
      `${ms(t.median.allWidthsMs)} ms`,
    ]);
  }
  const names = { band: "detail band of a 1,000-event story", all: "all 1,000 in one band (stress)" };
  for (const [scenario, widths] of Object.entries(scale.zoom ?? {})) {
    for (const [width, z] of Object.entries(widths)) {
      const sessions = z.sessions > 1 ? `, median of ${z.sessions} sessions` : "";
      rows.push([`zoom, ${names[scenario]}: ${z.events} events, ${width} px, ${z.frames} frames${sessions}`, ""]);
      rows.push([
        "  frame time median / p95 / max",
        `${ms(z.frameMedianMs)} / ${ms(z.frameP95Ms)} / ${ms(z.frameMaxMs)} ms`,
      ]);
      rows.push([
        "  work per frame (script, style, layout) median / p95",
        `${ms(z.workMedianMs)} / ${ms(z.workP95Ms)} ms`,
      ]);
    }
  }
  return table(["scale", "figure"], rows);
}

export { kb, ms };
