// A reader going through the archive: every explainer on pages of a fixed size, newest first, numbered from
// the oldest; each page within an article page's byte budget, with no script; every explainer three links
// from the home page and in the sitemap. Checked on the fixture stories (built with a small ARCHIVE_PAGE_SIZE,
// so they fill several pages) and on the main site, against the seeds folder read here.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { fixtureBuildEnv } from "../bench/lib/fixtures-env.mjs";
import { ORIGINS } from "../playwright.config";
import { budgetMax, expectNoAxeViolations, expectNoHorizontalScroll, storySlugs, watch } from "./helpers";

const SITES = [
  {
    name: "the fixture stories",
    origin: ORIGINS.fixtures,
    seeds: "e2e/fixtures/seeds",
    dist: "dist-fixtures",
    size: Number(fixtureBuildEnv().ARCHIVE_PAGE_SIZE ?? 50),
  },
  { name: "the main site", origin: ORIGINS.site, seeds: "seeds", dist: "dist", size: 50 },
] as const;

interface Story {
  href: string;
  title: string;
  date?: string;
}

/** Newest first by the story's date, undated last, then by title: the archive's order. */
const newestFirst = (a: Story, b: Story) =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title, "en");

/** Every story of a seeds folder, its title as its page's h1 shows it, newest first. */
async function storiesOf(page: Page, site: (typeof SITES)[number]): Promise<Story[]> {
  const slugs = storySlugs(site.seeds);
  const stories: Story[] = [];
  for (const slug of slugs) {
    const metaFile = `${site.seeds}/${slug}.meta.yaml`;
    const meta = existsSync(metaFile) ? parse(readFileSync(metaFile, "utf8")) : {};
    const href = `/articles/${slug}/`;
    await page.goto(`${site.origin}${href}`);
    stories.push({ href, title: (await page.locator("h1").textContent())?.trim() ?? "", date: meta.date });
  }
  return stories.sort(newestFirst);
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
/** Every href of a page's links, as written. */
const hrefs = (page: Page, scope = "main") =>
  page.locator(`${scope} a[href]`).evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));

