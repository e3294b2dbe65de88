import { expect, type Page, test } from "@playwright/test";
import { EVENT_ORDER, LAUNCH_ORDER } from "../src/test/story";
import {
  ARTICLE,
  afterLoad,
  announcement,
  budgetMax,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  FIXTURES,
  ready,
  TEXT_SPACING,
  watch,
} from "./helpers";

// The timeline, as its readers meet it: on a phone and a desktop, without JavaScript, with their own text
// settings, from the keyboard and a screen reader, by deep link and history, and in the forced-colors,
// reduced-motion and high-contrast modes. Its rules hold on every story's shape, not only this one.

/** The Syria story's events in time order: by day, then as the file lists them (never by id). */
const TIME_ORDER = EVENT_ORDER;
const TURNING = ["chemical-attack", "us-strike", "g7-lucca", "tillerson-moscow"];

const events = (page: Page) =>
  page
    .locator("[data-timeline] li[data-event]:not([hidden])")
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event));
const summary = (page: Page, id: string) => page.locator(`[data-timeline] li[data-event="${id}"] > details > summary`);
const openIds = (page: Page) =>
  page
    .locator("[data-timeline] details.tl-item[open]")
    .evaluateAll((ds) => ds.map((d) => (d.closest("[data-event]") as HTMLElement).dataset.event));
const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement?.closest("[data-event]") as HTMLElement | null)?.dataset.event ?? null);

/**
 * Words that collide or leave the screen: every title, date, year line, period name and subhead of the
 * timeline, as boxes, checked pairwise. Returns the faults, each named.
 */
function textFaults(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector("[data-timeline]");
    if (!root) return ["no timeline"];
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    const boxes: { what: string; r: DOMRect }[] = [];
    for (const el of root.querySelectorAll<HTMLElement>(
      ".tl-title, .tl-until, .tl-when, .tl-subhead, .tl-period-label, .legend li, .graphic-takeaway",
    )) {
      if (!el.getClientRects().length) continue;
      for (const r of el.getClientRects()) {
        if (r.width === 0) continue;
        const what = `${el.className} "${el.textContent?.trim().slice(0, 30)}"`;
        if (r.left < -0.5 || r.right > width + 0.5)
          out.push(`${what} leaves the screen (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
        const size = Number.parseFloat(getComputedStyle(el).fontSize);
        if (size < 12) out.push(`${what} is ${size} px`);
        boxes.push({ what, r });
      }
    }
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (overlap(a.r, b.r) && !a.what.startsWith(b.what.split('"')[0] ?? "x"))
          out.push(`${a.what} overlaps ${b.what}`);
      }
    }
    return out;
  });
}

const SIZES = [
  { width: 320, height: 640 },
  { width: 768, height: 900 },
  { width: 1280, height: 800 },
  { width: 1600, height: 900 },
] as const;

test.describe("the timeline without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const size of SIZES) {
    test(`at ${size.width} px every event is listed once, in time order, legibly, with nothing overlapping`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(ARTICLE);
      expect(await events(page)).toEqual(TIME_ORDER);
      expect(await textFaults(page)).toEqual([]);
      await expectNoHorizontalScroll(page);
    });
  }

  test("a title opens its event's details by itself, and a deep link opens its event", async ({ page }) => {
    await page.goto(ARTICLE);
    await summary(page, "us-strike").click();
    expect(await openIds(page)).toEqual(["us-strike"]);
    await expect(page.locator("#event-us-strike q").first()).toContainText("59 tomahawk cruise missiles");
    // One open at a time.
    await summary(page, "g7-lucca").click();
    expect(await openIds(page)).toEqual(["g7-lucca"]);

    await page.goto(`${ARTICLE}#event-tillerson-moscow`);
    await page.waitForLoadState("load");
    expect(await openIds(page)).toEqual(["tillerson-moscow"]);
    await expect(page.locator("#event-tillerson-moscow")).toBeInViewport();
  });

  test("the keys hint, which needs the script, is not shown", async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator("[data-timeline] .graphic-keys")).toBeHidden();
  });
});

