// Shared checks for the end-to-end specs: what every page must satisfy whatever it shows.

import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { ORIGINS } from "../playwright.config";

/** Records console errors, page errors and any request to an origin other than the page's. */
export function watch(page: Page) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    const origin = new URL(page.url() === "about:blank" ? r.url() : page.url()).origin;
    if (url.origin !== origin) foreign.push(r.url());
  });
  return { errors, foreign };
}

export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
  ]);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`)).toEqual(
    [],
  );
}

export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The text of the article's blocks (subheads and paragraphs), in document order. */
export function articleBlocks(page: Page) {
  return page.locator(".prose > p, .prose > h2").allTextContents();
}

export const ARTICLE = "/articles/syria-strike-g7-sanctions/";
export const FIXTURES = ORIGINS.fixtures;

/**
 * The load event, then two rendered frames: what the browser does once a page has loaded (its scroll to the
 * fragment, which opens a closed <details> to reach it) has happened by then. Waits on events, not a clock.
 */
export async function afterLoad(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
