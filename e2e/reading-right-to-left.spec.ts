import { expect, type Page, test } from "@playwright/test";
import { EVENT_ORDER } from "../src/test/story";
import { ARTICLE, afterLoad, expectNoAxeViolations, expectNoHorizontalScroll, ready, watch } from "./helpers";

// Right to left (issue 19), from the dir attribute alone: the page, the list, the legend and the tables are
// mirrored by the stylesheets' logical properties, and ← moves to the next item, → to the previous.
// A story in Arabic is built right to left (<html lang="ar" dir="rtl">, its strip and chart mirrored at build:
// e2e/reading-in-other-languages.spec.ts). Here the Syria story, the densest there is, is turned right to left
// once loaded, to check that the stylesheets and the keys follow dir and nothing else: its strip and chart,
// SVG drawn at build in physical coordinates, keep the direction they were drawn in (layoutStrip's and
// layoutStances' { rtl } mirror them, unit-tested).

const EMBED = "/embed/syria-strike-g7-sanctions/timeline/";
const PAGES = [
  { name: "the article", path: ARTICLE },
  { name: "the embed", path: EMBED },
] as const;

/** The page at `path`, loaded and enhanced, then turned right to left. */
async function openRtl(page: Page, path: string) {
  await page.goto(path);
  await afterLoad(page);
  await ready(page);
  await page.evaluate(() => {
    document.documentElement.dir = "rtl";
  });
  // Two frames: the new direction laid out and painted.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe("rtl");
}

const summary = (page: Page, id: string) => page.locator(`[data-timeline] li[data-event="${id}"] > details > summary`);
const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement?.closest("[data-event]") as HTMLElement | null)?.dataset.event ?? null);

/**
 * Where the first line of a block's text sits: the gaps between the text's own boxes on that line (a Range
 * over it, whatever the direction of its words) and the block's content box, left and right, in px; and
 * whether the text is all on that line.
 */
function textGaps(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0);
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const inner = {
          left: box.left + Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.borderLeftWidth),
          right: box.right - Number.parseFloat(style.paddingRight) - Number.parseFloat(style.borderRightWidth),
        };
        // The first line: the boxes on the first box's line.
        const top = lines[0]?.top ?? 0;
        const first = lines.filter((r) => Math.abs(r.top - top) < r.height / 2);
        return {
          text: el.textContent?.trim().slice(0, 40) ?? "",
          oneLine: first.length === lines.length,
          left: Math.min(...first.map((r) => r.left)) - inner.left,
          right: inner.right - Math.max(...first.map((r) => r.right)),
        };
      }),
  );
}

