// Heard once, told how (issue 20): what a screen reader says of each event (once, with its category), how
// the keys are told, targets big enough to hit, the chart's words under the reader's text spacing, what the
// embed says without JavaScript and of the tabs its links open, forced colours, and a mouse's preview that
// moves nothing and Escape dismisses. On the Syria story and on the fixture stories, article and embed.

import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { EVENT_ORDER } from "../src/test/story";
import {
  ARTICLE,
  afterLoad,
  announcement,
  expectNoAxeViolations,
  FIXTURES,
  ready,
  storySlugs,
  TEXT_SPACING,
} from "./helpers";

const EMBED = "/embed/syria-strike-g7-sanctions/timeline/";
const SYRIA = [
  { name: "article", path: ARTICLE },
  { name: "embed", path: EMBED },
] as const;
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(`src/i18n/catalogues/${lang}.json`, "utf8")) as Record<string, string>;
/** A catalogue's words as a page prints them: without the isolates set around values right to left. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u2066-\u2069]/g, "");

const summary = (page: Page, id: string) => page.locator(`[data-timeline] li[data-event="${id}"] > details > summary`);
const eventIds = (page: Page) =>
  page
    .locator("[data-timeline] li[data-event]")
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event ?? ""));

/** The legend's name of each event's category, by event id (empty without categories). */
const categories = (page: Page) =>
  page.locator("[data-timeline]").evaluate((root) => {
    const legend = new Map(
      [...root.querySelectorAll(".legend li")].map((li) => [li.className, li.textContent?.trim() ?? ""]),
    );
    return Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>("li[data-event]")].map((li) => [
        li.dataset.event ?? "",
        legend.get([...li.classList].find((c) => c.startsWith("cat-")) ?? "") ?? "",
      ]),
    );
  });

test.describe("what a screen reader hears of each event", () => {
  for (const { name, path } of SYRIA) {
    test(`on the ${name}: the first, a turning point and the last, each said once, with its category`, async ({
      page,
    }) => {
      await page.goto(path);
      await ready(page);
      const heard: Record<string, string> = {};
      for (const id of [EVENT_ORDER[0], "us-strike", EVENT_ORDER.at(-1)] as string[]) {
        await summary(page, id).focus();
        heard[id] = (await announcement(page)).text;
      }
      expect(heard).toEqual({
        "crimea-annexation":
          "Russia annexes Crimea, 18 Mar 2014, known to the day, category: Diplomacy, 1 of 18, button, collapsed",
        "us-strike":
          "59 US Tomahawks hit Shayrat airbase, 7 Apr 2017, known to the day, category: Syria conflict, turning point, 10 of 18, button, collapsed",
        "french-election":
          "French election, first round, 23 Apr 2017, known to the day, category: European politics, 18 of 18, button, collapsed",
      });
    });

    test(`on the ${name}: every event's title once, no description, its category by the legend's name`, async ({
      page,
    }) => {
      await page.goto(path);
      await ready(page);
      const named = await categories(page);
      const faults: string[] = [];
      for (const id of await eventIds(page)) {
        const title = (await summary(page, id).locator(".tl-title").textContent()) ?? "";
        await summary(page, id).focus();
        const { name: said, description } = await announcement(page);
        if (description) faults.push(`${id}: described as "${description}"`);
        if (said.split(title).length !== 2) faults.push(`${id}: "${title}" not said once in "${said}"`);
        if (!said.includes(`, category: ${named[id]}, `)) faults.push(`${id}: no category "${named[id]}" in "${said}"`);
      }
      expect(faults).toEqual([]);
    });
  }

  test("in a French story, the category is said in French, by the catalogue's words", async ({ page }) => {
    await page.goto(`${FIXTURES}/embed/fr-quotas-de-sole/timeline/`);
    await ready(page);
    const named = await categories(page);
    const frame = plain(catalogue("fr")["timeline.category"]);
    for (const id of await eventIds(page)) {
      await summary(page, id).focus();
      const said = plain((await announcement(page)).name);
      expect(said).toContain(frame.replace("{category}", named[id] ?? ""));
    }
  });
});

