// Stories of other shapes than the Syria one, read at 320 and 1280 px (issue 20): two days without a time of
// day (library-vote), four days and one event known only to the next year (ferry-strike), one man and the
// bodies that answered him (bridge-warning, a chart of actors); and the Syria embed's columns and its height
// on a phone. Each checks what a reader sees: the strip's words, the columns' headers, the chart's sentence.

import { expect, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, FIXTURES } from "./helpers";

const embed = (slug: string) => `${FIXTURES}/embed/${slug}/timeline/`;
const article = (slug: string) => `${FIXTURES}/articles/${slug}/`;
const WIDTHS = [320, 1280] as const;
const CLOCK = /^\d\d:\d\d$/;

/** The strip's tick labels a reader sees (those its stylesheet shows at this width). */
const shownTicks = (page: Page) =>
  page
    .locator("[data-timeline] svg.tl-strip text")
    .evaluateAll((ts) => ts.filter((t) => getComputedStyle(t).display !== "none").map((t) => t.textContent ?? ""));

/**
 * The list's columns as drawn: for each column (by the left edge of the event rows in it), the text at its
 * top, the period label or the continued header shown there, and whether that header is hidden from a
 * screen reader.
 */
function columnTops(page: Page) {
  return page.locator("[data-timeline] .tl-periods").evaluate((list) => {
    const tops = new Map<number, { y: number; text: string; hidden: boolean }>();
    const consider = (el: Element) => {
      if (getComputedStyle(el).display === "none") return;
      const r = el.getBoundingClientRect();
      const x = Math.round(r.left);
      const held = tops.get(x);
      if (!held || r.top < held.y) {
        tops.set(x, {
          y: r.top,
          text: el.textContent?.trim() ?? "",
          hidden: el.getAttribute("aria-hidden") === "true",
        });
      }
    };
    for (const el of list.querySelectorAll(".tl-period-label, .tl-continued")) consider(el);
    // A column whose first row has no header above it shows up as an event row at its top.
    for (const el of list.querySelectorAll(".tl-event")) {
      const r = el.getBoundingClientRect();
      const x = Math.round(r.left);
      const held = tops.get(x);
      if (!held || r.top < held.y - 1) tops.set(x, { y: r.top, text: `row: ${el.textContent?.trim()}`, hidden: false });
    }
    return [...tops.entries()].sort(([a], [b]) => a - b).map(([x, t]) => ({ x, text: t.text, hidden: t.hidden }));
  });
}

test.describe("a story of two days, none with a time (library-vote)", () => {
  for (const width of WIDTHS) {
    test(`speaks in days, not hours, and stays on the screen at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const url of [embed("library-vote"), article("library-vote")]) {
        await page.goto(url);
        const ticks = await shownTicks(page);
        expect(
          ticks.filter((t) => CLOCK.test(t)),
          url,
        ).toEqual([]);
        expect(ticks, url).toContain("11 Jun");
        await expectNoHorizontalScroll(page);
      }
    });
  }

  test("at 1280 px uses the width: three columns, each after the first headed by its period, continued", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(embed("library-vote"));
    const tops = await columnTops(page);
    expect(tops).toHaveLength(3);
    expect(tops.map((t) => t.text)).toEqual([
      "10–11 June 2025",
      "10–11 June 2025 (continued)",
      "10–11 June 2025 (continued)",
    ]);
    expect(tops.map((t) => t.hidden)).toEqual([false, true, true]);
    // A column that starts inside a day prints that day's date again.
    const again = page.locator(".tl-when-again").filter({ visible: true });
    await expect(again.first()).toHaveText("10 Jun");
  });

  test("at 320 px reads as one column, with no repeated header", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(embed("library-vote"));
    expect(await columnTops(page)).toHaveLength(1);
    await expect(page.locator(".tl-continued").filter({ visible: true })).toHaveCount(0);
  });
});

test.describe("a story of four days and one event the next year (ferry-strike)", () => {
  for (const width of WIDTHS) {
    test(`keeps the four days apart on a broken strip, and says "the next year", at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(embed("ferry-strike"));
      const strip = page.locator("[data-timeline] svg.tl-strip");
      await expect(strip.locator("use.tl-break")).toHaveCount(1);
      // Nine marks of the four days, each at least 4 px from the next: none hides another.
      const xs = await strip
        .locator(".tl-strip-mark, .tl-strip-turning")
        .evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().left + m.getBoundingClientRect().width / 2));
      const sorted = xs.sort((a, b) => a - b);
      expect(sorted).toHaveLength(9);
      for (const [i, x] of sorted.slice(1).entries()) expect(x - (sorted[i] ?? 0)).toBeGreaterThanOrEqual(4);
      expect(await shownTicks(page)).toContain("2027");
      await expect(page.locator(".tl-period-label").last()).toHaveText("2027 · the next year");
      await expectNoHorizontalScroll(page);
    });
  }

  test("the home page's card and the share image draw the same broken strip", async ({ page, request }) => {
    await page.goto(`${FIXTURES}/`);
    const card = page.locator(".story-strip").filter({ has: page.locator('[href="#ferry-strike-tl-shape-break"]') });
    await expect(card).toHaveCount(1);
    const image = await request.get(`${embed("ferry-strike")}preview.png`);
    expect(image.ok()).toBe(true);
    expect(image.headers()["content-type"]).toBe("image/png");
  });
});

