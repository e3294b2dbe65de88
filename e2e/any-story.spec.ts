// Any story, end to end: every page and download built from a fixture story speaks only of that story (no
// word of another story, nor of the site's first one), its counts match its records, its events are in time
// order, its legends list only what it uses, and its stance chart says what its own stances file says.
// Expectations come from the fixture seeds, read here, not from the build's code.

import { existsSync, readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { csvParse } from "d3-dsv";
import { parse } from "yaml";
import { inTimeOrder as sortByTime } from "../src/lib/dates/when";
import { LAUNCH_ORDER } from "../src/test/story";
import { FIXTURES } from "./helpers";

const SEEDS = "e2e/fixtures/seeds";

/** Words only one story speaks of. The site's first story (seeds/) is here too: no fixture page may name it. */
const OWN_WORDS: Record<string, string[]> = {
  "syria-strike-g7-sanctions": ["Syria", "Russia", "sanction", "G7", "Tillerson", "Assad", "Moscow", "Kremlin"],
  "lighthouse-keeper": ["lighthouse", "Penhale", "Cape Sable", "Vimy", "Nova Scotia", "armistice"],
  "launch-day": ["Kestrel", "satellite", "liftoff", "launch"],
  "river-treaty": ["treaty", "Vienna", "Austria", "Hungary", "Slovakia", "Romania"],
  "tram-line": ["tram", "Harbour depot"],
  "rail-pass": ["rail pass", "Nordic", "Iceland"],
  "museum-reopens": ["museum", "Antwerp", "great hall"],
  "library-vote": ["Eastgate", "librarians"],
  "ferry-strike": ["deckhands", "islanders", "rosters"],
  "bridge-warning": ["Kilmore", "Brennan"],
};
const foreignWords = (slug: string) =>
  Object.entries(OWN_WORDS).flatMap(([other, words]) => (other === slug ? [] : words));
const foundIn = (text: string, words: readonly string[]) =>
  words.filter((w) => text.toLowerCase().includes(w.toLowerCase()));

interface RawEvent {
  id: string;
  date: string | number;
  end?: string | number;
  category?: string;
}
interface Story {
  slug: string;
  title: string;
  events: RawEvent[];
  /** The categories the story declares, in its order: [id, label]. */
  categories: [string, string][];
  stances?: {
    question: string;
    positions: [string, { label: string; short?: string }][];
    notReported?: string;
    records: { id: string; country: string; stance: string }[];
  };
}

function readStory(slug: string): Story {
  const meta = parse(readFileSync(`${SEEDS}/${slug}.meta.yaml`, "utf8"));
  const events = parse(readFileSync(`${SEEDS}/${slug}.events.yaml`, "utf8"));
  const stancesFile = `${SEEDS}/${slug}.stances.yaml`;
  const stances = existsSync(stancesFile) ? parse(readFileSync(stancesFile, "utf8")) : undefined;
  return {
    slug,
    title: meta.title,
    events: Array.isArray(events) ? events : events.events,
    categories: Object.entries(Array.isArray(events) ? {} : (events.categories ?? {})),
    ...(stances
      ? {
          stances: {
            question: stances.question,
            positions: Object.entries(stances.positions),
            // Its words alone, or { label, phrase }.
            notReported:
              typeof stances["not-reported"] === "string" ? stances["not-reported"] : stances["not-reported"]?.label,
            records: stances.stances,
          },
        }
      : {}),
  };
}

/** The events' ids in the site's one order (by wall-clock start, then file order), by the one date module. */
const inTimeOrder = (events: readonly RawEvent[]) =>
  sortByTime(
    events.map((e, order) => ({
      id: e.id,
      date: String(e.date),
      ...(e.end === undefined ? {} : { end: String(e.end) }),
      order,
    })),
  ).map((e) => e.id);

/**
 * Everything a reader can reach on a page: its title and description, every text (closed details and templates
 * too) and every accessible name; but the list of the other explainers under an article, which names them by
 * design (e2e/finding-a-story.spec.ts checks it).
 */
function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll("script, style, nav.more-explainers")) el.remove();
    const names = [...document.querySelectorAll("[aria-label], [title], [alt]")].flatMap((el) =>
      ["aria-label", "title", "alt"].map((a) => el.getAttribute(a) ?? ""),
    );
    const templates = [...document.querySelectorAll("template")].map((t) => t.content.textContent ?? "");
    const description = document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    return [document.title, description, body.textContent ?? "", ...names, ...templates].join("\n");
  });
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * The fixture stories with events: plain text (the first three), Markdown, MDX and a CMS's HTML; then stories
 * of other shapes (two days without times, four days and the next year, a chart of actors).
 */
