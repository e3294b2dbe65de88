// Articles as newsrooms write them: a Markdown article with links, a note, a quote, a list and two photos; an
// MDX article that places its chart and a fact itself; a CMS's HTML export full of what a page must never
// run. Each reads as written, keeps its links, emphasis and images (served from the site, in modern formats,
// with their sizes), loses everything hostile, and asks nothing of another origin. Expectations are written
// here from the fixture files, not computed by the build's code.

import { expect, type Page, test } from "@playwright/test";
import { afterLoad, expectNoAxeViolations, FIXTURES, watch } from "./helpers";

const article = (slug: string) => `${FIXTURES}/articles/${slug}/`;
const PAGES = (slug: string) => [article(slug), `${article(slug)}data/`, `${FIXTURES}/embed/${slug}/timeline/`];

/** The text of the article's paragraphs, in order, as a reader sees them. */
const paragraphs = (page: Page) =>
  page
    .locator(".prose > p, .prose li > p, .prose blockquote > p")
    .evaluateAll((ps) => ps.map((p) => (p.textContent ?? "").replace(/\s+/g, " ").trim()));

test.describe("a Markdown article (tram-line.md)", () => {
  test("reads as written: its words, links, emphasis, list, quote and note", async ({ page }) => {
    await page.goto(article("tram-line"));
    await expect(page.locator("h1")).toHaveText("Riverside opens its first tram line in sixty years");
    expect(await paragraphs(page)).toEqual([
      "The first tram of Line 1 left the Harbour depot at 5:40 on Saturday morning, carrying the mayor, forty commuters and a brass band that had rehearsed for a week. It was the city's first tram service since the old network was torn up in 1964, and it came three years later than the council's plan promised.1",
      "The line runs 7.2 kilometres from the harbour to the university, with five stops:",
      "Harbour depot",
      "Market Square",
      "Old Town bridge",
      "Hospital",
      "University",
      "Work began in March 2021, and the council voted in June 2023 to add a fifth stop at the hospital, which delayed the opening by eleven months. The total cost rose to 212 million euros, according to the authority's final accounts.",
      '"People told us the city was too small for trams. This morning they were standing in the aisles."',
      "— The mayor, at the Market Square stop",
      "Trams will run every eight minutes at peak hours. A second line, to the airport, is due to be decided by the council in 2027.",
      "The plan approved in 2020 set an opening date of autumn 2023.",
    ]);
    const first = page.locator(".prose > p").first();
    await expect(first.locator("strong")).toHaveText("Line 1");
    const link = first.getByRole("link", { name: "three years later than the council's plan" });
    await expect(link).toHaveAttribute("href", "https://council.example.org/transport/line-1-plan");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(link).not.toHaveAttribute("target", /./);
    await expect(page.locator(".prose ol.article-list > li")).toHaveText([
      "Harbour depot",
      "Market Square",
      "Old Town bridge",
      "Hospital",
      "University",
    ]);
    await expect(page.locator(".prose ol.article-list em")).toHaveText("Old Town");
    // The note: a numbered reference that leads to it, and a way back.
    await first.locator(".note-ref a").click();
    await expect(page).toHaveURL(/#note-delay$/);
    await expect(page.locator("#note-delay")).toContainText(
      "The plan approved in 2020 set an opening date of autumn 2023.",
    );
    await page.locator("#note-delay .note-back").click();
    await expect(page).toHaveURL(/#ref-note-delay$/);
  });

  test("shows its two photos from the site itself, in AVIF and WebP, sized, with their words", async ({ page }) => {
    const { foreign } = watch(page);
    await page.goto(article("tram-line"));
    const figures = page.locator(".prose figure.article-figure");
    await expect(figures).toHaveCount(2);
    const alts = [
      "A yellow tram waits inside the Harbour depot before the first run",
      "A map of Line 1 and its five stops",
    ];
    for (const [i, alt] of alts.entries()) {
      const figure = figures.nth(i);
      const img = figure.locator("img");
      await expect(img).toHaveAttribute("alt", alt);
      await expect(img).toHaveAttribute("width", /^\d+$/);
      await expect(img).toHaveAttribute("height", /^\d+$/);
      await expect(img).toHaveAttribute("src", /^\/_astro\//);
      await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /\/_astro\/.+\.avif \d+w/);
      await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /\/_astro\/.+\.webp \d+w/);
    }
    // The first photo stands near the top and loads at once; the map, further down, only when it nears the screen.
    await expect(figures.nth(0).locator("img")).toHaveAttribute("loading", "eager");
    await expect(figures.nth(1).locator("img")).toHaveAttribute("loading", "lazy");
    await expect(figures.nth(0).locator("figcaption")).toHaveText(
      "The first tram in the Harbour depot before its first run. Photo: Riverside Transport Authority",
    );
    await expect(figures.nth(0).locator(".figure-credit")).toHaveText("Photo: Riverside Transport Authority");
    // Every image drawn at its own proportions: no squashing, and room kept before it loads.
    await figures.nth(1).scrollIntoViewIfNeeded();
    await afterLoad(page);
    for (const img of await page.locator(".prose figure.article-figure img").all()) {
      const box = await img.evaluate((el: HTMLImageElement) => ({
        ratio: el.width / el.height,
        natural: el.naturalWidth / el.naturalHeight,
        loaded: el.complete && el.naturalWidth > 0,
      }));
      expect(box.loaded).toBe(true);
      expect(Math.abs(box.ratio - box.natural)).toBeLessThan(0.02);
    }
    expect(foreign).toEqual([]);
  });

  test("traces a fact to words inside a link", async ({ page }) => {
    await page.goto(`${article("tram-line")}data/`);
    const quote = page.locator("#event-first-tram .record-quotes li").nth(1);
    await expect(quote.locator("q")).toHaveText("three years later than the council's plan promised");
    await quote.getByRole("link").click();
    await expect(page.locator(".prose p:target")).toContainText("three years later than the council's plan promised");
  });
});

test.describe("an MDX article (rail-pass.mdx)", () => {
  test("stands its chart where the editor put it, above the third paragraph, and a fact inline", async ({ page }) => {
    await page.goto(article("rail-pass"));
    const order = await page
      .locator(".prose > p, .prose > figure")
      .evaluateAll((els) =>
        els.map((e) => (e.tagName === "FIGURE" ? `figure#${e.id}` : (e.textContent ?? "").slice(0, 24))),
      );
    expect(order).toEqual([
      "Transport ministers of t",
      "figure#timeline",
      "The pass, first proposed",
      "figure#stances",
      "Norway's minister said t",
      "The ministers agreed to ",
    ]);
    const fact = page.locator(".prose .fact-inline");
    await expect(fact).toHaveText("The pass is proposed in Helsinki (Oct 2025)");
    await expect(fact).toHaveAttribute("href", "#event-helsinki-meeting");
    await fact.click();
    await expect(page.locator("#event-helsinki-meeting")).toBeVisible();
    // An editor's comment to other editors stays in the file.
    await expect(page.locator("main")).not.toContainText("that is where the reader needs");
  });
});

test.describe("a CMS's HTML export (museum-reopens.html)", () => {
  test("keeps its words, links, emphasis, subhead, list and quote, its relative link read against its page", async ({
    page,
  }) => {
    await page.goto(article("museum-reopens"));
    const first = page.locator(".prose > p").first();
    await expect(first.locator("strong")).toHaveText("four years");
    await expect(first.getByRole("link", { name: "said in a statement" })).toHaveAttribute(
      "href",
      "https://chronicle.example.org/2026/10/museum-visitor-figures/",
    );
    await expect(page.locator(".prose h2#what-changed")).toHaveText("What changed");
    await expect(page.locator(".prose ul.article-list > li")).toHaveText([
      "A new glass roof over the great hall, designed to let in half as much sunlight.",
      "Step-free entrances on both sides of the building.",
      "A free audio guide in four languages.",
    ]);
    await expect(page.locator(".prose blockquote")).toContainText("given the city back its living room");
    // The frame is a link to what it showed; the photo that could not be fetched is a link with its words.
    await expect(page.getByRole("link", { name: "Embedded content from www.youtube.com" })).toHaveAttribute(
      "href",
      "https://www.youtube.com/embed/museum-reopening-tour",
    );
    await expect(
      page.getByRole("link", { name: "Image: The museum lit up at night for the reopening" }),
    ).toHaveAttribute("href", "https://images.invalid/museum-at-night.jpg");
    // The remote photo that was fetched is served from the site, like the local one.
    await expect(page.locator('img[alt^="The museum\'s pale stone facade"]')).toHaveAttribute("src", /^\/_astro\//);
    await expect(page.locator('img[alt^="The restored great hall"]')).toHaveAttribute("src", /^\/_astro\//);
  });

  test("loses everything that would run or load: scripts, frames, forms, handlers, styles, pixels, javascript: links", async ({
    page,
  }) => {
    const { errors, foreign } = watch(page);
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(article("museum-reopens"));
    await afterLoad(page);
    const found = await page.evaluate(() => {
      // The article's own blocks: the site's graphics and their scripts (served from /_astro/) set aside.
      const prose = (document.querySelector(".prose") as HTMLElement).cloneNode(true) as HTMLElement;
      for (const el of prose.querySelectorAll('figure.graphic, script[src^="/_astro/"]')) el.remove();
      const attributes = [...prose.querySelectorAll("*")].flatMap((el) =>
        [...el.attributes].map((a) => a.name).filter((n) => /^on/i.test(n) || n === "style"),
      );
      return {
        elements: [
          ...prose.querySelectorAll("script, style, iframe, form, input, button, object, embed, svg script"),
        ].map((e) => e.tagName),
        attributes,
        hrefs: [...prose.querySelectorAll("a")]
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => !/^(https?:|#|\/)/.test(h)),
        images: [...prose.querySelectorAll("img")]
          .map((i) => i.getAttribute("src") ?? "")
          .filter((s) => !s.startsWith("/_astro/")),
        text: prose.textContent ?? "",
      };
    });
    expect(found.elements).toEqual([]);
    expect(found.attributes).toEqual([]);
    expect(found.hrefs).toEqual([]);
    expect(found.images).toEqual([]);
    expect(found.text).not.toMatch(/alert|track\(|document\.write|Subscribe|wp-block-image \{/);
    await expect(page.locator(".prose")).toContainText("A free audio guide in four languages.");
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

for (const slug of ["tram-line", "rail-pass", "museum-reopens"]) {
  test.describe(`every page of ${slug}`, () => {
    for (const scheme of ["light", "dark"] as const) {
      test(`passes axe with every rule set, with no error and no request to another origin (${scheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        for (const url of PAGES(slug)) {
          const { errors, foreign } = watch(page);
          await page.goto(url);
          await afterLoad(page);
          await expectNoAxeViolations(page);
          expect(errors, url).toEqual([]);
          expect(foreign, url).toEqual([]);
        }
      });
    }

    test("reads fully without JavaScript: every paragraph, figure and graphic there", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(article(slug));
      await expect(page.locator(".prose > p").first()).toBeVisible();
      await expect(page.locator("figure#timeline .tl-event").first()).toBeVisible();
      for (const img of await page.locator(".prose figure.article-figure img").all()) {
        await expect(img).toHaveAttribute("alt", /\S/);
      }
      await context.close();
    });
  });
}
