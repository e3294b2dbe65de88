import { csvFormatRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { KNIGHT_LAB_SHEETS, knightLabFile } from "../../test/knight-lab";
import { readCsv } from "./csv";
import { parseSheet } from "./sheet";
import { TIMELINE_COLUMNS } from "./timeline-sheet";
import type { ImportedStory } from "./types";

const FILE = "imports/timeline.csv";
type Row = Partial<Record<(typeof TIMELINE_COLUMNS)[number], string>>;
/** A sheet with TimelineJS's header and these rows (row 1 is the header, so the first of them is row 2). */
const sheet = (...rows: Row[]) =>
  parseSheet([[...TIMELINE_COLUMNS], ...rows.map((row) => TIMELINE_COLUMNS.map((c) => row[c] ?? ""))], FILE);
const dates = (story: ImportedStory) => story.events.map((e) => (e.end ? `${e.date} – ${e.end}` : e.date));

describe("parseSheet() on Knight Lab's TimelineJS sheets", () => {
  it.each(KNIGHT_LAB_SHEETS)("%s imports with no problem", (path) => {
    const story = parseSheet(readCsv(knightLabFile(path)), path);
    expect(story.problems).toEqual([]);
    expect(story.format).toBe("timelinejs-sheet");
    expect(story.scale).toBe("human");
    expect(story.events).toHaveLength(10);
    expect(story.notCarried).toEqual(["background on 2 slides (colours and images behind slides are not drawn)"]);
  });

  it("women_in_computing.csv: the title row, dates at the precision given, media, rows numbered as the sheet shows", () => {
    const path = "js/core/__tests__/women_in_computing.csv";
    const story = parseSheet(readCsv(knightLabFile(path)), path);
    expect(story.intro?.headline_html).toBe("Women in Computing");
    expect(story.intro?.text_html).toMatch(/^<p class="lead">In this sample timeline/);
    expect(dates(story)).toEqual([
      "1815-12-10 – 1852-11-27",
      "1948-03-14",
      "1943-07 – 1946",
      "1943-06-05",
      "1951",
      "1952",
      "1956 – 1962",
      "1958",
      "1972",
      "1985",
    ]);
    expect(story.events[0]).toMatchObject({
      id: "ada-lovelace",
      record: "row 3",
      title_html: "Ada Lovelace",
      media: {
        url: "https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg",
        credit: "Wikimedia Commons",
        caption:
          '<a href="https://en.wikipedia.org/wiki/Ada_Lovelace#/media/File:Ada_Lovelace_portrait.jpg" title="">Portrait by Alfred Edward Chalon</a>',
      },
    });
    expect(story.events.map((e) => e.id)).toContain("karen-sparck-jones-makes-search-possible");
    expect(story.events.at(-1)?.title_html).toBe('"The Mother of the Internet"');
  });
});

describe("parseSheet() on a TimelineJS sheet: what each column gives", () => {
  it("reads Time as TimelineJS does, to the minute on a 24-hour clock", () => {
    const day = { Year: "2021", Month: "6", Day: "14" };
    const story = sheet(
      { ...day, Time: "9:30", Headline: "a" },
      { ...day, Time: "09:30 AM", Headline: "b" },
      { ...day, Time: "9:30 PM", Headline: "c" },
      { ...day, Time: "12:15 AM", "End Year": "2021", "End Month": "6", "End Day": "14", "End Time": "1:45:30 PM" },
    );
    expect(story.problems).toEqual([]);
    expect(dates(story)).toEqual([
      "2021-06-14T09:30",
      "2021-06-14T09:30",
      "2021-06-14T21:30",
      "2021-06-14T00:15 – 2021-06-14T13:45",
    ]);
    expect(story.notCarried).toEqual(["the seconds of 1 date (times are kept to the minute)"]);
  });

  it("reads groups (or the first template's Tag) as categories, Display Date, and Alt Text with the media", () => {
    const story = parseSheet(
      [
        ["Year", "Headline", "Tag", "Display Date", "Media", "Alt Text", "Media Thumbnail"],
        ["1,815", "A", "Early", "c. 1815", "https://a.example/a.jpg", "A portrait", "https://a.example/t.jpg"],
        ["1900", "B", " Early ", "", "", "", ""],
      ],
      FILE,
    );
    expect(story.categories).toEqual([{ id: "early", label: "Early" }]);
    expect(story.events).toEqual([
      {
        id: "a",
        record: "row 2",
        title_html: "A",
        date: "1815",
        display_date: "c. 1815",
        category: "early",
        media: { url: "https://a.example/a.jpg", alt: "A portrait", thumbnail: "https://a.example/t.jpg" },
      },
      { id: "b", record: "row 3", title_html: "B", date: "1900", category: "early" },
    ]);
  });

  it("reads a title row (whatever the case of its Type) and era rows", () => {
    const story = sheet(
      { Type: "Title", Headline: "The <b>war</b>", Text: "<p>Intro</p>", Media: "https://a.example/m.jpg" },
      { Type: "era", Year: "1914", "End Year": "1918", Headline: "The war" },
      { Year: "1914", Month: "7", Day: "28", Headline: "War declared" },
    );
    expect(story.problems).toEqual([]);
    expect(story.intro).toEqual({
      headline_html: "The <b>war</b>",
      text_html: "<p>Intro</p>",
      media: { url: "https://a.example/m.jpg" },
    });
    expect(story.eras).toEqual([{ label: "The war", date: "1914", end: "1918" }]);
    expect(dates(story)).toEqual(["1914-07-28"]);
  });

  it("reads deep time: a sheet is cosmological when its years are", () => {
    const story = sheet({ Year: "-13,800,000,000", Headline: "Big Bang" }, { Year: "-300", Headline: "Euclid" });
    expect(story.scale).toBe("cosmological");
    expect(dates(story)).toEqual(["13800000000 years ago", "-0300"]);
  });

  it("reads a whole date in Year (as an .xlsx date cell reads) and the first template's Start Date", () => {
    expect(dates(sheet({ Year: "2021-06-14", Time: "9:30", Headline: "a" }))).toEqual(["2021-06-14T09:30"]);
    const story = parseSheet(
      [
        ["Start Date", "End Date", "Headline"],
        ["6/14/2021", "2021-06-20", "A"],
        ["1944", "", "B"],
      ],
      FILE,
    );
    expect(story.problems).toEqual([]);
    expect(dates(story)).toEqual(["2021-06-14 – 2021-06-20", "1944"]);
  });

  it("skips blank rows without a word", () => {
    const story = sheet({ Year: "2017", Headline: "a" }, {}, { Year: "2018", Headline: "b" });
    expect(story.problems).toEqual([]);
    expect(story.events.map((e) => e.record)).toEqual(["row 2", "row 4"]);
  });

  it("notes the columns TimelineJS does not read", () => {
    const story = parseSheet(
      [
        ["Year", "Headline", "Notes"],
        ["2017", "A", "ours"],
      ],
      FILE,
    );
    expect(story.notCarried).toEqual(['the column "Notes" (TimelineJS does not read it either)']);
  });
});

describe("parseSheet() on a TimelineJS sheet that is not right", () => {
  it("names the row and the column that cannot become a date, and says what to write", () => {
    const story = sheet(
      { Year: "20x7", Headline: "a" },
      { Year: "2017", Month: "13", Headline: "b" },
      { Year: "0", Headline: "c" },
      { Year: "2017", Month: "6", Day: "1", Time: "25:00", Headline: "d" },
      { Headline: "No date", Text: "When?" },
      { Year: "2017", "End Month": "6", Headline: "f" },
      { Year: "2017", Day: "5", Headline: "g" },
      { Type: "title", Headline: "One title" },
      { Type: "title", Headline: "Another" },
      { Type: "era", Year: "1914", Headline: "War" },
      { Year: "2017", Month: "6", Day: "31", Headline: "written as given" },
    );
    const problem = (row: number, field: string, message: string) => ({
      file: FILE,
      record: `row ${row}`,
      field,
      message,
    });
    expect(story.problems).toEqual([
      problem(2, "Year", '"20x7" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)'),
      problem(3, "Month", "13 is not a month: write 1 to 12"),
      problem(4, "Year", "there is no year 0 (1 BCE is followed by 1 CE): write -1 for 1 BCE or 1 for 1 CE"),
      problem(5, "Time", '"25:00" is not a time of day: write it like 9:30, 09:30 AM or 21:30'),
      problem(6, "Year", "is empty, so the row has no date: write at least its year"),
      problem(7, "End Year", "is empty: write the year too, or clear the rest of this date"),
      problem(8, "Month", "gives a day but no month: write the month too (TimelineJS would read it as January)"),
      problem(
        10,
        "Type",
        "is a second title row: a story has one title; clear Type to make this row an event, or delete it",
      ),
      problem(11, "End Year", "is empty: an era needs a Year and an End Year"),
    ]);
    // An impossible day is written as given, for the site's date parser to report.
    expect(story.events.map((e) => e.date)).toEqual(["2017-06-31"]);
  });

  it("carries a <script> headline and a javascript: media URL as given: sanitising is the pipeline's job", () => {
    const headline = "<script>globalThis.sheetRan = true</script>Launch";
    const url = "javascript:globalThis.sheetRan = true";
    const story = sheet({ Year: "2017", Headline: headline, Media: url, "Media Caption": headline });
    expect(story.problems).toEqual([]);
    expect(story.events[0]).toMatchObject({ id: "launch", title_html: headline, media: { url, caption: headline } });
    expect((globalThis as { sheetRan?: boolean }).sheetRan).toBeUndefined();
  });

  it("reads a 1,000-row CSV in one linear pass, even when every headline is the same", () => {
    const csv = (n: number) =>
      csvFormatRows([
        [...TIMELINE_COLUMNS],
        ...Array.from({ length: n }, (_, i) =>
          TIMELINE_COLUMNS.map((c) =>
            c === "Year"
              ? String(1000 + i)
              : c === "Headline"
                ? "The <i>same</i> headline"
                : c === "Group"
                  ? `g${i % 9}`
                  : "",
          ),
        ),
      ]);
    /**
     * How many times the parse probes a Set (ids taken, names seen): counted, not timed, so a busy machine
     * cannot fail it. A quadratic step (each repeated headline trying every suffix taken before) shows here.
     */
    const probes = (text: string) => {
      const has = Set.prototype.has;
      let count = 0;
      Set.prototype.has = function (this: Set<unknown>, value: unknown) {
        count++;
        return has.call(this, value);
      };
      try {
        parseSheet(readCsv(text), FILE);
        return count;
      } finally {
        Set.prototype.has = has;
      }
    };
    const thousand = parseSheet(readCsv(csv(1000)), FILE);
    expect(thousand.problems).toEqual([]);
    expect(thousand.events).toHaveLength(1000);
    expect(new Set(thousand.events.map((e) => e.id)).size).toBe(1000);
    expect(thousand.events.at(-1)?.id).toBe("the-same-headline-1000");
    const small = probes(csv(1000));
    const large = probes(csv(8000));
    expect(small).toBeGreaterThan(1000);
    // Eight times the rows: about eight times the probes when linear, sixty-four when quadratic.
    expect(large / small).toBeLessThan(12);
  });
});
