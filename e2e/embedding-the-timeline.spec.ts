// A newsroom pastes the snippet into its own page, on another origin. The host page here is served by
// Playwright itself on another origin than the site's (ORIGINS.host), as a reader would paste it.

import { expect, type Frame, type Page, test } from "@playwright/test";
import { ORIGINS } from "../playwright.config";
import { watch } from "./helpers";

const SITE = ORIGINS.site;
const HOST = ORIGINS.host;
const EVIL = ORIGINS.evil;
/** The site built with --base /explainer/: its _headers rules carry the base too. */
const BASE = `${ORIGINS.base}/explainer`;
const PUBLISHED = /https:\/\/explainers\.example\.org/g;

/** The oEmbed answer's html, pointed at the local site instead of the published origin. */
async function snippet(page: Page, query = ""): Promise<string> {
  const res = await page.request.get(`${SITE}/embed/timeline/oembed.json`);
  const oembed = await res.json();
  expect(oembed).toMatchObject({ version: "1.0", type: "rich", provider_name: "Explainers" });
  let html = (oembed.html as string).replace(PUBLISHED, SITE);
  if (query) html = html.replace('/embed/timeline/"', `/embed/timeline/${query}"`);
  return html;
}

async function host(page: Page, body: string): Promise<void> {
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html><head><title>Host</title></head><body style="margin:0">${body}</body></html>`,
    }),
  );
  await page.goto(`${HOST}/article.html`);
}

async function embedFrame(page: Page, index = 0): Promise<Frame> {
  const handle = await page.locator("iframe").nth(index).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no frame");
  await frame.waitForSelector("[data-controls]:not([hidden])");
  return frame;
}

/** Waits until the iframe's height equals its document's height (the loader, or frame-sizing). */
async function expectSized(page: Page, index: number) {
  const frame = await embedFrame(page, index);
  await expect
    .poll(async () => {
      const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const box = await page.locator("iframe").nth(index).boundingBox();
      return Math.abs((box?.height ?? 0) - content);
    })
    .toBeLessThanOrEqual(2);
}

test.describe("embedding the timeline", () => {
  test("the pasted snippet renders the timeline and sizes the iframe to it at 320, 768 and 1280 px", async ({
    page,
  }) => {
    const seen = watch(page);
    await host(page, `<h1>Host</h1>${await snippet(page)}`);
    await expect(page.locator("iframe")).toHaveAttribute("loading", "lazy");
    await expect(page.locator("iframe")).toHaveAttribute("title", /Timeline/);
    const frame = await embedFrame(page);
    expect(await frame.locator("svg.tl-variant").filter({ visible: true }).count()).toBe(1);
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await expectSized(page, 0);
    }
    // The loader itself set the height from the embed's message.
    expect(await page.locator("iframe").evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    expect(seen.errors).toEqual([]);
  });

  test("two embeds on one page size independently", async ({ page }) => {
    await host(page, `${await snippet(page)}<hr>${await snippet(page, "?overview=0")}`);
    await expectSized(page, 0);
    await expectSized(page, 1);
    const [a, b] = await page.locator("iframe").evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height));
    expect(a).not.toBe(b);
  });

  test("a height message from the host itself or from another origin changes nothing", async ({ page }) => {
    await page.route(`${EVIL}/**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Another origin</title>" }),
    );
    // The host page records every message it receives: once a message is in the record, every listener of
    // that one dispatch (the loader's among them) has run, so nothing here waits on a clock.
    const recorder = `<script>window.seen = []; addEventListener("message", (e) => seen.push(e.data && e.data.height));</script>`;
    await host(page, `${recorder}${await snippet(page)}<iframe src="${EVIL}/evil.html" title="other"></iframe>`);
    await expectSized(page, 0);
    const height = () =>
      page
        .locator("iframe")
        .first()
        .evaluate((f) => (f as HTMLIFrameElement).style.height);
    const before = await height();
    const evil = page.frames().find((f) => f.url().startsWith(EVIL));
    if (!evil) throw new Error("the other origin's frame did not load");
    await evil.evaluate(() => parent.postMessage({ type: "explainers:embed-height", height: 77 }, "*"));
    await page.evaluate(() => window.postMessage({ type: "explainers:embed-height", height: 99 }, "*"));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { seen: unknown[] }).seen))
      .toEqual(expect.arrayContaining([77, 99]));
    expect(await height()).toBe(before);
    expect(before).not.toMatch(/^(77|99)px$/);
  });

  test("a link on the host page opens an event in the embed", async ({ page }) => {
    const html = (await snippet(page)).replace("<iframe ", '<iframe id="tl" ');
    await host(
      page,
      `<p><a href="#" data-explainers-event="us-strike" data-explainers-target="tl">the strike</a></p>${html}`,
    );
    const frame = await embedFrame(page);
    await page.getByText("the strike").click();
    await expect(frame.locator("[data-details]")).toBeVisible();
    await expect(frame.locator("[data-details]")).toContainText("Tomahawk");
    await expect(frame.locator('a.tl-event.is-selected[data-event="us-strike"]').filter({ visible: true })).toHaveCount(
      1,
    );
  });

  test("without the loader the iframe still shows the timeline, and the link to the article follows it", async ({
    page,
  }) => {
    const html = (await snippet(page)).replace(/<script[^>]*><\/script>/, "");
    await host(page, html);
    const frame = await embedFrame(page);
    await expect(frame.locator("svg.tl-variant").filter({ visible: true })).toHaveCount(1);
    await expect(page.locator("iframe + p a")).toHaveAttribute("href", `${SITE}/articles/syria-strike-g7-sanctions/`);
  });
});

test.describe("the embed page on its own", () => {
  test("options by URL: theme, event, overview", async ({ page }) => {
    await page.goto(`${SITE}/embed/timeline/?theme=dark&event=g7-lucca&overview=0`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("html")).toHaveClass(/embed-no-overview/);
    await expect(page.locator("[data-details]")).toContainText("Lucca");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 28)");
  });

  for (const query of [
    "?theme=<script>alert(1)</script>",
    '?event="><img src=x onerror=alert(1)>',
    "?from=2017-02-30&to=x&overview=maybe&event=../../etc",
  ]) {
    test(`a hostile query runs nothing and renders the default: ${query}`, async ({ page }) => {
      const seen = watch(page);
      let dialog = false;
      page.on("dialog", async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await page.goto(`${SITE}/embed/timeline/${query}`);
      await page.waitForSelector("[data-controls]:not([hidden])");
      expect(dialog).toBe(false);
      expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator("[data-details]")).toBeHidden();
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }

  test("reads without JavaScript, credits the article, and is discoverable by oEmbed", async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${SITE}/embed/timeline/`);
    await expect(page.locator("svg.tl-variant").filter({ visible: true })).toHaveCount(1);
    await expect(page.locator(".embed-credit a").first()).toHaveAttribute(
      "href",
      /\/articles\/syria-strike-g7-sanctions\/$/,
    );
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
      "href",
      /\/embed\/timeline\/oembed\.json$/,
    );
    await page.close();
  });

  for (const root of [SITE, BASE]) {
    test(`frame-ancestors lets anyone frame the embed, but only the site frame its pages (${root})`, async ({
      request,
    }) => {
      const csp = async (path: string) => (await request.get(`${root}${path}`)).headers()["content-security-policy"];
      expect(await csp("/embed/timeline/")).toBe("frame-ancestors *");
      expect(await csp("/articles/syria-strike-g7-sanctions/")).toBe("frame-ancestors 'self'");
      const asset = (await request.get(`${root}/embed/timeline/`)).headers();
      expect(asset["x-content-type-options"]).toBe("nosniff");
    });
  }
});

test.describe("the Embed control on the article page", () => {
  test("shows the snippet for the reader's choices and copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`${SITE}/articles/syria-strike-g7-sanctions/#event-us-strike`);
    await page.locator(".embed-control summary").click();
    await page.locator("[data-embed-theme]").selectOption("dark");
    const code = page.locator("[data-embed-snippet]");
    await expect(code).toHaveValue(/\/embed\/syria-strike-g7-sanctions\/timeline\/\?theme=dark&#38;event=us-strike"/);
    await page.getByRole("button", { name: "Copy the code" }).click();
    await expect(page.locator("[data-embed-status]")).toHaveText("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("<iframe");
  });
});
