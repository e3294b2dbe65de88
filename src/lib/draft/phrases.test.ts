import { describe, expect, it } from "vitest";
import { findPhrases } from "./phrases";

const STORY = { year: 2017, month: 4, day: 11 };
const found = (text: string) => findPhrases(text, STORY).map(({ index, ...p }) => p);
const texts = (text: string) => findPhrases(text, STORY).map((p) => p.text);

describe("findPhrases(): what chrono-node reads", () => {
  it("finds explicit dates, with or without a year", () => {
    expect(found("attacks which took place April 4 and")).toEqual([
      { kind: "date", start: { month: 4, day: 4 }, text: "April 4" },
    ]);
    expect(found("Born on February 26, 1901, in the village")).toEqual([
      { kind: "date", start: { year: 1901, month: 2, day: 26 }, text: "on February 26, 1901" },
    ]);
    expect(found("He came home in June 1919 and")).toEqual([
      { kind: "date", start: { year: 1919, month: 6 }, text: "in June 1919" },
    ]);
  });

  it("takes in the word that introduces a weekday or a month", () => {
    expect(texts("finalized a plan by Monday before their meeting")).toEqual(["by Monday"]);
    expect(texts("he spoke with Russian officials in December, specifically")).toEqual(["in December"]);
    expect(texts("The president will speak later Friday.")).toEqual(["later Friday"]);
    expect(texts("It is planned for December.")).toEqual(["for December"]);
  });

  it("finds weekdays with their modifier and time", () => {
    expect(found("told reporters on Tuesday that")).toEqual([{ kind: "weekday", weekday: 2, text: "on Tuesday" }]);
    expect(found("He left last Friday.")).toEqual([
      { kind: "weekday", weekday: 5, modifier: "last", text: "last Friday" },
    ]);
    expect(found("lifted off at 8:56 a.m. on Monday, carrying")).toEqual([
      { kind: "weekday", weekday: 1, time: { hour: 8, minute: 56 }, text: "at 8:56 a.m. on Monday" },
    ]);
  });

  it("finds days counted from the story's date", () => {
    expect(found("He said yesterday that")).toEqual([{ kind: "day-offset", days: -1, text: "yesterday" }]);
    expect(found("They meet tomorrow.")).toEqual([{ kind: "day-offset", days: 1, text: "tomorrow" }]);
  });

  it("finds times of day, with the zone when the text names one", () => {
    expect(found("Fuelling began at 2:10 a.m., two hours late")).toEqual([
      { kind: "time", time: { hour: 2, minute: 10 }, text: "at 2:10 a.m." },
    ]);
    expect(found("It landed at 9:41 a.m. EDT.")).toEqual([
      { kind: "time", time: { hour: 9, minute: 41, offset: -240 }, text: "at 9:41 a.m. EDT" },
    ]);
  });

  it("finds durations counted from the story or from the date last named", () => {
    expect(found("the count resumed 40 minutes later.")).toEqual([
      { kind: "relative", from: "anchor", within: false, text: "40 minutes later" },
    ]);
    expect(found("data within two weeks.")).toEqual([
      { kind: "relative", from: "story", within: true, text: "within two weeks" },
    ]);
    expect(found("He resigned two weeks ago.")).toEqual([
      { kind: "relative", from: "story", within: false, text: "two weeks ago" },
    ]);
  });
});

describe("findPhrases(): our own parsers, for what chrono-node misses", () => {
  it("finds years after a preposition, after since, and inside a noun phrase", () => {
    expect(found("their conflict with the Ukraine in 2014 when")).toEqual([
      { kind: "year", year: 2014, how: "in", text: "in 2014" },
    ]);
    expect(found("who have had a presence there since 2013.")).toEqual([
      { kind: "year", year: 2013, how: "since", text: "since 2013" },
    ]);
    expect(found("since the 2016 presidential campaign where it's believed")).toEqual([
      { kind: "year", year: 2016, how: "embedded", text: "the 2016 presidential campaign" },
    ]);
    expect(found("The treaty, first signed in 1998, sets")).toEqual([
      { kind: "year", year: 1998, how: "in", text: "in 1998" },
    ]);
  });

  it("finds decades, seasons and spans of years", () => {
    expect(found("In the 1990s he became")).toEqual([{ kind: "decade", year: 1990, text: "In the 1990s" }]);
    expect(found("he sailed for England in the spring of 1916.")).toEqual([
      { kind: "season", season: "spring", year: 1916, text: "in the spring of 1916" },
    ]);
    expect(found("From 1919 on to his retirement in 1966, he never missed")).toEqual([
      { kind: "year-span", from: 1919, to: 1966, text: "From 1919 on to his retirement in 1966" },
    ]);
  });

  it("finds phrases that count from the date last named", () => {
    expect(found("missiles by Friday of that week.")).toEqual([
      { kind: "anchored-weekday", weekday: 5, direction: "same-week", text: "by Friday of that week" },
    ]);
    expect(found("took a job at the light the following year.")).toEqual([
      { kind: "following", unit: "year", offset: 1, text: "the following year" },
    ]);
    expect(found("They met again the next day.")).toEqual([
      { kind: "following", unit: "day", offset: 1, text: "the next day" },
    ]);
  });

  it("finds weeks and month ends counted from the story's date", () => {
    expect(found("He spoke earlier this week about it.")).toEqual([
      { kind: "week", which: "earlier-this", text: "earlier this week" },
    ]);
    expect(found("a draft by the end of the month.")).toEqual([
      { kind: "end-of", unit: "month", next: false, text: "by the end of the month" },
    ]);
  });

  it("finds a period the text does not bound, to say so", () => {
    expect(found("Over the past several months the sanctions remained")).toEqual([
      { kind: "vague", text: "Over the past several months" },
    ]);
  });
});

describe("findPhrases(): what is not a date", () => {
  it("drops now, bare hours that are ages or counts, times of day alone and durations", () => {
    expect(texts("now was a good time to convince Putin")).toEqual([]);
    expect(texts("Penhale left school at 12 to work")).toEqual([]);
    expect(texts("after a morning of delays")).toEqual([]);
    expect(texts("the limits had worked for two decades")).toEqual([]);
  });

  it("does not read quantities, prices or names as years", () => {
    expect(texts("He sent 2000 troops and $1999 in aid to Kestrel-2015.")).toEqual([]);
    expect(texts("Theresa May spoke with President Trump")).toEqual([]);
  });
});
