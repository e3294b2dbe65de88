import { describe, expect, it } from "vitest";
import { parseWhen } from "../dates/when";
import { decadeOf, timelineDateOf, writeDate } from "./dates";

const written = (parts: Parameters<typeof writeDate>[0], scale: "human" | "cosmological" = "human") => {
  const w = writeDate(parts, scale);
  return w.ok ? w.date : `${w.part}: ${w.message}`;
};

describe("writeDate()", () => {
  it.each([
    [{ year: "2021" }, "2021"],
    [{ year: 2021, month: 6 }, "2021-06"],
    [{ year: "2021", month: "6", day: "14" }, "2021-06-14"],
    [{ year: "2021", month: "06", day: "14", hour: "9", minute: "30" }, "2021-06-14T09:30"],
    [{ year: "2021", month: "6", day: "14", hour: "9" }, "2021-06-14T09:00"],
    [{ year: " 650 " }, "0650"],
    [{ year: "12000" }, "12000"],
    [{ year: "-44" }, "-0044"],
    [{ year: "-44", month: "3", day: "15" }, "-0044-03-15"],
    // Blank parts are left out, as TimelineJS reads them.
    [{ year: "1943", month: "7", day: "" }, "1943-07"],
    [{ year: "1943", month: null }, "1943"],
    // Impossible days are written as given: the site's date parser reports them.
    [{ year: "2017", month: "2", day: "31" }, "2017-02-31"],
  ])("%j → %s", (parts, date) => expect(written(parts)).toBe(date));

  it("writes a year before -99,999 on a cosmological scale as years ago, and later years as calendar years", () => {
    expect(written({ year: "-13800000000" }, "cosmological")).toBe("13800000000 years ago");
    expect(written({ year: "-300000" }, "cosmological")).toBe("300000 years ago");
    expect(written({ year: "-100000" }, "cosmological")).toBe("100000 years ago");
    expect(written({ year: "-99999" }, "cosmological")).toBe("-99999");
    expect(written({ year: "-3500" }, "cosmological")).toBe("-3500");
    expect(written({ year: "1969", month: "7", day: "20" }, "cosmological")).toBe("1969-07-20");
    // A human scale has no years ago.
    expect(written({ year: "-300000" })).toBe("-300000");
  });

  it("says what it drops: seconds, and what is finer than a year long ago", () => {
    expect(writeDate({ year: 2021, month: 6, day: 14, hour: 9, minute: 30, second: 15 }, "human")).toMatchObject({
      date: "2021-06-14T09:30",
      seconds: true,
    });
    expect(writeDate({ year: 2021, month: 6, day: 14, hour: 9, minute: 30, second: 0 }, "human")).toMatchObject({
      seconds: false,
    });
    expect(writeDate({ year: -300000, month: 5 }, "cosmological")).toMatchObject({
      date: "300000 years ago",
      belowYear: true,
    });
  });

  it.each([
    [{ year: "20x7" }, 'year: "20x7" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)'],
    [{ year: "1,815" }, 'year: "1,815" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)'],
    [{ year: 2017.5 }, 'year: "2017.5" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)'],
    [{ year: true }, 'year: "true" is not a year: write it in digits, e.g. 2017 (-44 for 44 BCE)'],
    [{ year: "2017", month: "13" }, "month: 13 is not a month: write 1 to 12"],
    [{ year: "2017", month: "0" }, "month: 0 is not a month: write 1 to 12"],
    [{ year: "2017", month: "June" }, 'month: "June" is not a month: write 1 to 12'],
    [{ year: "2017", month: "6", day: "32" }, "day: 32 is not a day of the month: write 1 to 31"],
    [{ year: "2017", month: "6", day: "1", hour: "24" }, "hour: 24 is not an hour: write 0 to 23"],
    [{ year: "2017", month: "6", day: "1", hour: "9", minute: "60" }, "minute: 60 is not a minute: write 0 to 59"],
    [{ year: "0" }, "year: there is no year 0 (1 BCE is followed by 1 CE): write -1 for 1 BCE or 1 for 1 CE"],
    [{ month: "6" }, "year: has no year: write at least the year, e.g. 2017"],
    [
      { year: "2017", day: "5" },
      "month: gives a day but no month: write the month too (TimelineJS would read it as January)",
    ],
    [{ year: "2017", month: "6", hour: "9" }, "day: gives a time of day but no day: write the month and day too"],
    [{ year: "2017", month: "6", day: "1", minute: "30" }, "hour: gives minutes but no hour: write the hour too"],
  ])("%j cannot be written: %s", (parts, problem) => expect(written(parts)).toBe(problem));

  it("writes what the site's own date parser reads, for every form it already knows", () => {
    for (const parts of [{ year: 2021 }, { year: 2021, month: 6 }, { year: 2021, month: 6, day: 14 }]) {
      expect(typeof parseWhen(written(parts))).toBe("object");
    }
  });
});

describe("decadeOf()", () => {
  it("reads a decade's first year shown as the decade", () => {
    expect(decadeOf("1980", "1980s")).toBe("1980s");
    expect(decadeOf("1985", "1980s")).toBeUndefined();
    expect(decadeOf("1980", "the 1980s")).toBeUndefined();
    expect(decadeOf("1980-06", "1980s")).toBeUndefined();
    expect(decadeOf("1980", undefined)).toBeUndefined();
  });
});

describe("timelineDateOf()", () => {
  it.each([
    ["2021", { year: 2021 }],
    ["2021-06", { year: 2021, month: 6 }],
    ["2021-06-14", { year: 2021, month: 6, day: 14 }],
    ["2021-06-14T09:30", { year: 2021, month: 6, day: 14, hour: 9, minute: 30 }],
    ["-0044-03-15", { year: -44, month: 3, day: 15 }],
    ["0650", { year: 650 }],
    ["1980s", { year: 1980, display_date: "1980s" }],
    ["13800000000 years ago", { year: -13800000000 }],
  ])("%s → %j", (text, date) => expect(timelineDateOf(text)).toEqual({ date }));

  it("keeps a zoned time's clock as written and hands back its offset, which TimelineJS cannot say", () => {
    expect(timelineDateOf("2021-06-14T09:30+02:00")).toEqual({
      date: { year: 2021, month: 6, day: 14, hour: 9, minute: 30 },
      zone: "+02:00",
    });
    expect(timelineDateOf("2011-05-16T08:56Z")?.zone).toBe("Z");
  });

  it.each(["", "June 2021", "0000", "-0000", "2021-6", "0 years ago", "21"])("%j is not a written date", (text) =>
    expect(timelineDateOf(text)).toBeUndefined(),
  );

  it("reads back every date writeDate writes", () => {
    for (const [parts, scale] of [
      [{ year: 1609, month: 11 }, "human"],
      [{ year: -300, month: 3, day: 15, hour: 23, minute: 5 }, "human"],
      [{ year: -4600000000 }, "cosmological"],
      [{ year: -3500 }, "cosmological"],
    ] as const) {
      const w = writeDate(parts, scale);
      if (!w.ok) throw new Error(w.message);
      expect(timelineDateOf(w.date)?.date).toEqual(parts);
    }
  });
});
