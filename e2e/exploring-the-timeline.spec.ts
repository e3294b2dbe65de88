import { expect, type Locator, type Page, test } from "@playwright/test";
import { EVENT_ORDER } from "../src/test/story";
import { ARTICLE, afterLoad, expectNoAxeViolations, expectNoHorizontalScroll, watch } from "./helpers";

// The timeline, as a reader meets it: without JavaScript, with the keyboard, the mouse and wheel, by deep link
// and history, while scrolling the article, and in the reduced-motion and forced-colors modes.

/** The story's events in time order (src/lib/timeline/model.test.ts checks the same order from the data). */
const TIME_ORDER = EVENT_ORDER;

const SIZES = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
] as const;

/** The one server-rendered variant the container shows. */
const shown = (page: Page) => page.locator("svg.tl-variant:visible");
const mark = (page: Page, id: string) => shown(page).locator(`a.tl-event[data-event="${id}"]`);
const panel = (page: Page) => page.locator(".timeline [data-details]");
const listIds = (page: Page) =>
  page
    .locator(".timeline .graphic-list li[data-event-details]")
    .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-event-details")));
const focusedEvent = (page: Page) =>
  page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.event ?? null);
const selectedIds = (page: Page) =>
  shown(page)
    .locator("a.tl-event.is-selected")
    .evaluateAll((as) => as.map((a) => a.getAttribute("data-event")));
const tickLabels = (page: Page) => shown(page).locator("g.tl-detail .tl-tick-label").allTextContents();

/** The detail band's markup without what the script adds to it (the drag surface, tab stops, state classes). */
const bandMarkup = (band: Locator) =>
  band.evaluate((g) => {
    const copy = g.cloneNode(true) as Element;
    for (const el of copy.querySelectorAll(".tl-hit")) el.remove();
    for (const el of copy.querySelectorAll("[tabindex]")) el.removeAttribute("tabindex");
    for (const el of copy.querySelectorAll(".tl-event")) el.classList.remove("is-selected", "is-current");
    return copy.innerHTML;
  });

test.describe("the timeline without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const size of SIZES) {
    test(`at ${size.width} px every event is drawn, listed and labelled legibly within one scroll`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(ARTICLE);
      await expect(shown(page)).toHaveCount(1);
      const drawn = await shown(page)
        .locator("a.tl-event")
        .evaluateAll((as) => as.map((a) => a.getAttribute("data-event")));
      expect([...drawn].sort()).toEqual([...TIME_ORDER].sort());
      expect(await listIds(page)).toEqual(TIME_ORDER);

      const faults = await page.evaluate(() => {
        const root = document.querySelector<HTMLElement>(".timeline");
        const svg = [...document.querySelectorAll<SVGSVGElement>("svg.tl-variant")].find(
          (s) => s.getClientRects().length > 0,
        );
        if (!root || !svg) return ["no timeline shown"];
        // "One scroll": the timeline's own box when it scrolls (the sticky column of wide screens), else the page.
        const scrolls = getComputedStyle(root).overflowY !== "visible";
        const screen = scrolls ? root.clientHeight : innerHeight;
        const top = root.getBoundingClientRect().top;
        const box = svg.getBoundingClientRect();
        const scale = box.width / svg.viewBox.baseVal.width;
        const out: string[] = [];
        for (const a of svg.querySelectorAll<SVGAElement>("a.tl-event")) {
          const id = a.dataset.event;
          const label = a.querySelector<SVGTextElement>(".tl-label");
          if (!label) {
            out.push(`${id} has no label`);
            continue;
          }
          const r = label.getBoundingClientRect();
          const px = Number.parseFloat(getComputedStyle(label).fontSize) * scale;
          if (px < 12) out.push(`${id}: ${px.toFixed(1)} px`);
          if (
            r.left < box.left - 0.5 ||
            r.right > box.right + 0.5 ||
            r.top < box.top - 0.5 ||
            r.bottom > box.bottom + 0.5
          )
            out.push(`${id} is cut off by the svg`);
          if (r.left < 0 || r.right > document.documentElement.clientWidth) out.push(`${id} leaves the screen`);
          if (r.bottom - top > 2 * screen)
            out.push(`${id} is ${Math.round(r.bottom - top)} px below the timeline's top`);
          if (r.width === 0 || r.height === 0) out.push(`${id} has an empty label`);
        }
        return out;
      });
      expect(faults).toEqual([]);
    });
  }

  test("the list holds each event's details and the page has no zoom controls to press", async ({ page }) => {
    await page.goto(ARTICLE);
    const item = page.locator("#event-us-strike");
    await expect(item.locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
    await expect(item.locator("q")).toContainText("59 tomahawk cruise missiles");
    await expect(item.locator(".record-date")).toContainText("7 Apr 2017 (known to the day)");
    await expect(page.locator(".timeline [data-controls]")).toBeHidden();
    // Not even their room: without scripting they take no space (with it, their room is kept from the start).
    expect(await page.locator(".timeline [data-controls]").boundingBox()).toBeNull();
  });
});