for (const site of SITES) {
  test.describe(`the archive of ${site.name}`, () => {
    let stories: Story[] = [];
    let pageCount = 0;
    test.beforeAll(async ({ browser }) => {
      const page = await browser.newPage();
      stories = await storiesOf(page, site);
      pageCount = Math.ceil(stories.length / site.size);
      await page.close();
    });

    test("lists its pages newest first, each named by its number and the days it spans, with its count", async ({
      page,
    }) => {
      await page.goto(`${site.origin}/archive/`);
      await expect(page.locator("h1")).toHaveText("Archive");
      await expect(page.locator(".archive-intro")).toHaveText(
        stories.length === 1
          ? "1 explainer, newest first, page by page."
          : `All ${stories.length} explainers, newest first, page by page.`,
      );
      const links = page.locator(".archive-pages a");
      const numbers = Array.from({ length: pageCount }, (_, i) => pageCount - i);
      expect(await hrefs(page, ".archive-pages")).toEqual(numbers.map((n) => `/archive/${n}/`));
      await expect(links).toHaveText(numbers.map((n) => new RegExp(`^Page ${n}: `)));
      // Each page's count: full pages, and what is left on the newest.
      const counts = numbers.map((n) => (n < pageCount ? site.size : stories.length - site.size * (pageCount - 1)));
      await expect(page.locator(".archive-count")).toHaveText(
        counts.map((c) => `(${c} explainer${c === 1 ? "" : "s"})`),
      );
    });

    test("puts every explainer on exactly one page, newest first, the oldest on page 1", async ({ page }) => {
      const listed: string[] = [];
      for (let n = pageCount; n >= 1; n--) {
        await page.goto(`${site.origin}/archive/${n}/`);
        await expect(page.locator("h1")).toHaveText(`Archive, page ${n} of ${pageCount}`);
        const onPage = await hrefs(page, ".archive-list");
        expect(onPage.length).toBeLessThanOrEqual(site.size);
        listed.push(...onPage);
      }
      expect(listed).toEqual(stories.map((s) => s.href));
      // Page 1 holds the oldest: a full page, so it stays as it is when a story is published.
      if (pageCount > 1) {
        await page.goto(`${site.origin}/archive/1/`);
        expect(await hrefs(page, ".archive-list")).toEqual(stories.slice(-site.size).map((s) => s.href));
      }
    });

    test("gives each explainer its title (the link), its dek and its date", async ({ page }) => {
      await page.goto(`${site.origin}/archive/${pageCount}/`);
      const items = page.locator(".archive-item");
      const expected = stories.slice(0, stories.length - site.size * (pageCount - 1));
      await expect(items.locator(".archive-title a")).toHaveText(expected.map((s) => s.title));
      for (const [i, story] of expected.entries()) {
        await expect(items.nth(i).locator(".archive-dek")).toHaveText(/\S/);
        const time = items.nth(i).locator("time");
        if (story.date) await expect(time).toHaveAttribute("datetime", story.date);
        else await expect(time).toHaveCount(0);
      }
      await items.first().getByRole("link").click();
      await expect(page).toHaveURL(`${site.origin}${expected[0]?.href}`);
    });

    test("links each page to the newer and the older one, and to the list of pages", async ({ page }) => {
      for (let n = 1; n <= pageCount; n++) {
        await page.goto(`${site.origin}/archive/${n}/`);
        const pager = page.getByRole("navigation", { name: "Archive pages" });
        const newer = pager.getByRole("link", { name: "← Newer explainers" });
        const older = pager.getByRole("link", { name: "Older explainers →" });
        if (n < pageCount) await expect(newer).toHaveAttribute("href", `/archive/${n + 1}/`);
        else await expect(newer).toHaveCount(0);
        if (n > 1) await expect(older).toHaveAttribute("href", `/archive/${n - 1}/`);
        else await expect(older).toHaveCount(0);
        await expect(pager.getByRole("link", { name: "Every page of the archive" })).toHaveAttribute(
          "href",
          "/archive/",
        );
      }
    });

    test("keeps every explainer within three links of the home page", async ({ request }) => {
      // Breadth first over the site's own pages, from the home page, three links deep.
      const seen = new Map<string, number>([["/", 0]]);
      let frontier = ["/"];
      for (let depth = 1; depth <= 3; depth++) {
        const next: string[] = [];
        for (const path of frontier) {
          if (path.startsWith("/articles/")) continue;
          const html = await (await request.get(`${site.origin}${path}`)).text();
          for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)) {
            if (!href || seen.has(href) || !href.endsWith("/")) continue;
            seen.set(href, depth);
            next.push(href);
          }
        }
        frontier = next;
      }
      const unreachable = stories.filter((s) => !seen.has(s.href)).map((s) => s.href);
      expect(unreachable).toEqual([]);
      for (const s of stories) expect(seen.get(s.href), s.href).toBeLessThanOrEqual(3);
    });

    test("lists every explainer and every archive page in the sitemap", () => {
      const sitemap = readdirSync(site.dist)
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .map((f) => readFileSync(`${site.dist}/${f}`, "utf8"))
        .join("");
      const locs = new Set([...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]));
      for (const s of stories) expect(locs, s.href).toContain(s.href);
      for (let n = 1; n <= pageCount; n++) expect(locs).toContain(`/archive/${n}/`);
      expect(locs).toContain("/archive/");
    });

    test("stays light: no script, and every archive page within one article page's byte budget, gzipped", () => {
      const pages = [
        `${site.dist}/archive/index.html`,
        ...Array.from({ length: pageCount }, (_, i) => `${site.dist}/archive/${i + 1}/index.html`),
      ];
      for (const path of pages) {
        const html = readFileSync(path, "utf8");
        expect(html, path).not.toMatch(/<script/);
        // Stylesheets are inlined: the HTML is every byte the page costs.
        expect(html, path).not.toMatch(/<link rel="stylesheet"/);
        expect(gz(path), path).toBeLessThan(budgetMax("pages.article.gzip.total") * 1000);
      }
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`passes axe on the list of pages and on a page, with no error and no request to another origin (${colorScheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        const seen = watch(page);
        for (const path of ["/archive/", `/archive/${pageCount}/`, "/archive/1/"]) {
          await page.goto(`${site.origin}${path}`);
          await expectNoAxeViolations(page);
        }
        expect(seen.errors).toEqual([]);
        expect(seen.foreign).toEqual([]);
      });
    }

    test("reflows on a 320 px phone", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      for (const path of ["/archive/", "/archive/1/"]) {
        await page.goto(`${site.origin}${path}`);
        await expectNoHorizontalScroll(page);
      }
    });
  });
}
