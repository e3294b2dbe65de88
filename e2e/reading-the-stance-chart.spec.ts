// Reading the stance chart: the picture and its table without JavaScript; the keyboard, the mouse and what a
// screen reader hears with it; quote links that land on their paragraph; what the article does not report;
// and the chart of another story, in its own words.

import { expect, type Page, test } from "@playwright/test";
import { STANCE_ORDER } from "../src/test/story";
import {
  ARTICLE,
  afterLoad,
  announcement,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  FIXTURES,
  ready,
  watch,
} from "./helpers";

const CHART = "figure.stances";
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
  "Of the seven G7 members, two pushed for tighter sanctions, two said not now, one rejected them and two are not reported in the article; the G7 as a body rejected them on 11 Apr 2017. Also charted: Marine Le Pen, presidential candidate (France), who would consider lifting sanctions.";

const focused = (page: Page) => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.stance);

/** Tabs into the chart from its skip link, the stop before it, once the chart's controller listens. */
async function tabIntoChart(page: Page) {
  await ready(page, "[data-stances]");
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
    // Titled, and described by its summary: never by a whole paragraph of the article, nor by keys that do
    // nothing without the script. A mark, a link to its row, says nothing of a panel it cannot open.
    const svg = page.locator(SVG);
    await expect(svg).toHaveAttribute("aria-labelledby", "stances-title");
    await expect(svg).toHaveAttribute("aria-describedby", "stances-summary");
    await expect(page.locator(`${CHART} [aria-expanded], ${CHART} [aria-controls]`)).toHaveCount(0);
    // Column heads and row names are for the eye; each row is a group named for its country.
    await expect(page.locator(`${SVG} .sc-headers`)).toHaveAttribute("aria-hidden", "true");
    await expect(page.locator(`${SVG} .sc-name`).first()).toHaveAttribute("aria-hidden", "true");
    await expect(page.locator(`${SVG} g.sc-row[role="group"]`)).toHaveCount(COUNTRIES.length);
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

test.describe("reading the stance chart", () => {
  test("the keyboard: one tab stop, arrows move without opening, Enter opens into the details, Escape returns", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const panel = page.locator(PANEL);
    await tabIntoChart(page);
    expect(await focused(page)).toBe(ORDER[0]);
    for (const id of ORDER.slice(1)) {
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe(id);
    }
    // Moving never opens: a screen reader hears one mark's name per key press.
    await expect(panel).toBeHidden();
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe("russia");
    await page.keyboard.press("Home");
    expect(await focused(page)).toBe("united-states");
    await page.keyboard.press("End");
    expect(await focused(page)).toBe("russia");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe("canada");
    const stops = await page.locator(MARKS).evaluateAll((as) => as.filter((a) => a.getAttribute("tabindex") === "0"));
    expect(stops).toHaveLength(1);

    await page.keyboard.press("Enter");
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    await expect(panel.locator("h3")).toHaveText("Canada: Government");
    await expect(panel).toHaveAccessibleName("Details: Canada: Government");
    await expect(page.locator(`${MARKS}[data-stance="canada"]`)).toHaveAttribute("aria-expanded", "true");
    await expect(page).toHaveURL(/#stance-canada$/);
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    expect(await focused(page)).toBe("canada");
    await expect(page.locator(`${MARKS}[data-stance="canada"]`)).toHaveAttribute("aria-expanded", "false");
    await expect(page).not.toHaveURL(/#/);
  });

  test("focus is visible on the focused mark, and never clipped", async ({ page }) => {
    await page.goto(ARTICLE);
    await tabIntoChart(page);
    const hit = page.locator(`${MARKS}[data-stance="united-states"] .sc-hit`);
    expect(Number.parseFloat(await hit.evaluate((r) => getComputedStyle(r).strokeWidth))).toBeGreaterThanOrEqual(2);
    const box = await hit.boundingBox();
    const figure = await page.locator(CHART).boundingBox();
    expect(box?.x ?? 0).toBeGreaterThanOrEqual(figure?.x ?? 0);
  });

  test("a resting mouse previews a stance; a click opens its details and a second click closes them", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await ready(page, "[data-stances]");
    const panel = page.locator(PANEL);
    const card = page.locator(`${CHART} .sc-preview`);
    await page.locator(`${MARKS}[data-stance="italy"] .sc-shape`).hover();
    await expect(card.locator("h3")).toHaveText("Italy: Government");
    await expect(card).toContainText("Not now / wait");
    await expect(card).toContainText("not on its agenda");
    await expect(panel).toBeHidden();
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();

    await page.locator(`${MARKS}[data-stance="france-le-pen"] .sc-shape`).click();
    await expect(panel.locator("h3")).toHaveText("France: Marine Le Pen, presidential candidate");
    await expect(panel.locator(".record-sources a")).toHaveAttribute("href", /wikipedia\.org\/wiki\/Marine_Le_Pen/);
    await expect(page).toHaveURL(/#stance-france-le-pen$/);
    await page.locator(`${MARKS}[data-stance="france-le-pen"] .sc-shape`).click();
    await page.mouse.move(0, 0);
    await expect(panel).toBeHidden();
  });

  test("quote links land on their paragraph", async ({ page }) => {
    await page.goto(ARTICLE);
    await ready(page, "[data-stances]");
    await page.locator(`${MARKS}[data-stance="germany"] .sc-shape`).click();
    await page.locator(PANEL).getByRole("link", { name: "Read it in the article" }).click();
    await expect(page).toHaveURL(/#p-germany-rejected-it-saying-that$/);
    const paragraph = page.locator("#p-germany-rejected-it-saying-that");
    await expect(paragraph).toBeInViewport();
    await expect(paragraph).toContainText("Germany rejected it saying that sanctions would not bring peace to Syria");
    const links = await page.locator(`${CHART} .sc-table .sc-quotes li`).evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector("q")?.textContent ?? "",
        href: li.querySelector("a")?.getAttribute("href") ?? "",
      })),
    );
    expect(links.length).toBeGreaterThanOrEqual(ORDER.length - 3);
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
      const shape = await mark.locator(".sc-shape").boundingBox();
      const centre = (shape?.x ?? 0) + (shape?.width ?? 0) / 2;
      for (const x of guides) expect(Math.abs(centre - x)).toBeGreaterThan(8);
    }
  });

  for (const size of [
    { width: 320, height: 256 },
    { width: 1280, height: 900 },
  ]) {
    test(`a link to #stance-<id> opens it in view; back and forward walk the stances (${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`${ARTICLE}#stance-g7`);
      await ready(page, "[data-stances]");
      const panel = page.locator(PANEL);
      await expect(panel.locator("h3")).toHaveText("G7: Foreign ministers, as a body");
      await expect(panel).toContainText("11 Apr 2017");
      await expect(panel).toBeInViewport();
      // The chart shows the stance: the table the fragment pointed into stays closed, and no id is doubled.
      await afterLoad(page);
      await expect(page.locator(`${CHART} details.graphic-list`)).not.toHaveAttribute("open", "");
      await expect(page.locator('[id="stance-g7"]')).toHaveCount(1);

      await page.locator(`${MARKS}[data-stance="italy"] .sc-shape`).click();
      await expect(panel.locator("h3")).toHaveText("Italy: Government");
      await expect(page).toHaveURL(/#stance-italy$/);
      // The pointer off the chart, whose hover would otherwise show the mark under it.
      await page.mouse.move(0, 0);
      await page.goBack();
      await expect(panel.locator("h3")).toHaveText("G7: Foreign ministers, as a body");
      await page.goForward();
      await expect(panel.locator("h3")).toHaveText("Italy: Government");
    });
  }

  for (const width of [320, 768, 1280]) {
    test(`at ${width} px: no horizontal scroll (table open), text of 12 px or more, no two words overlap`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      await ready(page, "[data-stances]");
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
});