test.describe("exploring the timeline on a touch screen", () => {
  test.use({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });

  test("a pinch zooms the detail band, not the page, and a one-finger drag pans it", async ({ page }) => {
    const seen = watch(page);
    await page.goto(ARTICLE);
    const band = shown(page).locator("g.tl-detail");
    await band.scrollIntoViewIfNeeded();
    const box = await band.locator(".tl-hit").boundingBox();
    if (!box) throw new Error("the detail band has no drag surface");
    const ticks = await tickLabels(page);
    const cdp = await page.context().newCDPSession(page);
    const y = box.y + 8;
    const x = box.x + box.width / 2;
    const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: number[]) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((px, id) => ({ x: px, y, id })) });

    await touch("touchStart", [x - 20, x + 20]);
    for (let i = 1; i <= 10; i++) await touch("touchMove", [x - 20 - 8 * i, x + 20 + 8 * i]);
    await touch("touchEnd", []);
    await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
    expect(await page.evaluate(() => window.visualViewport?.scale)).toBe(1);
    const zoomed = await tickLabels(page);

    // Far enough to move the view by more than a tick's interval, whatever zoom the pinch reached.
    await touch("touchStart", [x - 100]);
    for (let i = 1; i <= 10; i++) await touch("touchMove", [x - 100 + 20 * i]);
    await touch("touchEnd", []);
    await expect.poll(() => tickLabels(page)).not.toEqual(zoomed);
    const firstDay = (labels: string[]) => Number((labels[0] ?? "").split(" ")[0]);
    expect(firstDay(await tickLabels(page))).toBeLessThan(firstDay(zoomed));
    expect(await selectedIds(page)).toEqual([]);
    expect(seen.errors).toEqual([]);
  });

  test("a tap on an event selects it and shows its details", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page, "us-strike").locator(".tl-label").tap();
    await expect(mark(page, "us-strike")).toHaveClass(/is-selected/);
    await expect(panel(page).locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
    await expect(page).toHaveURL(/#event-us-strike$/);
  });
});

