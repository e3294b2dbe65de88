// A CSV file as its rows of cells, by RFC 4180 (d3-dsv, which the downloads already write with): quoted fields
// may hold commas, doubled quotes and line breaks; rows end in CRLF or LF.

import { csvParseRows } from "d3-dsv";

/** The rows of a CSV text, each a list of its cells as written; a byte order mark is not part of the first. */
export function readCsv(text: string): string[][] {
  // Excel writes "CSV UTF-8" with a byte order mark, which would otherwise stick to the first column's name.
  return csvParseRows(text.replace(/^\uFEFF/, ""));
}