test.describe("the keys, told up front and in full", () => {
  for (const { name, path } of SYRIA) {
    test(`on the ${name}: the list is described by the keys first, and the hint names every key`, async ({ page }) => {
      await page.goto(path);
      await ready(page);
      const keys = "Keys: ↓ or → next, ↑ or ← previous, Home first, End last, Enter opens, Esc closes.";
      const list = page.locator("[data-timeline] .tl-periods");
      await expect(list).toHaveAccessibleDescription(new RegExp(`^${keys.replace(/[.↑↓←→]/g, "\\$&")} 18 events`));
      await summary(page, "us-strike").focus();
      await expect(page.locator("[data-timeline] .graphic-keys")).toBeVisible();
      await expect(page.locator("[data-timeline] .graphic-keys")).toHaveText(keys);
    });
  }

  test("the chart too: its keys first in its description, every key named", async ({ page }) => {
    await page.goto(ARTICLE);
    await ready(page, "[data-stances]");
    await expect(page.locator("[data-stances] svg.sc-variant:visible")).toHaveAccessibleDescription(
      /^Keys: ↓ or → next mark, ↑ or ← previous, Home first, End last, Enter opens one, Esc closes\. Of the seven/,
    );
  });

  test("right to left (the Arabic story), ← is next, in Arabic, in the hint and the description", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/ar-rabt-kahrabai/`);
    await ready(page);
    const list = page.locator("[data-timeline] .tl-periods");
    const description = plain(
      await list.evaluate((el) =>
        (el.getAttribute("aria-describedby") ?? "")
          .split(" ")
          .map((id) => document.getElementById(id)?.textContent)
          .join(" "),
      ),
    );
    expect(description.startsWith("المفاتيح: ↓ أو ← التالي، ↑ أو → السابق، Home الأول، End الأخير")).toBe(true);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("no key is told, and no ARIA state only the script makes true is said", async ({ page }) => {
      for (const path of [ARTICLE, EMBED]) {
        await page.goto(path);
        for (const el of await page.locator("[aria-describedby]").all()) {
          expect(await el.getAttribute("aria-describedby"), path).not.toMatch(/keys/);
        }
        await expect(page.locator("[aria-expanded], [aria-controls], [aria-pressed], [aria-selected]")).toHaveCount(0);
      }
    });
  });
});

test.describe("targets big enough to hit, with each event opened alone (axe, every rule set)", () => {
  // The whole timeline once, every event closed; then each event opened alone, the event itself (all that
  // opening it changes; axe measures its targets' spacing against every other target of the page).
  const check = async (page: Page, url: string, width: number) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await ready(page);
    const ids = await eventIds(page);
    // axe takes up to a second a run on a busy machine: time for each event.
    test.setTimeout(test.info().timeout + ids.length * 2_000);
    await expectNoAxeViolations(page, "[data-timeline]");
    for (const id of ids) {
      await summary(page, id).click();
      await expect(page.locator("details.tl-item[open]")).toHaveCount(1);
      await expectNoAxeViolations(page, `[data-timeline] li[data-event="${id}"]`);
    }
  };
  for (const { name, path } of SYRIA) {
    for (const width of [375, 1280]) {
      test(`Syria's ${name} at ${width} px`, async ({ page }) => check(page, path, width));
    }
  }
  const withTimelines = storySlugs("e2e/fixtures/seeds").filter(
    (slug) => !["plain-article", "hostile-characters"].includes(slug),
  );
  for (const slug of withTimelines) {
    test(`the ${slug} fixture's article and embed at 375 px`, async ({ page }) => {
      await check(page, `${FIXTURES}/articles/${slug}/`, 375);
      await check(page, `${FIXTURES}/embed/${slug}/timeline/`, 375);
    });
  }
});

test.describe("the chart's words under the reader's text spacing", () => {
  // The override is the reader's own stylesheet, which the page's Content-Security-Policy does not govern.
  test.use({ bypassCSP: true });
  const stories = [
    { slug: "syria-strike-g7-sanctions", url: ARTICLE },
    ...["river-treaty", "fr-quotas-de-sole", "de-zeitumstellung", "ar-rabt-kahrabai"].map((slug) => ({
      slug,
      url: `${FIXTURES}/articles/${slug}/`,
    })),
  ];
  for (const { slug, url } of stories) {
    for (const spacing of [false, true]) {
      test(`${slug}: no two of its texts overlap, none leaves the screen, 300 to 1600 px (${spacing ? "with" : "without"} the override)`, async ({
        page,
      }) => {
        test.slow();
        await page.goto(url);
        if (spacing) await page.addStyleTag({ content: TEXT_SPACING });
        const widths = [...Array.from({ length: 116 }, (_, i) => 300 + 4 * i), 1024, 1280, 1600];
        const faults: string[] = [];
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const found = await page.evaluate(() => {
            const svg = [...document.querySelectorAll<SVGSVGElement>("svg.sc-variant")].find(
              (s) => s.getClientRects().length > 0,
            );
            if (!svg) return ["no chart shown"];
            const lines = [...svg.querySelectorAll("tspan")].map((t) => ({
              text: t.textContent ?? "",
              owner: t.parentElement,
              r: t.getBoundingClientRect(),
            }));
            const out: string[] = [];
            const screen = document.documentElement.clientWidth;
            for (const [i, a] of lines.entries()) {
              if (a.r.left < -0.5 || a.r.right > screen + 0.5) out.push(`"${a.text}" leaves the screen`);
              for (const b of lines.slice(i + 1)) {
                if (a.owner === b.owner) continue;
                const overlap =
                  a.r.left < b.r.right - 0.5 &&
                  b.r.left < a.r.right - 0.5 &&
                  a.r.top < b.r.bottom - 0.5 &&
                  b.r.top < a.r.bottom - 0.5;
                if (overlap) out.push(`"${a.text}" overlaps "${b.text}"`);
              }
            }
            return out.map((f) => `${svg.dataset.width}: ${f}`);
          });
          faults.push(...found.map((f) => `${width} px, variant ${f}`));
        }
        expect(faults.slice(0, 10)).toEqual([]);
      });
    }
  }
});

