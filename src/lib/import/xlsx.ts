// An .xlsx workbook's first worksheet as rows of cells, each the text a reader sees in it, so a sheet saved from
// Excel or Google Sheets imports exactly like the same sheet saved as CSV.
//
// Why exceljs and not SheetJS: SheetJS's npm package (xlsx) is frozen at 0.18.5, which has two advisories
// fixed only in later builds: prototype pollution when reading a crafted file (CVE-2023-30533, fixed in
// 0.19.3) and a regular-expression denial of service (CVE-2024-22363, fixed in 0.20.2). Those builds are
// published only on SheetJS's own CDN (cdn.sheetjs.com), which this project cannot reach: it installs from
// the npm registry alone. exceljs (MIT) is on npm, current there (4.4.0, its latest release), and reads the
// file without evaluating it: a formula cell gives the result the file last saved, never a computation.

import ExcelJS from "exceljs";

/** A cell's value as exceljs reads it (its CellValue, which the package's typings do not export usefully). */
type Value = ExcelJS.CellValue;

/** Excel's day 0 for a time of day without a date: 30 December 1899 (or 1 January 1904 in 1904-based files). */
const TIME_ONLY_DAYS = new Set(["1899-12-30", "1904-01-01"]);

/**
 * How much of a date a cell's number format shows, when it shows less than a day: "mmm-yy" (what Excel makes
 * of a typed 2021-06) shows a month, "yyyy" a year. Quoted text, [colours] and escaped characters are not
 * part of the pattern, and an "m" next to an hour or a second is minutes.
 */
function shownPrecision(numFmt: string | undefined): "month" | "year" | undefined {
  const pattern = (numFmt ?? "")
    .replace(/"[^"]*"|\[[^\]]*\]|\\./g, "")
    .toLowerCase()
    .replace(/h+[^a-z]*m+|m+[^a-z]*s+/g, "");
  if (!pattern.includes("y") || pattern.includes("d")) return undefined;
  return pattern.includes("m") ? "month" : "year";
}

/**
 * The date or time a date cell shows, in our written forms: 2021-06-14 for a day, 2021-06-14T09:30 for a day
 * with a time (as floating as TimelineJS's times), 09:30 for a time alone, 2021-06 or 2021 when the cell's
 * format shows only the month or the year. exceljs gives the cell's serial number as a UTC instant, so its UTC
 * fields are the sheet's own; seconds show only when there are some.
 */
function dateText(date: Date, numFmt: string | undefined): string {
  const seconds = Math.round(date.getTime() / 1000);
  const rounded = new Date(seconds * 1000);
  const [day = "", time = ""] = rounded.toISOString().split("T");
  const shown = shownPrecision(numFmt);
  if (shown) return day.slice(0, shown === "month" ? 7 : 4);
  const clock = time.slice(0, seconds % 60 === 0 ? 5 : 8);
  if (clock === "00:00") return day;
  return TIME_ONLY_DAYS.has(day) ? clock : `${day}T${clock}`;
}

/** Integers as their digits, however large (String(1e21) would write "1e+21"). */
const numberText = (n: number) => (Number.isInteger(n) && Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n));

/** The text a reader sees in a cell, from the value exceljs reads and the cell's number format. */
export function cellText(value: Value, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : dateText(value, numFmt);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) {
    // A link shows its text; when that text is the address itself (perhaps without its scheme) or there is
    // none, the full address.
    const text = cellText(value.text as Value);
    const bare = value.hyperlink.replace(/^[a-z][a-z0-9+.-]*:(?:\/\/)?/i, "");
    return [value.hyperlink, bare, ""].includes(text.trim()) ? value.hyperlink : text;
  }
  if ("formula" in value || "sharedFormula" in value) return cellText(value.result as Value, numFmt);
  if ("error" in value) return value.error;
  return "";
}

/**
 * The first worksheet's rows, each cell as its text (see cellText), every row as wide as the widest: empty
 * rows and columns after the last cell with text are dropped, empty ones before it kept, so row and column
 * numbers stay those a spreadsheet shows. Rejects with a sentence when the bytes are not an .xlsx workbook.
 */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy of exactly these bytes, as the ArrayBuffer exceljs's typings ask for (a view may share a larger one).
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new Error(`is not an .xlsx workbook that can be read (${error instanceof Error ? error.message : error})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value, cell.numFmt);
    });
    rows[number - 1] = cells;
  });
  let height = rows.length;
  while (height > 0 && !rows[height - 1]?.some((cell) => cell?.trim())) height--;
  let width = 0;
  for (const cells of rows.slice(0, height)) {
    width = Math.max(width, (cells ?? []).findLastIndex((cell) => cell?.trim()) + 1);
  }
  return Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? ""));
}
