// A reader (or an aggregator) following the site: every page names an Atom feed and a JSON Feed in its head;
// both are valid (a strict XML parser, Chromium's, reads the Atom; feedsmith, a maintained feed parser, reads
// both back) and list the newest dated explainers with their title, dek, day, link, share image and language.
// Checked on the fixture stories, against the seeds folder and the built pages.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { parseFeed } from "feedsmith";
import { parse } from "yaml";
import { ORIGINS } from "../playwright.config";

const SEEDS = "e2e/fixtures/seeds";
const DIST = "dist-fixtures";
const ORIGIN = ORIGINS.fixtures;
/** The site's published origin in absolute URLs (astro.config.mjs's default SITE). */
const SITE = "https://explainers.example.org";

interface Dated {
  slug: string;
  date: string;
  hasEvents: boolean;
}

/** The fixture stories with a date, newest first (then by slug, for a stable order of the same day). */
function datedStories(): Dated[] {
  const slugs = readdirSync(SEEDS).flatMap((f) => f.match(/^(.+)\.(txt|md|mdx|html)$/)?.slice(1, 2) ?? []);
  return slugs
    .flatMap((slug) => {
      const file = `${SEEDS}/${slug}.meta.yaml`;
      const date = existsSync(file) ? parse(readFileSync(file, "utf8"))?.date : undefined;
      return date ? [{ slug, date, hasEvents: existsSync(`${SEEDS}/${slug}.events.yaml`) }] : [];
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    return d.isDirectory() ? htmlPages(path) : d.name.endsWith(".html") ? [path] : [];
  });
}

test("every page of the site names both feeds in its head (the embeds, made for other sites' pages, do not)", () => {
  const pages = htmlPages(DIST).filter((p) => !p.startsWith(`${DIST}/embed/`));
  expect(pages.length).toBeGreaterThan(10);
  for (const page of pages) {
    const head = readFileSync(page, "utf8").split("</head>")[0] ?? "";
    expect(head, page).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(head, page).toContain('href="/feed.xml"');
    expect(head, page).toContain('<link rel="alternate" type="application/feed+json"');
    expect(head, page).toContain('href="/feed.json"');
  }
});

test.describe("the feeds", () => {
  const stories = datedStories();

  test("the Atom feed is well-formed XML, served as Atom, and reads back with every story's fields", async ({
    page,
    request,
  }) => {
    const response = await request.get(`${ORIGIN}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    // Chromium's XML parser is strict: any error of well-formedness gives a <parsererror> document.
    await page.goto(`${ORIGIN}/404.html`);
    const error = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, "application/xml").querySelector("parsererror")?.textContent,
      xml,
    );
    expect(error).toBeUndefined();

    const { format, feed } = parseFeed(xml);
    expect(format).toBe("atom");
    if (format !== "atom") return;
    expect(feed.links).toContainEqual(expect.objectContaining({ rel: "self", href: `${SITE}/feed.xml` }));
    expect(feed.updated).toBe(`${stories[0]?.date}T00:00:00Z`);
    const entries = feed.entries ?? [];
    expect(entries.map((e) => e.id)).toEqual(stories.map((s) => `${SITE}/articles/${s.slug}/`));
    for (const [i, story] of stories.entries()) {
      const entry = entries[i];
      await page.goto(`${ORIGIN}/articles/${story.slug}/`);
      await expect(page.locator("h1")).toHaveText(entry?.title?.value ?? "");
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", entry?.summary?.value ?? "");
      expect(entry?.published).toBe(`${story.date}T00:00:00Z`);
      // Each entry in its story's language (a French story's is fr), as the story's own page says it.
      expect(entry?.xml?.lang).toBe(await page.locator("html").getAttribute("lang"));
      const image = entry?.media?.thumbnails?.[0]?.url;
      if (story.hasEvents) expect(image).toBe(`${SITE}/embed/${story.slug}/timeline/preview.png`);
      else expect(image).toBeUndefined();
    }
  });

  test("the JSON Feed is JSON Feed 1.1 and lists the same stories with the same fields", async ({ request }) => {
    const response = await request.get(`${ORIGIN}/feed.json`);
    expect(response.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
    const { format, feed } = parseFeed(await response.text());
    expect(format).toBe("json");
    if (format !== "json") return;
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const atom = parseFeed(await (await request.get(`${ORIGIN}/feed.xml`)).text());
    const entries = atom.format === "atom" ? (atom.feed.entries ?? []) : [];
    expect(feed.items?.map((i) => i.url)).toEqual(stories.map((s) => `${SITE}/articles/${s.slug}/`));
    for (const [i, item] of (feed.items ?? []).entries()) {
      expect(item.title).toBe(entries[i]?.title?.value);
      expect(item.summary).toBe(entries[i]?.summary?.value);
      expect(item.content_text).toBe(entries[i]?.summary?.value);
      expect(item.date_published).toBe(entries[i]?.published);
      expect(item.image).toBe(entries[i]?.media?.thumbnails?.[0]?.url);
      expect(item.language).toBe(entries[i]?.xml?.lang);
    }
  });

  test("every link and share image of the feeds is a page or a PNG the site serves", async ({ request }) => {
    const { feed } = parseFeed(await (await request.get(`${ORIGIN}/feed.json`)).text()) as {
      feed: { items: { url: string; image?: string }[] };
    };
    for (const item of feed.items) {
      const local = (url: string) => `${ORIGIN}${new URL(url).pathname}`;
      expect((await request.get(local(item.url))).status(), item.url).toBe(200);
      if (!item.image) continue;
      const image = await request.get(local(item.image));
      expect(image.headers()["content-type"]).toBe("image/png");
      expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});
