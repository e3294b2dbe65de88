import { describe, expect, it } from "vitest";
import { Columns, columnKey, isBlank } from "./columns";

describe("Columns", () => {
  const columns = new Columns([" End  Year", "HEADLINE", "", "headline "]);

  it("matches a header whatever its case and spaces, and names it as the sheet spells it", () => {
    expect(columnKey(" End  Year ")).toBe("end year");
    expect(columns.has("end year")).toBe(true);
    expect(columns.name("end year")).toBe("End  Year");
    expect(columns.cell(["  1918 ", "A"], "end year")).toBe("1918");
    expect(columns.cell(["1918"], "headline")).toBe("");
    expect(columns.cell(["1918"], "month")).toBe("");
  });

  it("reads the first of a repeated column, and says where it repeats", () => {
    expect(columns.cell(["", "first", "", "second"], "headline")).toBe("first");
    expect([...columns.repeated]).toEqual([["headline", [2, 4]]]);
    expect(columns.keys.map((k) => k.column)).toEqual([1, 2, 4]);
  });
});

describe("isBlank()", () => {
  it("is true of a row with no text in any cell", () => {
    expect(isBlank([])).toBe(true);
    expect(isBlank(["", "  ", "\t"])).toBe(true);
    expect(isBlank(["", "x"])).toBe(false);
  });
});
