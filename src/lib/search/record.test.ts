import { describe, expect, it } from "vitest";
import { searchRecord } from "./record";

describe("searchRecord()", () => {
  const record = searchRecord({
    url: "/articles/river-treaty/",
    title: "Ministers split over the river treaty",
    dek: "Four countries met in Vienna.",
    date: { iso: "2020-03-02", label: "2 Mar 2020" },
    language: "en",
    dir: "ltr",
    eventTitles: ["Ministers meet in Vienna", "Ministers meet in Vienna", "A review is proposed"],
    people: ["A Minister", " A Minister "],
    places: ["Austria", "Hungary", "Austria"],
  });

  it("indexes the title, dek, event titles, people and places, each once and each its own sentence", () => {
    expect(record.content).toBe(
      "Ministers split over the river treaty. Four countries met in Vienna. Ministers meet in Vienna. A review is proposed. A Minister. Austria. Hungary.",
    );
  });

  it("carries what a result shows: title, dek and date, and the story's language", () => {
    expect(record).toMatchObject({
      url: "/articles/river-treaty/",
      language: "en",
      meta: {
        title: "Ministers split over the river treaty",
        dek: "Four countries met in Vienna.",
        date: "2020-03-02",
        dateLabel: "2 Mar 2020",
      },
    });
  });

  it("has no date for an undated story", () => {
    const undated = searchRecord({
      url: "/a/",
      title: "T",
      dek: "D",
      language: "en",
      dir: "ltr",
      eventTitles: [],
      people: [],
      places: [],
    });
    expect(undated.meta).toEqual({ title: "T", dek: "D", lang: "en", dir: "ltr" });
    expect(undated.content).toBe("T. D.");
  });
});
