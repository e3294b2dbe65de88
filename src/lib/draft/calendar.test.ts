import { describe, expect, it } from "vitest";
import { addDays, addMonths, clock, label, mondayOf, parseDay, precisionOf, weekdayOf, written } from "./calendar";

describe("written()", () => {
  it("writes each precision in the events file's form", () => {
    expect(written({ year: 1990, decade: true })).toBe("1990s");
    expect(written({ year: 2016 })).toBe("2016");
    expect(written({ year: 2016, month: 12 })).toBe("2016-12");
    expect(written({ year: 2017, month: 4, day: 7 })).toBe("2017-04-07");
    expect(written({ year: 2011, month: 5, day: 16, time: { hour: 8, minute: 56, offset: -240 } })).toBe(
      "2011-05-16T08:56-04:00",
    );
    expect(written({ year: 2011, month: 5, day: 16, time: { hour: 8, minute: 56, offset: 0 } })).toBe(
      "2011-05-16T08:56Z",
    );
  });

  it("never invents a zone: a time without one is written as its day", () => {
    expect(written({ year: 2011, month: 5, day: 16, time: { hour: 8, minute: 56 } })).toBe("2011-05-16");
  });
});

describe("calendar arithmetic", () => {
  it("knows the story's weekdays", () => {
    expect(weekdayOf({ year: 2017, month: 4, day: 11 })).toBe(2);
    expect(mondayOf({ year: 2017, month: 4, day: 4 })).toEqual({ year: 2017, month: 4, day: 3 });
    expect(mondayOf({ year: 2017, month: 4, day: 9 })).toEqual({ year: 2017, month: 4, day: 3 });
  });

  it("adds days across months and years, and months across years", () => {
    expect(addDays({ year: 2016, month: 12, day: 31 }, 1)).toEqual({ year: 2017, month: 1, day: 1 });
    expect(addDays({ year: 2017, month: 3, day: 1 }, -1)).toEqual({ year: 2017, month: 2, day: 28 });
    expect(addMonths({ year: 2016, month: 11 }, 3)).toEqual({ year: 2017, month: 2 });
    expect(addMonths({ year: 2017, month: 1 }, -1)).toEqual({ year: 2016, month: 12 });
  });

  it("reads only real days written YYYY-MM-DD", () => {
    expect(parseDay("2017-04-11")).toEqual({ year: 2017, month: 4, day: 11 });
    expect(parseDay("2017-02-30")).toBeUndefined();
    expect(parseDay("11 April 2017")).toBeUndefined();
  });
});

describe("label() and clock()", () => {
  it("names dates as a reader says them", () => {
    expect(label({ year: 2017, month: 4, day: 11 })).toBe("Tuesday 11 April 2017");
    expect(label({ year: 2017, month: 4, day: 11 }, { weekday: false })).toBe("11 April 2017");
    expect(label({ year: 2016, month: 12 })).toBe("December 2016");
    expect(label({ year: 2016 })).toBe("2016");
    expect(label({ year: 1990, decade: true })).toBe("the 1990s");
    expect(clock({ hour: 8, minute: 56 })).toBe("8:56 a.m.");
    expect(clock({ hour: 14, minute: 5 })).toBe("2:05 p.m.");
    expect(clock({ hour: 12, minute: 0 })).toBe("noon");
  });

  it("reads precision from the point", () => {
    expect(precisionOf({ year: 1990, decade: true })).toBe("decade");
    expect(precisionOf({ year: 2016, month: 12 })).toBe("month");
    expect(precisionOf({ year: 2016, month: 12, day: 1, time: { hour: 1, minute: 0 } })).toBe("time");
  });
});
