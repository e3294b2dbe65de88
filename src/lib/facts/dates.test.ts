import { describe, expect, it } from "vitest";
import { compareByDate, type DateSpec, interval, parseIsoDate } from "./dates";

const utc = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe("parseIsoDate()", () => {
  it("reads a day as the first instant of that UTC day", () => {
    expect(parseIsoDate("2017-04-07", "day")).toEqual(utc(2017, 4, 7));
    expect(parseIsoDate("2017-04-07", "day")).toEqual(new Date("2017-04-07T00:00:00.000Z"));
  });

  it("reads a month as its first day", () => {
    expect(parseIsoDate("2016-12", "month")).toEqual(utc(2016, 12, 1));
  });

  it("reads a year as its first day", () => {
    expect(parseIsoDate("2016", "year")).toEqual(utc(2016, 1, 1));
  });

  it("says which form each precision expects, with an example", () => {
    expect(parseIsoDate("April 4", "day")).toBe('"April 4" is not a day written like 2017-04-07');
    expect(parseIsoDate("2016-12", "day")).toBe('"2016-12" is not a day written like 2017-04-07');
    expect(parseIsoDate("2017-04-07", "month")).toBe('"2017-04-07" is not a month written like 2016-12');
    expect(parseIsoDate("Dec 2016", "month")).toBe('"Dec 2016" is not a month written like 2016-12');
    expect(parseIsoDate("2016-12", "year")).toBe('"2016-12" is not a year written like 2016');
    expect(parseIsoDate("16", "year")).toBe('"16" is not a year written like 2016');
  });

  it("accepts only the exact form: two-digit months and days, no time, no spaces", () => {
    for (const value of [
      "2017-4-7",
      "2017-04-7",
      "17-04-07",
      "2017/04/07",
      "2017-04-07T00:00",
      " 2017-04-07",
      "2017-04-07 ",
      "",
    ]) {
      expect(parseIsoDate(value, "day")).toBe(`"${value}" is not a day written like 2017-04-07`);
    }
  });

  it("rejects days and months that do not exist", () => {
    for (const value of ["2017-02-30", "2017-04-31", "2017-04-00", "2017-13-01", "2017-00-10"]) {
      expect(parseIsoDate(value, "day")).toBe(`"${value}" is not a date that exists in the calendar`);
    }
    expect(parseIsoDate("2017-13", "month")).toBe('"2017-13" is not a date that exists in the calendar');
    expect(parseIsoDate("2017-00", "month")).toBe('"2017-00" is not a date that exists in the calendar');
  });

  it("knows leap years: 29 February exists in 2016 and 2000, not in 2017 or 1900", () => {
    expect(parseIsoDate("2016-02-29", "day")).toEqual(utc(2016, 2, 29));
    expect(parseIsoDate("2000-02-29", "day")).toEqual(utc(2000, 2, 29));
    expect(parseIsoDate("2017-02-29", "day")).toBe('"2017-02-29" is not a date that exists in the calendar');
    expect(parseIsoDate("1900-02-29", "day")).toBe('"1900-02-29" is not a date that exists in the calendar');
  });
});

describe("interval(): the half-open UTC interval [start, end) a date covers", () => {
  it("a day ends at the start of the next day", () => {
    expect(interval({ date: "2017-04-07", precision: "day" })).toEqual({
      start: utc(2017, 4, 7),
      end: utc(2017, 4, 8),
    });
    expect(interval({ date: "2016-12-31", precision: "day" })).toEqual({
      start: utc(2016, 12, 31),
      end: utc(2017, 1, 1),
    });
    expect(interval({ date: "2016-02-28", precision: "day" })).toEqual({
      start: utc(2016, 2, 28),
      end: utc(2016, 2, 29),
    });
  });

  it("a month ends at the start of the next month", () => {
    expect(interval({ date: "2016-12", precision: "month" })).toEqual({
      start: utc(2016, 12, 1),
      end: utc(2017, 1, 1),
    });
    expect(interval({ date: "2016-02", precision: "month" })).toEqual({ start: utc(2016, 2, 1), end: utc(2016, 3, 1) });
  });

  it("a year ends at the start of the next year", () => {
    expect(interval({ date: "2016", precision: "year" })).toEqual({ start: utc(2016, 1, 1), end: utc(2017, 1, 1) });
  });

  it("a range ends at the start of the day after its last day", () => {
    expect(interval({ date: "2017-04-10", end: "2017-04-11", precision: "range" })).toEqual({
      start: utc(2017, 4, 10),
      end: utc(2017, 4, 12),
    });
    expect(interval({ date: "2016-02-27", end: "2016-02-29", precision: "range" })).toEqual({
      start: utc(2016, 2, 27),
      end: utc(2016, 3, 1),
    });
  });

  it("is exactly 24 hours for a day: UTC, no daylight saving", () => {
    // 26 March 2017 is the day clocks went forward in Europe.
    const { start, end } = interval({ date: "2017-03-26", precision: "day" });
    expect(end.getTime() - start.getTime()).toBe(86_400_000);
  });

  it("throws on a date it cannot read, with the reason", () => {
    expect(() => interval({ date: "2017-02-30", precision: "day" })).toThrow(
      '"2017-02-30" is not a date that exists in the calendar',
    );
    expect(() => interval({ date: "2017-04-10", precision: "range" })).toThrow(
      '"" is not a day written like 2017-04-07',
    );
    expect(() => interval({ date: "2017-04", end: "2017-04-11", precision: "range" })).toThrow(
      '"2017-04" is not a day written like 2017-04-07',
    );
  });
});

describe("compareByDate()", () => {
  type Rec = DateSpec & { id: string };
  const rec = (id: string, date: string, precision: DateSpec["precision"], end?: string): Rec => ({
    id,
    date,
    precision,
    ...(end ? { end } : {}),
  });
  const sortIds = (xs: Rec[]) => [...xs].sort(compareByDate).map((x) => x.id);

  it("orders by start", () => {
    expect(sortIds([rec("b", "2017-04-07", "day"), rec("a", "2016-12", "month"), rec("c", "2015", "year")])).toEqual([
      "c",
      "a",
      "b",
    ]);
  });

  it("puts the shorter first when two start together: day, range, month, year", () => {
    const records = [
      rec("year", "2017", "year"),
      rec("month", "2017-01", "month"),
      rec("long-range", "2017-01-01", "range", "2017-02-15"),
      rec("range", "2017-01-01", "range", "2017-01-02"),
      rec("day", "2017-01-01", "day"),
    ];
    expect(sortIds(records)).toEqual(["day", "range", "month", "long-range", "year"]);
  });

  it("breaks a tie by id, so the order never depends on the input order", () => {
    const a = rec("may-trump-call", "2017-04-10", "day");
    const b = rec("sanctions-plan", "2017-04-10", "day");
    const c = rec("johnson-stick-like-glue", "2017-04-10", "day");
    const expected = ["johnson-stick-like-glue", "may-trump-call", "sanctions-plan"];
    expect(sortIds([a, b, c])).toEqual(expected);
    expect(sortIds([c, b, a])).toEqual(expected);
    expect(sortIds([b, a, c])).toEqual(expected);
  });

  it("is zero only for the same record, and antisymmetric", () => {
    const a = rec("a", "2017-04-10", "day");
    const b = rec("b", "2017-04-10", "day");
    expect(compareByDate(a, a)).toBe(0);
    expect(compareByDate(a, b)).toBeLessThan(0);
    expect(compareByDate(b, a)).toBeGreaterThan(0);
  });
});
