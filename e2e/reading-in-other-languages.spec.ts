// A story in French, German or Arabic (issue 19), read as its readers would: every page of the story (article,
// data page, embed, oEmbed answer) says its language and direction, no word the site adds is left in English,
// dates are written the language's way, the Arabic story reads right to left with ← as "next", the Embed control
// speaks the story's language, and the search finds a story in another language and marks it so.
// The fixture stories are e2e/fixtures/seeds/{fr-quotas-de-sole,de-zeitumstellung,ar-rabt-kahrabai}; the words
// expected are read from the shipped catalogues, so a test fails on an English phrase a page still carries, not
// on a translator's choice of words.

import { readFileSync } from "node:fs";
import { parse } from "@formatjs/icu-messageformat-parser";
import { expect, type Page, test } from "@playwright/test";
import { ORIGINS } from "../playwright.config";
import { afterLoad, expectNoAxeViolations, expectNoHorizontalScroll, ready, watch } from "./helpers";

const SITE = ORIGINS.fixtures;
const STORIES = [
  { slug: "fr-quotas-de-sole", lang: "fr", dir: "ltr", date: "2025-12-17", query: "quotas" },
  { slug: "de-zeitumstellung", lang: "de", dir: "ltr", date: "2026-10-23", query: "Zeitumstellung" },
  { slug: "ar-rabt-kahrabai", lang: "ar", dir: "rtl", date: "2026-05-13", query: "الكهرباء" },
] as const;

type Catalogue = Record<string, string>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(`src/i18n/catalogues/${lang}.json`, "utf8")) as Catalogue;
const en = catalogue("en");

/** The runs of literal text in a message (inside its plurals, selects and tags too). */
function literals(text: string): string[] {
  const out: string[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: the parser's element union, walked generically
  const walk = (elements: any[]) => {
    for (const el of elements) {
      if (el.type === 0) out.push(el.value);
      if (el.options) for (const option of Object.values(el.options)) walk((option as { value: unknown[] }).value);
      if (el.children) walk(el.children);
    }
  };
  // A message with markup (RICH in src/i18n/index.ts) parses with its tags; any other reads < and > as text.
  let ast: unknown[];
  try {
    ast = parse(text, { ignoreTag: false });
  } catch {
    ast = parse(text, { ignoreTag: true });
  }
  walk(ast);
  return out;
}

/**
 * The English phrases (two words or more) of every message the language's catalogue words otherwise: none may
 * be on the language's page. A message the language writes as English does (a name, "JSON Feed") is its own.
 */
function englishPhrases(lang: string): string[] {
  const own = catalogue(lang);
  const phrases = Object.keys(en)
    .filter((key) => own[key] !== en[key])
    .flatMap((key) => literals(en[key] as string))
    .map((run) =>
      run
        .trim()
        .replace(/^[,.;:·–(]+|[,.;:·–)]+$/g, "")
        .trim(),
    )
    .filter((run) => run.split(/\s+/).length >= 2 && run.length >= 8);
  // A phrase the language's own catalogue also writes (a shared name) is not English left behind.
  const ownText = Object.values(own).join("\n");
  return [...new Set(phrases)].filter((p) => !ownText.includes(p));
}

/** Everything a reader sees or hears of a page: its text, its title, and the labels and descriptions of its elements. */
function heard(page: Page) {
  return page.evaluate(() => {
    const attributes = ["aria-label", "aria-description", "title", "alt", "placeholder", "content"];
    // Every text of the body, closed <details> and hidden panels included (innerText would skip them).
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const code of body.querySelectorAll("script, style, template")) code.remove();
    const parts = [document.title, body.textContent ?? ""];
    for (const el of document.querySelectorAll("*"))
      for (const a of attributes) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    return parts.join("\n");
  });
}

