import { describe, expect, it } from "vitest";
import { KNIGHT_LAB_JSON, knightLabTemplate } from "../../test/knight-lab";
import { parseTimelineJs, TIMELINE_NEEDS } from "./timelinejs";
import type { ImportedEvent, ImportedStory } from "./types";

const FILE = "imports/timeline.json";
const knightLab = (name: string) => parseTimelineJs(knightLabTemplate(name), `template/${name}`);
const byTitle = (story: ImportedStory, title: string): ImportedEvent => {
  const found = story.events.find((e) => e.title_html === title);
  if (!found) throw new Error(`no event "${title}"`);
  return found;
};
/** A file of these slides, with whatever else the test adds at the top level. */
const timeline = (events: unknown[], top: Record<string, unknown> = {}) =>
  parseTimelineJs(JSON.stringify({ ...top, events }), FILE);
const slide = (extra: Record<string, unknown> = {}) => ({
  start_date: { year: "2017" },
  text: { headline: "A slide" },
  ...extra,
});

describe("parseTimelineJs() on Knight Lab's own files", () => {
  it.each(KNIGHT_LAB_JSON)("%s imports with no problem", (name) => {
    const story = knightLab(name);
    expect(story.problems).toEqual([]);
    expect(story.format).toBe("timelinejs-json");
    expect(story.file).toBe(`template/${name}`);
    expect(story.events.length).toBeGreaterThan(0);
    expect(new Set(story.events.map((e) => e.id)).size).toBe(story.events.length);
    for (const e of story.events) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("all-media-types.json: the title slide, groups as categories, dates at their own precision, media", () => {
    const story = knightLab("all-media-types.json");
    expect(story.scale).toBe("human");
    expect(story.intro?.headline_html).toBe("TimelineJS Media Types");
    expect(story.intro?.text_html).toMatch(/^<p>TimelineJS supports many media types\./);
    expect(story.intro?.media).toEqual({
      url: "http://www.germuska.com/salzburg-album/full/2QVB_022.jpg",
      caption: "The secret passage at Schloss Leopoldskron, Salzburg, Austria",
      credit: "Joe Germuska",
    });
    expect(story.categories).toEqual([
      { id: "video", label: "Video" },
      { id: "social-media", label: "Social Media" },
      { id: "audio", label: "Audio" },
      { id: "html", label: "HTML" },
      { id: "image", label: "Image" },
    ]);
    expect(story.events).toHaveLength(41);
    // A year-only slide stays a year; a year and month stays a month.
    expect(byTitle(story, "YouTube Videos")).toMatchObject({ id: "youtube-videos", date: "1901", category: "video" });
    expect(byTitle(story, "TikTok").date).toBe("1904-06");
    expect(byTitle(story, "Twitter").category).toBeUndefined();
    // Two slides called "Bluesky": the second is numbered.
    expect(story.events.filter((e) => e.title_html === "Bluesky").map((e) => e.id)).toEqual(["bluesky", "bluesky-2"]);
    // A slide's own unique_id is its id, and how problems would name it.
    expect(byTitle(story, "Wikimedia Images")).toMatchObject({ id: "wikipedia-images", record: "wikipedia-images" });
    expect(byTitle(story, "YouTube Videos").record).toBe("events[0]");
    expect(byTitle(story, "Image, JPG").media).toEqual({
      url: "https://upload.wikimedia.org/wikipedia/commons/thumb/c/c5/Moraine_Lake_17092005.jpg/960px-Moraine_Lake_17092005.jpg",
      caption: "Valley of the Ten Peaks and Moraine Lake, Banff National Park, Canada.",
      credit: "Wikipedia Commons",
      link: "https://en.wikipedia.org/wiki/Rocky_Mountains#/media/File:Moraine_Lake_17092005.jpg",
    });
    // HTML given as the media "url" (TimelineJS embeds it) is carried as given, for the pipeline to judge.
    expect(byTitle(story, "Blockquote").media?.url).toBe("<blockquote>This is a block quote.</blockquote>");
    expect(story.notCarried).toEqual([
      "background on 8 slides (colours and images behind slides are not drawn)",
      "the link_target of 3 media links (the site opens links its own way)",
    ]);
  });

  it("cosmo.json: cosmological because its years are, though it never says so; deep time as years ago", () => {
    const story = knightLab("cosmo.json");
    expect(story.scale).toBe("cosmological");
    expect(story.events.map((e) => [e.date, e.end])).toEqual([
      ["13800000000 years ago", undefined],
      ["13799630000 years ago", undefined],
      ["12800000000 years ago", undefined],
      ["4600000000 years ago", undefined],
      ["538800000 years ago", "251902000 years ago"],
      ["315000 years ago", undefined],
      ["-3500", undefined],
    ]);
    expect(story.intro?.media?.credit).toBe(
      'NASA with modifications by Cherkash <a href="https://en.wikipedia.org/wiki/File:CMB_Timeline300_no_WMAP.jpg">via Wikipedia</a>',
    );
  });

  it("cosmo-mixed.json: years ago and calendar years in one file, each as TimelineJS prints it", () => {
    const story = knightLab("cosmo-mixed.json");
    expect(story.scale).toBe("cosmological");
    expect(story.events.map((e) => e.date)).toEqual([
      "13800000000 years ago",
      "4600000000 years ago",
      "540000000 years ago",
      "300000 years ago",
      "-3500",
      "-0300",
      "1021",
      "1609-11",
      "1826",
      "1969-07-20",
      "1990-04-25",
    ]);
    const euclid = byTitle(story, "Euclid's <i>Optica</i>");
    expect(euclid.id).toBe("euclids-optica");
    // An empty caption and credit are left out, not carried as empty strings.
    expect(byTitle(story, "First Manufactured Glass").media).toEqual({
      url: "https://en.wikipedia.org/wiki/History_of_glass",
    });
  });

  it("eras.json: its eras, spans of years and of days, and a slide with empty media", () => {
    const story = knightLab("eras.json");
    expect(story.eras).toEqual([
      { label: "Era Test 650-700", date: "0650", end: "0700" },
      { label: "Era Test 600-650", date: "0600", end: "0650" },
      { label: "Era Test 700-720", date: "0700", end: "0720" },
    ]);
    expect(story.intro).toEqual({
      headline_html: "Eras Test",
      text_html: "Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages",
    });
    expect(byTitle(story, "Last great Roman-Persian War.")).toMatchObject({ date: "0602", end: "0629" });
    expect(byTitle(story, "Muhammad Migrates from Mecca to Medina")).toMatchObject({
      date: "0622-08-09",
      end: "0622-08-23",
    });
    expect(byTitle(story, "Death of Muhammed").media).toBeUndefined();
  });
});

describe("parseTimelineJs() on files that are not right", () => {
  it("says where invalid JSON breaks, by line and column", () => {
    const story = parseTimelineJs('{\n  "events": [\n    {"start_date": {"year": 2017},}\n  ]\n}', FILE);
    expect(story.problems).toEqual([
      {
        file: FILE,
        message: 'is not valid JSON: a comma before "}": JSON allows none, remove it (line 3, column 35)',
      },
    ]);
    expect(story.events).toEqual([]);
  });

  it("says what a TimelineJS file needs when given a list, or an object without slides", () => {
    expect(parseTimelineJs("[]", FILE).problems).toEqual([
      { file: FILE, message: `is a JSON list, not a TimelineJS timeline: ${TIMELINE_NEEDS}` },
    ]);
    expect(TIMELINE_NEEDS).toBe(
      'a TimelineJS file is one JSON object with its slides in an "events" list, e.g. {"events": [{"start_date": {"year": 2017}, "text": {"headline": "…"}}]}',
    );
    expect(parseTimelineJs('"timeline"', FILE).problems[0]?.message).toBe(
      `is a JSON string, not a TimelineJS timeline: ${TIMELINE_NEEDS}`,
    );
    expect(parseTimelineJs('{"title": {}}', FILE).problems).toEqual([
      { file: FILE, field: "events", message: `is missing: ${TIMELINE_NEEDS}` },
    ]);
    expect(parseTimelineJs('{"events": []}', FILE).problems[0]?.message).toBe(`lists no slides: ${TIMELINE_NEEDS}`);
  });

  it("names the slide and the date part that cannot become a date, and says what to write", () => {
    const story = timeline([
      slide({ start_date: { year: "20x7" } }),
      slide({ unique_id: "thirteenth", start_date: { year: 2017, month: 13 } }),
      slide({ start_date: { year: 0 } }),
      slide({ end_date: { year: "2018", month: "Jun" } }),
      slide({ start_date: undefined }),
      slide({ start_date: { month: 6 } }),
    ]);
    expect(story.problems).toEqual([
      {
        file: FILE,
        record: "events[0]",
        field: "start_date.year",
        message: '"20x7" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)',
      },
      { file: FILE, record: "thirteenth", field: "start_date.month", message: "13 is not a month: write 1 to 12" },
      {
        file: FILE,
        record: "events[2]",
        field: "start_date.year",
        message: "there is no year 0 (1 BCE is followed by 1 CE): write -1 for 1 BCE or 1 for 1 CE",
      },
      { file: FILE, record: "events[3]", field: "end_date.month", message: '"Jun" is not a month: write 1 to 12' },
      {
        file: FILE,
        record: "events[4]",
        field: "start_date",
        message: 'is missing: every slide needs a start_date with at least a year, e.g. {"year": 2017}',
      },
      {
        file: FILE,
        record: "events[5]",
        field: "start_date.year",
        message: "has no year: write at least the year, e.g. 2017",
      },
    ]);
    expect(story.events).toEqual([]);
  });

  it("writes impossible days as given, for the site's date parser to report", () => {
    expect(timeline([slide({ start_date: { year: 2017, month: 2, day: 31 } })]).events[0]?.date).toBe("2017-02-31");
  });

  it("carries a <script> headline and a javascript: media URL as given: sanitising is the pipeline's job", () => {
    const headline =
      '<script>globalThis.importedRan = true</script><img src=x onerror="globalThis.importedRan = true">';
    const url = "javascript:globalThis.importedRan = true";
    const story = timeline([slide({ text: { headline, text: headline }, media: { url, caption: headline } })]);
    expect(story.problems).toEqual([]);
    expect(story.events[0]).toMatchObject({
      title_html: headline,
      text_html: headline,
      media: { url, caption: headline },
    });
    // Its id comes from words a reader sees: a script's code is none, so the date gives it.
    expect(story.events[0]?.id).toBe("2017");
    expect((globalThis as { importedRan?: boolean }).importedRan).toBeUndefined();
  });

  it("reads __proto__ as a field like any other, never as the prototype", () => {
    const story = parseTimelineJs('{"__proto__": {"polluted": true}, "events": [{"start_date": {"year": 1}}]}', FILE);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(story.notCarried).toEqual(['the top-level field "__proto__" (TimelineJS does not read it either)']);
    expect(story.events[0]).toMatchObject({ id: "0001", date: "0001" });
  });

  it("names a scale TimelineJS does not know", () => {
    expect(timeline([slide()], { scale: "galactic" }).problems).toEqual([
      {
        file: FILE,
        field: "scale",
        message: '"galactic" is not a scale TimelineJS knows: write human or cosmological, or leave it out',
      },
    ]);
  });

  it("names an era without an end or a name", () => {
    const story = timeline([slide()], {
      eras: [
        { start_date: { year: 1914 }, text: { headline: "War" } },
        { start_date: { year: 1914 }, end_date: { year: 1918 } },
      ],
    });
    expect(story.problems).toEqual([
      {
        file: FILE,
        record: "eras[0]",
        field: "end_date",
        message: 'is missing: an era needs a start_date and an end_date, e.g. {"year": 1914}',
      },
      {
        file: FILE,
        record: "eras[1]",
        field: "text.headline",
        message: "is missing: an era needs a name, which labels it on the timeline",
      },
    ]);
    expect(story.eras).toEqual([]);
  });
});

describe("parseTimelineJs(): what is carried and what is not", () => {
  it("keeps a time to the minute, and says once that seconds are dropped", () => {
    const story = timeline([
      slide({ start_date: { year: 2021, month: 6, day: 14, hour: 9, minute: 30, second: 15 } }),
      slide({ start_date: { year: 2021, month: 6, day: 14, hour: 21, second: 1, millisecond: 500 } }),
    ]);
    expect(story.events.map((e) => e.date)).toEqual(["2021-06-14T09:30", "2021-06-14T21:00"]);
    expect(story.notCarried).toEqual(["the seconds of 2 dates (times are kept to the minute)"]);
  });

  it("takes the slide's display_date, else its start's (joined to its end's as TimelineJS joins them)", () => {
    const story = timeline([
      slide({ display_date: "Spring 2017", start_date: { year: 2017, display_date: "ignored" } }),
      slide({ start_date: { year: 2017, display_date: "Early 2017" } }),
      slide({ start_date: { year: 2017, display_date: "Early 2017" }, end_date: { year: 2018, display_date: "2018" } }),
      slide({ start_date: { year: 2017, display_date: "Early 2017" }, end_date: { year: 2018 } }),
    ]);
    expect(story.events.map((e) => e.display_date)).toEqual([
      "Spring 2017",
      "Early 2017",
      "Early 2017 — 2018",
      undefined,
    ]);
    expect(story.notCarried).toEqual([
      "a display_date on one end of 1 span only (the site prints such a span from its dates)",
    ]);
  });

  it("reads a decade as toTimelineJs writes it", () => {
    const story = timeline([
      slide({ start_date: { year: 1980, display_date: "1980s" }, end_date: { year: 1990, display_date: "1990s" } }),
    ]);
    expect(story.events[0]).toMatchObject({ date: "1980s", end: "1990s" });
    expect(story.events[0]?.display_date).toBeUndefined();
  });

  it("notes the fields TimelineJS does not read, autolink, date formats and an era's text", () => {
    const story = timeline(
      [slide({ autolink: false, location: { lat: 1 }, start_date: { year: 2017, format: "yyyy" } })],
      {
        options: {},
        eras: [{ start_date: { year: 1 }, end_date: { year: 2 }, text: { headline: "E", text: "About E" } }],
      },
    );
    expect(story.problems).toEqual([]);
    expect(story.notCarried).toEqual([
      'the top-level field "options" (TimelineJS does not read it either)',
      'the field "location" on 1 slide (TimelineJS does not read it either)',
      "autolink on 1 slide (the site links only what the text marks as a link)",
      "the date format of 1 date (the site prints every date in its own style)",
      "the text of 1 era (TimelineJS shows only an era's headline too)",
    ]);
  });

  it("drops an end that repeats the start, as TimelineJS does", () => {
    expect(timeline([slide({ end_date: { year: "2017" } })]).events[0]?.end).toBeUndefined();
  });

  it("takes an id from the text, then the date, when a slide has no headline", () => {
    const story = timeline([
      { start_date: { year: 1972 }, text: { text: "<p>Karen Spärck Jones makes search possible</p>" } },
      { start_date: { year: -44, month: 3, day: 15 } },
    ]);
    expect(story.events.map((e) => [e.id, e.title_html])).toEqual([
      ["karen-sparck-jones-makes-search-possible", undefined],
      ["0044-03-15-bce", undefined],
    ]);
  });
});