test.describe("the timeline's form", () => {
  test("the turning points stand out: larger marks and bold titles, named in the summary", async ({ page }) => {
    await page.goto(ARTICLE);
    const looks = await page.locator("[data-timeline] li[data-event]").evaluateAll((lis) =>
      lis.map((li) => ({
        id: (li as HTMLElement).dataset.event,
        weight: Number(getComputedStyle(li.querySelector(".tl-title") as Element).fontWeight),
        mark: (li.querySelector(".tl-mark") as Element).getBoundingClientRect().width,
      })),
    );
    const turning = looks.filter((l) => TURNING.includes(l.id ?? ""));
    const others = looks.filter((l) => !TURNING.includes(l.id ?? ""));
    expect(turning).toHaveLength(4);
    for (const t of turning) {
      expect(t.weight).toBeGreaterThanOrEqual(700);
      expect(t.mark).toBeGreaterThan(Math.max(...others.map((o) => o.mark)));
    }
    expect(Math.max(...others.map((o) => o.weight))).toBeLessThan(600);
    const text = await page.locator("#timeline-summary").textContent();
    for (const title of [
      "Chemical attack in Khan Shaykhun",
      "59 US Tomahawks hit Shayrat airbase",
      "G7 foreign ministers meet in Lucca",
      "Tillerson in Moscow",
    ]) {
      expect(text).toContain(title);
    }
  });

  test("events of one day sit under that day's date, printed once", async ({ page }) => {
    await page.goto(ARTICLE);
    const dates = await page
      .locator("[data-timeline] li[data-event]")
      .evaluateAll((lis) => lis.map((li) => li.querySelector(".tl-when")?.childNodes[0]?.textContent?.trim() ?? ""));
    const tenth = TIME_ORDER.indexOf("sanctions-plan");
    expect(dates.slice(tenth, tenth + 5)).toEqual(["10 Apr", "", "", "", "11 Apr"]);
    for (const [i, d] of dates.entries()) if (d && i > 0) expect(d).not.toBe(dates[i - 1]);
  });

  test("every event's target is at least 24 by 24 px, and a click on a title opens that event, no other", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE);
    await ready(page);
    const sizes = await page
      .locator("[data-timeline] summary.tl-summary")
      .evaluateAll((ss) =>
        ss.map((s) => [Math.round(s.getBoundingClientRect().width), Math.round(s.getBoundingClientRect().height)]),
      );
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
    for (const id of ["johnson-stick-like-glue", "g7-lucca", "tillerson-moscow"]) {
      await page.locator(`[data-timeline] li[data-event="${id}"] .tl-title`).click();
      expect(await openIds(page)).toEqual([id]);
    }
  });

  for (const width of [320, 1280] as const) {
    test(`under the reader's text spacing (WCAG 1.4.12) nothing overlaps or leaves the screen at ${width} px`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(ARTICLE);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await textFaults(page)).toEqual([]);
      await expectNoHorizontalScroll(page);
      await page.goto(`${FIXTURES}/embed/lighthouse-keeper/timeline/`);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await textFaults(page)).toEqual([]);
      await context.close();
    });
  }

  // The limits are the bench's (bench/budgets.json): 960 px, three 640-px screens, 800 px and 640 px.
  test("on a 320 px phone the article's first words come within 960 px, the whole timeline within three screens", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE);
    const at = await page.evaluate(() => ({
      text: (document.querySelector(".prose > p") as Element).getBoundingClientRect().top + scrollY,
      bottom: (document.querySelector("[data-timeline]") as Element).getBoundingClientRect().bottom + scrollY,
    }));
    expect(at.text).toBeLessThanOrEqual(budgetMax("heights.article.320.firstParagraphTop"));
    expect(at.bottom).toBeLessThanOrEqual(budgetMax("heights.article.320.timelineBottom"));
  });

  test("the embed is at most 800 px tall at 320 px and 640 px at 1280 px", async ({ page }) => {
    for (const [width, max] of [
      [320, budgetMax("heights.embed.320.height")],
      [1280, budgetMax("heights.embed.1280.height")],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/embed/timeline/");
      expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThanOrEqual(
        max,
      );
    }
  });
});

