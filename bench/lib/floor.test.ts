import { describe, expect, it } from "vitest";
import { floorDate, floorPage, floorSpan } from "./floor.mjs";
import { readStory } from "./story.mjs";

describe("the floor page", () => {
  const story = readStory("syria-strike-g7-sanctions");
  const html = floorPage(story);

  it("is one static SVG: no script, no stylesheet request, no other request", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/\s(?:src|srcset)=/i);
    expect(html.match(/<svg/g)).toHaveLength(1);
  });

  it("draws every event of the story, a mark and a title each, in time order", () => {
    expect(html.match(/<circle/g)).toHaveLength(story.events.length);
    const titles = [...html.matchAll(/<text x="136"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(story.events.length);
    expect(titles[0]).toBe("Russia annexes Crimea");
    expect(titles.at(-1)).toBe("French election, first round");
  });

  it("prints each date at its precision, as written", () => {
    expect(floorDate("2017-04-07")).toBe("7 Apr 2017");
    expect(floorDate("2016-12")).toBe("Dec 2016");
    expect(floorDate("2016")).toBe("2016");
    expect(floorDate("1910s")).toBe("1910s");
    expect(floorDate("2011-05-16T08:56-04:00")).toBe("16 May 2011 08:56");
    expect(floorSpan("2017-04-10", "2017-04-11")).toBe("10–11 Apr 2017");
    expect(floorSpan("1919", "1966")).toBe("1919–1966");
  });
});
