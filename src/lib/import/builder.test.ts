import { describe, expect, it } from "vitest";
import { mediaOf, StoryBuilder } from "./builder";
import { count, NotCarried } from "./not-carried";

const story = (fill: (b: StoryBuilder) => void) => {
  const b = new StoryBuilder("seeds/x.json", "timelinejs-json");
  fill(b);
  return b.story("human", undefined, []);
};

describe("StoryBuilder", () => {
  it("lets a slide's own unique_id keep its name, and numbers made-up ids around it", () => {
    const { events } = story((b) => {
      b.event({ record: "events[0]", title_html: "Wistia", date: "1928" });
      b.event({ record: "wistia", uniqueId: "wistia", title_html: "Another", date: "1929" });
      b.event({ record: "events[2]", title_html: "Wistia", date: "1930" });
    });
    expect(events.map((e) => e.id)).toEqual(["wistia-2", "wistia", "wistia-3"]);
  });

  it("drops an end that repeats the start, as TimelineJS does, and reads a year shown as its decade", () => {
    const { events } = story((b) => {
      b.event({ record: "a", date: "1943", end: "1943" });
      b.event({ record: "b", date: "1980", display_date: "1980s" });
      b.event({ record: "c", date: "1980", end: "1989", display_date: "1980s" });
    });
    expect(events.map(({ date, end, display_date }) => ({ date, end, display_date }))).toEqual([
      { date: "1943", end: undefined, display_date: undefined },
      { date: "1980s", end: undefined, display_date: undefined },
      { date: "1980", end: "1989", display_date: "1980s" },
    ]);
  });

  it("keeps our own category ids with their first label, and names a row that labels one differently", () => {
    const s = story((b) => {
      b.event({ record: "a", date: "2020", group: "talks", groupLabel: "The talks" });
      b.event({ record: "b", date: "2020", group: "talks", groupLabel: "Talks" });
    });
    expect(s.categories).toEqual([{ id: "talks", label: "The talks" }]);
    expect(s.problems).toEqual([
      {
        file: "seeds/x.json",
        record: "b",
        field: "category_label",
        message:
          '"Talks" differs from "The talks", the label an earlier row gives category "talks": give each category one label',
      },
    ]);
  });
});

describe("mediaOf()", () => {
  it("keeps the fields given, and no media without a URL", () => {
    let lost = 0;
    expect(
      mediaOf({ url: "https://a.example/x.jpg", caption: "<i>A</i>", credit: " ", alt: "A" }, () => lost++),
    ).toEqual({ url: "https://a.example/x.jpg", caption: "<i>A</i>", alt: "A" });
    expect(mediaOf({ url: "", caption: "", credit: "" }, () => lost++)).toBeUndefined();
    expect(lost).toBe(0);
    expect(mediaOf({ caption: "A caption" }, () => lost++)).toBeUndefined();
    expect(lost).toBe(1);
  });
});

describe("NotCarried", () => {
  it("says each kind once, with its count, in the order first met", () => {
    const notes = new NotCarried();
    for (const kind of ["b", "a", "b"]) notes.add(kind, (n) => `${kind} on ${count(n, "slide")}`);
    expect(notes.list()).toEqual(["b on 2 slides", "a on 1 slide"]);
  });
});