const STORIES = [
  "lighthouse-keeper",
  "launch-day",
  "river-treaty",
  "tram-line",
  "rail-pass",
  "museum-reopens",
  "library-vote",
  "ferry-strike",
  "bridge-warning",
];

for (const slug of STORIES) {
  const story = readStory(slug);
  const article = `${FIXTURES}/articles/${slug}/`;
  const pages = { article, data: `${article}data/`, embed: `${FIXTURES}/embed/${slug}/timeline/` };
  const downloads = ["events.csv", "events.json", ...(story.stances ? ["stances.csv", "stances.json"] : [])];
  const order = inTimeOrder(story.events);
  const n = story.events.length;
  const m = story.stances?.records.length ?? 0;

  test.describe(`the ${slug} story`, () => {
    test("speaks only of itself, on every page and in every download", async ({ page, request }) => {
      const words = foreignWords(slug);
      for (const [name, url] of Object.entries(pages)) {
        await page.goto(url);
        expect(foundIn(await readerText(page), words), `${name} page`).toEqual([]);
        // Its own words are there: the check reads the page, not an empty one.
        expect(foundIn(await readerText(page), OWN_WORDS[slug] ?? []).length, `${name} page`).toBeGreaterThan(0);
      }
      for (const file of downloads) {
        const response = await request.get(`${article}${file}`);
        expect(response.ok(), file).toBe(true);
        expect(foundIn(await response.text(), words), file).toEqual([]);
      }
    });

    test("counts what its records hold, in its summaries, data page and downloads", async ({ page, request }) => {
      for (const url of [pages.article, pages.embed]) {
        await page.goto(url);
        await expect(page.locator("#timeline-summary")).toHaveText(new RegExp(`^${n} events `));
        await expect(page.locator(".timeline .tl-event")).toHaveCount(n);
      }
      await page.goto(pages.data);
      const counted = m > 0 ? `The ${n} events and ${m} stances behind` : `The ${n} events behind`;
      await expect(page.locator(".data-page .dek")).toContainText(counted);
      await expect(page.locator('.record-list > li[id^="event-"]')).toHaveCount(n);
      await expect(page.locator('.record-list > li[id^="stance-"]')).toHaveCount(m);
      expect((await (await request.get(`${article}events.json`)).json()).events).toHaveLength(n);
      expect(csvParse(await (await request.get(`${article}events.csv`)).text())).toHaveLength(n);
      if (story.stances) {
        expect((await (await request.get(`${article}stances.json`)).json()).stances).toHaveLength(m);
        expect(csvParse(await (await request.get(`${article}stances.csv`)).text())).toHaveLength(m);
      }
    });

    test("lists its events in time order everywhere", async ({ page, request }) => {
      for (const url of [pages.article, pages.embed]) {
        await page.goto(url);
        const shown = await page
          .locator(".timeline .tl-event")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
        expect(shown, url).toEqual(order);
      }
      await page.goto(pages.data);
      const listed = await page
        .locator('.record-list > li[id^="event-"]')
        .evaluateAll((els) => els.map((e) => e.id.slice(6)));
      expect(listed).toEqual(order);
      const json = await (await request.get(`${article}events.json`)).json();
      expect(json.events.map((e: { id: string }) => e.id)).toEqual(order);
      expect(csvParse(await (await request.get(`${article}events.csv`)).text()).map((r) => r.id)).toEqual(order);
    });

    test("has a legend of the categories its events use, and none when it has none", async ({ page }) => {
      const used = new Set(story.events.map((e) => e.category));
      const expected = story.categories.filter(([id]) => used.has(id)).map(([, label]) => label);
      for (const url of [pages.article, pages.embed]) {
        await page.goto(url);
        const legend = page.locator('.timeline .legend[aria-label="Categories"]');
        if (expected.length === 0) await expect(legend, url).toHaveCount(0);
        else await expect(legend.locator("li"), url).toHaveText(expected);
      }
    });
  });
}

