import { describe, expect, it } from "vitest";
import { indexOrder, type Listed, newestFirst, othersNewestFirst } from "./listing";

const story = (title: string, date?: string, featured = false): Listed => ({ title, date, featured });
const titles = (items: readonly Listed[]) => items.map((s) => s.title);
const self = (s: Listed) => s;

describe("newestFirst()", () => {
  it("puts the newest story first, by its own date", () => {
    const list = [story("Old", "2007-05-15"), story("New", "2020-03-02"), story("Middle", "2011-05-16")];
    expect(titles(list.sort(newestFirst))).toEqual(["New", "Middle", "Old"]);
  });

  it("puts stories without a date after every dated one, by title", () => {
    const list = [story("Beta"), story("Dated", "1999-01-01"), story("Alpha")];
    expect(titles(list.sort(newestFirst))).toEqual(["Dated", "Alpha", "Beta"]);
  });

  it("orders stories of the same day by title", () => {
    const list = [story("b story", "2017-04-11"), story("A story", "2017-04-11")];
    expect(titles(list.sort(newestFirst))).toEqual(["A story", "b story"]);
  });
});

describe("indexOrder()", () => {
  it("puts the featured story first, even when it is not the newest, then the rest newest first", () => {
    const list = [story("Newest", "2020-03-02"), story("Undated"), story("Featured", "2007-05-15", true)];
    expect(titles(indexOrder(list, self))).toEqual(["Featured", "Newest", "Undated"]);
  });

  it("leaves the list it is given as it was", () => {
    const list = [story("Old", "2007-05-15"), story("New", "2020-03-02")];
    indexOrder(list, self);
    expect(titles(list)).toEqual(["Old", "New"]);
  });
});

describe("othersNewestFirst()", () => {
  it("lists every other story, newest first, the featured one in its place by date", () => {
    const current = story("Current", "2011-05-16");
    const list = [story("Featured", "2007-05-15", true), current, story("Newest", "2020-03-02"), story("Undated")];
    expect(titles(othersNewestFirst(list, self, current))).toEqual(["Newest", "Featured", "Undated"]);
  });

  it("is empty when there is only one story", () => {
    const only = story("Only", "2017-04-11");
    expect(othersNewestFirst([only], self, only)).toEqual([]);
  });
});
