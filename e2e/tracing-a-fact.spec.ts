// A reader (or a journalist checking our work) traces every record of the fact base to the article's words.

import { expect, test } from "@playwright/test";
import { csvParse } from "d3-dsv";
import { LAUNCH_ORDER } from "../src/test/story";
import { ARTICLE, expectNoAxeViolations, FIXTURES, watch } from "./helpers";

const DATA = `${ARTICLE}data/`;
const fold = (s: string) => s.replace(/[\t\n\f\r ]+/g, " ").trim();

test.describe("the data & sources page", () => {
  test("lists every record of the downloads, in the same order", async ({ page, request }) => {
    await page.goto(DATA);
    const eventIds = await page.locator('[id^="event-"]').evaluateAll((els) => els.map((e) => e.id.slice(6)));
    const stanceIds = await page.locator('[id^="stance-"]').evaluateAll((els) => els.map((e) => e.id.slice(7)));
    const eventsJson = await (await request.get(`${ARTICLE}events.json`)).json();
    const stancesJson = await (await request.get(`${ARTICLE}stances.json`)).json();
    const eventsCsv = csvParse(await (await request.get(`${ARTICLE}events.csv`)).text());
    const stancesCsv = csvParse(await (await request.get(`${ARTICLE}stances.csv`)).text());
    expect(eventIds.length).toBeGreaterThanOrEqual(16);
    expect(eventsJson.events.map((e: { id: string }) => e.id)).toEqual(eventIds);
    expect(eventsCsv.map((r) => r.id)).toEqual(eventIds);
    expect(stancesJson.stances.map((s: { id: string }) => s.id)).toEqual(stanceIds);
    expect(stancesCsv.map((r) => r.id)).toEqual(stanceIds);
    // The CSV's quotes are the JSON's, field for field (line breaks inside fields survive).
    expect(eventsCsv.map((r) => r.quotes)).toEqual(
      eventsJson.events.map((e: { quotes: { text: string }[] }) => e.quotes.map((q) => q.text).join("\n")),
    );
    for (const id of ["chemical-attack", "us-strike", "g7-lucca", "tillerson-moscow"]) expect(eventIds).toContain(id);
    for (const id of ["japan", "canada"]) {
      await expect(page.locator(`#stance-${id}`)).toContainText("Not reported in the article");
    }
  });

  test("every quote link lands on a paragraph that contains the quote", async ({ page }) => {
    await page.goto(DATA);
    const links = await page.locator(".record-quotes li").evaluateAll((lis) =>
      lis.map((li) => ({
        quote: li.querySelector("q")?.textContent ?? "",
        href: li.querySelector("a")?.getAttribute("href") ?? "",
      })),
    );
    expect(links.length).toBeGreaterThan(20);
    await page.goto(ARTICLE);
    for (const { quote, href } of links) {
      const [path, anchor] = href.split("#");
      expect(path).toBe(ARTICLE);
      const target = page.locator(`[id="${anchor}"]`);
      expect(fold((await target.textContent()) ?? ""), `${anchor} should contain "${quote}"`).toContain(fold(quote));
    }
  });

  test("the article's paragraph markers link to records that exist on the data page", async ({ page }) => {
    await page.goto(ARTICLE);
    // Events link to the timeline on the page and to their sources; stances to the data page.
    const events = await page.locator(".fact-event").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    for (const href of events)
      expect(await page.locator(`[data-timeline] li[data-event="${href.slice("#event-".length)}"]`).count(), href).toBe(
        1,
      );
    const hrefs = await page
      .locator(".fact-source, .fact-stance")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.length).toBeGreaterThan(10);
    await page.goto(DATA);
    for (const href of new Set(hrefs)) {
      expect(href.startsWith(DATA)).toBe(true);
      await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toHaveCount(1);
    }
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`passes axe, with no request to another origin (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const seen = watch(page);
      await page.goto(DATA);
      await expectNoAxeViolations(page);
      expect(seen.foreign).toEqual([]);
      expect(seen.errors).toEqual([]);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("every record reads", async ({ page }) => {
      await page.goto(DATA);
      await expect(page.locator("h1")).toHaveText(
        "Data & sources: After the Syria strike, the G7 says no to new sanctions on Russia",
      );
      expect(await page.locator('[id^="event-"]').count()).toBeGreaterThanOrEqual(16);
      expect(await page.locator('[id^="stance-"]').count()).toBe(10);
    });
  });
});

test.describe("another story with its own data", () => {
  test("gets its own data page and downloads with no code change", async ({ page, request }) => {
    await page.goto(`${FIXTURES}/articles/river-treaty/data/`);
    await expect(page.locator('[id^="event-"]')).toHaveCount(6);
    await expect(page.locator('[id^="stance-"]')).toHaveCount(5);
    await expect(page.locator("#stances")).toHaveText("Stances on a review of the water-sharing treaty");
    const events = csvParse(await (await request.get(`${FIXTURES}/articles/river-treaty/events.csv`)).text());
    expect(events.map((r) => r.id)).toEqual([
      "treaty-signed",
      "treaty-amended",
      "austria-draft",
      "vienna-meeting",
      "experts-report",
      "june-meeting",
    ]);
    expect(events.map((r) => r.date_label)).toEqual(["1998", "2009", "Mar 2020", "2 Mar 2020", "May 2020", "Jun 2020"]);
    expect(events.map((r) => r.precision)).toEqual(["year", "year", "month", "day", "month", "month"]);
  });

  test("a story of one morning lists its events by their times, in the page and the downloads", async ({
    page,
    request,
  }) => {
    const order = LAUNCH_ORDER;
    await page.goto(`${FIXTURES}/articles/launch-day/data/`);
    expect(await page.locator('[id^="event-"]').evaluateAll((els) => els.map((el) => el.id.slice(6)))).toEqual(order);
    const csv = csvParse(await (await request.get(`${FIXTURES}/articles/launch-day/events.csv`)).text());
    expect(csv.map((r) => r.id)).toEqual(order);
    expect(csv.find((r) => r.id === "liftoff")?.date_label).toBe("16 May 2011, 08:56 UTC−4");
    expect((await request.get(`${FIXTURES}/articles/launch-day/stances.csv`)).status()).toBe(404);
  });

  test("an article without data has no data page and no downloads", async ({ request }) => {
    expect((await request.get(`${FIXTURES}/articles/plain-article/data/`)).status()).toBe(404);
    expect((await request.get(`${FIXTURES}/articles/plain-article/events.json`)).status()).toBe(404);
  });
});
