// Reading the sanctions chart: the picture and its table without JavaScript, selection and the keyboard with
// it, quote links that land on their paragraph, what the article does not report, and the fixture's story.

import { expect, type Page, test } from "@playwright/test";
import { STANCE_ORDER } from "../src/test/story";
import { ARTICLE, afterLoad, expectNoAxeViolations, expectNoHorizontalScroll, FIXTURES, watch } from "./helpers";

const CHART = "figure.sanctions";
const SVG = `${CHART} svg.sc-variant:visible`;
const MARKS = `${SVG} a.sc-mark`;
const PANEL = `${CHART} [data-details]`;

const COUNTRIES = [
  "United States",
  "United Kingdom",
  "Germany",
  "Italy",
  "France",
  "Japan",
  "Canada",
  "G7 as a body",
  "Russia",
];
const ORDER = STANCE_ORDER;
const SUMMARY =
  "Of the seven G7 members, two pushed for tighter sanctions, two said not now, one rejected them, and two are not reported in the article; the G7 as a body rejected tighter sanctions on 11 Apr 2017.";

const focused = (page: Page) => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.stance);

/** Tabs into the chart from its skip link, the stop before it. */
async function tabIntoChart(page: Page) {
  await page.locator(`${CHART} .inline-skip`).focus();
  await page.keyboard.press("Tab");
}

test.describe("reading the sanctions chart without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every country and actor is in the picture and in the table, under the computed summary", async ({ page }) => {
    await page.goto(ARTICLE);
    const chart = page.locator(CHART);
    await expect(chart.locator(".graphic-takeaway")).toHaveText(SUMMARY);
    await expect(page.locator(`${SVG} .sc-name`)).toHaveText(COUNTRIES);
    // Titled and described: by the summary, and by the passage it illustrates when the page names one.
    const svg = page.locator(SVG);
    await expect(svg).toHaveAttribute("aria-labelledby", "sanctions-title");
    const describedBy = ((await svg.getAttribute("aria-describedby")) ?? "").split(" ");
    expect(describedBy[0]).toBe("sanctions-summary");
    for (const id of describedBy) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
    const names = await page.locator(MARKS).evaluateAll((as) => as.map((a) => a.getAttribute("aria-label")));
    expect(names).toHaveLength(ORDER.length);
    for (const actor of ["Government", "Marine Le Pen, presidential candidate", "Foreign ministers, as a body"]) {
      expect(names.some((n) => n?.includes(`, ${actor}: `))).toBe(true);
    }
    await expect(page.locator(`${SVG} .sc-label`)).toContainText([
      "Government",
      "Marine Le Pen,",
      "Not reported in the article",
      "Not reported in the article",
      "Rejected, 11 Apr 2017",
      "Target of the sanctions",
    ]);

    await chart.locator("summary").click();
    const rows = chart.locator(".sc-table tbody tr");
    await expect(rows).toHaveCount(ORDER.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.id))).toEqual(ORDER.map((id) => `stance-${id}`));
    await expect(rows.locator("th")).toHaveText([...COUNTRIES.slice(0, 5), ...COUNTRIES.slice(4)]);
    await expect(rows.filter({ hasText: "Marine Le Pen" })).toContainText("Would consider lifting");
  });

  test("a mark leads to its row of the table", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator(`${MARKS}[data-stance="germany"]`).click();
    await expect(page).toHaveURL(/#stance-germany$/);
    await expect(page.locator("#stance-germany")).toBeInViewport();
    await expect(page.locator("#stance-germany")).toContainText("Germany rejected it");
  });
});

