// The fixture seeds (e2e/fixtures/seeds, built into dist-fixtures, never published) prove that any story an
// editor drops in works, and that no character of a seed is ever read as markup or rewritten.

import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { articleBlocks, expectNoAxeViolations, FIXTURES, watch } from "./helpers";

const fold = (s: string) => s.replace(/[\t\n\f\r ]+/g, " ").trim();

test.describe("a seed with hostile characters", () => {
  const url = `${FIXTURES}/articles/hostile-characters/`;
  const seed = readFileSync("e2e/fixtures/seeds/hostile-characters.txt", "utf8");

  test("renders exactly the seed's characters: nothing is markup, nothing is rewritten", async ({ page }) => {
    const seen = watch(page);
    await page.goto(url);
    expect(fold((await articleBlocks(page)).join(" "))).toBe(fold(seed));
    // The seed's blocks: the page's own scripts and graphics stand between them, never inside.
    const prose = page.locator(".prose > p, .prose > h2");
    // Nothing became an element: no script, bold, list, quote, code, heading (but the subheads), or link.
    for (const tag of ["script", "b", "ul", "ol", "li", "blockquote", "code", "h1", "a[href^='https://example.org']"]) {
      await expect(prose.locator(tag)).toHaveCount(0);
    }
    const text = (await prose.allTextContents()).join(" ");
    for (const s of [
      '<script>alert("x")</script>',
      "<b>not bold</b>",
      "{ and }",
      "`code`",
      "&amp;",
      "🙂🇸🇾",
      "مرحبا بالعالم",
      "שלום עולם",
      '"Straight quotes" -- a double dash...',
      "it's",
      "“curly”",
      "https://example.org/bare-url",
    ]) {
      expect(text).toContain(s);
    }
    expect(seen.errors).toEqual([]);
  });

  test("a seed without metadata gets derived defaults", async ({ page }) => {
    await page.goto(url);
    await expect(page.locator("h1")).toHaveText("Hostile characters");
    await expect(page.locator(".byline")).toContainText("Unattributed");
  });
});

test.describe("an article without data", () => {
  test("builds as a plain article page with no graphic", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/plain-article/`);
    await expect(page.locator("h1")).toHaveText("A Plain Article Without Data");
    expect(await articleBlocks(page)).toHaveLength(2);
    await expect(page.locator("svg")).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