test.describe("links that open a new tab say so", () => {
  for (const { slug, lang, arrow } of [
    { slug: "syria-strike-g7-sanctions", lang: "en", arrow: "↗" },
    { slug: "fr-quotas-de-sole", lang: "fr", arrow: "↗" },
    { slug: "ar-rabt-kahrabai", lang: "ar", arrow: "↖" },
    // Its events' links to videos, posts and maps leave the frame too.
    { slug: "knight-lab-media-types", lang: "en", arrow: "↗" },
  ]) {
    test(`in the ${slug} embed: in words for assistive technology (${lang}), and by an arrow for the eye`, async ({
      page,
    }) => {
      await page.goto(slug.startsWith("syria") ? EMBED : `${FIXTURES}/embed/${slug}/timeline/`);
      await ready(page);
      const words = new RegExp(`${plain(catalogue(lang)["link.newTab"]).replace(/[()]/g, "\\$&")}$`);
      const links = page.locator("a[target=_blank]");
      if (slug.startsWith("syria")) await expect(links).toHaveCount(20);
      const says = async (link: ReturnType<typeof page.locator>) => {
        await expect(link).toHaveAccessibleName(words);
        const sign = await link.evaluate(
          (a) => getComputedStyle(a.querySelector(".link-title") ?? a, "::after").content,
        );
        expect(sign).toContain(arrow);
      };
      for (const link of await page.locator("figcaption a").all()) await says(link);
      // Each event's link, its event opened.
      for (const id of await eventIds(page)) {
        await summary(page, id).click();
        for (const link of await page.locator(`li[data-event="${id}"] a[target=_blank]`).all()) await says(link);
      }
      expect(await page.locator("a[href]:not([target=_blank])").count()).toBe(0);
    });
  }
});

test.describe("in forced colours (Windows high contrast)", () => {
  for (const { name, path } of SYRIA) {
    test(`on the ${name}: each category's strip marks draw its legend's shape, and every SVG word the text's colour`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors: "active" });
      await page.goto(path);
      await afterLoad(page);
      const found = await page.evaluate(() => {
        const legend = new Map(
          [...document.querySelectorAll("[data-timeline] .legend li")].map((li) => [
            li.className,
            li.querySelector("path")?.getAttribute("d"),
          ]),
        );
        const shapes: Record<string, string[]> = {};
        for (const mark of document.querySelectorAll(".tl-strip .tl-strip-mark, .tl-strip .tl-strip-span")) {
          const category = [...mark.classList].find((c) => c.startsWith("cat-")) ?? "";
          const ref = getComputedStyle(mark).markerStart.match(/#([\w-]+)/)?.[1] ?? "";
          const d = document.getElementById(ref)?.querySelector("path")?.getAttribute("d") ?? "none";
          shapes[category] = [...(shapes[category] ?? []), d === legend.get(category) ? "legend's shape" : d];
        }
        const text = getComputedStyle(document.body).color;
        const grey = [...document.querySelectorAll("svg text")]
          .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).fill !== text)
          .map((t) => t.textContent);
        return { shapes, distinct: new Set(legend.values()).size === legend.size, grey };
      });
      expect(found.distinct).toBe(true);
      for (const [category, marks] of Object.entries(found.shapes)) {
        expect(new Set(marks), category).toEqual(new Set(["legend's shape"]));
      }
      expect(found.grey).toEqual([]);
    });
  }
});

test.describe("a mouse's preview on the chart", () => {
  for (const width of [375, 1280]) {
    test(`moves nothing, can be hovered, and Escape dismisses it (${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(ARTICLE);
      await ready(page, "[data-stances]");
      const mark = page.locator('figure.stances svg.sc-variant:visible a.sc-mark[data-stance="germany"] .sc-shape');
      await mark.scrollIntoViewIfNeeded();
      const where = () =>
        page.evaluate(() =>
          [...document.querySelectorAll("figure.stances ~ *, figure.stances .graphic-list, figure.stances figcaption")]
            .slice(0, 6)
            .map((el) => Math.round(el.getBoundingClientRect().top + scrollY)),
        );
      const before = await where();
      await mark.hover();
      const card = page.locator("figure.stances .sc-preview");
      await expect(card).toBeVisible();
      await expect(card.locator("h3")).toHaveText("Germany: Government");
      expect(await where()).toEqual(before);
      // The pointer moves down onto the card: it stays.
      const box = await card.boundingBox();
      if (!box) throw new Error("no card");
      await page.mouse.move(box.x + 20, box.y + box.height / 2, { steps: 4 });
      await expect(card).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(card).toBeHidden();
      expect(await where()).toEqual(before);
    });
  }
});