test.describe("what a screen reader hears of the chart", () => {
  test("a mark: its country, actor, position and date, at most 150 characters", async ({ page }) => {
    await page.goto(ARTICLE);
    await tabIntoChart(page);
    const heard: Record<string, string> = {};
    for (const id of ["united-states", "france-le-pen", "g7"]) {
      await page.locator(`${MARKS}[data-stance="${id}"]`).focus();
      heard[id] = (await announcement(page)).text;
    }
    expect(heard).toEqual({
      "united-states": "United States, Government: Pushed for tighter sanctions, link, collapsed",
      "france-le-pen": "France, Marine Le Pen, presidential candidate: Would consider lifting, link, collapsed",
      g7: "G7, Foreign ministers, as a body: Rejected, 11 Apr 2017, link, collapsed",
    });
    for (const text of Object.values(heard)) expect(text.length).toBeLessThanOrEqual(150);
    await expect(page.locator(`${CHART} [aria-live]`)).toHaveCount(0);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1280]) {
      test(`axe, every rule set, finds nothing in the chart, its details and its table (${colorScheme}, ${width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        const seen = watch(page);
        await page.goto(ARTICLE);
        await ready(page, "[data-stances]");
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
  }
});

test.describe("the chart of another story", () => {
  test("the river-treaty fixture's chart speaks only of its own question, in its own words", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/river-treaty/`);
    const chart = page.locator(CHART);
    await expect(chart.locator(".graphic-title")).toHaveText(
      "Where each country stood on a review of the water-sharing treaty",
    );
    await expect(chart.locator(".graphic-takeaway")).toHaveText(
      "Of the four countries charted, one supported a review, one said it would wait for the experts, one opposed reopening the treaty and one has not said. Also charted: Environmental groups, protesting in Vienna (Austria), who supported a review.",
    );
    await expect(chart.locator(".legend li")).toHaveText([
      "Supports a review",
      "Will wait for the experts",
      "Opposes a review",
      "Has not said",
    ]);
    await expect(page.locator(`${SVG} .sc-name`)).toHaveText(["Austria", "Hungary", "Slovakia", "Romania"]);
    const words = (await chart.textContent()) ?? "";
    for (const other of ["sanction", "Russia", "G7", "Syria"]) expect(words).not.toContain(other);
    await tabIntoChart(page);
    const seen: (string | undefined)[] = [await focused(page)];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press("ArrowRight");
      seen.push(await focused(page));
    }
    expect(seen).toEqual(["austria", "environmental-groups", "hungary", "slovakia", "romania"]);
    await page.keyboard.press("Enter");
    await expect(page.locator(PANEL)).toContainText("Has not said");
    await expectNoAxeViolations(page, CHART);
  });
});
