import { describe, expect, it } from "vitest";
import { KNIGHT_LAB_PARSER_TEST, knightLabFile } from "../../test/knight-lab";
import { readCsv } from "./csv";
import { EMPTY_SHEET, parseSheet } from "./sheet";

const FILE = "imports/sheet.csv";

describe("parseSheet(): which sheet it is", () => {
  it("knows TimelineJS's template and our events.csv by their header, whatever its case and spaces", () => {
    expect(
      parseSheet(
        [
          [" YEAR ", "headline "],
          ["2017", "A"],
        ],
        FILE,
      ),
    ).toMatchObject({
      format: "timelinejs-sheet",
      problems: [],
      events: [{ id: "a", date: "2017", record: "row 2" }],
    });
    expect(
      parseSheet(
        [
          ["ID", " Title", "Date"],
          ["a-b", "A", "2017"],
        ],
        FILE,
      ),
    ).toMatchObject({
      format: "events-csv",
      problems: [],
      events: [{ id: "a-b", date: "2017", record: "a-b" }],
    });
  });

  it("says what to write in an empty sheet", () => {
    const expected = [{ file: FILE, message: EMPTY_SHEET }];
    expect(parseSheet([], FILE).problems).toEqual(expected);
    expect(parseSheet([[""], ["", "  "]], FILE).problems).toEqual(expected);
    expect(EMPTY_SHEET).toBe(
      "is empty: write a header row, TimelineJS's (Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background; Year at least) or ours (id, title, date, end, turning, resolution, category, category_label, countries, people, summary, quotes, sources, note, display_date, media_url, media_alt, media_title, media_caption, media_credit; title and date at least), then a row per event",
    );
  });

  it("names a header with no rows under it", () => {
    expect(
      parseSheet(
        [
          ["Year", "Headline"],
          ["", ""],
        ],
        FILE,
      ).problems,
    ).toEqual([{ file: FILE, record: "row 1", message: "is the header, with no rows under it: add a row per event" }]);
  });

  it("names the columns a wrong header has, and those it should have (TimelineJS's CSV parser test is not a timeline)", () => {
    const path = KNIGHT_LAB_PARSER_TEST;
    expect(parseSheet(readCsv(knightLabFile(path)), path).problems).toEqual([
      {
        file: path,
        record: "row 1",
        message:
          "names neither TimelineJS's (Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group, Background; Year at least) nor ours (id, title, date, end, turning, resolution, category, category_label, countries, people, summary, quotes, sources, note, display_date, media_url, media_alt, media_title, media_caption, media_credit; title and date at least): it has title, count, description",
      },
    ]);
  });

  it("takes the header from the first row with text, so row numbers stay those the spreadsheet shows", () => {
    const story = parseSheet([[], ["Year", "Headline"], [], ["1815", "Ada"]], FILE);
    expect(story.events.map((e) => e.record)).toEqual(["row 4"]);
  });

  it("names a column given twice", () => {
    expect(
      parseSheet(
        [
          ["Year", "Headline", "year"],
          ["2017", "A", "2018"],
        ],
        FILE,
      ).problems,
    ).toEqual([
      { file: FILE, record: "row 1", field: "Year", message: "is the header of columns 1 and 3: keep one of them" },
    ]);
  });
});
