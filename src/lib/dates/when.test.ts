import { describe, expect, it } from "vitest";
import { compareByTime, DATE_FORMS, type Dated, PRECISIONS, parseWhen, spanOf, spanProblem, type When } from "./when";

const utc = (y: number, m = 1, d = 1, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi);

/** The parsed date, or a failed test saying why it did not parse. */
function when(text: string): When {
  const parsed = parseWhen(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

describe("parseWhen(): a date's precision is how it is written", () => {
  it("reads a decade, 1910s, as the ten years from 1 January 1910", () => {
    expect(parseWhen("1910s")).toEqual({ text: "1910s", precision: "decade", start: utc(1910), end: utc(1920) });
  });

  it("reads a year, 2016, as the whole year", () => {
    expect(parseWhen("2016")).toEqual({ text: "2016", precision: "year", start: utc(2016), end: utc(2017) });
  });

  it("reads a month, 2016-12, as the whole month, across the turn of the year", () => {
    expect(parseWhen("2016-12")).toEqual({ text: "2016-12", precision: "month", start: utc(2016, 12), end: utc(2017) });
    expect(when("2016-02")).toMatchObject({ start: utc(2016, 2), end: utc(2016, 3) });
  });

  it("reads a day, 2017-04-07, as 24 hours from midnight: no daylight saving in the story's calendar", () => {
    expect(parseWhen("2017-04-07")).toEqual({
      text: "2017-04-07",
      precision: "day",
      start: utc(2017, 4, 7),
      end: utc(2017, 4, 8),
    });
    // 26 March 2017 is the day clocks went forward in Europe.
    const { start, end } = when("2017-03-26");
    expect(end - start).toBe(86_400_000);
  });

  it("reads a time of day as the minute on the clock where it happened, keeping its offset apart", () => {
    expect(parseWhen("2011-05-16T08:56-04:00")).toEqual({
      text: "2011-05-16T08:56-04:00",
      precision: "minute",
      start: utc(2011, 5, 16, 8, 56),
      end: utc(2011, 5, 16, 8, 57),
      offset: -240,
    });
  });

  it("reads offsets east and west of UTC, in hours and minutes, and Z for UTC itself", () => {
    expect(when("2011-05-16T08:56+05:30").offset).toBe(330);
    expect(when("2011-05-16T08:56-00:30").offset).toBe(-30);
    expect(when("2011-05-16T08:56+00:00").offset).toBe(0);
    expect(when("2011-05-16T08:56Z").offset).toBe(0);
    expect(when("2011-05-16T08:56+14:00").offset).toBe(840);
    expect(when("2011-05-16T08:56-12:00").offset).toBe(-720);
    // The same clock reading is the same instant here, whatever the offset: the story's own wall clock.
    expect(when("2011-05-16T08:56+05:30").start).toEqual(when("2011-05-16T08:56-04:00").start);
  });

  it("gives no offset to a date without a time of day", () => {
    for (const text of ["1910s", "2016", "2016-12", "2017-04-07"]) expect(when(text)).not.toHaveProperty("offset");
  });

  it("knows each form by its example, which is what messages suggest", () => {
    expect(PRECISIONS.map((p) => [p, when(DATE_FORMS[p].example).precision])).toEqual(PRECISIONS.map((p) => [p, p]));
  });

  it("reads years before 1000 and the year 0 without the Date constructor's 1900s shift", () => {
    const year = (text: string) => new Date(when(text).start).getUTCFullYear();
    expect(year("0950")).toBe(950);
    expect(year("0000")).toBe(0);
    expect(when("0050s")).toMatchObject({ precision: "decade" });
    expect(year("0050s")).toBe(50);
  });

  it("ignores white space around the date", () => {
    expect(when(" 2016-12 ")).toMatchObject({ text: "2016-12", precision: "month" });
  });

  it("knows leap years: 29 February exists in 2016 and 2000, not in 2017 or 1900", () => {
    expect(when("2016-02-29").start).toEqual(utc(2016, 2, 29));
    expect(when("2000-02-29").start).toEqual(utc(2000, 2, 29));
    expect(parseWhen("2017-02-29")).toBe('"2017-02-29" is not a date that exists in the calendar');
    expect(parseWhen("1900-02-29")).toBe('"1900-02-29" is not a date that exists in the calendar');
  });

  it("rejects days, months, hours and minutes that do not exist", () => {
    for (const text of [
      "2017-02-30",
      "2017-04-31",
      "2017-04-00",
      "2017-13-01",
      "2017-00-10",
      "2017-13",
      "2017-00",
      "2017-04-07T24:00Z",
      "2017-04-07T08:60Z",
      "2017-04-31T08:00Z",
    ]) {
      expect(parseWhen(text)).toBe(`"${text}" is not a date that exists in the calendar`);
    }
  });

  it("rejects a time of day without its offset, saying how to write one", () => {
    for (const text of ["2011-05-16T08:56", "2011-05-16 08:56"]) {
      expect(parseWhen(text)).toBe(
        `"${text}" gives a time of day without its UTC offset: write it like 2021-06-14T09:30+02:00 (Z for UTC)`,
      );
    }
  });

  it("rejects an offset beyond 14 hours, the widest on Earth", () => {
    expect(parseWhen("2011-05-16T08:56+14:30")).toBe('"2011-05-16T08:56+14:30" has a UTC offset of more than 14 hours');
    expect(parseWhen("2011-05-16T08:56-15:00")).toBe('"2011-05-16T08:56-15:00" has a UTC offset of more than 14 hours');
  });

  it("rejects an offset whose minutes are not a clock's", () => {
    expect(parseWhen("2011-05-16T08:56+05:75")).toBe(
      '"2011-05-16T08:56+05:75" has a UTC offset whose minutes are not 00 to 59: write it like +05:30',
    );
  });

  it("rejects anything else, listing the forms a date may take", () => {
    for (const text of [
      "April 4",
      "Dec 2016",
      "16",
      "2017-4-7",
      "2017-04-7",
      "17-04-07",
      "2017/04/07",
      "1915s",
      "1910's",
      "2011-05-16T08:56:30-04:00",
      "2011-05-16T08:56-0400",
      "2011-05-16T8:56-04:00",
      "",
    ]) {
      expect(parseWhen(text)).toBe(
        `"${text}" is not a date written as one of 1980s, 2021, 2021-06, 2021-06-14, 2021-06-14T09:30+02:00`,
      );
    }
  });
});

describe("spanOf(): a record's dates", () => {
  it("covers a single date's own period", () => {
    expect(spanOf({ date: "2016-12" })).toEqual({ from: when("2016-12"), start: utc(2016, 12), end: utc(2017) });
  });

  it("runs from the start of its start to the end of its end, each at its own precision", () => {
    expect(spanOf({ date: "1919", end: "1966" })).toEqual({
      from: when("1919"),
      to: when("1966"),
      start: utc(1919),
      end: utc(1967),
    });
    expect(spanOf({ date: "1916-03", end: "1916-05" })).toMatchObject({ start: utc(1916, 3), end: utc(1916, 6) });
    expect(spanOf({ date: "2017-04-10", end: "2017-04-11" })).toMatchObject({
      start: utc(2017, 4, 10),
      end: utc(2017, 4, 12),
    });
    expect(spanOf({ date: "1990s", end: "2003-06" })).toMatchObject({ start: utc(1990), end: utc(2003, 7) });
  });

  it("throws on a date the schema would have refused, with the reason", () => {
    expect(() => spanOf({ date: "2017-02-30" })).toThrow('"2017-02-30" is not a date that exists in the calendar');
    expect(() => spanOf({ date: "2017-04-10", end: "April 11" })).toThrow('"April 11" is not a date written as one');
  });
});

describe("spanProblem(): a span must end after its start", () => {
  const problem = (date: string, end: string) => spanProblem(when(date), when(end));

  it("accepts an end after the start, at any mix of precisions", () => {
    expect(problem("1919", "1966")).toBeUndefined();
    expect(problem("2017-04-10", "2017-04-11")).toBeUndefined();
    expect(problem("1916-03", "1916-05")).toBeUndefined();
    expect(problem("2011-05-16T08:56-04:00", "2011-05-16T09:41-04:00")).toBeUndefined();
    expect(problem("1990s", "2003")).toBeUndefined();
    expect(problem("2016-12", "2017-04-07")).toBeUndefined();
  });

  it("refuses an end before the start, or on it", () => {
    expect(problem("2017-04-11", "2017-04-10")).toBe(
      'the span must end after its start: "2017-04-10" does not come after "2017-04-11"',
    );
    expect(problem("2017-04-11", "2017-04-11")).toBe(
      'the span must end after its start: "2017-04-11" does not come after "2017-04-11"',
    );
    expect(problem("1966", "1919")).toBe('the span must end after its start: "1919" does not come after "1966"');
  });

  it("refuses an end that lies within the start's own period: that is no span at all", () => {
    expect(problem("2016", "2016-12")).toBeDefined();
    expect(problem("1910s", "1915")).toBeDefined();
    expect(problem("2017-04-07", "2017-04-07T10:00Z")).toBeDefined();
  });

  it("refuses an end that begins before a longer start", () => {
    expect(problem("2016-12", "2016")).toBeDefined();
    expect(problem("2017", "2016-12")).toBeDefined();
  });
});

describe("compareByTime(): the one time order of the fact base", () => {
  type Rec = Dated & { id: string; order: number };
  /** Records in file order: each one's `order` is its place in the list. */
  const file = (...records: [string, string, string?][]): Rec[] =>
    records.map(([id, date, end], order) => ({ id, date, ...(end ? { end } : {}), order }));
  const sorted = (records: Rec[]) => [...records].sort(compareByTime).map((r) => r.id);
  const shuffled = (records: Rec[]) => [records[2], records[0], records[3], records[1], ...records.slice(4)] as Rec[];

  it("orders by start, whatever the precision", () => {
    const records = file(["day", "2017-04-07"], ["month", "2016-12"], ["decade", "1990s"], ["year", "2015"]);
    expect(sorted(records)).toEqual(["decade", "year", "month", "day"]);
  });

  it("orders the times of one day by the clock, whatever the order of the file", () => {
    const records = file(
      ["news-conference", "2011-05-16T11:00-04:00"],
      ["liftoff", "2011-05-16T08:56-04:00"],
      ["fuelling", "2011-05-16T02:10-04:00"],
      ["hold", "2011-05-16T07:45-04:00"],
    );
    expect(sorted(records)).toEqual(["fuelling", "hold", "liftoff", "news-conference"]);
  });

  it("puts a day without a time of day before that day's times: it counts from midnight", () => {
    const records = file(
      ["liftoff", "2011-05-16T08:56-04:00"],
      ["that-day", "2011-05-16"],
      ["day-before", "2011-05-15"],
    );
    expect(sorted(records)).toEqual(["day-before", "that-day", "liftoff"]);
  });

  it("keeps the file's order for records that start together, never their ids", () => {
    const records = file(
      ["sanctions-plan", "2017-04-10"],
      ["johnson-stick-like-glue", "2017-04-10"],
      ["g7-lucca", "2017-04-10", "2017-04-11"],
      ["may-trump-call", "2017-04-10"],
      ["april", "2017-04"],
    );
    expect(sorted(records)).toEqual([
      "april",
      "sanctions-plan",
      "johnson-stick-like-glue",
      "g7-lucca",
      "may-trump-call",
    ]);
    expect(sorted(shuffled(records))).toEqual(sorted(records));
  });

  it("keeps the file's order for two times at the same minute, even at different offsets", () => {
    const records = file(["b", "2011-05-16T08:56+01:00"], ["a", "2011-05-16T08:56-04:00"]);
    expect(sorted(records)).toEqual(["b", "a"]);
  });

  it("is zero only for the same record, and antisymmetric", () => {
    const [a, b] = file(["a", "2017-04-10"], ["b", "2017-04-10"]) as [Rec, Rec];
    expect(compareByTime(a, a)).toBe(0);
    expect(compareByTime(a, b)).toBeLessThan(0);
    expect(compareByTime(b, a)).toBeGreaterThan(0);
  });
});