test.describe("reading the timeline with the script", () => {
  let seen: ReturnType<typeof watch>;
  test.beforeEach(({ page }) => {
    seen = watch(page);
  });
  test.afterEach(() => {
    expect(seen.errors).toEqual([]);
  });

  test("the script enhances the list in place: nothing moves as it loads", async ({ browser, page }) => {
    const before = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
    await before.route(/\.m?js(\?|$)/, (route) => route.abort());
    await before.goto(ARTICLE);
    const box = await before.locator("[data-timeline] .tl-periods").boundingBox();
    await before.close();
    await page.goto(ARTICLE);
    await ready(page);
    expect(await page.locator("[data-timeline] .tl-periods").boundingBox()).toEqual(box);
    await afterLoad(page);
    // A buffered observer holds every shift so far at once: takeRecords() reads them without waiting.
    const shifts = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      observer.observe({ type: "layout-shift", buffered: true });
      return observer.takeRecords().reduce((sum, e) => sum + (e as unknown as { value: number }).value, 0);
    });
    expect(shifts).toBe(0);
  });

  test("Tab reaches the timeline as one stop, the arrows walk every event in time order, Home and End jump", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await ready(page);
    // From the link before it (the skip link), one Tab.
    await page.locator("[data-timeline] .inline-skip").focus();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(TIME_ORDER[0]);
    await expect(page.locator('[data-timeline] summary[tabindex="0"]')).toHaveCount(1);
    const walked = [await focused(page)];
    for (let i = 1; i < TIME_ORDER.length; i++) {
      await page.keyboard.press("ArrowDown");
      walked.push(await focused(page));
    }
    expect(walked).toEqual(TIME_ORDER);
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toBe(TIME_ORDER.at(-1));
    await page.keyboard.press("ArrowUp");
    expect(await focused(page)).toBe(TIME_ORDER.at(-2));
    await page.keyboard.press("Home");
    expect(await focused(page)).toBe(TIME_ORDER[0]);
    await page.keyboard.press("End");
    expect(await focused(page)).toBe(TIME_ORDER.at(-1));
    // Moving never opens anything: a screen reader hears one event's name per key press.
    expect(await openIds(page)).toEqual([]);
    // Tab leaves the timeline in one press.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBeNull();
  });

  test("Enter opens the focused event and says it is expanded; Escape closes it and keeps focus on it", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await ready(page);
    await summary(page, "us-strike").focus();
    await page.keyboard.press("Enter");
    expect(await openIds(page)).toEqual(["us-strike"]);
    await expect(page).toHaveURL(/#event-us-strike$/);
    expect((await announcement(page)).expanded).toBe(true);
    await page.keyboard.press("Escape");
    expect(await openIds(page)).toEqual([]);
    expect(await focused(page)).toBe("us-strike");
    expect((await announcement(page)).expanded).toBe(false);
    await expect(page).not.toHaveURL(/#event-/);
  });

  test("Escape from inside an event's details closes them and returns focus to the event", async ({ page }) => {
    await page.goto(`${ARTICLE}#event-g7-lucca`);
    await ready(page);
    await page.locator("#event-g7-lucca a").first().focus();
    await page.keyboard.press("Escape");
    expect(await openIds(page)).toEqual([]);
    expect(await focused(page)).toBe("g7-lucca");
  });

  for (const size of [
    { width: 320, height: 256 },
    { width: 320, height: 640 },
    { width: 1280, height: 900 },
  ]) {
    test(`a deep link opens its event, and the event and its details are in view (${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(`${ARTICLE}#event-french-election`);
      await ready(page);
      await afterLoad(page);
      expect(await openIds(page)).toEqual(["french-election"]);
      await expect(summary(page, "french-election")).toBeInViewport();
      await expect(page.locator("#event-french-election")).toBeInViewport();
      await expect(page.locator('[id="event-french-election"]')).toHaveCount(1);
    });

    test(`an event opened from the keyboard shows its details in view (${size.width}×${size.height})`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto(ARTICLE);
      await ready(page);
      await summary(page, "tillerson-moscow").focus();
      await page.keyboard.press("Enter");
      await expect(summary(page, "tillerson-moscow")).toBeInViewport();
      await expect(page.locator("#event-tillerson-moscow")).toBeInViewport();
    });
  }

  test("a link to an event from the text opens it in place", async ({ page }) => {
    await page.goto(ARTICLE);
    await ready(page);
    await page.locator('.fact-marks a.fact-event[href="#event-us-strike"]').click();
    expect(await openIds(page)).toEqual(["us-strike"]);
    expect(await focused(page)).toBe("us-strike");
    await expect(summary(page, "us-strike")).toBeInViewport();
  });

  test("back and forward walk the events opened", async ({ page }) => {
    await page.goto(ARTICLE);
    await ready(page);
    await summary(page, "chemical-attack").click();
    await expect(page).toHaveURL(/#event-chemical-attack$/);
    await summary(page, "us-strike").click();
    await expect(page).toHaveURL(/#event-us-strike$/);
    await page.goBack();
    await expect.poll(() => openIds(page)).toEqual(["chemical-attack"]);
    await page.goBack();
    await expect.poll(() => openIds(page)).toEqual([]);
    await page.goForward();
    await expect.poll(() => openIds(page)).toEqual(["chemical-attack"]);
  });

  test("the events of the paragraph in view are highlighted as the reader scrolls", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(ARTICLE);
    await ready(page);
    const paragraph = page.locator('.prose > p[data-events~="flynn-resigns"]');
    await paragraph.evaluate((p) => p.scrollIntoView({ block: "center" }));
    const expected = ((await paragraph.getAttribute("data-events")) ?? "").split(" ").sort();
    await expect
      .poll(() =>
        page
          .locator("[data-timeline] li.is-current")
          .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.event).sort()),
      )
      .toEqual(expected);
  });

  test("no horizontal scroll at 320 px, before and after opening an event", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ARTICLE);
    await ready(page);
    await expectNoHorizontalScroll(page);
    await summary(page, "g7-lucca").click();
    await expectNoHorizontalScroll(page);
  });

  test("with reduced motion nothing in the timeline moves", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(`${ARTICLE}#event-us-strike`);
    await ready(page);
    const moving = await page.locator("[data-timeline]").evaluate((root) =>
      [root, ...root.querySelectorAll("*")]
        .filter((el) => {
          const s = getComputedStyle(el);
          return (
            s.transitionDuration.split(",").some((d) => Number.parseFloat(d) > 0) ||
            s.animationName !== "none" ||
            s.scrollBehavior === "smooth"
          );
        })
        .map((el) => `${el.tagName}.${el.getAttribute("class")}`),
    );
    expect(moving).toEqual([]);
  });

  test("in forced colors every mark, line and the focus ring stay visible", async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.goto(ARTICLE);
    await ready(page);
    await summary(page, "us-strike").focus();
    const invisible = await page.locator("[data-timeline]").evaluate((root) => {
      const none = (v: string) => v === "none" || v === "transparent" || /rgba\(.*,\s*0\)$/.test(v);
      const out: string[] = [];
      for (const el of root.querySelectorAll(".tl-mark, .tl-strip-turning"))
        if (none(getComputedStyle(el).fill)) out.push(`fill of ${el.getAttribute("class")}`);
      for (const el of root.querySelectorAll(".tl-strip-mark, .tl-strip-span, .tl-axis"))
        if (none(getComputedStyle(el).stroke)) out.push(`stroke of ${el.getAttribute("class")}`);
      const ring = getComputedStyle(document.activeElement as Element);
      if (ring.outlineStyle === "none" || none(ring.outlineColor)) out.push("focus ring");
      return out;
    });
    expect(invisible).toEqual([]);
  });

  test("with more contrast asked for, lines and marks reach 4.5:1 against the page", async ({ page }) => {
    await page.emulateMedia({ contrast: "more" });
    await page.goto(ARTICLE);
    const ratio = await page.evaluate(() => {
      const probe = document.createElement("span");
      document.body.append(probe);
      const rgb = (css: string) => {
        probe.style.color = css;
        return (getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
      };
      const lum = (c: number[]) =>
        c
          .map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4))
          .reduce((s, v, i) => s + v * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
      const styles = getComputedStyle(document.documentElement);
      const bg = lum(rgb(styles.getPropertyValue("--bg")));
      const line = lum(rgb(styles.getPropertyValue("--graphic-line")));
      probe.remove();
      return (Math.max(bg, line) + 0.05) / (Math.min(bg, line) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});

test.describe("what a screen reader hears", () => {
  test("each event: its title, date and precision, category, turning point, its place, once; at most 150 characters", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await ready(page);
    const heard: Record<string, string> = {};
    for (const id of [TIME_ORDER[0], "chemical-attack", TIME_ORDER.at(-1)] as string[]) {
      await summary(page, id).focus();
      heard[id] = (await announcement(page)).text;
    }
    expect(heard).toEqual({
      "crimea-annexation":
        "Russia annexes Crimea, 18 Mar 2014, known to the day, category: Diplomacy, 1 of 18, button, collapsed",
      "chemical-attack":
        "Chemical attack in Khan Shaykhun, 4 Apr 2017, known to the day, category: Syria conflict, turning point, 9 of 18, button, collapsed",
      "french-election":
        "French election, first round, 23 Apr 2017, known to the day, category: European politics, 18 of 18, button, collapsed",
    });
    for (const text of Object.values(heard)) expect(text.length).toBeLessThanOrEqual(150);
    // Nothing in the timeline speaks by itself on a key press.
    await expect(page.locator("[data-timeline] [aria-live]")).toHaveCount(0);
  });

  test("the list is named by the title and described by the summary and the keys, not a paragraph", async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await ready(page);
    const list = page.locator("[data-timeline] .tl-periods");
    await expect(list).toHaveAccessibleName("Timeline of events");
    // The keys first, then the summary (what is hidden from assistive technology is not read).
    await expect(list).toHaveAccessibleDescription(/^Keys: .* Esc closes\. 18 events from Mar 2014 to Apr 2017\. /);
    await expect(list).toHaveAccessibleDescription(/^.{1,299}$/s);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [375, 1280]) {
      test(`axe, every rule set, finds nothing in the timeline, with an event open (${colorScheme}, ${width} px)`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(ARTICLE);
        await ready(page);
        await expectNoAxeViolations(page, "[data-timeline]");
        await summary(page, "g7-lucca").click();
        await expectNoAxeViolations(page, "[data-timeline]");
      });
    }
  }
});

