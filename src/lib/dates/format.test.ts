import { describe, expect, it } from "vitest";
import { dateFormat, datetimeOf, formatOffset, isoDay } from "./format";
import { parseWhen, type When } from "./when";

const {
  day: formatDay,
  when: formatWhen,
  dated: formatDated,
  precision: describePrecision,
  clock: formatClock,
} = dateFormat("en");

function when(text: string): When {
  const parsed = parseWhen(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

describe("formatDay()", () => {
  it("writes the day first, without a leading zero, and the month in words", () => {
    expect(formatDay("2017-04-07")).toBe("7 Apr 2017");
    expect(formatDay("2017-04-11")).toBe("11 Apr 2017");
    expect(formatDay("2016-12-29")).toBe("29 Dec 2016");
  });

  it("reads the date in UTC: the first and last days of a year stay in their year", () => {
    expect(formatDay("2017-01-01")).toBe("1 Jan 2017");
    expect(formatDay("2016-12-31")).toBe("31 Dec 2016");
  });
});

describe("formatOffset(): an offset as readers know it", () => {
  it("writes hours alone, minutes only when there are some, and a true minus sign", () => {
    expect(formatOffset(-240)).toBe("UTC−4");
    expect(formatOffset(330)).toBe("UTC+5:30");
    expect(formatOffset(345)).toBe("UTC+5:45");
    expect(formatOffset(-30)).toBe("UTC−0:30");
    expect(formatOffset(840)).toBe("UTC+14");
  });

  it("writes UTC itself without a sign", () => {
    expect(formatOffset(0)).toBe("UTC");
  });
});

describe("formatWhen(): one date at its precision", () => {
  it("writes each precision as readers read it", () => {
    expect(formatWhen(when("1910s"))).toBe("1910s");
    expect(formatWhen(when("2016"))).toBe("2016");
    expect(formatWhen(when("2016-12"))).toBe("Dec 2016");
    expect(formatWhen(when("2017-04-07"))).toBe("7 Apr 2017");
    expect(formatWhen(when("2011-05-16T08:56-04:00"))).toBe("16 May 2011, 08:56 UTC−4");
  });

  it("writes a time at the clock where it happened, with that place's offset", () => {
    expect(formatWhen(when("2011-05-16T08:56+05:30"))).toBe("16 May 2011, 08:56 UTC+5:30");
    expect(formatWhen(when("2011-05-16T08:56Z"))).toBe("16 May 2011, 08:56 UTC");
    expect(formatWhen(when("2011-05-16T08:56+00:00"))).toBe("16 May 2011, 08:56 UTC");
    expect(formatWhen(when("2011-05-16T00:05-04:00"))).toBe("16 May 2011, 00:05 UTC−4");
  });

  it("writes the clock alone for a list that gives the day once", () => {
    expect(formatClock(when("2011-05-16T08:56-04:00"))).toBe("08:56");
    expect(formatClock(when("2011-05-16T23:05+05:30"))).toBe("23:05");
  });
});

describe("formatDated(): a record's date, or its span with what both ends share written once", () => {
  it("writes a single date at its precision", () => {
    expect(formatDated({ date: "1990s" })).toBe("1990s");
    expect(formatDated({ date: "2016" })).toBe("2016");
    expect(formatDated({ date: "2016-12" })).toBe("Dec 2016");
    expect(formatDated({ date: "2017-04-07" })).toBe("7 Apr 2017");
    expect(formatDated({ date: "2011-05-16T08:56-04:00" })).toBe("16 May 2011, 08:56 UTC−4");
  });

  it("joins decades and years with an en dash, no spaces", () => {
    expect(formatDated({ date: "1910s", end: "1930s" })).toBe("1910s–1930s");
    expect(formatDated({ date: "1919", end: "1966" })).toBe("1919–1966");
  });

  it("writes the year once for months of one year, both in full across years", () => {
    expect(formatDated({ date: "1916-03", end: "1916-05" })).toBe("Mar\u2009–\u2009May 1916");
    expect(formatDated({ date: "2016-11", end: "2017-02" })).toBe("Nov 2016\u2009–\u2009Feb 2017");
  });

  it("writes days as compactly as they allow: within a month, across months, across years", () => {
    expect(formatDated({ date: "2017-04-10", end: "2017-04-11" })).toBe("10–11 Apr 2017");
    expect(formatDated({ date: "2016-02-27", end: "2016-02-29" })).toBe("27–29 Feb 2016");
    expect(formatDated({ date: "2017-03-30", end: "2017-04-02" })).toBe("30 Mar\u2009–\u20092 Apr 2017");
    expect(formatDated({ date: "2016-12-30", end: "2017-01-02" })).toBe("30 Dec 2016\u2009–\u20092 Jan 2017");
  });

  it("writes times of one day and one offset as one day, two clocks and the offset once", () => {
    expect(formatDated({ date: "2011-05-16T08:56-04:00", end: "2011-05-16T09:41-04:00" })).toBe(
      "16 May 2011, 08:56–09:41 UTC−4",
    );
  });

  it("writes both ends in full when the times cross midnight or change offset", () => {
    expect(formatDated({ date: "2011-05-16T23:56-04:00", end: "2011-05-17T01:41-04:00" })).toBe(
      "16 May 2011, 23:56 UTC−4\u2009–\u200917 May 2011, 01:41 UTC−4",
    );
    expect(formatDated({ date: "2011-05-16T08:56-04:00", end: "2011-05-16T14:41+01:00" })).toBe(
      "16 May 2011, 08:56 UTC−4\u2009–\u200916 May 2011, 14:41 UTC+1",
    );
  });

  it("writes each end at its own precision when they differ, with a spaced en dash", () => {
    expect(formatDated({ date: "1919", end: "1966-05" })).toBe("1919\u2009–\u2009May 1966");
    expect(formatDated({ date: "2016-12", end: "2017-04-07" })).toBe("Dec 2016\u2009–\u20097 Apr 2017");
    expect(formatDated({ date: "1990s", end: "2003" })).toBe("1990s\u2009–\u20092003");
    expect(formatDated({ date: "2011-05-15", end: "2011-05-16T08:56-04:00" })).toBe(
      "15 May 2011\u2009–\u200916 May 2011, 08:56 UTC−4",
    );
  });

  it("throws on a date that does not exist rather than print a wrong one", () => {
    expect(() => formatDated({ date: "2017-02-30" })).toThrow('"2017-02-30" is not a date that exists in the calendar');
  });
});

describe("describePrecision(): how precisely a date is known, in words", () => {
  it("names the precision of a single date", () => {
    expect(describePrecision({ date: "1910s" })).toBe("known to the decade");
    expect(describePrecision({ date: "2016" })).toBe("known to the year");
    expect(describePrecision({ date: "2016-12" })).toBe("known to the month");
    expect(describePrecision({ date: "2017-04-07" })).toBe("known to the day");
    expect(describePrecision({ date: "2011-05-16T08:56-04:00" })).toBe("known to the minute");
  });

  it("names a span's precision once when both ends share it", () => {
    expect(describePrecision({ date: "1919", end: "1966" })).toBe("a span, known to the year");
    expect(describePrecision({ date: "2017-04-10", end: "2017-04-11" })).toBe("a span, known to the day");
    expect(describePrecision({ date: "2011-05-16T08:56-04:00", end: "2011-05-16T09:41-04:00" })).toBe(
      "a span, known to the minute",
    );
  });

  it("names each end's precision when they differ", () => {
    expect(describePrecision({ date: "1919", end: "1966-05" })).toBe(
      "a span, from a start known to the year to an end known to the month",
    );
    expect(describePrecision({ date: "1990s", end: "2003" })).toBe(
      "a span, from a start known to the decade to an end known to the year",
    );
  });
});

describe("datetimeOf(): a date for <time datetime>", () => {
  it("is the date as written for every precision HTML has a form for", () => {
    expect(datetimeOf("2016")).toBe("2016");
    expect(datetimeOf("2016-12")).toBe("2016-12");
    expect(datetimeOf("2017-04-07")).toBe("2017-04-07");
    expect(datetimeOf("2011-05-16T08:56-04:00")).toBe("2011-05-16T08:56-04:00");
    expect(datetimeOf("2011-05-16T08:56Z")).toBe("2011-05-16T08:56Z");
  });

  it("is nothing for a decade, which HTML cannot write", () => {
    expect(datetimeOf("1910s")).toBeUndefined();
  });
});

describe("isoDay()", () => {
  it("writes an instant's UTC day", () => {
    expect(isoDay(Date.UTC(2017, 3, 7, 23, 59))).toBe("2017-04-07");
  });
});

describe("dates in every shipped language (Intl, and the catalogue's words around them)", () => {
  const all = (lang: string) => {
    const f = dateFormat(lang);
    return ["13.8 billion years ago", "44 BCE", "1980s", "2016", "2016-12", "2017-04-07", "2011-05-16T08:56-04:00"].map(
      (d) => f.when(when(d)),
    );
  };

  it("writes each precision in French, with the plural of round millions (“milliards d’années”)", () => {
    expect(all("fr")).toEqual([
      "il y a 13,8 milliards d’années",
      "44 av. J.-C.",
      "années 1980",
      "2016",
      "déc. 2016",
      "7 avr. 2017",
      "16 mai 2011, 08:56 UTC−4",
    ]);
  });

  it("in German, Spanish, Portuguese and Arabic, with no English word left", () => {
    for (const lang of ["de", "es", "pt", "ar"]) {
      const text = all(lang).join(" | ");
      expect(text, lang).not.toMatch(/\b(?:years|ago|BCE|Dec)\b|\d{4}s\b/);
    }
    expect(all("de").slice(1, 6)).toEqual(["44 v. Chr.", "1980er", "2016", "Dez. 2016", "7. Apr. 2017"]);
  });
});
