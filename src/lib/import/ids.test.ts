import { describe, expect, it } from "vitest";
import { Categories, eventIdBase, IdAllocator } from "./ids";

describe("eventIdBase()", () => {
  it("takes the slide's unique_id first, in our form", () => {
    expect(eventIdBase({ uniqueId: "Wikipedia_Images", headline: "Something else", date: "1929" })).toBe(
      "wikipedia-images",
    );
  });

  it("else the headline's first words, without a dangling word that leads to the next", () => {
    expect(eventIdBase({ headline: "Galileo Points a Telescope at the Moon", date: "1609-11" })).toBe(
      "galileo-points-a-telescope",
    );
    expect(eventIdBase({ headline: "Ibn al-Haytham's <i>Book of Optics</i>", date: "1021" })).toBe(
      "ibn-al-haythams-book-of-optics",
    );
  });

  it("else the text's first words, else the date", () => {
    expect(eventIdBase({ uniqueId: "🙂", headline: "", text: "<p>Light becomes a sense.</p>", date: "1" })).toBe(
      "light-becomes-a-sense",
    );
    expect(eventIdBase({ date: "2021-06-14T09:30" })).toBe("2021-06-14t09-30");
    expect(eventIdBase({ date: "-0044-03-15" })).toBe("0044-03-15-bce");
    expect(eventIdBase({ date: "13800000000 years ago" })).toBe("13800000000-years-ago");
  });
});

describe("IdAllocator", () => {
  it("numbers repeats, and steps over ids already taken", () => {
    const ids = new IdAllocator();
    expect(["a", "a-2", "a", "a", "b"].map((id) => ids.take(id))).toEqual(["a", "a-2", "a-3", "a-4", "b"]);
  });
});

describe("Categories", () => {
  it("gives each group name one id, in order of first appearance, as TimelineJS groups them", () => {
    const categories = new Categories();
    expect(["Social Media", "Video", "Social Media", "video"].map((g) => categories.idOf(g))).toEqual([
      "social-media",
      "video",
      "social-media",
      "video-2",
    ]);
    expect(categories.list).toEqual([
      { id: "social-media", label: "Social Media" },
      { id: "video", label: "Video" },
      { id: "video-2", label: "video" },
    ]);
  });
});
