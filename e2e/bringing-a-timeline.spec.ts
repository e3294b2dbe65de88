// A newsroom brings the timeline it already has: Knight Lab's own example files and spreadsheet template,
// dropped into seeds/ unchanged, a media-heavy timeline of our own, and a hostile one. Each builds into an
// explainer and an embed that show every headline at 320 px without JavaScript, dates as the file gives them,
// images from the site (lazily, in the embed only once an event opens), other media as link cards, nothing
// from another origin and nothing the file carries run; and each offers its timeline back as TimelineJS3 JSON.
// Expectations are read here from the fixture files themselves.

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { csvParse } from "d3-dsv";
import { afterLoad, expectNoAxeViolations, FIXTURES, watch } from "./helpers";

const SEEDS = "e2e/fixtures/seeds";

interface Slide {
  unique_id?: string;
  start_date?: { year?: string | number; month?: string | number };
  display_date?: string;
  text?: { headline?: string; text?: string };
  media?: { url?: string };
}

/** A headline's words without its markup, as a reader sees them (a test's own reading: tags out, spaces folded). */
const words = (html = "") =>
  html
    .replace(/<script[\s\S]*?<\/script>/gi, "")
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

/** The slides of a fixture, as its file gives them (a TimelineJS file, or a sheet in TimelineJS's template). */
function slides(file: string): Slide[] {
  const text = readFileSync(`${SEEDS}/${file}`, "utf8");
  if (file.endsWith(".json")) return (JSON.parse(text) as { events: Slide[] }).events;
  return csvParse(text)
    .filter((row) => !/^(title|era)$/i.test((row.Type ?? "").trim()) && (row.Year ?? "").trim())
    .map((row) => ({
      start_date: { year: row.Year, month: row.Month },
      ...(row["Display Date"] ? { display_date: row["Display Date"] } : {}),
      text: { headline: row.Headline, text: row.Text },
      ...(row.Media ? { media: { url: row.Media } } : {}),
    }));
}

const STORIES = [
  ["knight-lab-media-types", "knight-lab-media-types.timeline.json"],
  ["knight-lab-cosmology", "knight-lab-cosmology.timeline.json"],
  ["knight-lab-cosmology-mixed", "knight-lab-cosmology-mixed.timeline.json"],
  ["knight-lab-eras", "knight-lab-eras.timeline.json"],
  ["knight-lab-template", "knight-lab-template.events.csv"],
  ["women-in-computing", "women-in-computing.events.csv"],
  ["harbour-storm", "harbour-storm.timeline.json"],
  ["hostile-timeline", "hostile-timeline.timeline.json"],
] as const;

test("Knight Lab's files are in the fixtures exactly as the TimelineJS3 package ships them", () => {
  const lib = "node_modules/@knight-lab/timelinejs/src";
  for (const [fixture, original] of [
    ["knight-lab-media-types.timeline.json", "template/all-media-types.json"],
    ["knight-lab-cosmology.timeline.json", "template/cosmo.json"],
    ["knight-lab-cosmology-mixed.timeline.json", "template/cosmo-mixed.json"],
    ["knight-lab-eras.timeline.json", "template/eras.json"],
    ["knight-lab-template.events.csv", "template/my-own-timeline.csv"],
    ["women-in-computing.events.csv", "js/core/__tests__/women_in_computing.csv"],
  ]) {
    expect(readFileSync(`${SEEDS}/${fixture}`).equals(readFileSync(`${lib}/${original}`)), fixture).toBe(true);
  }
});