test.describe("reading the sanctions chart", () => {
  test("the keyboard: one tab stop, arrows through every mark with its details, Escape and Enter", async ({ page }) => {
    await page.goto(ARTICLE);
    const panel = page.locator(PANEL);
    await tabIntoChart(page);
    expect(await focused(page)).toBe(ORDER[0]);
    await expect(panel.locator("h3")).toHaveText("United States: Government");

    for (const id of ORDER.slice(1)) {
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe(id);
      await expect(page.locator(`${MARKS}[data-stance="${id}"]`)).toHaveClass(/is-selected/);
      await expect(panel).toBeVisible();
    }
    await expect(panel.locator("h3")).toHaveText("Russia: Government");
    await expect(panel).toContainText("Target of the sanctions");
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe("russia");
    await page.keyboard.press("Home");
    expect(await focused(page)).toBe("united-states");
    await page.keyboard.press("End");
    expect(await focused(page)).toBe("russia");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("canada");
    await expect(panel.locator("h3")).toHaveText("Canada: Government");

    // One tab stop: only the selected mark is in the tab order, and Tab leaves the chart.
    const stops = await page.locator(MARKS).evaluateAll((as) => as.filter((a) => a.getAttribute("tabindex") === "0"));
    expect(stops).toHaveLength(1);
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    expect(await focused(page)).toBe("canada");

    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    expect(await focused(page)).toBe("canada");
    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();
    await expect(page).toHaveURL(/#stance-canada$/);
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/#/);
  });

  test("focus is visible on the focused mark", async ({ page }) => {
    await page.goto(ARTICLE);
    await tabIntoChart(page);
    const stroke = await page
      .locator(`${MARKS}[data-stance="united-states"] .sc-hit`)
      .evaluate((r) => getComputedStyle(r).strokeWidth);
    expect(Number.parseFloat(stroke)).toBeGreaterThanOrEqual(2);
  });

  test("hover and tap show a stance's details; Close puts focus back on its mark", async ({ page }) => {
    await page.goto(ARTICLE);
    const panel = page.locator(PANEL);
    await page.locator(`${MARKS}[data-stance="italy"] .sc-shape`).hover();
    await expect(panel.locator("h3")).toHaveText("Italy: Government");
    await expect(panel).toContainText("Not now / wait");
    await expect(panel).toContainText("Alfano");
    await page.mouse.move(0, 0);
    await expect(panel).toBeHidden();

    await page.locator(`${MARKS}[data-stance="france-le-pen"] .sc-shape`).click();
    await expect(panel.locator("h3")).toHaveText("France: Marine Le Pen, presidential candidate");
    await expect(panel.locator(".record-sources a")).toHaveAttribute("href", /wikipedia\.org\/wiki\/Marine_Le_Pen/);
    await expect(page).toHaveURL(/#stance-france-le-pen$/);
    await panel.getByRole("button", { name: "Close" }).click();
    await expect(panel).toBeHidden();
    expect(await focused(page)).toBe("france-le-pen");
  });

  test("quote links land on their paragraph", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator(`${MARKS}[data-stance="germany"] .sc-shape`).click();
    await page.locator(PANEL).getByRole("link", { name: "Read it in the article" }).click();
    await expect(page).toHaveURL(/#p-germany-rejected-it-saying-that$/);
    const paragraph = page.locator("#p-germany-rejected-it-saying-that");
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toContainText("Germany rejected it saying that sanctions would not bring peace to Syria");

    // Every quote in the table links to the block of the article that holds its words.
    const links = await page.locator(`${CHART} .sc-table .sc-quotes li`).evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector("q")?.textContent ?? "",
        href: li.querySelector("a")?.getAttribute("href") ?? "",
      })),
    );
    expect(links.length).toBeGreaterThanOrEqual(ORDER.length);
    for (const { quote, href } of links) {
      await expect(page.locator(`.prose > [id="${href.slice(1)}"]`), href).toContainText(quote);
    }
  });

  test("Japan and Canada show as not reported, off the scale", async ({ page }) => {
    await page.goto(ARTICLE);
    const guides = await page
      .locator(`${SVG} .sc-guide`)
      .evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect().x));
    expect(guides).toHaveLength(4);
    for (const [id, country] of [
      ["japan", "Japan"],
      ["canada", "Canada"],
    ]) {
      const mark = page.locator(`${MARKS}[data-stance="${id}"]`);
      await expect(mark).toHaveClass(/stance-not-reported/);
      await expect(mark).toHaveAttribute("aria-label", `${country}, Government: Not reported in the article`);
      await expect(mark.locator(".sc-label")).toHaveText("Not reported in the article");
      await expect(mark.locator(".sc-band")).toBeVisible();
      const shape = await mark.locator(".sc-shape").boundingBox();
      const centre = (shape?.x ?? 0) + (shape?.width ?? 0) / 2;
      for (const x of guides) expect(Math.abs(centre - x)).toBeGreaterThan(8);
      await expect(page.locator(`#stance-${id}`)).toContainText("Not reported in the article");
    }
  });

  test("a link to #stance-<id> selects that stance; back and forward walk the selections", async ({ page }) => {
    await page.goto(`${ARTICLE}#stance-g7`);
    const panel = page.locator(PANEL);
    await expect(panel.locator("h3")).toHaveText("G7: Foreign ministers, as a body");
    await expect(panel).toContainText("11 Apr 2017");
    await expect(page.locator(`${MARKS}[data-stance="g7"]`)).toHaveClass(/is-selected/);
    await expect(page.locator(`${MARKS}[data-stance="g7"] .sc-shape`)).toBeInViewport();
    // The chart shows the stance: the table the fragment pointed into stays closed, and no id is doubled.
    await afterLoad(page);
    await expect(page.locator(`${CHART} details.graphic-list`)).not.toHaveAttribute("open", "");
    await expect(page.locator('[id="stance-g7"]')).toHaveCount(1);

    await page.locator(`${MARKS}[data-stance="italy"] .sc-shape`).click();
    await expect(panel.locator("h3")).toHaveText("Italy: Government");
    // The click's history entry, before walking back over it; and the pointer off the chart, whose hover
    // would otherwise show the mark under it rather than the selection.
    await expect(page).toHaveURL(/#stance-italy$/);
    await page.mouse.move(0, 0);
    await page.goBack();
    await expect(panel.locator("h3")).toHaveText("G7: Foreign ministers, as a body");
    await page.goForward();
    await expect(panel.locator("h3")).toHaveText("Italy: Government");
  });

  for (const width of [320, 768, 1280]) {
    test(`at ${width} px: no horizontal scroll (table open), text of 12 px or more, no two words overlap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      await page.locator(`${MARKS}[data-stance="france-le-pen"] .sc-shape`).click();
      await page.locator(`${CHART} summary`).click();
      await expectNoHorizontalScroll(page);
      // However it is laid out, the table stays a table for screen readers.
      const table = page.getByRole("table", { name: /stance on tighter sanctions/ });
      await expect(table.getByRole("row")).toHaveCount(ORDER.length + 1);
      await expect(table.getByRole("rowheader")).toHaveCount(ORDER.length);
      const svg = page.locator(SVG);
      await expect(svg).toHaveCount(1);
      const report = await svg.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const scale = box.width / (el as SVGSVGElement).viewBox.baseVal.width;
        const texts = [...el.querySelectorAll("tspan")].map((t) => ({
          text: t.textContent ?? "",
          size: Number.parseFloat(getComputedStyle(t).fontSize) * scale,
          rect: t.getBoundingClientRect(),
        }));
        const overlaps: string[] = [];
        for (const [i, a] of texts.entries()) {
          for (const b of texts.slice(i + 1)) {
            const r = a.rect;
            const s = b.rect;
            const apart =
              r.right <= s.left + 0.5 || s.right <= r.left + 0.5 || r.bottom <= s.top + 0.5 || s.bottom <= r.top + 0.5;
            if (!apart) overlaps.push(`${a.text} / ${b.text}`);
          }
        }
        return {
          overflow: texts
            .filter((t) => t.rect.left < box.left - 0.5 || t.rect.right > box.right + 0.5)
            .map((t) => t.text),
          smallest: Math.min(...texts.map((t) => t.size)),
          overlaps,
          figure: box.right,
        };
      });
      expect(report.overflow).toEqual([]);
      expect(report.overlaps).toEqual([]);
      expect(report.smallest).toBeGreaterThanOrEqual(12);
      expect(report.figure).toBeLessThanOrEqual(width);
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the chart, its details and its table (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const seen = watch(page);
      await page.goto(ARTICLE);
      await page.locator(`${MARKS}[data-stance="united-kingdom"] .sc-shape`).click();
      await page.locator(`${CHART} summary`).click();
      await expectNoAxeViolations(page, CHART);
      await page.keyboard.press("Escape");
      await tabIntoChart(page);
      await expectNoAxeViolations(page, CHART);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }
});

test.describe("the chart of another story", () => {
  test("the fixture's three stances: summary, keyboard and not reported, with no change to the code", async ({
    page,
  }) => {
    await page.goto(`${FIXTURES}/articles/second-story/`);
    await expect(page.locator(`${CHART} .graphic-takeaway`)).toHaveText(
      "Of the three G7 members charted, one pushed for tighter sanctions, one said not now, and one is not reported in the article.",
    );
    await expect(page.locator(`${SVG} .sc-name`)).toHaveText(["Germany", "Italy", "Japan"]);
    await tabIntoChart(page);
    const seen: (string | undefined)[] = [await focused(page)];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press("ArrowRight");
      seen.push(await focused(page));
    }
    expect(seen).toEqual(["germany", "italy", "japan"]);
    await expect(page.locator(PANEL)).toContainText("Not reported in the article");
    await expectNoAxeViolations(page, CHART);
  });
});
