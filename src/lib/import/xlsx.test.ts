import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseSheet } from "./sheet";
import { TIMELINE_COLUMNS } from "./timeline-sheet";
import { cellText, readXlsx } from "./xlsx";

/** A workbook's bytes, as Excel would save it. */
async function xlsx(fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet("Timeline"), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0));

describe("readXlsx()", () => {
  it("reads a TimelineJS sheet saved as .xlsx: its title row, an era, a date cell and a number Year", async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow([...TIMELINE_COLUMNS]);
      const column = (name: (typeof TIMELINE_COLUMNS)[number]) => TIMELINE_COLUMNS.indexOf(name) + 1;
      const row = (cells: Partial<Record<(typeof TIMELINE_COLUMNS)[number], ExcelJS.CellValue>>) => {
        const r = sheet.addRow([]);
        for (const [name, value] of Object.entries(cells)) {
          r.getCell(column(name as (typeof TIMELINE_COLUMNS)[number])).value = value;
        }
        return r;
      };
      row({ Type: "title", Headline: "The moon", Text: { richText: [{ text: "<p>From " }, { text: "orbit</p>" }] } });
      row({ Type: "era", Year: 1961, "End Year": 1972, Headline: "Apollo" });
      row({ Year: 1969, Month: 7, Day: 20, Time: "20:17", Headline: "Landing", Group: "Apollo 11" });
      // A date typed into Year: Excel keeps it as a date cell, formatted as a date.
      const landing = row({ Year: utc(1969, 7, 24), Headline: "Splashdown", Group: "Apollo 11" });
      landing.getCell(column("Year")).numFmt = "yyyy-mm-dd";
      // A month typed as 2021-06: Excel keeps the first of the month, formatted to show the month alone.
      const month = row({ Year: utc(1969, 11, 1), Headline: "Apollo 12" });
      month.getCell(column("Year")).numFmt = "mmm-yy";
      row({
        Year: { formula: "1968+1", result: 1969 },
        Headline: "Formula year",
        Media: { text: "https://example.org/a.jpg", hyperlink: "https://example.org/a.jpg" },
        "Media Credit": { text: "NASA", hyperlink: "https://nasa.gov/" },
      });
    });
    const rows = await readXlsx(bytes);
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r).toHaveLength(TIMELINE_COLUMNS.length);
    expect(rows[4]?.[0]).toBe("1969-07-24");
    expect(rows[3]?.[0]).toBe("1969");

    const story = parseSheet(rows, "imports/moon.xlsx");
    expect(story.problems).toEqual([]);
    expect(story.format).toBe("timelinejs-sheet");
    expect(story.intro).toEqual({ headline_html: "The moon", text_html: "<p>From orbit</p>" });
    expect(story.eras).toEqual([{ label: "Apollo", date: "1961", end: "1972" }]);
    expect(story.categories).toEqual([{ id: "apollo-11", label: "Apollo 11" }]);
    expect(story.events).toEqual([
      { id: "landing", record: "row 4", title_html: "Landing", date: "1969-07-20T20:17", category: "apollo-11" },
      { id: "splashdown", record: "row 5", title_html: "Splashdown", date: "1969-07-24", category: "apollo-11" },
      { id: "apollo-12", record: "row 6", title_html: "Apollo 12", date: "1969-11" },
      {
        id: "formula-year",
        record: "row 7",
        title_html: "Formula year",
        date: "1969",
        media: { url: "https://example.org/a.jpg", credit: "NASA" },
      },
    ]);
  });

  it("drops empty rows and columns after the last text, and keeps those before it", async () => {
    const rows = await readXlsx(
      await xlsx((sheet) => {
        sheet.getCell("B2").value = "Year";
        sheet.getCell("C2").value = "Headline";
        sheet.getCell("B4").value = 2017;
        sheet.getCell("C4").value = "A";
        sheet.getCell("F9").value = "   ";
        sheet.getCell("E7").value = "";
      }),
    );
    expect(rows).toEqual([
      ["", "", ""],
      ["", "Year", "Headline"],
      ["", "", ""],
      ["", "2017", "A"],
    ]);
    expect(parseSheet(rows, "x.xlsx").events).toMatchObject([{ record: "row 4", date: "2017" }]);
  });

  it("reads the first worksheet only, and an empty workbook as no rows", async () => {
    const rows = await readXlsx(
      await xlsx((sheet, book) => {
        sheet.getCell("A1").value = "first";
        book.addWorksheet("Second").getCell("A1").value = "second";
      }),
    );
    expect(rows).toEqual([["first"]]);
    expect(await readXlsx(await xlsx(() => {}))).toEqual([]);
  });

  it("says so when the bytes are not a workbook", async () => {
    await expect(readXlsx(new TextEncoder().encode("Year,Headline\n2017,A\n"))).rejects.toThrow(
      /^is not an \.xlsx workbook that can be read \(/,
    );
  });
});

describe("cellText()", () => {
  it.each([
    [null, ""],
    ["text", "text"],
    [1815, "1815"],
    [-13800000000, "-13800000000"],
    [2.5, "2.5"],
    [1e21, "1000000000000000000000"],
    [true, "TRUE"],
    [utc(2021, 6, 14), "2021-06-14"],
    [utc(2021, 6, 14, 9, 30), "2021-06-14T09:30"],
    [utc(2021, 6, 14, 9, 30, 15), "2021-06-14T09:30:15"],
    // A time alone is stored on Excel's day 0, 30 December 1899.
    [utc(1899, 12, 30, 21, 30), "21:30"],
    // Serial numbers round to the second: 09:29:59.9996 is 09:30.
    [new Date(Date.UTC(2021, 5, 14, 9, 29, 59, 999.6)), "2021-06-14T09:30"],
    [{ richText: [{ text: "Rich " }, { text: "text" }] }, "Rich text"],
    [{ text: "https://example.org/x", hyperlink: "https://example.org/x" }, "https://example.org/x"],
    [{ text: "example.org/x", hyperlink: "https://example.org/x" }, "https://example.org/x"],
    [{ text: "The source", hyperlink: "https://example.org/x" }, "The source"],
    [{ text: "", hyperlink: "https://example.org/x" }, "https://example.org/x"],
    [{ formula: "A1*2", result: 4034 }, "4034"],
    [{ formula: "A1", result: utc(2021, 6, 14) }, "2021-06-14"],
    [{ formula: "A1" }, ""],
    [{ sharedFormula: "A1", result: "shared" }, "shared"],
    [{ error: "#N/A" }, "#N/A"],
  ] as [ExcelJS.CellValue, string][])("%j → %j", (value, text) => expect(cellText(value)).toBe(text));

  it.each([
    ["mmm-yy", "2021-06"],
    ['mmmm" "yyyy', "2021-06"],
    ["yyyy", "2021"],
    ["[$-409]yyyy", "2021"],
    ["yyyy-mm-dd", "2021-06-01"],
    ["d mmm yyyy", "2021-06-01"],
    ["General", "2021-06-01"],
  ])("a date formatted %j shows as %j: our date at the precision the reader sees", (numFmt, text) =>
    expect(cellText(utc(2021, 6, 1), numFmt)).toBe(text),
  );

  it("reads minutes as minutes, not as a month", () => {
    expect(cellText(utc(1899, 12, 30, 9, 30), "h:mm")).toBe("09:30");
    expect(cellText(utc(2021, 6, 1, 9, 30), "yyyy-mm-dd h:mm")).toBe("2021-06-01T09:30");
  });
});