for (const [slug, file] of STORIES) {
  const article = `${FIXTURES}/articles/${slug}/`;
  const embed = `${FIXTURES}/embed/${slug}/timeline/`;
  const given = slides(file);

  test.describe(`${file}, brought as it is`, () => {
    test("shows every headline at 320 px without JavaScript, on the explainer and in the embed", async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const url of [article, embed]) {
        await page.goto(url);
        const titles = page.locator(".timeline .tl-title");
        await expect(titles, url).toHaveCount(given.length);
        const shown = await titles.allTextContents();
        for (const slide of given) {
          const headline = words(slide.text?.headline);
          // A slide with no headline is named by its text's first words.
          const expected = headline || words(slide.text?.text).split(" ").slice(0, 4).join(" ");
          expect(
            shown.some((t) => t.startsWith(expected)),
            `${url}: "${expected}"`,
          ).toBe(true);
        }
        for (const title of await titles.all()) await expect(title).toBeVisible();
      }
      await context.close();
    });

    test("prints each date as the file gives it", async ({ page }) => {
      await page.goto(`${article}data/`);
      const dates = await page.locator('.record-list > li[id^="event-"] .record-date').allTextContents();
      expect(dates).toHaveLength(given.length);
      const printed = dates.join("\n");
      for (const slide of given) {
        if (slide.display_date) expect(printed).toContain(words(slide.display_date));
        else {
          const year = Number(slide.start_date?.year);
          // A year as TimelineJS writes it: 44 BCE for -44, years ago for the universe's deep past.
          const shown = year > 0 ? String(year) : year > -100_000 ? `${-year} BCE` : "years ago";
          expect(printed, `${slide.text?.headline}`).toContain(shown);
        }
      }
    });

    test("asks nothing of another origin, and runs nothing the file carries", async ({ page }) => {
      const { errors, foreign } = watch(page);
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const url of [article, `${article}data/`, embed]) {
        await page.goto(url);
        await afterLoad(page);
        // Open every event: its image loads now, from the site.
        for (const summary of await page.locator(".tl-summary").all()) await summary.click();
        await afterLoad(page);
        const hostile = await page.evaluate(() => ({
          handlers: [...document.querySelectorAll("main *")].flatMap((el) =>
            [...el.attributes].map((a) => a.name).filter((n) => /^on/i.test(n)),
          ),
          frames: document.querySelectorAll("main iframe, main object, main embed, main form").length,
          links: [...document.querySelectorAll("main a[href]")]
            .map((a) => a.getAttribute("href") ?? "")
            .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
          images: [...document.querySelectorAll("main img")]
            .map((i) => i.getAttribute("src") ?? "")
            .filter((s) => !s.startsWith("/_astro/")),
        }));
        expect(hostile, url).toEqual({ handlers: [], frames: 0, links: [], images: [] });
      }
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });

    test("offers its timeline back as TimelineJS3 JSON, with every slide", async ({ request }) => {
      const response = await request.get(`${article}timeline.json`);
      expect(response.ok()).toBe(true);
      const out = (await response.json()) as { events: Slide[] };
      expect(out.events).toHaveLength(given.length);
      const ids = given.flatMap((s) => (s.unique_id ? [s.unique_id] : []));
      const back = new Set(out.events.map((s) => s.unique_id));
      for (const id of ids)
        expect(
          back.has(
            id
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, "-")
              .replace(/^-|-$/g, ""),
          ),
        ).toBe(true);
      const years = (list: Slide[]) => list.map((s) => Number(s.start_date?.year)).sort((a, b) => a - b);
      expect(years(out.events)).toEqual(years(given));
    });
  });
}

test.describe("the media-heavy timeline (harbour-storm.timeline.json)", () => {
  const embed = `${FIXTURES}/embed/harbour-storm/timeline/`;

  test("loads no image until an event opens, then only that event's, from the site", async ({ page }) => {
    const images: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "image") images.push(new URL(r.url()).pathname);
    });
    await page.goto(embed);
    await afterLoad(page);
    expect(images).toEqual([]);
    await page.locator('[data-event="ferry-cancelled"] .tl-summary').click();
    await afterLoad(page);
    await expect(page.locator('[data-event="ferry-cancelled"] img')).toBeVisible();
    expect(images).toHaveLength(1);
    expect(images[0]).toMatch(/^\/_astro\/storm-ferry\..+\.(avif|webp)$/);
  });

  test("shows an image with its size, alt, caption and credit, and a video as a link card", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/harbour-storm/?`);
    await page.locator('[data-event="warning-flags"] .tl-summary').click();
    const figure = page.locator('[data-event="warning-flags"] figure.event-media');
    await expect(figure.locator("img")).toHaveAttribute("alt", "Two red storm pennants on a mast over the harbour");
    await expect(figure.locator("img")).toHaveAttribute("width", /^\d+$/);
    await expect(figure.locator("img")).toHaveAttribute("height", /^\d+$/);
    await expect(figure.locator("figcaption")).toHaveText("The flags went up before dawn. Skerrow Gazette");
    await expect(figure.getByRole("link", { name: "Skerrow Gazette" })).toHaveAttribute("rel", "noopener noreferrer");
    await page.locator('[data-event="harbourmaster-video"] .tl-summary').click();
    const card = page.locator('[data-event="harbourmaster-video"] .link-card');
    await expect(card).toHaveAttribute("href", "https://www.youtube.com/watch?v=skerrow-storm-fixture");
    await expect(card.locator(".link-provider")).toHaveText("YouTube");
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`passes axe with every rule set, every event open (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of [`${FIXTURES}/articles/harbour-storm/`, embed, `${FIXTURES}/articles/harbour-storm/data/`]) {
        await page.goto(url);
        await afterLoad(page);
        await expectNoAxeViolations(page);
      }
    });
  }
});
