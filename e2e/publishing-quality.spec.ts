// Deterministic publishing gates on the built site: valid HTML, a strict CSP on every page, no broken link,
// anchor or asset at the domain root or under a sub-path, and pages within their byte budgets.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { importClosure } from "../bench/lib/closure.mjs";
import { ORIGINS } from "../playwright.config";
import { BUDGETS, budgetMax } from "./helpers";

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}
const pages = files("dist", ".html");
// The same budgets `npm run bench` reports against, in bytes (KB = 1,000 bytes, gzip -9).
const budget = (key: string) => budgetMax(key) * 1000;

test.describe("every built page", () => {
  test("is valid HTML", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
  });

  test("has a strict Content-Security-Policy: nothing unsafe-inline, every inline script and stylesheet hashed, no inline handlers or style attributes", () => {
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, page).toBeTruthy();
      const scriptSrc = csp?.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc, page).not.toContain("unsafe-inline");
      expect(csp, page).toContain("default-src 'self'");
      expect(csp, page).toContain("object-src 'none'");
      for (const [, body] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        const hash = createHash("sha256")
          .update(body ?? "")
          .digest("base64");
        expect(scriptSrc, `${page}: inline script not hashed`).toContain(`'sha256-${hash}'`);
      }
      // Inline stylesheets too: a style the policy does not name is dropped, and its page drawn unstyled.
      const styleSrc = csp?.split(";").find((d) => d.trim().startsWith("style-src")) ?? "";
      expect(styleSrc, page).not.toContain("unsafe-inline");
      for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        const hash = createHash("sha256")
          .update(body ?? "")
          .digest("base64");
        expect(styleSrc, `${page}: inline style not hashed`).toContain(`'sha256-${hash}'`);
      }
      expect(html, page).not.toMatch(/\son[a-z]+=["']/i);
      expect(html, page).not.toMatch(/\sstyle=["']/i);
    }
  });

  test("stays within its byte budget, gzipped, every request counted", () => {
    const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
    // The stylesheets and scripts a page links, and every module those scripts import: what a browser fetches.
    const assets = (page: string) =>
      importClosure(
        "dist",
        [...readFileSync(page, "utf8").matchAll(/(?:src|href)="\/(_astro\/[^"]+\.(?:js|css))"/g)].map(
          (m) => m[1] ?? "",
        ),
      ).map((p) => `dist/${p}`);
    const total = (page: string) => gz(page) + assets(page).reduce((sum, a) => sum + gz(a), 0);
    const js = (page: string) =>
      assets(page)
        .filter((a) => a.endsWith(".js"))
        .reduce((sum, a) => sum + gz(a), 0);
    // Each page as `npm run bench` loads it, under the budget keys it reports against.
    const pages = {
      article: "dist/articles/syria-strike-g7-sanctions/index.html",
      data: "dist/articles/syria-strike-g7-sanctions/data/index.html",
      embed: "dist/embed/timeline/index.html",
    };
    const figures: [string, number][] = Object.entries(pages).flatMap(([name, page]) => [
      [`pages.${name}.gzip.total`, total(page)] as [string, number],
      ...(BUDGETS[`pages.${name}.gzip.js`] ? [[`pages.${name}.gzip.js`, js(page)] as [string, number]] : []),
    ]);
    figures.push(["files.embedLoader.gzip", gz("dist/embed.js")]);
    // Every miss at once, each with its budget and by how much.
    const misses = figures
      .filter(([key, bytes]) => bytes > budget(key))
      .map(([key, bytes]) => `${key}: ${bytes} bytes, budget ${budget(key)} (over by ${bytes - budget(key)})`);
    expect(misses).toEqual([]);
  });
});

for (const site of [
  { name: "at the domain root", url: `${ORIGINS.site}/` },
  { name: "under the sub-path /explainer/", url: `${ORIGINS.base}/explainer/` },
]) {
  test(`has no broken internal link, anchor or asset ${site.name}`, async () => {
    test.setTimeout(120_000);
    const checker = new LinkChecker();
    // Every kind of page is a starting point of its own: which page links which is then checked from each,
    // whatever order the crawl happens to take (the embed pages are linked only by absolute URLs in the
    // snippet, so they could not be reached otherwise).
    const pages = [
      "",
      "articles/syria-strike-g7-sanctions/",
      "articles/syria-strike-g7-sanctions/data/",
      "embed/timeline/",
    ];
    const result = await checker.check({
      path: pages.map((p) => `${site.url}${p}`),
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      // Only our own pages: outside sources are checked by people, not by a build without a network.
      linksToSkip: async (link) => !link.startsWith(new URL(site.url).origin),
    });
    const broken = result.links
      .filter((l) => l.state === "BROKEN")
      .map((l) => `${l.url} (${l.status}) from ${l.parent}`);
    expect(broken).toEqual([]);
    const ok = new Set(result.links.filter((l) => l.state === "OK").map((l) => l.url));
    for (const path of [
      ...pages,
      "articles/syria-strike-g7-sanctions/events.csv",
      "articles/syria-strike-g7-sanctions/stances.json",
      "sitemap-index.xml",
      "favicon.svg",
      "archive/",
      "archive/1/",
      "search/",
    ]) {
      expect(ok, path).toContain(`${site.url}${path}`);
    }
  });
}
