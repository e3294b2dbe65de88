// Shared checks for the end-to-end specs: what every page must satisfy whatever it shows.

import { readdirSync, readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Frame, type Page } from "@playwright/test";
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

/** axe with every rule set: WCAG 2.0–2.2 A and AA, best practices, and the experimental rules. */
export async function expectNoAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
    "experimental",
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

/** Every story of a seeds folder, by its name: an article in any form (text, Markdown, MDX, HTML), or a timeline alone. */
export const storySlugs = (seeds: string) => [
  ...new Set(
    readdirSync(seeds).flatMap(
      (f) => f.match(/^(.+?)\.(txt|md|mdx|html|timeline\.json|events\.csv|events\.xlsx)$/)?.slice(1, 2) ?? [],
    ),
  ),
];
export const FIXTURES = ORIGINS.fixtures;

/**
 * The load event, then two rendered frames: what the browser does once a page has loaded (its scroll to the
 * fragment, which opens a closed <details> to reach it) has happened by then. Waits on events, not a clock.
 */
export async function afterLoad(page: Page) {
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** A graphic's controller listens once it marks its root with data-ready: the moment to press keys or click. */
export async function ready(page: Page | Frame, root: "[data-timeline]" | "[data-stances]" = "[data-timeline]") {
  await page.locator(`${root}[data-ready]`).waitFor();
}

/**
 * What a screen reader announces for the focused element, from Chromium's accessibility tree: its name, its
 * role, its expanded state and its description, as they are read on each key press.
 */
export async function announcement(
  page: Page,
): Promise<{ text: string; name: string; description: string; expanded?: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "document.activeElement" });
    const { node } = await cdp.send("DOM.describeNode", { objectId: result.objectId });
    const { nodes } = await cdp.send("Accessibility.getPartialAXTree", {
      backendNodeId: node.backendNodeId,
      fetchRelatives: false,
    });
    const ax = nodes.find((n) => !n.ignored) ?? nodes[0];
    const name = String(ax?.name?.value ?? "");
    // Chromium's internal roles for a <summary> reach screen readers as a button (with its expanded state).
    const internal = String(ax?.role?.value ?? "");
    const role = /^DisclosureTriangle/.test(internal) ? "button" : internal;
    const expanded = ax?.properties?.find((p) => p.name === "expanded")?.value.value as boolean | undefined;
    const state = expanded === undefined ? "" : expanded ? ", expanded" : ", collapsed";
    // A description is read after the rest (Chromium makes one of an element's text when a label replaces it).
    const description = String(ax?.description?.value ?? "");
    return {
      text: `${name}, ${role}${state}${description ? `, ${description}` : ""}`,
      name,
      description,
      ...(expanded === undefined ? {} : { expanded }),
    };
  } finally {
    await cdp.detach();
  }
}

/** The WCAG 1.4.12 text-spacing override, as a reader's stylesheet would apply it. */
export { TEXT_SPACING } from "../scripts/text-spacing.mjs";

/** bench/budgets.json's budgets, by the path of the figure each limits. */
export const BUDGETS = (
  JSON.parse(readFileSync("bench/budgets.json", "utf8")) as { budgets: Record<string, { max?: number }> }
).budgets;
/** A limit of `npm run bench` (bench/budgets.json), in its own unit: KB (1,000 bytes gzipped), px… */
export function budgetMax(key: string): number {
  const max = BUDGETS[key]?.max;
  if (max === undefined) throw new Error(`bench/budgets.json has no max for "${key}"`);
  return max;
}