for (const { name, path } of PAGES) {
  test.describe(`${name}, right to left`, () => {
    test("at 320 px nothing scrolls sideways, before and after opening an event", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const seen = watch(page);
      await openRtl(page, path);
      await expectNoHorizontalScroll(page);
      await summary(page, "g7-lucca").click();
      await expect(page.locator("#event-g7-lucca")).toBeVisible();
      await expectNoHorizontalScroll(page);
      expect(seen.errors).toEqual([]);
    });

    for (const width of [320, 1280]) {
      test(`the legend starts from the right, its first entry at its right edge (${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openRtl(page, path);
        const [legend, first, second] = await page
          .locator("[data-timeline] .legend")
          .evaluate((ul) => [ul, ...[...ul.children].slice(0, 2)].map((el) => el.getBoundingClientRect().toJSON()));
        expect(Math.abs(legend.right - first.right)).toBeLessThanOrEqual(1);
        // The second entry comes after the first: to its left on the same line, or on a line below.
        expect(second.right <= first.left + 0.5 || second.top >= first.bottom - 0.5).toBe(true);
      });

      test(`the list's dates stand in a column on the right, each title to its left (${width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await openRtl(page, path);
        const rows = await page.locator("[data-timeline] li.tl-event:has(> .tl-when)").evaluateAll((lis) =>
          lis.map((li) => {
            const box = (sel: string) => li.querySelector(sel)?.getBoundingClientRect().toJSON() as DOMRect;
            return {
              id: (li as HTMLElement).dataset.event,
              row: li.getBoundingClientRect().toJSON() as DOMRect,
              when: box(".tl-when"),
              mark: box(".tl-mark"),
              title: box(".tl-title"),
            };
          }),
        );
        expect(rows.length).toBeGreaterThan(10);
        for (const { id, row, when, mark, title } of rows) {
          // The date column at the row's right edge, then (leftwards) the mark on the spine, then the title.
          expect(Math.abs(row.right - when.right), id).toBeLessThanOrEqual(1);
          expect(mark.right, id).toBeLessThanOrEqual(when.left + 0.5);
          expect(title.right, id).toBeLessThanOrEqual(mark.left + 0.5);
        }
        // The dates' text hugs the spine, on the column's left (its end, right to left).
        const dates = await textGaps(page, "[data-timeline] .tl-when");
        for (const d of dates) expect(d.left, d.text).toBeLessThanOrEqual(1);
      });

      test(`the page's text starts from the right (${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await openRtl(page, path);
        // Titles and labels: flush right; those on one line, shorter than their block, leave the room on the left.
        const short = path === ARTICLE ? ".kicker, .prose > h2, .graphic-title" : ".graphic-title, .tl-period-label";
        const gaps = await textGaps(page, short);
        expect(gaps.filter((g) => g.oneLine).length).toBeGreaterThan(1);
        for (const g of gaps) {
          expect(g.right, g.text).toBeLessThanOrEqual(1);
          if (g.oneLine) expect(g.left, g.text).toBeGreaterThan(10);
        }
        if (path === ARTICLE) {
          // A paragraph's first line starts at the column's right edge.
          for (const g of await textGaps(page, ".prose > p")) expect(g.right, g.text).toBeLessThanOrEqual(1);
          // Wide, the text's column is on the right and the timeline beside it on the left.
          if (width >= 1280) {
            const [text, timeline] = await Promise.all(
              [".prose > p", ".prose > .timeline"].map((s) =>
                page
                  .locator(s)
                  .first()
                  .evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect),
              ),
            );
            expect(timeline.right).toBeLessThan(text.left);
          }
        }
      });
    }

    test("the timeline's keys: ← moves to the next event, → to the previous, ↑ ↓ as before", async ({ page }) => {
      await openRtl(page, path);
      await summary(page, EVENT_ORDER[0] as string).focus();
      await page.keyboard.press("ArrowLeft");
      expect(await focused(page)).toBe(EVENT_ORDER[1]);
      await page.keyboard.press("ArrowLeft");
      expect(await focused(page)).toBe(EVENT_ORDER[2]);
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe(EVENT_ORDER[1]);
      await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toBe(EVENT_ORDER[2]);
      await page.keyboard.press("ArrowUp");
      expect(await focused(page)).toBe(EVENT_ORDER[1]);
      // Never past either end.
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe(EVENT_ORDER[0]);
      await page.keyboard.press("End");
      await page.keyboard.press("ArrowLeft");
      expect(await focused(page)).toBe(EVENT_ORDER.at(-1));
      // The same page back left to right: → is next again.
      await page.evaluate(() => {
        document.documentElement.dir = "ltr";
      });
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowRight");
      expect(await focused(page)).toBe(EVENT_ORDER[1]);
    });

    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [320, 1280]) {
        test(`axe, every rule set, finds nothing (${colorScheme}, ${width} px)`, async ({ page }) => {
          await page.setViewportSize({ width, height: 900 });
          await page.emulateMedia({ colorScheme });
          await openRtl(page, path);
          await expectNoAxeViolations(page);
          await summary(page, "g7-lucca").click();
          await expectNoAxeViolations(page);
        });
      }
    }
  });
}