test.describe("the launch-day story, whose file is shuffled", () => {
  test("is told by time of day, whatever the file's order", async ({ page }) => {
    const expected = LAUNCH_ORDER;
    expect(readStory("launch-day").events.map((e) => e.id)).not.toEqual(expected);
    await page.goto(`${FIXTURES}/articles/launch-day/`);
    const shown = await page
      .locator(".timeline .tl-event")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-event")));
    expect(shown).toEqual(expected);
  });
});

test.describe("the river-treaty story's stance chart", () => {
  const story = readStory("river-treaty");
  const stances = story.stances;
  if (!stances) throw new Error("river-treaty.stances.yaml is missing");
  const labels = (id: string) => stances.positions.find(([p]) => p === id)?.[1];

  test("is titled, headed, keyed and captioned in the story's own words", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/river-treaty/`);
    const chart = page.locator("figure[data-stances]");
    await expect(chart.locator(".graphic-title")).toHaveText(`Where each country stood on ${stances.question}`);
    // The column heads of the drawing that shows at this width: one per position, in the file's order.
    const heads = await chart
      .locator("svg.sc-variant")
      .filter({ visible: true })
      .first()
      .locator(".sc-header")
      .evaluateAll((hs) => hs.map((h) => [...h.querySelectorAll("tspan")].map((t) => t.textContent).join(" ")));
    expect(heads).toHaveLength(stances.positions.length);
    for (const [i, head] of heads.entries()) {
      const position = stances.positions[i]?.[1];
      expect([position?.label, position?.short]).toContain(head);
    }
    // The legend: the positions taken, in the file's order, then the words for a stance not reported.
    const taken = new Set(stances.records.map((r) => r.stance));
    const keyed = [
      ...stances.positions.filter(([id]) => taken.has(id)).map(([, p]) => p.label),
      ...(taken.has("not-reported") && stances.notReported ? [stances.notReported] : []),
    ];
    await expect(chart.locator('.legend[aria-label="Stances"] li')).toHaveText(keyed);
    await expect(chart.locator("caption")).toContainText(stances.question);
    // The table's stance column in the same words, one row per record.
    const rows = chart.locator(".sc-table tbody tr");
    await expect(rows).toHaveCount(stances.records.length);
    for (const record of stances.records) {
      const words = record.stance === "not-reported" ? stances.notReported : labels(record.stance)?.label;
      await expect(chart.locator(`#stance-${record.id} .sc-stance`)).toContainText(words ?? "");
    }
  });

  test("counts the countries its records name, and the actor who is not a government apart", async ({ page }) => {
    await page.goto(`${FIXTURES}/articles/river-treaty/`);
    const countries = new Set(stances.records.map((r) => r.country));
    const summary = page.locator("#stances-summary");
    await expect(summary).toContainText(`Of the ${NUMBER_WORDS[countries.size]} countries charted`);
    await expect(summary).toContainText("Environmental groups");
    await page.goto(`${FIXTURES}/articles/river-treaty/data/`);
    await expect(page.locator("#stances")).toHaveText(`Stances on ${stances.question}`);
  });
});

test.describe("a data page's title", () => {
  for (const slug of STORIES) {
    test(`reads "Data & sources: <story title> · Explainers" for ${slug}, the title cut at a word to fit 70 characters, its h1 whole`, async ({
      page,
    }) => {
      const { title } = readStory(slug);
      await page.goto(`${FIXTURES}/articles/${slug}/data/`);
      const named = await page.title();
      const middle = named.match(/^Data & sources: (.+) · Explainers$/)?.[1] ?? "";
      expect(named.length, named).toBeLessThanOrEqual(70);
      // The story's whole title, or its first whole words and an ellipsis.
      if (middle !== title) {
        expect(middle, named).toMatch(/\S…$/);
        const kept = middle.slice(0, -1);
        expect(title.startsWith(kept), named).toBe(true);
        expect(title.slice(kept.length), named).toMatch(/^[\s,;:.!?–—]/u);
      }
      await expect(page.locator("h1")).toHaveText(`Data & sources: ${title}`);
    });
  }
});
