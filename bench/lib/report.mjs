// Turns the results into what a person reads: aligned tables, and each budget with its verdict, saying
// plainly which one is missed and by how much.

import { TYPE_NAMES } from "./pages.mjs";
import { median } from "./util.mjs";

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
const show = (v, unit) =>
  `${Number.isInteger(v) ? v : v.toFixed(unit === "KB" || unit === "×" ? 2 : 1)}${unit ? ` ${unit}` : ""}`;

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
      const by = c.max !== undefined ? "over by" : "short by";
      const pct = c.max ? ` (${Math.round((c.over / c.max) * 100)}% over)` : "";
      lines.push(
        `  MISSED  ${c.path} = ${show(c.value, c.unit)}, budget ${limit}: ${by} ${show(c.over, c.unit)}${pct}`,
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
      ? [name, p.error ? `error: ${p.error}` : "not built", ...Array(TYPE_NAMES.length + 7).fill("")]
      : [
          name,
          p.requests.total,
          ...TYPE_NAMES.map((t) => kb(p.gzip[t])),
          kb(p.gzip.total),
          kb(p.wire.total),
          kb(p.decoded.total),
          ms(p.ready.medianMs),
          ms(p.fcp.medianMs),
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
      "FCP ms",
      "heap MB",
      "other orig.",
    ],
    rows,
  );
}

const measured = (p) => p && !p.notBuilt && !p.error;

/**
 * Time-to-ready ratios of issue 11, from loads side by side: in each round the pages load one after the
 * other, so each round's ratio compares loads under the same load on the machine; the figure is the median
 * of the rounds' ratios (the ratio of the medians is kept beside it).
 */
export function readyRatios(pages) {
  const pair = (a, b, figure = "ready") => {
    const [x, y] = [pages[a], pages[b]];
    if (!measured(x) || !measured(y)) return undefined;
    const [xs, ys] = [x[figure].runsMs, y[figure].runsMs];
    const rounds = xs.map((v, i) => (v != null && ys[i] ? v / ys[i] : Number.NaN));
    return {
      median: median(rounds),
      rounds: rounds.map((r) => (Number.isFinite(r) ? Math.round(r * 100) / 100 : null)),
      ofMedians: x[figure].medianMs / y[figure].medianMs,
    };
  };
  const pairs = {
    ready: {
      embedOverFloor: pair("embed", "floor"),
      timelinejsOverEmbed: pair("timelinejs", "embed"),
      articleOverFloor: pair("article", "floor"),
    },
    // First contentful paint, the same pairs: when each page first shows something, whatever its script does.
    fcp: {
      embedOverFloor: pair("embed", "floor", "fcp"),
      timelinejsOverEmbed: pair("timelinejs", "embed", "fcp"),
    },
  };
  const notMeasured = {};
  for (const [figure, out] of Object.entries(pairs)) {
    for (const [k, v] of Object.entries(out)) {
      if (v) continue;
      delete out[k];
      notMeasured[`${figure}.${k}`] = "a page of the pair was not measured";
    }
  }
  return { ...pairs, notMeasured };
}

