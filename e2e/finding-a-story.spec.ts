// A reader looking for a story: the home page lists the featured explainer, then the newest (as many as the
// build's HOME_STORIES), each with its title, dek, date and a small picture of its timeline, then the way to
// every other one; each article ends with the newest others. Checked on the main site and on the fixture
// stories, against the seeds folder read here, not the build's code. (The archive and search have their own
// specs: browsing-the-archive, searching-the-archive.)

import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "yaml";
import { fixtureBuildEnv } from "../bench/lib/fixtures-env.mjs";
import { ORIGINS } from "../playwright.config";
import { budgetMax, expectNoAxeViolations, expectNoHorizontalScroll, storySlugs, watch } from "./helpers";

interface Expected {
  slug: string;
  href: string;
  /** The article page's h1: the build derives it when the metadata has none. */
  title: string;
  date?: string;
  /** The story's language (its .meta.yaml's lang, else English): its card and byline print dates in it. */
  lang: string;
  featured: boolean;
  /** Event ids, from the story's events file; empty without one. */
  events: string[];
}

/** How many stories the home page shows after the featured one: 12, or the fixture build's HOME_STORIES. */
const FIXTURE_HOME = Number(fixtureBuildEnv().HOME_STORIES ?? 12);
/** How many other explainers an article names (src/lib/archive/pages.ts). */
const MORE = 5;

const SITES = [
  { name: "the main site", origin: ORIGINS.site, seeds: "seeds", dist: "dist", home: 12 },
  {
    name: "the fixture stories",
    origin: ORIGINS.fixtures,
    seeds: "e2e/fixtures/seeds",
    dist: "dist-fixtures",
    home: FIXTURE_HOME,
  },
] as const;

/** A language's catalogue (src/i18n/catalogues), English's where the site ships none. */
const catalogue = (lang: string): Record<string, string> => {
  const file = `src/i18n/catalogues/${lang}.json`;
  return JSON.parse(readFileSync(existsSync(file) ? file : "src/i18n/catalogues/en.json", "utf8"));
};

const yamlOf = (path: string) => (existsSync(path) ? parse(readFileSync(path, "utf8")) : undefined);

function eventIds(seeds: string, slug: string): string[] {
  const file = yamlOf(`${seeds}/${slug}.events.yaml`);
  const events: { id: string }[] = Array.isArray(file) ? file : (file?.events ?? []);
  return events.map((e) => e.id);
}

/** Newest first by the story's date, undated last, then by title. */
const newestFirst = (a: Expected, b: Expected) =>
  (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title, "en");

/** Every story of a seeds folder in the home page's order: the featured one (or else the newest) first. */
async function expectedStories(page: Page, site: (typeof SITES)[number]): Promise<Expected[]> {
  const slugs = storySlugs(site.seeds);
  const stories: Expected[] = [];
  for (const slug of slugs) {
    const meta = yamlOf(`${site.seeds}/${slug}.meta.yaml`) ?? {};
    const href = `/articles/${slug}/`;
    await page.goto(`${site.origin}${href}`);
    const title = (await page.locator("h1").textContent())?.trim() ?? "";
    stories.push({
      slug,
      href,
      title,
      date: meta.date,
      lang: meta.lang ?? "en",
      featured: meta.featured === true,
      // A timeline brought from elsewhere names its events as the build does: read from its own download.
      events: existsSync(`${site.seeds}/${slug}.events.yaml`)
        ? eventIds(site.seeds, slug)
        : await page.request
            .get(`${site.origin}${href}events.json`)
            .then(async (r) => (r.ok() ? ((await r.json()).events as { id: string }[]).map((e) => e.id) : [])),
    });
  }
  const featured =
    stories.find((s) => s.featured) ??
    [...stories].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.slug.localeCompare(b.slug))[0];
  return [...stories.filter((s) => s === featured), ...stories.filter((s) => s !== featured).sort(newestFirst)];
}

