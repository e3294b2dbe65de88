import { describe, expect, it } from "vitest";
import { KNIGHT_LAB_PARSER_TEST, KNIGHT_LAB_SHEETS, knightLabFile } from "../../test/knight-lab";
import { readCsv } from "./csv";

describe("readCsv()", () => {
  it("reads TimelineJS's own CSV parser test as TimelineJS's test expects", () => {
    const [header, ...rows] = readCsv(knightLabFile(KNIGHT_LAB_PARSER_TEST));
    expect(header).toEqual(["title", "count", "description"]);
    expect(rows).toEqual([
      ["a good day", "5", `let's just pile it  all in here,  commas, "quoted strings" and \nnew lines!`],
      ["an ok day", "3", "this is less ambitious"],
      ["a day, i guess", "2", "what else could go wrong?"],
    ]);
  });

  it.each(KNIGHT_LAB_SHEETS)("reads %s: 18 columns on every row, as TimelineJS's test expects", (path) => {
    const rows = readCsv(knightLabFile(path));
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toHaveLength(18);
    expect(rows[1]?.[15]).toBe("title");
  });

  it("reads CRLF and LF rows alike, keeps line breaks inside quotes, and drops Excel's byte order mark", () => {
    expect(readCsv('\uFEFFid,title\r\na,"one\r\ntwo"\r\nb,"say ""hi"", then go"\n')).toEqual([
      ["id", "title"],
      ["a", "one\r\ntwo"],
      ["b", 'say "hi", then go'],
    ]);
  });

  it("reads an empty text as no rows", () => {
    expect(readCsv("")).toEqual([]);
    expect(readCsv("\uFEFF")).toEqual([]);
  });
});
