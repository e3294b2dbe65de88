import { describe, expect, it } from "vitest";
import { type DownloadContext, EVENT_COLUMNS, eventRow, toCsv } from "../facts/downloads";
import type { FactEvent } from "../facts/schema";
import { readCsv } from "./csv";
import { wordsOf } from "./html";
import { parseSheet } from "./sheet";

const FILE = "imports/river-treaty.events.csv";
const ctx: DownloadContext = {
  articleUrl: "https://explainers.example.org/articles/river-treaty/",
  articleTitle: "River treaty",
  vocabulary: {
    categories: [
      { id: "talks", label: "The talks", slot: 1 },
      { id: "treaty", label: "The treaty, and its review", slot: 2 },
    ],
    groups: [],
  },
};
const quote = (text: string) => ({ text, paragraph: "p-ministers-from-four-countries-on" });
const base = { turning: false, countries: [], people: [], sources: [], article: "river-treaty" };

/** Our own records, as the site's events.csv download writes them. */
const events: FactEvent[] = [
  {
    ...base,
    id: "vienna-meeting",
    title: 'Ministers meet in Vienna: "a first step", or not',
    date: "2020-03-02",
    turning: true,
    resolution: 'The article says "on Monday"; the story is dated Monday 2 March 2020, so the same day.',
    category: "talks",
    countries: ["AT", "HU", "SK"],
    people: ["A Minister", "Another, Minister"],
    summary: "The ministers discussed a review, and agreed only to meet again.",
    quotes: [
      quote("Ministers from four countries on the river met in Vienna on Monday"),
      quote('"a first step", he said'),
    ],
    sources: [
      { title: "The ministry's statement", url: "https://example.org/statement?a=1,2" },
      { title: "A <second> source", url: "https://example.org/b" },
    ],
    note: "Line one,\nline two",
    order: 0,
  },
  {
    ...base,
    id: "treaty-in-force",
    title: "The treaty in force: Q&A, <3 signatories",
    date: "1919",
    end: "1966",
    category: "treaty",
    summary: "The treaty governed the river for half a century.",
    quotes: [quote("for half a century")],
    order: 1,
  },
  {
    ...base,
    id: "liftoff",
    title: "Liftoff",
    date: "2011-05-16T08:56-04:00",
    summary: "The rocket lifted off.",
    quotes: [quote("lifted off")],
    order: 2,
  },
  {
    ...base,
    id: "the-eighties",
    title: "A decade of talks",
    date: "1980s",
    end: "1990s",
    category: "talks",
    summary: "Talks went on.",
    quotes: [quote("talks went on")],
    order: 3,
  },
];

describe("parseSheet() on our own events.csv", () => {
  it("reads the site's download back to the same fields", () => {
    const csv = toCsv(
      EVENT_COLUMNS,
      events.map((e) => eventRow(e, ctx)),
    );
    const story = parseSheet(readCsv(csv), FILE);
    expect(story.problems).toEqual([]);
    expect(story.format).toBe("events-csv");
    expect(story.scale).toBe("human");
    expect(story.notCarried).toEqual([]);
    expect(story.categories).toEqual([
      { id: "talks", label: "The talks" },
      { id: "treaty", label: "The treaty, and its review" },
    ]);
    const back = story.events.map((e) => ({
      id: e.id,
      // Our titles are plain text, carried as the HTML that shows them.
      title: e.title_html === undefined ? undefined : wordsOf(e.title_html),
      date: e.date,
      end: e.end,
      turning: e.turning ?? false,
      resolution: e.resolution,
      category: e.category,
      countries: e.countries ?? [],
      people: e.people ?? [],
      summary: e.summary,
      quotes: e.quotes ?? [],
      sources: e.sources ?? [],
      note: e.note,
    }));
    expect(back).toEqual(
      events.map(({ article: _a, order: _o, quotes, ...e }) => ({ ...e, quotes: quotes.map((q) => q.text) })),
    );
    expect(story.events.map((e) => e.record)).toEqual(events.map((e) => e.id));
    expect(story.events[1]?.title_html).toBe("The treaty in force: Q&amp;A, &lt;3 signatories");
  });

  it("reads the columns an editor may add: display date and media", () => {
    const story = parseSheet(
      [
        ["id", "title", "date", "display_date", "media_url", "media_alt", "media_caption", "media_credit"],
        ["a", "A", "1815", "c. 1815", "https://a.example/a.jpg", "A portrait", "<i>Ada</i>", "Wikimedia"],
      ],
      FILE,
    );
    expect(story.events).toEqual([
      {
        id: "a",
        record: "a",
        title_html: "A",
        date: "1815",
        display_date: "c. 1815",
        media: { url: "https://a.example/a.jpg", alt: "A portrait", caption: "<i>Ada</i>", credit: "Wikimedia" },
      },
    ]);
  });

  it("makes ids for rows without one, unique in the file, after the ids the file gives", () => {
    const story = parseSheet(
      [
        ["id", "title", "date"],
        ["", "Talks resume", "2020"],
        ["talks-resume", "Other", "2021"],
        ["Talks Resume!", "Third", "2022"],
      ],
      FILE,
    );
    expect(story.events.map((e) => [e.id, e.record])).toEqual([
      ["talks-resume-3", "row 2"],
      ["talks-resume", "talks-resume"],
      ["talks-resume-2", "Talks Resume!"],
    ]);
  });

  it("names the row and the column of what it cannot read, and says what to write", () => {
    const story = parseSheet(
      [
        ["id", "title", "date", "turning", "sources", "category", "category_label", "Extra"],
        ["a", "A", "", "", "", "", "", ""],
        ["b", "B", "2020", "maybe", "A source https://example.org", "", "", ""],
        ["", "C", "2020", "", "", "talks", "The talks", "x"],
        ["d", "D", "2021", "", "", "talks", "Talks", ""],
      ],
      FILE,
    );
    expect(story.problems).toEqual([
      {
        file: FILE,
        record: "a",
        field: "date",
        message: "is empty: write the date, like 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00",
      },
      {
        file: FILE,
        record: "b",
        field: "turning",
        message: '"maybe" is not yes: write yes for a turning point, or leave it empty',
      },
      {
        file: FILE,
        record: "b",
        field: "sources",
        message:
          'line 1, "A source https://example.org", is not a source written as title <url>: write it like The ministry\'s statement <https://example.org/statement>',
      },
      {
        file: FILE,
        record: "d",
        field: "category_label",
        message:
          '"Talks" differs from "The talks", the label an earlier row gives category "talks": give each category one label',
      },
    ]);
    expect(story.notCarried).toEqual(['the column "Extra" (not one of ours)']);
  });

  it("is cosmological when a date is written as years ago", () => {
    expect(
      parseSheet(
        [
          ["title", "date"],
          ["Big Bang", "13800000000 years ago"],
        ],
        FILE,
      ).scale,
    ).toBe("cosmological");
  });
});