for (const story of STORIES) {
  const article = `${SITE}/articles/${story.slug}/`;
  const pages = [
    { name: "article", path: article },
    { name: "data page", path: `${article}data/` },
    { name: "embed", path: `${SITE}/embed/${story.slug}/timeline/` },
  ];

  test.describe(`a story in ${story.lang}`, () => {
    for (const { name, path } of pages) {
      test(`its ${name} says lang="${story.lang}" dir="${story.dir}" and carries no English the site adds`, async ({
        page,
      }) => {
        const seen = watch(page);
        await page.goto(path);
        await afterLoad(page);
        await expect(page.locator("html")).toHaveAttribute("lang", story.lang);
        await expect(page.locator("html")).toHaveAttribute("dir", story.dir);
        const text = await heard(page);
        expect(englishPhrases(story.lang).filter((phrase) => text.includes(phrase))).toEqual([]);
        expect(seen.errors).toEqual([]);
      });
    }

    test("dates are written the language's way, with Intl", async ({ page }) => {
      await page.goto(article);
      const day = new Intl.DateTimeFormat(story.lang, {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(story.date));
      await expect(page.locator(`.byline time[datetime="${story.date}"]`)).toHaveText(day);
      // The timeline's summary names its span in the language's words (no English month or decade).
      const summary = await page.locator("[data-timeline] .tl-summary").first().textContent();
      expect(summary).not.toMatch(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\d{4}s\b/);
    });

    test("its oEmbed answer and the embed snippet carry the language and direction", async ({ page }) => {
      const res = await page.request.get(`${SITE}/embed/${story.slug}/timeline/oembed.json`);
      const oembed = (await res.json()) as { html: string; title: string };
      expect(oembed.html).toContain(`lang="${story.lang}"`);
      expect(oembed.html).toContain(`dir="${story.dir}"`);
    });

    test("its card in the archive is marked with the story's language and direction", async ({ page }) => {
      // The archive lists every story (the home page only the newest): find the page that holds this one.
      await page.goto(`${SITE}/archive/`);
      const pages = await page.locator(".archive-pages a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      let found = false;
      for (const href of pages) {
        await page.goto(`${SITE}${href}`);
        const title = page.locator(`.archive-title:has(a[href="/articles/${story.slug}/"])`);
        if ((await title.count()) === 0) continue;
        await expect(title).toHaveAttribute("lang", story.lang);
        await expect(title).toHaveAttribute("dir", story.dir);
        // The archive itself stays in the site's language.
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
        found = true;
        break;
      }
      expect(found).toBe(true);
    });

    for (const width of [320, 1280]) {
      test(`reads at ${width} px with no overflow, and axe finds nothing with every rule set`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        for (const { path } of pages) {
          await page.goto(path);
          await afterLoad(page);
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
        }
      });
    }

    test("the search finds it and marks its result with its language", async ({ page }) => {
      await page.goto(`${SITE}/search/`);
      const field = page.getByRole("searchbox");
      await field.pressSequentially(story.query);
      await page.locator(`[data-search][data-searched="${story.query}"]`).waitFor();
      const result = page.locator(`.search-results .archive-title:has(a[href="/articles/${story.slug}/"])`);
      await expect(result).toHaveCount(1);
      await expect(result).toHaveAttribute("lang", story.lang);
    });
  });
}

test.describe("the Embed control in the story's language", () => {
  test("says so in French when the code is copied", async ({ page, context }) => {
    const fr = catalogue("fr");
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${SITE}/articles/fr-quotas-de-sole/`);
    await page.locator(".embed-control summary").click();
    await page.getByRole("button", { name: fr["embed.copy"] }).click();
    await expect(page.locator("[data-embed-status]")).toHaveText(fr["embed.copied"] as string);
  });
});

test.describe("the Arabic story, built right to left", () => {
  test("← moves to the next event and → to the previous, as the hint says", async ({ page }) => {
    await page.goto(`${SITE}/embed/ar-rabt-kahrabai/timeline/`);
    await afterLoad(page);
    await ready(page);
    const summaries = page.locator("[data-timeline] li[data-event] > details > summary");
    const ids = await page
      .locator("[data-timeline] li[data-event]")
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
    const focused = () =>
      page.evaluate(() => (document.activeElement?.closest("[data-event]") as HTMLElement | null)?.dataset.event);
    await summaries.first().focus();
    // The hint, shown while the list has focus, says ← for the next event and → for the previous, in Arabic.
    const hint = page.locator("[data-timeline] .graphic-keys");
    await expect(hint).toBeVisible();
    // (Its arrows stand in isolates, U+2068 … U+2069, as every value of a message on a right-to-left page.)
    expect((await hint.textContent())?.replace(/[\u2066-\u2069]/g, "")).toContain("↓ أو ← التالي، ↑ أو → السابق");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toBe(ids[0]);
  });

  test("the strip's time runs right to left: the first event's mark is right of the last's", async ({ page }) => {
    await page.goto(`${SITE}/articles/ar-rabt-kahrabai/`);
    // Each event's mark on the strip (a dot, a line or a turning point's triangle), in the list's order.
    const marks = page.locator(".tl-strip [data-event]");
    const xs = await marks.evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().x));
    expect(xs.length).toBeGreaterThan(1);
    expect(xs[0]).toBeGreaterThan(xs[xs.length - 1] as number);
  });
});
