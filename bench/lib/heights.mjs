// How much room the timeline takes (issue 11, "Compact"): the embed page's whole height at each width (what
// its iframe is sized to: src/client/embed-page.ts posts the same figure), and on the article, where its
// first paragraph starts and where the timeline starts and ends, so "the reader reaches the whole timeline
// within three screens" is a number. Layout only: the same on every machine, unlike the timings.

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Width × height of each viewport: a small phone, a tablet, a laptop, a desktop. */
export const EMBED_VIEWPORTS = [
  [320, 640],
  [768, 1024],
  [1280, 800],
  [1600, 900],
];
export const ARTICLE_VIEWPORTS = EMBED_VIEWPORTS.slice(0, 3);
const TIMEOUT_MS = 20_000;

/** Loads `url` at a viewport and waits until its timeline is enhanced (or the page has loaded) and fonts are in. */
async function laidOut(browser, url, [width, height], measure) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: "load", timeout: TIMEOUT_MS });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    await page.waitForFunction(
      () => !document.querySelector("[data-timeline]") || document.querySelector("[data-timeline][data-ready]"),
      null,
      { timeout: TIMEOUT_MS },
    );
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    return { viewport: `${width}×${height}`, ...(await page.evaluate(measure)) };
  } finally {
    await context.close();
  }
}

/** In the page: the document's height, and the top and bottom of a few landmarks, from the top of the document. */
function embedFigures() {
  return {
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    events: document.querySelectorAll("li[data-event]").length,
  };
}

function articleFigures() {
  const top = (el) => (el ? Math.round(el.getBoundingClientRect().top + scrollY) : null);
  const bottom = (el) => (el ? Math.round(el.getBoundingClientRect().bottom + scrollY) : null);
  const timeline = document.querySelector("[data-timeline]");
  return {
    // The body's first paragraph: the seed's paragraphs carry their anchor as an id (p-…).
    firstParagraphTop: top(document.querySelector('article p[id^="p-"]')),
    timelineTop: top(timeline),
    timelineBottom: bottom(timeline),
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
  };
}

/** `{ [width]: { viewport, height, events } }` for the embed page at `url`. */
export async function embedHeights(browser, url) {
  const out = {};
  for (const viewport of EMBED_VIEWPORTS) out[viewport[0]] = await laidOut(browser, url, viewport, embedFigures);
  return out;
}

/** `{ [width]: { viewport, firstParagraphTop, timelineTop, timelineBottom, height } }` for an article page. */
export async function articleHeights(browser, url) {
  const out = {};
  for (const viewport of ARTICLE_VIEWPORTS) out[viewport[0]] = await laidOut(browser, url, viewport, articleFigures);
  return out;
}

/** The same figures for every story of a built site that has an embed (the fixtures' dist-fixtures/). */
export async function storiesHeights(browser, origin, dist) {
  const dir = join(dist, "embed");
  const slugs = existsSync(dir)
    ? readdirSync(dir)
        .filter((s) => existsSync(join(dir, s, "timeline/index.html")) && s !== "timeline")
        .sort()
    : [];
  const out = {};
  for (const slug of slugs) {
    out[slug] = {
      embed: await embedHeights(browser, `${origin}/embed/${slug}/timeline/`),
      article: await articleHeights(browser, `${origin}/articles/${slug}/`),
    };
  }
  return out;
}
