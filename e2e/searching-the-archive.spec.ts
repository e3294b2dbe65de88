// A reader searching for an old explainer: on /search/ a labelled field, a live status that says how many
// were found, the results as links with their date and dek; the index (Pagefind) loaded only once the reader
// starts searching, within its byte budget, under the site's strict CSP; without JavaScript, no field but a
// link to the archive. Checked on the fixture stories: their words, people and countries are known here.
// The page marks each answered query with data-searched, so the tests wait on that, never on a clock.

import { gzipSync } from "node:zlib";
import { expect, type Page, test } from "@playwright/test";
import { ORIGINS } from "../playwright.config";
import { announcement, budgetMax, expectNoAxeViolations, expectNoHorizontalScroll, watch } from "./helpers";

const SEARCH = `${ORIGINS.fixtures}/search/`;
const LABEL = "Search titles, events, people and countries";

/** Types a query as a reader would, and waits until its results are listed. */
async function search(page: Page, query: string) {
  const field = page.getByRole("searchbox", { name: LABEL });
  await field.fill("");
  await field.pressSequentially(query);
  await page.locator(`[data-search][data-searched="${query}"]`).waitFor();
}
const results = (page: Page) => page.locator(".search-results .archive-title a");

test.describe("the search", () => {
  test("finds an explainer by a person its events name, and says how many it found", async ({ page }) => {
    await page.goto(SEARCH);
    await search(page, "Nickerson");
    await expect(page.getByRole("status")).toHaveText("1 explainer found");
    await expect(results(page)).toHaveText(["The last keeper of the Cape Sable light dies at 106"]);
    await expect(results(page)).toHaveAttribute("href", "/articles/lighthouse-keeper/");
    await expect(page.locator(".search-results time")).toHaveAttribute("datetime", "2007-05-15");
    await expect(page.locator(".search-results .archive-dek")).toHaveText(/\S/);
  });

  test("finds by a country a stance names, by a title's word, and by an event's title", async ({ page }) => {
    await page.goto(SEARCH);
    await search(page, "Iceland");
    await expect(results(page)).toHaveText(["Nordic ministers split over a shared rail pass"]);
    await search(page, "ministers");
    await expect(page.getByRole("status")).toHaveText("2 explainers found");
    expect((await results(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")))).sort()).toEqual([
      "/articles/rail-pass/",
      "/articles/river-treaty/",
    ]);
    await search(page, "Austria");
    await expect(results(page)).toHaveAttribute("href", "/articles/river-treaty/");
  });

  test("says when nothing was found, and clears the list when the field is emptied", async ({ page }) => {
    await page.goto(SEARCH);
    await search(page, "zeppelin");
    await expect(page.getByRole("status")).toHaveText("No explainer found for “zeppelin”");
    await expect(results(page)).toHaveCount(0);
    await page.getByRole("searchbox", { name: LABEL }).fill("");
    await expect(page.getByRole("status")).toHaveText("Type a word: a title, an event, a person or a country.");
  });

  test("works with the keyboard alone, and a screen reader hears the field's name and the count", async ({ page }) => {
    await page.goto(SEARCH);
    // From the top of the page: the skip link, the site's name, its two links, then the field.
    const field = page.getByRole("searchbox", { name: LABEL });
    for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(field).toBeFocused();
    expect((await announcement(page)).name).toBe(LABEL);
    await page.keyboard.type("tram");
    await page.locator('[data-search][data-searched="tram"]').waitFor();
    // The count is in a live region (role=status): read out when it changes, without moving focus.
    await expect(page.getByRole("status")).toHaveText(/^\d+ explainers? found$/);
    await expect(field).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(results(page).first()).toBeFocused();
    const href = await results(page).first().getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${ORIGINS.fixtures}${href}`);
  });

  test("keeps the query in the address, so a search can be shared as a link", async ({ page }) => {
    await page.goto(SEARCH);
    await search(page, "Nickerson");
    await expect(page).toHaveURL(`${SEARCH}?q=Nickerson`);
    await page.goto(`${SEARCH}?q=Iceland`);
    await page.locator('[data-search][data-searched="Iceland"]').waitFor();
    await expect(page.getByRole("searchbox", { name: LABEL })).toHaveValue("Iceland");
    await expect(results(page)).toHaveText(["Nordic ministers split over a shared rail pass"]);
  });

  test("loads nothing of the index before the reader starts, then stays within its byte budget", async ({ page }) => {
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.startsWith("/pagefind/")) bodies.push(r.body());
    });
    await page.goto(SEARCH);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(bodies).toHaveLength(0);
    await search(page, "ministers");
    const gzip = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    // The same budget `npm run bench` holds the first search of 1,000 stories to.
    expect(gzip).toBeLessThan(budgetMax("scale.stories.1000.search.gzip") * 1000);
  });

  test("runs under the strict CSP: no error, no violation, no request to another origin", async ({ page }) => {
    const seen = watch(page);
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP: ${e.violatedDirective}`));
    });
    await page.goto(SEARCH);
    await search(page, "treaty");
    await expect(results(page)).not.toHaveCount(0);
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe before and after a search (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(SEARCH);
      await expectNoAxeViolations(page);
      await search(page, "ministers");
      await expectNoAxeViolations(page);
    });
  }

  test("reflows on a 320 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(SEARCH);
    await search(page, "ministers");
    await expectNoHorizontalScroll(page);
  });
});

test.describe("the search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows no field, and points to the archive, where every explainer is listed", async ({ page }) => {
    await page.goto(SEARCH);
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    const fallback = page.locator("[data-search-fallback]");
    await expect(fallback).toBeVisible();
    await fallback.getByRole("link", { name: "Browse the archive" }).click();
    await expect(page).toHaveURL(`${ORIGINS.fixtures}/archive/`);
  });
});
