// A newsroom pastes the snippet into its own page, on another origin. The host page here is served by
// Playwright itself on another origin than the site's (ORIGINS.host), as a reader would paste it.

import { expect, type Frame, type Page, test } from "@playwright/test";
import { ORIGINS } from "../playwright.config";
import { ready, watch } from "./helpers";

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
  await ready(frame);
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
    await expect(frame.locator("li[data-event]")).toHaveCount(18);
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
    await expect(frame.locator('li[data-event="us-strike"] > details')).toHaveAttribute("open", "");
    await expect(frame.locator("details[open]")).toHaveCount(1);
    // Its summary arrives on first opening, from the embed's own details.json.
    await expect(frame.locator("#event-us-strike [data-summary]")).toContainText("Mediterranean");
    await expectSized(page, 0);
  });

  test("without the loader the iframe still shows the timeline, and the link to the article follows it", async ({
    page,
  }) => {
    const html = (await snippet(page)).replace(/<script[^>]*><\/script>/, "");
    await host(page, html);
    const frame = await embedFrame(page);
    await expect(frame.locator("li[data-event]")).toHaveCount(18);
    await expect(page.locator("iframe + p a")).toHaveAttribute("href", `${SITE}/articles/syria-strike-g7-sanctions/`);
  });

  for (const loader of [true, false]) {
    test(`off screen, the iframe reserves about the embed's real height before it loads (${loader ? "with" : "without"} the loader)`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 640, height: 700 });
      let html = await snippet(page);
      if (!loader) html = html.replace(/<script[^>]*><\/script>/, "");
      // Far below the fold: the browser leaves a lazy, cross-origin iframe unloaded (and throttled) until then.
      await host(page, `<div style="height:4000px">Above</div>${html}<p>After</p>`);
      const reserved = await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
      await page.locator("iframe").scrollIntoViewIfNeeded();
      const frame = await embedFrame(page);
      const real = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      expect(Math.abs(reserved - real) / real).toBeLessThanOrEqual(0.1);
      if (loader) await expectSized(page, 0);
    });
  }
});

test.describe("the embed page on its own", () => {
  test("options by URL: theme, one event open, the strip hidden, only the days asked for", async ({ page }) => {
    await page.goto(`${SITE}/embed/timeline/?theme=dark&event=g7-lucca&overview=0`);
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator(".tl-strip")).toBeHidden();
    await expect(page.locator("details[open]")).toHaveCount(1);
    await expect(page.locator('li[data-event="g7-lucca"] > details')).toHaveAttribute("open", "");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(22, 24, 28)");
    // An event open keeps the page compact: its own details only, never the whole list.
    expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThan(900);

    await page.goto(`${SITE}/embed/timeline/?from=2017-04-10&to=2017-04-11`);
    await ready(page);
    await expect(page.locator("li[data-event]:visible")).toHaveCount(7);
    await expect(page.locator("li[data-period]:visible")).toHaveCount(1);
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
      await ready(page);
      expect(dialog).toBe(false);
      expect(await page.locator("html").getAttribute("data-theme")).toBeNull();
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await expect(page.locator("details[open]")).toHaveCount(0);
      await expect(page.locator("li[data-event]:visible")).toHaveCount(18);
      expect(seen.errors).toEqual([]);
      expect(seen.foreign).toEqual([]);
    });
  }

  test("reads without JavaScript, credits the article, and is discoverable by oEmbed", async ({ browser }) => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${SITE}/embed/timeline/`);
    await expect(page.locator("li[data-event]")).toHaveCount(18);
    await expect(page.locator("h1")).toHaveText("Timeline of events");
    await expect(page.locator("figcaption a").first()).toHaveAttribute(
      "href",
      /\/articles\/syria-strike-g7-sanctions\/$/,
    );
    await expect(page.locator("figcaption a").nth(0)).toHaveAccessibleName("The full explainer (opens in a new tab)");
    await expect(page.locator("figcaption a").nth(1)).toHaveAccessibleName("Data & sources (opens in a new tab)");
    await expect(page.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
      "href",
      /\/embed\/timeline\/oembed\.json$/,
    );
    // An event opens by itself, with its date and the way to what happened, the explainer's words and sources
    // (the summaries come by script: with them in the page, it would be over its byte budget).
    await page.locator('li[data-event="us-strike"] summary').click();
    const more = page.locator("#event-us-strike .record-more a");
    await expect(more).toHaveAttribute("target", "_blank");
    await expect(more).toHaveAccessibleName("What happened, the article's words and the sources (opens in a new tab)");
    await expect(page.locator("#event-us-strike .record-summary")).toBeHidden();
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
    // The height the iframe reserves is the embed's own, estimated at build for a 640 px column.
    await expect(code).toHaveValue(/height="\d{3}"/);
    await page.getByRole("button", { name: "Copy the code" }).click();
    await expect(page.locator("[data-embed-status]")).toHaveText("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("<iframe");
  });

  for (const width of [320, 768, 1280]) {
    test(`its labels sit above or beside their fields, never across them (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${SITE}/articles/syria-strike-g7-sanctions/`);
      await page.locator(".embed-control summary").click();
      const boxes = await page.locator(".embed-control").evaluate((root) => {
        const r = (sel: string) => {
          const b = (root.querySelector(sel) as Element).getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        };
        const label = root.querySelector("[data-embed-options] label") as Element;
        const text = document.createRange();
        text.selectNodeContents(label.firstChild as Node);
        const t = text.getBoundingClientRect();
        return {
          text: { left: t.left, right: t.right, top: t.top, bottom: t.bottom },
          select: r("[data-embed-theme]"),
          area: r("[data-embed-snippet]"),
        };
      });
      const apart = (a: typeof boxes.text, b: typeof boxes.text) =>
        a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      expect(apart(boxes.text, boxes.select)).toBe(true);
      expect(boxes.area.right).toBeLessThanOrEqual(width);
    });
  }
});