test.describe("the Syria embed's columns and its height on a phone", () => {
  test("at 1280 px every column starts with its period's name: its own heading, or the continued one", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/embed/timeline/");
    const tops = await columnTops(page);
    expect(tops).toHaveLength(3);
    for (const top of tops) expect(top.text).not.toMatch(/^row:/);
    expect(tops.slice(1).map((t) => t.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^March\u2009–\u2009April 2017 \(continued\)$/)]),
    );
    // Each period's heading is heard once: the continued ones are for the eye.
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.filter((h) => h.includes("(continued)"))).toEqual([]);
  });

  test("at 320 px it is at most 800 px tall: the takeaway counts the turning points, a screen reader hears their names", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/embed/timeline/");
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThanOrEqual(800);
    const takeaway = page.locator("#timeline-summary");
    await expect(takeaway.locator(".tl-takeaway-short")).toBeVisible();
    await expect(takeaway.locator(".tl-takeaway-short")).toHaveText("The 4 turning points are in bold.");
    await expect(page.locator("[data-timeline] .tl-periods")).toHaveAccessibleDescription(
      /18 events from Mar 2014 to Apr 2017\. Turning points, in bold: Chemical attack in Khan Shaykhun, .* Tillerson in Moscow\./,
    );
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(takeaway.locator(".tl-takeaway-short")).toBeHidden();
    await expect(takeaway.locator(".tl-takeaway-full")).toBeVisible();
  });
});

test.describe("a right-to-left story's columns (ar-rabt-kahrabai)", () => {
  test("at 1280 px run from the right, each after the first headed by its period, continued", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(embed("ar-rabt-kahrabai"));
    const tops = await columnTops(page);
    expect(tops.length).toBeGreaterThan(1);
    // The rightmost column is the first: its period's own heading; the others say they continue it.
    expect(tops.at(-1)?.hidden).toBe(false);
    for (const top of tops.slice(0, -1)) expect(top.text).toMatch(/\(تابع\)$/);
    await expectNoHorizontalScroll(page);
  });
});

test.describe("a story about people, not countries (bridge-warning)", () => {
  for (const width of WIDTHS) {
    test(`charts its actors by name, in a sentence for each position, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(article("bridge-warning"));
      const chart = page.locator("figure[data-stances]");
      await expect(chart.locator(".graphic-title")).toHaveText(
        "Who stood where on closing the Kilmore bridge to lorries",
      );
      await expect(chart.locator("#stances-summary")).toHaveText(
        "Dr Colm Brennan wants it closed to lorries. Kilmore County Council wants more tests first. Transport Infrastructure Office; Bridge Review Panel, 2019; and Chamber of Commerce, Kilmore say it is safe. The hauliers' association has not commented.",
      );
      // A row per actor, each the name of its row group; no row is a country.
      const rows = await chart
        .locator("svg.sc-variant")
        .filter({ visible: true })
        .first()
        .locator("g.sc-row")
        .evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")));
      expect(rows).toEqual([
        "Dr Colm Brennan",
        "Kilmore County Council",
        "Transport Infrastructure Office",
        "Bridge Review Panel, 2019",
        "Chamber of Commerce, Kilmore",
        "The hauliers' association",
      ]);
      await expect(chart.locator(".sc-table thead th")).toHaveText(["Actor", "Stance", "In the article"]);
      await expect(chart.locator("caption")).toHaveText(
        "Each actor's stance on closing the Kilmore bridge to lorries, in the article's words",
      );
      await expectNoHorizontalScroll(page);
      await expectNoAxeViolations(page, "figure[data-stances]");
    });
  }
});
