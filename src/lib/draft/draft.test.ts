import { describe, expect, it } from "vitest";
import { parseSeed } from "../article/parse";
import { findQuote } from "../facts/quotes";
import { draftEvents } from "./draft";

const SEED = `Talks collapse

Ministers met in Vienna on Monday, and agreed only to meet again in June. The treaty was signed in 1998.

This was revealed during a controversy that forced Gen.

Michael Flynn to step down after he spoke with Russian officials in December.`;

describe("draftEvents()", () => {
  const draft = draftEvents(SEED, "2020-03-02", "seeds/talks.txt");

  it("drafts one record per dated phrase, in reading order, with readable unique ids", () => {
    expect(draft.records.map((r) => [r.id, r.date, r.phrase])).toEqual([
      ["monday", "2020-03-02", "on Monday"],
      ["june", "2020-06", "in June"],
      ["in-1998", "1998", "in 1998"],
      ["december", "2019-12", "in December"],
    ]);
  });

  it("quotes passages the build finds within one paragraph, rejoined as the build rejoins it", () => {
    const blocks = parseSeed(SEED, "seeds/talks.txt").seed?.blocks ?? [];
    for (const r of draft.records) expect(findQuote(r.quote, blocks)?.id).toBe(r.paragraph.id);
    expect(draft.records[3].quote).toBe(
      "This was revealed during a controversy that forced Gen. Michael Flynn to step down after he spoke with Russian officials in December.",
    );
  });

  it("never quotes a passage twice", () => {
    const quotes = draft.records.map((r) => r.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it("proposes the countries and people of each passage", () => {
    expect(draft.records[3].countries.codes).toEqual(["RU"]);
    expect(draft.records[3].people.names).toEqual(["Michael Flynn"]);
  });

  it("gives a different id to each record even when phrases repeat", () => {
    const again = draftEvents("He left on Monday.\n\nShe came back on Monday.", "2020-03-04");
    expect(again.records.map((r) => r.id)).toEqual(["monday", "monday-2"]);
  });

  it("reports a story date that is not a day, and resolves nothing from it", () => {
    const bad = draftEvents("He left on Monday.", "March 2020", "seeds/x.txt");
    expect(bad.problems).toEqual([
      { file: "seeds/x.txt", field: "date", message: '"March 2020" is not a date written YYYY-MM-DD' },
    ]);
    expect(bad.records[0].resolved).toBe(false);
  });
});
