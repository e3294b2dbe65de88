import { describe, expect, it } from "vitest";
import type { Listed } from "../article/listing";
import { othersNewestFirst } from "../article/listing";
import { archivePages, archiveSizes, neighbours, newestExcept } from "./pages";

const story = (title: string, date?: string): Listed => ({ title, date });
const self = (s: Listed) => s;
const days = (n: number) =>
  Array.from({ length: n }, (_, i) => story(`Story ${i + 1}`, `2020-01-${String(i + 1).padStart(2, "0")}`));

describe("archivePages()", () => {
  it("cuts the stories into pages of a fixed size, numbered from the oldest, the newest page first", () => {
    const pages = archivePages(days(7), self, 3);
    expect(pages.map((p) => p.number)).toEqual([3, 2, 1]);
    expect(pages.map((p) => p.items.map((s) => s.title))).toEqual([
      ["Story 7"],
      ["Story 6", "Story 5", "Story 4"],
      ["Story 3", "Story 2", "Story 1"],
    ]);
  });

  it("keeps every full page as it was when a newer story is published", () => {
    const before = archivePages(days(6), self, 3);
    const after = archivePages(days(7), self, 3);
    const page = (pages: typeof before, n: number) => pages.find((p) => p.number === n)?.items.map((s) => s.title);
    expect(page(after, 1)).toEqual(page(before, 1));
    expect(page(after, 2)).toEqual(page(before, 2));
  });

  it("lists every story exactly once, whatever the size", () => {
    for (const size of [1, 2, 5, 50]) {
      const titles = archivePages(days(9), self, size).flatMap((p) => p.items.map((s) => s.title));
      expect(titles.sort()).toEqual(
        days(9)
          .map((s) => s.title)
          .sort(),
      );
    }
  });

  it("puts undated stories on the oldest page, and gives a page the dates of its newest and oldest dated stories", () => {
    const pages = archivePages([story("Undated"), ...days(3)], self, 2);
    expect(pages.map((p) => p.items.map((s) => s.title))).toEqual([
      ["Story 3", "Story 2"],
      ["Story 1", "Undated"],
    ]);
    expect(pages[0]).toMatchObject({ newest: "2020-01-03", oldest: "2020-01-02" });
    expect(pages[1]).toMatchObject({ newest: "2020-01-01", oldest: "2020-01-01" });
    expect(archivePages([story("Undated")], self, 2)[0]).not.toHaveProperty("newest");
  });

  it("has no page for no story, and refuses a size that is not a whole number", () => {
    expect(archivePages([], self, 10)).toEqual([]);
    expect(() => archivePages(days(2), self, 0)).toThrow(/size/);
  });
});

describe("neighbours()", () => {
  it("gives the newer page (higher number) and the older one, where they exist", () => {
    expect(neighbours(2, 3)).toEqual({ newer: 3, older: 1 });
    expect(neighbours(3, 3)).toEqual({ older: 2 });
    expect(neighbours(1, 1)).toEqual({});
  });
});

describe("archiveSizes()", () => {
  it("defaults to 12 stories on the home page and 50 to an archive page", () => {
    expect(archiveSizes({})).toEqual({ home: 12, page: 50 });
  });

  it("reads HOME_STORIES and ARCHIVE_PAGE_SIZE, and names a wrong one", () => {
    expect(archiveSizes({ HOME_STORIES: "4", ARCHIVE_PAGE_SIZE: "3" })).toEqual({ home: 4, page: 3 });
    expect(() => archiveSizes({ ARCHIVE_PAGE_SIZE: "0" })).toThrow(/ARCHIVE_PAGE_SIZE=0/);
    expect(() => archiveSizes({ HOME_STORIES: "many" })).toThrow(/HOME_STORIES=many/);
  });
});

describe("newestExcept()", () => {
  it("gives the same stories as sorting every other story newest first and taking the first few", () => {
    const list = [story("Undated"), ...days(9).reverse(), story("Same day", "2020-01-05"), story("B undated")];
    for (const current of [list[0], list[3], list[10]]) {
      for (const count of [0, 1, 3, 20]) {
        const expected = othersNewestFirst(list, self, current).slice(0, count);
        expect(newestExcept(list, self, current, count).map((s) => s.title)).toEqual(expected.map((s) => s.title));
      }
    }
  });
});
