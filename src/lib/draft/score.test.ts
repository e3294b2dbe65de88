import { describe, expect, it } from "vitest";
import { draftEvents } from "./draft";
import { keyEvents, scoreDraft } from "./score";

const SEED =
  "He died on Sunday at home. The funeral is set for Friday. His daughter said on Monday that he was 106.\n\nHe came home in June 1919.";
const { records: draft, blocks } = draftEvents(SEED, "2007-05-15");

describe("keyEvents()", () => {
  it("reads the list form and the map form, dates as written", () => {
    const list = [{ id: "a", date: 1919, quotes: ["x"] }];
    expect(keyEvents(list)).toEqual([{ id: "a", date: "1919", quotes: ["x"] }]);
    expect(keyEvents({ categories: { c: "C" }, events: list })).toEqual(keyEvents(list));
    expect(
      keyEvents({ events: [{ id: "r", date: "2017-04-10", end: "2017-04-11", precision: "range", quotes: [] }] }),
    ).toEqual([{ id: "r", date: "2017-04-10", end: "2017-04-11", quotes: [] }]);
  });
});

describe("scoreDraft()", () => {
  it("counts a hand-made event found when a draft record from an overlapping passage has its date and precision", () => {
    const key = keyEvents([
      { id: "dies", date: "2007-05-13", quotes: ["died on Sunday"] },
      { id: "funeral", date: "2007-05-18", quotes: ["The funeral is set for Friday."] },
      { id: "home", date: "1919-06-02", quotes: ["He came home"] },
      { id: "born", date: "1901", quotes: ["not in the seed"] },
    ]);
    const score = scoreDraft(draft, key, blocks);
    expect(score).toMatchObject({ found: 2, total: 4, coarser: 1, noise: 1, extra: ["monday"] });
    expect(score.events.map((e) => e.match)).toEqual(["found", "found", "coarser", "no-passage"]);
  });

  it("does not count a date at another precision as found", () => {
    const key = keyEvents([{ id: "home", date: "1919", quotes: ["He came home in June 1919."] }]);
    expect(scoreDraft(draft, key, blocks)).toMatchObject({ found: 0, coarser: 0 });
    expect(scoreDraft(draft, key, blocks).events[0].match).toBe("other-date");
  });
});