test.describe("the same rules on stories of other shapes", () => {
  const LAUNCH = LAUNCH_ORDER;

  test("one morning with times: in the order of its clock, under the day and its time zone", async ({ page }) => {
    await page.goto(`${FIXTURES}/embed/launch-day/timeline/`);
    expect(await events(page)).toEqual(LAUNCH);
    await expect(page.locator(".tl-subhead")).toHaveText(["16 May, times UTC−4"]);
    await expect(page.locator('li[data-event="liftoff"] .tl-when')).toHaveText("08:56");
    // No categories: no legend, every mark drawn alike.
    await expect(page.locator(".legend")).toHaveCount(0);
  });

  test("a century: its periods, its decade and its spans of years", async ({ page }) => {
    await page.goto(`${FIXTURES}/embed/lighthouse-keeper/timeline/`);
    await expect(page.locator(".tl-period-label")).toHaveText([/^1901–1919/, /^1920–1935/, /^1989–2007/]);
    await expect(page.locator('li[data-event="remembrance-guest"] .tl-when')).toHaveText("1990s");
    await expect(page.locator('li[data-event="keeper-years"] .tl-until')).toHaveText("until 1966");
  });

  for (const slug of ["lighthouse-keeper", "launch-day", "river-treaty"]) {
    for (const width of [320, 1280]) {
      test(`${slug} at ${width} px: every event once, legible, nothing overlapping, no horizontal scroll`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${FIXTURES}/articles/${slug}/`);
        const ids = await events(page);
        expect(new Set(ids).size).toBe(ids.length);
        expect(await textFaults(page)).toEqual([]);
        await expectNoHorizontalScroll(page);
      });
    }
  }
});
