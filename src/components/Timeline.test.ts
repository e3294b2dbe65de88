// The timeline as the reader gets it: the real component, rendered with Astro's Container API from each
// fixture story's laid-out timeline, compared with checked-in HTML, so every change to the markup is a
// reviewed diff. One picture serves every width (HTML that reflows, a strip drawn in percentages), so there is
// one snapshot per story and mode, not per width; the chart's snapshots are per width (src/lib/chart).

import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { describe, expect, it } from "vitest";
import { dateFormat } from "../lib/dates/format";
import { listColumns } from "../lib/timeline/height";
import { storyTimeline } from "../lib/timeline/story";
import { storiesWithEvents } from "../test/stories";
import Timeline from "./Timeline.astro";

const container = await AstroContainer.create();

/**
 * A story's events as the collections hold them: each names its article by reference, and an image is the
 * metadata Astro's image pipeline gives an imported file.
 */
const entries = async (slug: string) => {
  const story = storiesWithEvents().find((s) => s.slug === slug);
  if (!story) throw new Error(`no story ${slug}`);
  const events = await Promise.all(
    story.events.map(async (e) => ({
      ...e,
      ...(e.media?.src
        ? { media: { ...e.media, src: (await import(/* @vite-ignore */ `${process.cwd()}/${e.media.src}`)).default } }
        : {}),
      article: { id: slug, collection: "articles" as const },
    })),
  );
  // In the story's language, as its pages draw it (src/data/language.ts).
  const { lang, calendar, numberingSystem } = story.meta;
  const fmt = dateFormat(lang, { calendar, numberingSystem });
  return storyTimeline(events, story.vocabulary.categories, fmt, story.vocabulary.eras);
};

/**
 * The markup, one element a line, its script's and images' addresses without the checkout's own folder (the
 * images are served by the dev server's /_image endpoint here, by their hashed /_astro/ files in a build).
 */
const stable = (html: string) =>
  html.replaceAll(process.cwd(), "").replaceAll(encodeURIComponent(process.cwd()), "").replace(/></g, ">\n<");

describe("<Timeline>, rendered as a build renders it", () => {
  for (const slug of storiesWithEvents().map((s) => s.slug)) {
    for (const mode of ["article", "embed"] as const) {
      it(`draws ${slug} (${mode}) as its snapshot`, async () => {
        // A story told by its timeline alone credits the file it came in, as its pages do (src/data/facts.ts).
        const story = storiesWithEvents().find((s) => s.slug === slug);
        const imported = story?.form === "timelinejs" || story?.form === "sheet";
        const source = imported ? { file: story.seedFile.slice(story.seedFile.lastIndexOf("/") + 1) } : undefined;
        const html = await container.renderToString(Timeline, {
          props: { article: slug, timeline: await entries(slug), mode, source },
        });
        await expect(stable(html)).toMatchFileSnapshot(`__snapshots__/timeline-${slug}-${mode}.html`);
      });
    }
  }

  it("lists every event once, under its date, each opening to its details", async () => {
    for (const story of storiesWithEvents()) {
      const html = await container.renderToString(Timeline, {
        props: { article: story.slug, timeline: await entries(story.slug) },
      });
      const listed = [...html.matchAll(/<li class="tl-event[^"]*"[^>]*data-event="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(listed).size, story.slug).toBe(story.events.length);
      expect(listed.length, story.slug).toBe(story.events.length);
      expect(html.match(/<details class="tl-item"/g)?.length, story.slug).toBe(story.events.length);
    }
  });

  it("names a period again, for the eye alone, at the top of each column that starts inside it", async () => {
    for (const story of storiesWithEvents()) {
      const timeline = await entries(story.slug);
      const html = await container.renderToString(Timeline, { props: { article: story.slug, timeline } });
      const starts = listColumns(timeline.periods).flatMap((l) =>
        l.starts.filter((s) => s.event).map((s) => ({ ...s, available: l.available })),
      );
      for (const s of starts) {
        const label = timeline.periods.find((p) => p.id === s.period)?.label ?? "";
        const item = html.match(
          new RegExp(`<li class="[^"]*tl-break-${s.available}[^"]*" data-event="${s.event}"[^>]*>(.*?)<details`, "s"),
        )?.[1];
        const continued = timeline.fmt.messages.t("timeline.continued", { period: label });
        expect(item, `${story.slug} ${s.event}`).toContain(
          `<span class="tl-continued" aria-hidden="true">${continued.replaceAll("&", "&amp;")}</span>`,
        );
        if (s.sameDay) expect(item).toMatch(/<span class="tl-when tl-when-again" aria-hidden="true">/);
      }
      // A column that starts with a period needs no second header: the period's own is there.
      const periodStarts = listColumns(timeline.periods).flatMap((l) => l.starts.filter((s) => !s.event));
      for (const s of periodStarts)
        expect(html).toMatch(new RegExp(`<li class="tl-period [^"]*tl-break-\\d[^"]*" data-period="${s.period}"`));
    }
  });

  it("draws a right-to-left story's strip mirrored, and says the figure's direction (dir=\"rtl\")", async () => {
    const slug = "syria-strike-g7-sanctions";
    const timeline = await entries(slug);
    const render = (dir?: "ltr" | "rtl") =>
      container.renderToString(Timeline, { props: { article: slug, timeline, ...(dir ? { dir } : {}) } });
    const [plain, ltr, rtl] = await Promise.all([render(), render("ltr"), render("rtl")]);
    expect(ltr).toBe(plain);
    expect(plain).not.toMatch(/<figure[^>]*\bdir=/);
    expect(rtl).toMatch(/<figure[^>]*\bdir="rtl"/);
    // A strip mark's place, for one event: mirrored, to the tenth of a per cent the markup keeps.
    const markX = (html: string, id: string) =>
      Number(html.match(new RegExp(`class="tl-strip-[a-z]+ [^"]*" data-event="${id}"[^>]* x1?="([\\d.]+)%"`))?.[1]);
    for (const e of timeline.model.events) {
      expect(Math.abs(markX(rtl, e.id) - (100 - markX(plain, e.id))), e.id).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    // The keys follow the direction: right to left, ← goes to the next event.
    const keys = (html: string) => html.match(/<p class="graphic-keys"[^>]*>([^<]*)<\/p>/)?.[1];
    expect(keys(plain)).toBe("Keys: ↓ or → next, ↑ or ← previous, Home first, End last, Enter opens, Esc closes.");
    expect(keys(rtl)).toBe("Keys: ↓ or ← next, ↑ or → previous, Home first, End last, Enter opens, Esc closes.");
    // Everything but the strip and the keys is the same markup: the list follows the direction through CSS
    // alone, and only titles written the other way (English ones, here) say their own direction.
    const withoutStrip = (html: string) =>
      html
        .replace(/<svg class="tl-strip"[\s\S]*?<\/svg>/, "")
        .replace(/<p class="graphic-keys"[^>]*>[^<]*<\/p>/, "")
        .replace(' dir="rtl"', "")
        .replaceAll(' dir="ltr"', "");
    expect(rtl).toContain('<span class="tl-title" dir="ltr">Russia annexes Crimea</span>');
    expect(withoutStrip(rtl)).toBe(withoutStrip(plain));
  });
});