test.describe("exploring the timeline", () => {
  let seen: ReturnType<typeof watch>;
  test.beforeEach(({ page }) => {
    seen = watch(page);
  });
  test.afterEach(() => {
    expect(seen.errors).toEqual([]);
  });

  test("the script enhances the server's picture in place, without moving it", async ({ browser, page }) => {
    // The first paint, before the script runs: scripting on, the page's scripts held back.
    const before = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
    await before.route(/\.m?js(\?|$)/, (route) => route.abort());
    await before.goto(ARTICLE);
    await expect(before.locator(".timeline [data-controls]")).toBeHidden();
    const box = await shown(before).boundingBox();
    const serverBand = await bandMarkup(shown(before).locator("g.tl-detail"));
    await before.close();

    await page.goto(ARTICLE);
    await expect(page.locator(".timeline [data-controls]")).toBeVisible();
    await expect(shown(page).locator("rect.tl-hit")).toHaveCount(1);
    expect(await shown(page).boundingBox()).toEqual(box);
    expect(await bandMarkup(shown(page).locator("g.tl-detail"))).toBe(serverBand);
    // And the browser saw nothing on the page shift as it loaded.
    await afterLoad(page);
    // A buffered observer holds every shift so far at once: takeRecords() reads them without waiting.
    const shifts = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: "layout-shift", buffered: true });
      return observer.takeRecords().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0);
    });
    expect(shifts).toBe(0);
  });

  test("Tab reaches the timeline as one stop, and the arrow keys walk every event in time order", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    expect(await focusedEvent(page)).toBe(TIME_ORDER[0]);
    await expect(shown(page).locator('a.tl-event[tabindex="0"]')).toHaveCount(1);

    const walked = [await focusedEvent(page)];
    for (let i = 1; i < TIME_ORDER.length; i++) {
      await page.keyboard.press("ArrowRight");
      walked.push(await focusedEvent(page));
    }
    expect(walked).toEqual(await listIds(page));
    expect(walked).toEqual(TIME_ORDER);
    await page.keyboard.press("ArrowRight");
    expect(await focusedEvent(page)).toBe(TIME_ORDER.at(-1));
    await page.keyboard.press("ArrowLeft");
    expect(await focusedEvent(page)).toBe(TIME_ORDER.at(-2));
    await page.keyboard.press("Home");
    expect(await focusedEvent(page)).toBe(TIME_ORDER[0]);
    await page.keyboard.press("End");
    expect(await focusedEvent(page)).toBe(TIME_ORDER.at(-1));
    await expect(shown(page).locator('a.tl-event[tabindex="0"]')).toHaveCount(1);

    // The next Tab leaves the graphic rather than visiting another event.
    await page.keyboard.press("Tab");
    expect(await focusedEvent(page)).toBeNull();
    expect(await page.evaluate(() => !!document.activeElement?.closest("svg"))).toBe(false);
    // And Shift+Tab comes back to the event last visited.
    await page.keyboard.press("Shift+Tab");
    expect(await focusedEvent(page)).toBe(TIME_ORDER.at(-1));
  });

  test("focus is always visible, and the focused event's details are shown", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    const focused = mark(page, TIME_ORDER[1] ?? "");
    await expect(focused).toBeFocused();
    const ring = await focused.locator(".tl-shape").evaluate((el) => {
      const s = getComputedStyle(el);
      return { stroke: s.stroke, width: Number.parseFloat(s.strokeWidth) };
    });
    expect(ring.stroke).not.toBe("none");
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator("h3")).toHaveText("G7 suspends Russia from the G8");
    await expect(panel(page)).toHaveAttribute("aria-live", "polite");
  });

  test("the focus ring wins over the highlight of the paragraph in view", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    await page.locator("#p-prior-to-visiting-moscow-us").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect(mark(page, "us-strike")).toHaveClass(/is-current/);
    const ring = (id: string) =>
      mark(page, id)
        .locator(".tl-shape")
        .evaluate((el) => ({ stroke: getComputedStyle(el).stroke, width: getComputedStyle(el).strokeWidth }));
    const highlighted = await ring("us-strike");
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    for (const _ of TIME_ORDER.slice(0, TIME_ORDER.indexOf("us-strike"))) await page.keyboard.press("ArrowRight");
    await expect(mark(page, "us-strike")).toBeFocused();
    const focused = await ring("us-strike");
    expect(focused).not.toEqual(highlighted);
    expect(Number.parseFloat(focused.width)).toBeGreaterThan(Number.parseFloat(highlighted.width));
  });

  test("Escape closes the details and keeps focus on the event; Enter opens them again", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("End");
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();
    expect(await selectedIds(page)).toEqual([]);
    expect(await focusedEvent(page)).toBe(TIME_ORDER.at(-1));
    await expect(shown(page).locator('a.tl-event[tabindex="0"]')).toHaveAttribute(
      "data-event",
      TIME_ORDER.at(-1) ?? "",
    );
    await page.keyboard.press("Enter");
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator("h3")).toHaveText("French election, first round");
    await expect(page).toHaveURL(/#event-french-election$/);
  });

  test("Escape from inside the details closes them and returns focus to the event", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page, "g7-lucca").locator(".tl-label").click();
    // The pointer leaves the graphic (hovering an event would show its details instead).
    await page.mouse.move(0, 0);
    await panel(page).getByRole("link", { name: "Read it in the article" }).first().focus();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();
    expect(await focusedEvent(page)).toBe("g7-lucca");
  });

  test("zoomed in, the arrow keys still reach every event, panning the band to each", async ({ page }) => {
    await page.goto(ARTICLE);
    for (let i = 0; i < 4; i++) await page.locator(".timeline [data-zoom=in]").click();
    const drawn = await shown(page).locator("g.tl-detail a.tl-event").count();
    expect(drawn).toBeLessThan(9);
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Home");
    const walked = [await focusedEvent(page)];
    for (let i = 1; i < TIME_ORDER.length; i++) {
      await page.keyboard.press("ArrowRight");
      walked.push(await focusedEvent(page));
      await expect(mark(page, walked.at(-1) ?? "")).toHaveClass(/is-selected/);
    }
    expect(walked).toEqual(TIME_ORDER);
  });

  test("the Close button closes the details and returns focus to the event", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page, "us-strike").locator(".tl-label").click();
    await panel(page).getByRole("button", { name: "Close" }).click();
    await expect(panel(page)).toBeHidden();
    expect(await selectedIds(page)).toEqual([]);
    expect(await focusedEvent(page)).toBe("us-strike");
  });

  test("hovering an event shows its details; leaving the timeline shows the selected one again", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page, "us-strike").locator(".tl-label").click();
    await mark(page, "chemical-attack").locator(".tl-label").hover();
    await expect(panel(page).locator("h3")).toHaveText("Chemical attack in Khan Shaykhun");
    await page.mouse.move(1, 1);
    await expect(panel(page).locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
  });

  test("the details show the article's words, and their link lands on the paragraph that says them", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await mark(page, "us-strike").locator(".tl-label").click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
    await expect(panel(page).locator(".record-date")).toContainText("7 Apr 2017");
    const quote = (await panel(page).locator("q").first().textContent()) ?? "";
    expect(quote).toContain("59 tomahawk cruise missiles");
    await panel(page).getByRole("link", { name: "Read it in the article" }).first().click();
    await expect(page).toHaveURL(/#p-prior-to-visiting-moscow-us$/);
    const target = page.locator("#p-prior-to-visiting-moscow-us");
    await expect(target).toBeInViewport();
    await expect(target).toContainText(quote);
    // Following the quote leaves the selection as it was.
    await expect(panel(page).locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
  });

  for (const size of SIZES) {
    test(`a deep link opens the timeline on its event, selected, with its details (${size.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`${ARTICLE}#event-us-strike`);
      await expect(mark(page, "us-strike")).toHaveClass(/is-selected/);
      expect(await selectedIds(page)).toEqual(["us-strike"]);
      await expect(panel(page)).toBeVisible();
      await expect(panel(page).locator("h3")).toHaveText("59 US Tomahawks hit Shayrat airbase");
      await expect(mark(page, "us-strike").locator(".tl-shape")).toBeInViewport();
      // The timeline shows the event: the list it came from stays closed, and no id is doubled.
      await afterLoad(page);
      expect(await page.locator(".timeline details.graphic-list").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
        false,
      );
      await expect(mark(page, "us-strike")).toHaveClass(/is-selected/);
      await expect(page.locator('[id="event-us-strike"]')).toHaveCount(1);
    });
  }

  test("a link to an event from elsewhere on the page selects it", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.evaluate(() => {
      const a = document.createElement("a");
      a.href = "#event-g7-lucca";
      a.id = "test-link";
      a.textContent = "G7 in Lucca";
      document.querySelector(".prose > p:last-of-type")?.append(a);
    });
    await page.locator("#test-link").click();
    await expect(mark(page, "g7-lucca")).toHaveClass(/is-selected/);
    await expect(panel(page).locator("h3")).toHaveText("G7 foreign ministers meet in Lucca");
    await expect(mark(page, "g7-lucca").locator(".tl-shape")).toBeInViewport();
  });

  test("back and forward walk the selections", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page, "chemical-attack").locator(".tl-label").click();
    await expect(page).toHaveURL(/#event-chemical-attack$/);
    await mark(page, "us-strike").locator(".tl-label").click();
    await expect(page).toHaveURL(/#event-us-strike$/);
    expect(await selectedIds(page)).toEqual(["us-strike"]);
    // Off the timeline, whose hover would show the event under the pointer rather than the selection.
    await page.mouse.move(0, 0);

    await page.goBack();
    await expect(page).toHaveURL(/#event-chemical-attack$/);
    await expect(mark(page, "chemical-attack")).toHaveClass(/is-selected/);
    expect(await selectedIds(page)).toEqual(["chemical-attack"]);
    await expect(panel(page).locator("h3")).toHaveText("Chemical attack in Khan Shaykhun");

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
    await expect(panel(page)).toBeHidden();
    expect(await selectedIds(page)).toEqual([]);

    await page.goForward();
    await expect(mark(page, "chemical-attack")).toHaveClass(/is-selected/);
    await page.goForward();
    await expect(mark(page, "us-strike")).toHaveClass(/is-selected/);
    expect(await selectedIds(page)).toEqual(["us-strike"]);
  });

  test("the events of the paragraph in view are highlighted as the reader scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const current = () =>
      shown(page)
        .locator("a.tl-event.is-current")
        .evaluateAll((as) => as.map((a) => a.getAttribute("data-event")).sort());
    const paragraphs = await page
      .locator("p[data-events]")
      .evaluateAll((ps) => ps.map((p) => ({ id: p.id, events: (p.getAttribute("data-events") ?? "").split(" ") })));
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) {
      await page.locator(`#${p.id}`).evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(current).toEqual([...p.events].sort());
    }
    // A paragraph that supports no event clears the highlight.
    const plain = page.locator(".prose > p:not([data-events])").first();
    await plain.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(current).toEqual([]);
  });

  test("the zoom buttons change the detail band, and Reset restores the server's picture", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const band = shown(page).locator("g.tl-detail");
    const initial = await bandMarkup(band);
    const ticks = await tickLabels(page);
    expect(ticks[0]).toBe("4 Apr 2017");

    await page.locator(".timeline [data-zoom=in]").click();
    await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
    const zoomed = await tickLabels(page);
    const dayOf = (label: string) => Number(label.split(" ")[0]);
    // Zoomed in about the middle: the first tick is later, and the ticks come closer in time.
    expect(dayOf(zoomed[0] ?? "")).toBeGreaterThan(4);
    expect(dayOf(zoomed.at(-1) ?? "") - dayOf(zoomed[0] ?? "")).toBeLessThan(
      dayOf(ticks.at(-1) ?? "") - dayOf(ticks[0] ?? ""),
    );
    // The overview's frame follows the detail: it narrows.
    const frame = shown(page).locator("rect.tl-focus");
    await page.locator(".timeline [data-zoom=in]").click();
    const narrow = Number(await frame.getAttribute("width"));

    await page.locator(".timeline [data-zoom=out]").click();
    expect(Number(await frame.getAttribute("width"))).toBeGreaterThan(narrow);

    await expect(shown(page).locator(".tl-detail-title")).not.toHaveText("In detail, 3 Apr 2017 to 16 Apr 2017");

    await page.locator(".timeline [data-zoom=reset]").click();
    await expect.poll(() => tickLabels(page)).toEqual(ticks);
    expect(await bandMarkup(band)).toBe(initial);
    await expect(shown(page).locator(".tl-detail-title")).toHaveText("In detail, 3 Apr 2017 to 16 Apr 2017");
    await expectNoHorizontalScroll(page);
  });

  test("the embed's from and to show those days in the detail band", async ({ page }) => {
    await page.goto("/embed/timeline/?from=2017-04-09&to=2017-04-12");
    await expect(shown(page).locator(".tl-detail-title")).toHaveText("In detail, 9 Apr 2017 to 12 Apr 2017");
    const drawn = await shown(page)
      .locator("g.tl-detail a.tl-event")
      .evaluateAll((as) => as.map((a) => a.getAttribute("data-event")));
    expect(drawn).not.toContain("us-strike");
    expect(drawn).toContain("g7-lucca");
    await page.locator("[data-zoom=reset]").click();
    await expect(shown(page).locator(".tl-detail-title")).toHaveText("In detail, 3 Apr 2017 to 16 Apr 2017");
  });

  test("the zoom buttons can be reached and pressed from the keyboard", async ({ page }) => {
    await page.goto(ARTICLE);
    const ticks = await tickLabels(page);
    await page.locator(".timeline [data-zoom=in]").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.locator(".timeline [data-zoom=reset]")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => tickLabels(page)).toEqual(ticks);
  });

  test("Ctrl+wheel zooms the detail band, a plain wheel scrolls the page, and a drag pans", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    const band = shown(page).locator("g.tl-detail");
    await band.scrollIntoViewIfNeeded();
    const ticks = await tickLabels(page);
    const box = await band.locator(".tl-hit").boundingBox();
    if (!box) throw new Error("the detail band has no drag surface");
    const x = box.x + box.width / 2;
    const y = box.y + 10;
    await page.mouse.move(x, y);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(() => tickLabels(page)).not.toEqual(ticks);
    const zoomed = await tickLabels(page);
    // The page itself was not zoomed.
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1);

    // A drag to the right shows earlier days.
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 60, y, { steps: 6 });
    await page.mouse.move(x + 120, y, { steps: 6 });
    await page.mouse.up();
    await expect.poll(() => tickLabels(page)).not.toEqual(zoomed);
    const first = (labels: string[]) => Number((labels[0] ?? "").split(" ")[0]);
    expect(first(await tickLabels(page))).toBeLessThanOrEqual(first(zoomed));
    // A drag ends as a drag: it selects nothing.
    expect(await selectedIds(page)).toEqual([]);
  });

  test("no horizontal scroll at 320 px, before and after using the timeline", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE);
    await expectNoHorizontalScroll(page);
    await mark(page, "g7-lucca").locator(".tl-label").click();
    await page.locator(".timeline [data-zoom=in]").click();
    await page.locator(".timeline [data-zoom=in]").click();
    await expectNoHorizontalScroll(page);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`axe finds no violation in the timeline, with details open and zoomed (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      await expectNoAxeViolations(page, ".timeline");
      await mark(page, "g7-lucca").locator(".tl-label").click();
      await page.locator(".timeline [data-zoom=in]").click();
      await page.locator(".timeline .graphic-list summary").click();
      await expectNoAxeViolations(page, ".timeline");
    });
  }

  test("with reduced motion nothing in the timeline is animated", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${ARTICLE}#event-us-strike`);
    await page.locator(".timeline [data-zoom=in]").click();
    const moving = await page.locator(".timeline").evaluate((root) =>
      [root, ...root.querySelectorAll("*")]
        .map((el) => ({ el, s: getComputedStyle(el) }))
        .filter(
          ({ s }) =>
            s.transitionDuration.split(",").some((d) => Number.parseFloat(d) > 0) ||
            s.animationName !== "none" ||
            s.scrollBehavior === "smooth",
        )
        .map(({ el }) => `${el.tagName}.${el.getAttribute("class")}`),
    );
    expect(moving).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe("smooth");
  });

  test("in forced colors every mark, label, line and focus ring stays visible", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.goto(ARTICLE);
    await page.locator(".timeline [data-zoom=reset]").focus();
    await page.keyboard.press("Tab");
    const invisible = await shown(page).evaluate((svg) => {
      const none = (v: string) => v === "none" || v === "transparent" || /rgba\(.*,\s*0\)$/.test(v);
      const out: string[] = [];
      for (const el of svg.querySelectorAll(".tl-shape, .tl-span, .tl-label, .tl-tick-label, .tl-band-title")) {
        const s = getComputedStyle(el);
        if (none(s.fill) || s.visibility === "hidden" || s.opacity === "0")
          out.push(`fill of ${el.getAttribute("class")}`);
      }
      for (const el of svg.querySelectorAll(".tl-axis-line, .tl-tick, .tl-leader, .tl-focus")) {
        const s = getComputedStyle(el);
        if (none(s.stroke)) out.push(`stroke of ${el.getAttribute("class")}`);
      }
      const ring = document.activeElement?.querySelector(".tl-shape");
      if (!ring || none(getComputedStyle(ring).stroke)) out.push("focus ring");
      return out;
    });
    expect(invisible).toEqual([]);
    // The reader's colours, not the page's: the selected label in Highlight, every label's halo in Canvas.
    const system = await page.evaluate(() => {
      const probe = document.createElement("span");
      document.body.append(probe);
      const colour = (c: string) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      };
      const out = { highlight: colour("Highlight"), canvas: colour("Canvas") };
      probe.remove();
      return out;
    });
    const label = shown(page).locator("a.tl-event.is-selected .tl-label");
    expect(await label.evaluate((el) => getComputedStyle(el).fill)).toBe(system.highlight);
    const halos = await shown(page)
      .locator(".tl-label")
      .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).stroke))]);
    expect(halos).toEqual([system.canvas]);
  });
});