// International English's abbreviations (CLDR en-001, as Intl prints the site's "en"): September is "Sept".
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
/**
 * "2011-05-16" → "16 May 2011", as the article's byline prints it; in another language, as Intl writes the
 * day in it ("23. Okt. 2026").
 */
const dayLabel = (iso: string, lang = "en") => {
  const [y, m, d] = iso.split("-").map(Number);
  if (lang !== "en")
    return new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
      new Date(iso),
    );
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
};

/** The home page's stories in order: the lead, then the list. */
const cards = (page: Page) => page.locator(".explainer-index .story");

for (const site of SITES) {
  test.describe(`the home page of ${site.name}`, () => {
    /** Every story, in the home page's order. */
    let stories: Expected[] = [];
    /** Those the home page shows: the featured one and the newest. */
    let shown: Expected[] = [];
    test.beforeAll(async ({ browser }) => {
      const page = await browser.newPage();
      stories = await expectedStories(page, site);
      shown = stories.slice(0, 1 + site.home);
      await page.close();
    });

    test("lists the featured explainer, then the newest, each once, each link named by its title", async ({ page }) => {
      await page.goto(`${site.origin}/`);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator("h1")).toHaveText("Explainers");
      await expect(page).toHaveTitle("Explainers");
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/$/);
      const links = cards(page).locator(".story-title a");
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(shown.map((s) => s.href));
      await expect(links).toHaveText(shown.map((s) => s.title));
      await expect(page.locator(".story-lead .story-title a")).toHaveAttribute("href", stories[0]?.href ?? "");
      // Headings: the site's name, the lead, "More explainers" over the others when there are any, then the
      // way to every explainer.
      const headings = await page.locator("main :is(h1, h2, h3)").evaluateAll((hs) => hs.map((h) => h.tagName));
      const rest = shown.length - 1;
      expect(headings).toEqual(["H1", "H2", ...(rest > 0 ? ["H2", ...Array(rest).fill("H3")] : []), "H2"]);
      if (rest > 0) await expect(page.getByRole("heading", { name: "More explainers" })).toBeVisible();
    });

    test("leads to every explainer: the archive, with how many there are, and the search", async ({ page }) => {
      await page.goto(`${site.origin}/`);
      const every = page.getByRole("region", { name: "Every explainer" });
      const count = stories.length === 1 ? "1 explainer" : `all ${stories.length} explainers`;
      await expect(every.getByRole("link", { name: `The archive: ${count}, newest first` })).toHaveAttribute(
        "href",
        "/archive/",
      );
      await expect(every.getByRole("link", { name: /^Search/ })).toHaveAttribute("href", "/search/");
      const hidden = stories.length - shown.length;
      if (hidden > 0)
        await expect(every).toContainText(`${hidden} more ${hidden === 1 ? "is" : "are"} in the archive.`);
      // And from every page's header.
      const nav = page.getByRole("navigation", { name: "Site" });
      await expect(nav.getByRole("link", { name: "Archive" })).toHaveAttribute("href", "/archive/");
      await expect(nav.getByRole("link", { name: "Search" })).toHaveAttribute("href", "/search/");
    });

    test("each title opens its explainer", async ({ page }) => {
      for (const story of shown) {
        await page.goto(`${site.origin}/`);
        await page.getByRole("link", { name: story.title, exact: true }).click();
        await expect(page).toHaveURL(`${site.origin}${story.href}`);
        await expect(page.locator("h1")).toHaveText(story.title);
      }
    });

    test("gives each story its dek, and its date as the byline prints it (none when it has none)", async ({ page }) => {
      await page.goto(`${site.origin}/`);
      for (const [i, story] of shown.entries()) {
        const card = cards(page).nth(i);
        await expect(card.locator(".story-dek")).toHaveText(/\S/);
        if (story.date) {
          // The home page speaks the site's language, its dates too; the story's own page speaks the story's.
          await expect(card.locator("time")).toHaveText(dayLabel(story.date));
          await expect(card.locator("time")).toHaveAttribute("datetime", story.date);
        } else {
          await expect(card.locator("time")).toHaveCount(0);
        }
      }
      for (const story of shown.filter((s) => s.date)) {
        await page.goto(`${site.origin}${story.href}`);
        await expect(page.locator(".byline time")).toHaveText(dayLabel(story.date ?? "", story.lang));
      }
    });

    test("draws a story's timeline strip only when it has events, a mark for each, hidden from screen readers", async ({
      page,
    }) => {
      await page.goto(`${site.origin}/`);
      for (const [i, story] of shown.entries()) {
        const strip = cards(page).nth(i).locator(".story-strip");
        if (story.events.length === 0) {
          await expect(strip, story.slug).toHaveCount(0);
          continue;
        }
        await expect(strip, story.slug).toHaveCount(1);
        await expect(strip).toHaveAttribute("aria-hidden", "true");
        await expect(strip.locator("svg")).toBeVisible();
        const marked = await strip
          .locator("[data-event]")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
        expect(new Set(marked), story.slug).toEqual(new Set(story.events));
      }
      // Each strip names its turning points' shapes with ids of its own: no id twice on the page.
      const ids = await page.locator("[id]").evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBe(new Set(ids).size);
    });

    test("stays light: no script, and less than one article page's byte budget, gzipped", () => {
      const html = readFileSync(`${site.dist}/index.html`, "utf8");
      expect(html).not.toMatch(/<script/);
      const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
      const assets = [...html.matchAll(/href="\/(_astro\/[^"]+\.css)"/g)].map((m) => `${site.dist}/${m[1]}`);
      const total = gz(`${site.dist}/index.html`) + assets.reduce((sum, a) => sum + gz(a), 0);
      // The index has no budget of its own in bench/budgets.json: it must cost less than the page it leads to.
      expect(total).toBeLessThan(budgetMax("pages.article.gzip.total") * 1000);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      test(`passes axe, with no error and no request to another origin (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const seen = watch(page);
        await page.goto(`${site.origin}/`);
        await expectNoAxeViolations(page);
        expect(seen.errors).toEqual([]);
        expect(seen.foreign).toEqual([]);
      });
    }

    test("reflows on a 320 px phone", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${site.origin}/`);
      await expectNoHorizontalScroll(page);
    });

    test("ends each article with the newest other explainers, by title and date, and the archive", async ({ page }) => {
      for (const story of stories) {
        await page.goto(`${site.origin}${story.href}`);
        // In the page's language: a French story's page names its list and its link in French.
        const words = catalogue(story.lang);
        const nav = page.getByRole("navigation", { name: words["site.more"] });
        const others = stories
          .filter((s) => s !== story)
          .sort(newestFirst)
          .slice(0, MORE);
        if (others.length === 0) {
          await expect(nav).toHaveCount(0);
          continue;
        }
        // After the article's own footer, outside the article.
        expect(await nav.evaluate((n) => n.previousElementSibling?.matches("article.explainer"))).toBe(true);
        await expect(nav.getByRole("link", { name: words["more.archive"] })).toHaveAttribute("href", "/archive/");
        const items = nav.locator("li");
        await expect(items.locator("a")).toHaveText(others.map((s) => s.title));
        expect(await items.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual(
          others.map((s) => s.href),
        );
        for (const [i, other] of others.entries()) {
          const time = items.nth(i).locator("time");
          if (other.date) await expect(time).toHaveText(dayLabel(other.date, story.lang));
          else await expect(time).toHaveCount(0);
        }
      }
      const [first, second] = stories;
      if (first && second) {
        await page.goto(`${site.origin}${first.href}`);
        await page
          .getByRole("navigation", { name: "More explainers" })
          .getByRole("link", { name: second.title })
          .click();
        await expect(page.locator("h1")).toHaveText(second.title);
      }
    });
  });
}
