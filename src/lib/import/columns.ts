// A sheet's columns by name: a header cell matches whatever its case and the spaces around or within it
// ("end year", " End  Year "), and problems name a column as the sheet's own header spells it.

/** A header cell as a name to match on: lower case, spaces trimmed and single. */
export const columnKey = (header: string) => header.trim().replace(/\s+/g, " ").toLowerCase();

/** A row with no text in any cell: skipped without a word, as spreadsheets are full of them. */
export const isBlank = (row: readonly string[]) => row.every((cell) => (cell ?? "").trim() === "");

export class Columns {
  private readonly index = new Map<string, number>();
  /** Each header cell's key, in order, with its column number; blank headers are left out. */
  readonly keys: { key: string; spelled: string; column: number }[] = [];
  /** Keys found in more than one column, with the columns (from 1). */
  readonly repeated = new Map<string, number[]>();

  constructor(header: readonly string[]) {
    header.forEach((cell, i) => {
      const key = columnKey(cell ?? "");
      if (key === "") return;
      this.keys.push({ key, spelled: cell.trim(), column: i + 1 });
      const first = this.index.get(key);
      if (first === undefined) this.index.set(key, i);
      else this.repeated.set(key, [...(this.repeated.get(key) ?? [first + 1]), i + 1]);
    });
  }

  has(key: string): boolean {
    return this.index.has(key);
  }

  /** The cell of this column in a row, trimmed (as TimelineJS trims every cell); "" when there is none. */
  cell(row: readonly string[], key: string): string {
    const i = this.index.get(key);
    return i === undefined ? "" : (row[i] ?? "").trim();
  }

  /** The column's header as the sheet spells it, for problems ("End Year"); the key when it has none. */
  name(key: string): string {
    return this.keys.find((k) => k.key === key)?.spelled ?? key;
  }
}
