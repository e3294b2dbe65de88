import { describe, expect, it } from "vitest";
import { KNIGHT_LAB_JSON, knightLabTemplate } from "../../test/knight-lab";
import { parseTimelineJs } from "./timelinejs";
import { toTimelineJs } from "./to-timelinejs";
import type { ExportStory, ImportedStory } from "./types";

/** What an editor would export of an imported story: its titles as they came. */
function exportOf(story: ImportedStory): ExportStory {
  const label = new Map(story.categories.map((c) => [c.id, c.label]));
  return {
    headline: story.intro?.headline_html ?? "",
    ...(story.intro?.text_html === undefined ? {} : { text_html: story.intro.text_html }),
    ...(story.intro?.media === undefined ? {} : { media: story.intro.media }),
    scale: story.scale,
    eras: story.eras,
    events: story.events.map((e) => ({
      id: e.id,
      title: e.title_html ?? "",
      date: e.date,
      ...(e.end === undefined ? {} : { end: e.end }),
      ...(e.display_date === undefined ? {} : { display_date: e.display_date }),
      ...(e.text_html === undefined ? {} : { text_html: e.text_html }),
      ...(e.category === undefined ? {} : { group: label.get(e.category) ?? e.category }),
      ...(e.media === undefined ? {} : { media: e.media }),
    })),
  };
}

/** What a round trip must keep of a story. */
const kept = (story: ImportedStory) => ({
  scale: story.scale,
  eras: story.eras,
  events: story.events.map((e) => ({
    id: e.id,
    date: e.date,
    end: e.end,
    display_date: e.display_date,
    group: story.categories.find((c) => c.id === e.category)?.label,
    media: e.media,
    text_html: e.text_html,
  })),
});

const event = (extra: Partial<ExportStory["events"][number]> = {}) => ({
  id: "liftoff",
  title: "Liftoff",
  date: "2011-05-16",
  ...extra,
});
const story = (events: ExportStory["events"], extra: Partial<ExportStory> = {}): ExportStory => ({
  headline: "Launch day",
  scale: "human",
  eras: [],
  events,
  ...extra,
});

describe("toTimelineJs()", () => {
  it.each(KNIGHT_LAB_JSON)(
    "%s → import → export → import keeps ids, dates, ends, display dates, groups, media and eras",
    (name) => {
      const first = parseTimelineJs(knightLabTemplate(name), name);
      const again = parseTimelineJs(JSON.stringify(toTimelineJs(exportOf(first))), name);
      expect(again.problems).toEqual([]);
      expect(kept(again)).toEqual(kept(first));
      expect(again.intro?.text_html).toBe(first.intro?.text_html);
      expect(again.intro?.media).toEqual(first.intro?.media);
      expect(again.categories.map((c) => c.label)).toEqual(first.categories.map((c) => c.label));
    },
  );

  it("writes each date as TimelineJS's parts, and our id as the unique_id", () => {
    const file = toTimelineJs(
      story([
        event({ id: "a", date: "2021" }),
        event({ id: "b", date: "2021-06", end: "2021-08" }),
        event({ id: "c", date: "2021-06-14T09:30" }),
        event({ id: "d", date: "-0044-03-15" }),
        event({ id: "e", date: "13800000000 years ago" }),
      ]),
    );
    expect(file.events.map((e) => [e.unique_id, e.start_date, e.end_date])).toEqual([
      ["a", { year: 2021 }, undefined],
      ["b", { year: 2021, month: 6 }, { year: 2021, month: 8 }],
      ["c", { year: 2021, month: 6, day: 14, hour: 9, minute: 30 }, undefined],
      ["d", { year: -44, month: 3, day: 15 }, undefined],
      ["e", { year: -13800000000 }, undefined],
    ]);
  });

  it("writes a decade as its first year shown as the decade, unless the event has its own display_date", () => {
    const file = toTimelineJs(
      story([
        event({ id: "a", date: "1980s", end: "1990s" }),
        event({ id: "b", date: "1980s", display_date: "The eighties" }),
      ]),
    );
    expect(file.events[0]).toMatchObject({
      start_date: { year: 1980, display_date: "1980s" },
      end_date: { year: 1990, display_date: "1990s" },
    });
    expect(file.events[0]?.display_date).toBeUndefined();
    expect(file.events[1]).toMatchObject({ start_date: { year: 1980 }, display_date: "The eighties" });
    expect(file.events[1]?.start_date?.display_date).toBeUndefined();
    // And reads it back as the decade.
    expect(parseTimelineJs(JSON.stringify(file), "x.json").events[0]).toMatchObject({ date: "1980s", end: "1990s" });
  });

  it("keeps a zoned time's clock as written, and says its offset in the display_date the explainer prints", () => {
    const file = toTimelineJs(
      story([
        event({ date: "2011-05-16T08:56-04:00" }),
        event({ id: "b", date: "2011-05-16T12:56Z", display_date: "Just before one" }),
      ]),
    );
    expect(file.events[0]).toMatchObject({
      start_date: { year: 2011, month: 5, day: 16, hour: 8, minute: 56 },
      display_date: "16 May 2011, 08:56 UTC−4",
    });
    expect(file.events[1]?.display_date).toBe("Just before one");
  });

  it("writes titles as text, so TimelineJS shows them as written, and HTML as it is", () => {
    const file = toTimelineJs(
      story([event({ title: "Q&A: <3 rockets", text_html: "<p>It <b>flew</b>.</p>", group: "Flights & landings" })], {
        headline: "Launch <day>",
        text_html: "<p>Intro</p>",
        media: { url: "https://example.org/a.jpg", caption: "<i>A</i>", credit: "" },
        eras: [{ label: "Shuttle & after", date: "1981", end: "2011" }],
      }),
    );
    expect(file).toEqual({
      title: {
        text: { headline: "Launch &lt;day&gt;", text: "<p>Intro</p>" },
        media: { url: "https://example.org/a.jpg", caption: "<i>A</i>" },
      },
      events: [
        {
          unique_id: "liftoff",
          start_date: { year: 2011, month: 5, day: 16 },
          text: { headline: "Q&amp;A: &lt;3 rockets", text: "<p>It <b>flew</b>.</p>" },
          group: "Flights & landings",
        },
      ],
      eras: [{ start_date: { year: 1981 }, end_date: { year: 2011 }, text: { headline: "Shuttle &amp; after" } }],
      scale: "human",
    });
  });

  it("refuses a date the site's validation would have refused, naming the event", () => {
    expect(() => toTimelineJs(story([event({ date: "June 2021" })]))).toThrow(
      'event "liftoff", date: "June 2021" is not a written date (1980s, 2021, 2021-06, 2021-06-14, 2021-06-14T09:30+02:00, -0044, 13800000000 years ago)',
    );
  });
});
