import { describe, expect, it } from "vitest";
import { describePrecision, formatDateSpec, formatDay } from "./format";

describe("formatDay()", () => {
  it("writes the day first, without a leading zero, and the month in words", () => {
    expect(formatDay("2017-04-07")).toBe("7 Apr 2017");
    expect(formatDay("2017-04-11")).toBe("11 Apr 2017");
    expect(formatDay("2016-12-29")).toBe("29 Dec 2016");
    expect(formatDay("2015-09-30")).toBe("30 Sep 2015");
  });

  it("reads the date in UTC: the first and last days of a year stay in their year", () => {
    expect(formatDay("2017-01-01")).toBe("1 Jan 2017");
    expect(formatDay("2016-12-31")).toBe("31 Dec 2016");
  });
});

describe("formatDateSpec(): a date at its precision", () => {
  it("a day", () => {
    expect(formatDateSpec({ date: "2017-04-07", precision: "day" })).toBe("7 Apr 2017");
  });

  it("a month, without a day", () => {
    expect(formatDateSpec({ date: "2016-12", precision: "month" })).toBe("Dec 2016");
  });

  it("a year, alone", () => {
    expect(formatDateSpec({ date: "2016", precision: "year" })).toBe("2016");
  });

  it("a range within a month: the month and year once, an en dash without spaces", () => {
    expect(formatDateSpec({ date: "2017-04-10", end: "2017-04-11", precision: "range" })).toBe("10–11 Apr 2017");
  });

  it("a range across months: the year once, a spaced en dash", () => {
    expect(formatDateSpec({ date: "2017-03-30", end: "2017-04-02", precision: "range" })).toBe("30 Mar – 2 Apr 2017");
  });

  it("a range across years: both days in full", () => {
    expect(formatDateSpec({ date: "2016-12-30", end: "2017-01-02", precision: "range" })).toBe(
      "30 Dec 2016 – 2 Jan 2017",
    );
  });

  it("a range that ends on the last day of a month stays in that month", () => {
    expect(formatDateSpec({ date: "2016-02-27", end: "2016-02-29", precision: "range" })).toBe("27–29 Feb 2016");
  });

  it("throws on a date that does not exist rather than print a wrong one", () => {
    expect(() => formatDateSpec({ date: "2017-02-30", precision: "day" })).toThrow(
      '"2017-02-30" is not a date that exists in the calendar',
    );
  });
});

describe("describePrecision()", () => {
  it("says in words how precisely each date is known", () => {
    expect(describePrecision({ date: "2017-04-07", precision: "day" })).toBe("known to the day");
    expect(describePrecision({ date: "2016-12", precision: "month" })).toBe("known to the month");
    expect(describePrecision({ date: "2016", precision: "year" })).toBe("known to the year");
    expect(describePrecision({ date: "2017-04-10", end: "2017-04-11", precision: "range" })).toBe("a range of days");
  });
});
