import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ARTICLE, articleBlocks, expectNoAxeViolations, expectNoHorizontalScroll, watch } from "./helpers";

// Read independently of the site's parser: the page must hold exactly the seed's characters, in order.
const seed = readFileSync("seeds/syria-strike-g7-sanctions.txt", "utf8");
const fold = (s: string) => s.replace(/[\t\n\f\r ]+/g, " ").trim();

test.describe("reading the article", () => {
  test("every paragraph of the seed appears once, in order, verbatim", async ({ page }) => {
    await page.goto(ARTICLE);
    const blocks = await articleBlocks(page);
    expect(fold(blocks.join(" "))).toBe(fold(seed));
    expect(await page.locator(".prose > p").count()).toBe(9);
    await expect(page.locator(".prose > h2")).toHaveText([
      "More sanctions on Russia?",
      "U.K. and U.S. sanction efforts rejected",
    ]);
  });

  test("the home page leads with the featured explainer and links its article", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText("Explainers");
    await expect(page.locator(`a[href$="${ARTICLE}"]`).first()).toBeVisible();
  });

  test("every paragraph and subhead has an anchor, and every in-page link resolves", async ({ page }) => {
    await page.goto(ARTICLE);
    const ids = await page.locator(".prose > p, .prose > h2").evaluateAll((els) => els.map((e) => e.id));
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const href of hrefs) expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
    await page.goto(`${ARTICLE}#p-germany-rejected-it-saying-that`);
    await expect(page.locator("#p-germany-rejected-it-saying-that")).toBeInViewport();
  });

  test("has the head a shared link needs: title, description, canonical, Open Graph, language", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page).toHaveTitle(/G7 says no to new sanctions on Russia/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    for (const sel of [
      'meta[name="description"]',
      'meta[property="og:title"]',
      'meta[property="og:description"]',
      'meta[name="twitter:card"]',
    ]) {
      await expect(page.locator(sel)).toHaveAttribute("content", /\S/);
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /^https:\/\/.+\/articles\/syria-strike-g7-sanctions\/$/,
    );
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`no console error, no request to another origin, no axe violation (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const seen = watch(page);
      await page.goto(ARTICLE);
      await page.waitForLoadState("networkidle");
      await expectNoAxeViolations(page);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }

  test("no horizontal scroll at 320 px", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(ARTICLE);
    await expectNoHorizontalScroll(page);
  });

  test("a skip link leads past the header to the article", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.keyboard.press("Tab");
    const skip = page.locator(".skip-link");
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  });

  test("an unknown address shows the 404 page with links to the explainers", async ({ page }) => {
    const response = await page.goto("/no-such-page/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("Page not found");
    await expect(page.locator("main a").first()).toHaveAttribute("href", /\/articles\//);
  });
});

test.describe("reading without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the whole article reads", async ({ page }) => {
    await page.goto(ARTICLE);
    expect(fold((await articleBlocks(page)).join(" "))).toBe(fold(seed));
  });
});