export function ratiosTable(pages, ratios, theirs = "timelinejs") {
  const t = pages[theirs];
  const lines = [];
  if (!measured(t)) lines.push("(TimelineJS page not measured)");
  else {
    const rows = Object.entries(pages)
      .filter(([name]) => ["article", "embed", "floor"].includes(name))
      .map(([name, p]) =>
        !measured(p)
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
    lines.push(table(["÷ TimelineJS3", "bytes gz", "bytes wire", "requests", "time to ready", "JS heap"], rows));
  }
  const r = ratios?.ready ?? {};
  const f = ratios?.fcp ?? {};
  const say = (x, limit) =>
    x
      ? `${x.median.toFixed(2)}×${limit ? ` (${limit})` : ""}; rounds ${x.rounds.map((v) => v ?? "–").join(", ")}; of medians ${x.ofMedians.toFixed(2)}×`
      : "–";
  lines.push(
    "Side by side, the median of each round's ratio (a round loads every page once, one after the other):",
    `  time to ready, embed ÷ floor        ${say(r.embedOverFloor, "budget: at most 1.2×")}`,
    `  time to ready, TimelineJS3 ÷ embed  ${say(r.timelinejsOverEmbed, "budget: at least 2×")}`,
    `  time to ready, article ÷ floor      ${say(r.articleOverFloor)}`,
    `  first contentful paint, embed ÷ floor        ${say(f.embedOverFloor)}`,
    `  first contentful paint, TimelineJS3 ÷ embed  ${say(f.timelinejsOverEmbed)}`,
  );
  return lines.join("\n");
}

/** A page's bytes file by file (gzipped, as budgets count them), largest first: what to trim. */
export function filesTable(page, label) {
  if (!measured(page)) return `${label}: not measured`;
  const rows = [...page.files]
    .sort((a, b) => (b.gzip ?? 0) - (a.gzip ?? 0))
    .map((f) => [f.url.replace(/^\/_astro\//, "_astro/"), f.type, (f.gzip / KB).toFixed(2), kb(f.decoded)]);
  rows.push(["total", "", (page.gzip.total / KB).toFixed(2), kb(page.decoded.total)]);
  return `${label}, every request:\n${table(["file", "type", "KB gz", "KB decoded"], rows)}`;
}

/** Heights in px at each width: the embed page's, and where the article's first paragraph and timeline are. */
export function heightsTable(heights) {
  const rows = [];
  const widths = (o) => Object.keys(o ?? {});
  const all = [...new Set([...widths(heights.embed), ...widths(heights.article)])].sort((a, b) => a - b);
  const at = (o, key) => all.map((w) => o?.[w]?.[key] ?? "");
  if (heights.embed) rows.push(["embed page height", ...at(heights.embed, "height")]);
  if (heights.article) {
    rows.push(["article: first paragraph top", ...at(heights.article, "firstParagraphTop")]);
    rows.push(["article: timeline top", ...at(heights.article, "timelineTop")]);
    rows.push(["article: timeline bottom", ...at(heights.article, "timelineBottom")]);
    rows.push(["article: page height", ...at(heights.article, "height")]);
  }
  if (!rows.length) return "Heights: not measured";
  const viewports = all.map((w) => heights.embed?.[w]?.viewport ?? heights.article?.[w]?.viewport ?? w);
  return `Heights (px from the top of the document; viewport width×height):\n${table(["", ...viewports], rows)}`;
}

/** The same heights for each fixture story (dist-fixtures/): reported, not budgeted. */
export function storiesTable(stories) {
  const slugs = Object.keys(stories ?? {});
  if (!slugs.length) return "Fixture stories: not measured";
  const first = stories[slugs[0]];
  const widths = Object.keys(first.embed);
  const rows = slugs.map((slug) => {
    const s = stories[slug];
    const a = s.article?.[320] ?? {};
    return [
      slug,
      s.embed[widths[0]]?.events ?? "",
      ...widths.map((w) => s.embed[w]?.height ?? ""),
      a.firstParagraphTop ?? "",
      a.timelineBottom ?? "",
    ];
  });
  return `Fixture stories (dist-fixtures/), px:\n${table(
    ["story", "events", ...widths.map((w) => `embed @${w}`), "art. 1st ¶ @320", "art. timeline bottom @320"],
    rows,
  )}`;
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
    rows.push(["1,000 events laid out and rendered, first run in a fresh process", `${ms(t.cold.totalMs)} ms`]);
    rows.push([
      "  model / layout / strip / markup",
      `${ms(t.cold.modelMs)} / ${ms(t.cold.layoutMs)} / ${ms(t.cold.stripMs)} / ${ms(t.cold.markupMs)} ms`,
    ]);
    rows.push([`  median of ${t.runs} runs; one picture serves every width`, `${ms(t.median.totalMs)} ms`]);
    rows.push([
      `  groups (closed) / largest / markup`,
      `${t.periods} (${t.collapsedPeriods}) / ${t.largestPeriod} / ${(t.markupBytes / 1e6).toFixed(2)} MB`,
    ]);
    rows.push(["  events reachable / strip labels overlapping", `${t.reachable} of ${t.events} / ${t.tickOverlaps}`]);
  }
  return table(["scale", "figure"], rows);
}

export { kb, ms };
