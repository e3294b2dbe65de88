import { describe, expect, it } from "vitest";
import type { CountryCode, Stance } from "../facts/vocabulary";
import { joinList, numberWord, summarize } from "./summary";

const s = (country: CountryCode, stance: Stance, actor = "Government", date?: string) => ({
  country,
  stance,
  actor,
  ...(date ? { date } : {}),
});

/** The story's stances, as the fact base has them. */
const STORY = [
  s("US", "pushed"),
  s("GB", "pushed"),
  s("DE", "rejected"),
  s("IT", "wait"),
  s("FR", "wait"),
  s("FR", "lift", "Marine Le Pen, presidential candidate"),
  s("JP", "not-reported"),
  s("CA", "not-reported"),
  s("RU", "target"),
  s("G7", "rejected", "Foreign ministers, as a body", "2017-04-11"),
];

describe("summarize()", () => {
  it("counts the story's G7 members along the scale, then gives the body's outcome and date", () => {
    expect(summarize(STORY)).toBe(
      "Of the seven G7 members, two pushed for tighter sanctions, two said not now, one rejected them, and two are not reported in the article; the G7 as a body rejected tighter sanctions on 11 Apr 2017.",
    );
  });

  it("does not depend on the order of the records", () => {
    expect(summarize([...STORY].reverse())).toBe(summarize(STORY));
  });

  it("counts a country by its government, not by a candidate", () => {
    const withoutGovernment = STORY.filter((x) => !(x.country === "FR" && x.actor === "Government"));
    expect(summarize(withoutGovernment)).toMatch(/one would consider lifting sanctions/);
    expect(summarize(STORY)).not.toMatch(/lifting/);
  });

  it("the second-story fixture: three members charted, with a singular verb for one not reported", () => {
    expect(summarize([s("DE", "pushed"), s("IT", "wait"), s("JP", "not-reported")])).toBe(
      "Of the three G7 members charted, one pushed for tighter sanctions, one said not now, and one is not reported in the article.",
    );
  });

  it("joins two counts with “and”, no comma", () => {
    expect(
      summarize([s("DE", "rejected"), s("IT", "rejected"), s("JP", "not-reported"), s("CA", "not-reported")]),
    ).toBe("Of the four G7 members charted, two rejected tighter sanctions and two are not reported in the article.");
  });

  it("names “tighter sanctions” in the first clause that needs it, whatever the scale's first count", () => {
    expect(summarize([s("DE", "wait"), s("IT", "rejected")])).toBe(
      "Of the two G7 members charted, one said not now to tighter sanctions and one rejected them.",
    );
    expect(summarize([s("DE", "rejected"), s("JP", "lift")])).toBe(
      "Of the two G7 members charted, one rejected tighter sanctions and one would consider lifting sanctions.",
    );
  });

  it("says “all” (or “both”) when every member is in one place", () => {
    const all = ["US", "GB", "DE", "IT", "FR", "JP", "CA"].map((c) => s(c as CountryCode, "pushed"));
    expect(summarize(all)).toBe("All seven G7 members pushed for tighter sanctions.");
    expect(summarize([s("JP", "not-reported"), s("CA", "not-reported")])).toBe(
      "Both G7 members charted are not reported in the article.",
    );
  });

  it("names the only member charted", () => {
    expect(summarize([s("JP", "not-reported")])).toBe(
      "Japan, the only G7 member charted, is not reported in the article.",
    );
    expect(summarize([s("DE", "rejected"), s("RU", "target")])).toBe(
      "Germany, the only G7 member charted, rejected tighter sanctions.",
    );
  });

  it("without members, counts the other countries that hold a position", () => {
    expect(summarize([s("UA", "pushed"), s("SY", "rejected"), s("RU", "target")])).toBe(
      "Of the two countries charted, one pushed for tighter sanctions and one rejected them.",
    );
    expect(summarize([s("UA", "pushed")])).toBe("Ukraine, the only country charted, pushed for tighter sanctions.");
  });

  it("gives the body alone, capitalised, and without a date when it has none", () => {
    expect(summarize([s("G7", "wait", "Foreign ministers")])).toBe(
      "The G7 as a body said not now to tighter sanctions.",
    );
  });

  it("falls back to the target, and to nothing for no stances", () => {
    expect(summarize([s("RU", "target")])).toBe("Russia is the target of the sanctions.");
    expect(summarize([s("RU", "target"), s("SY", "target")])).toBe("Russia and Syria are the target of the sanctions.");
    expect(summarize([])).toBe("");
  });

  it("writes counts above ten in digits", () => {
    expect([0, 1, 7, 10, 11, 42].map(numberWord)).toEqual(["no", "one", "seven", "ten", "11", "42"]);
  });
});

describe("joinList()", () => {
  it("uses the serial comma for three or more", () => {
    expect(joinList([])).toBe("");
    expect(joinList(["a"])).toBe("a");
    expect(joinList(["a", "b"])).toBe("a and b");
    expect(joinList(["a", "b", "c"])).toBe("a, b, and c");
  });
});
