// The feeds read back by feedsmith (a maintained parser of Atom, RSS and JSON Feed, as an aggregator would
// read them), after a strict XML 1.0 parser (saxes, which stops at the first error of well-formedness) has
// read the Atom, and checked against what each format requires of a feed and of an entry.
import { parseFeed } from "feedsmith";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { atomFeed, type Feed, jsonFeed } from "./feed";

const FEED: Feed = {
  title: "Explainers",
  description: "News stories as published & traced.",
  home: "https://news.example.org/",
  self: { atom: "https://news.example.org/feed.xml", json: "https://news.example.org/feed.json" },
  language: "en",
  items: [
    {
      url: "https://news.example.org/articles/river-treaty/",
      title: `Ministers split over a "review" <of> the river's treaty & more`,
      summary: "One or two sentences under the headline — with an ampersand & a quote's mark.",
      date: "2020-03-02",
      image: "https://news.example.org/embed/river-treaty/timeline/preview.png",
      language: "en",
    },
    {
      url: "https://news.example.org/articles/launch-day/",
      title: "Liftoff",
      summary: "Une matinée.",
      date: "2011-05-16",
      language: "fr",
    },
  ],
};
/** Every well-formedness error a strict XML parser finds, with its line. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("atomFeed()", () => {
  const xml = atomFeed(FEED);

  it("is well-formed XML, every character of a title or dek escaped", () => {
    expect(xmlErrors(xml)).toEqual([]);
    expect(xmlErrors("<feed><title>a & b</title></feed>")).not.toEqual([]);
  });

  it("reads back, as an aggregator reads it, with every field of every entry", () => {
    const { format, feed } = parseFeed(xml);
    expect(format).toBe("atom");
    if (format !== "atom") return;
    expect(feed.title?.value).toBe("Explainers");
    expect(feed.id).toBe(FEED.home);
    expect(feed.links).toContainEqual(expect.objectContaining({ rel: "self", href: FEED.self.atom }));
    expect(feed.xml?.lang).toBe("en");
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(FEED.items.map((i) => i.title));
    const [first, second] = feed.entries ?? [];
    expect(first?.summary?.value).toBe(FEED.items[0]?.summary);
    expect(first?.links).toContainEqual(expect.objectContaining({ rel: "alternate", href: FEED.items[0]?.url }));
    expect(first?.media?.thumbnails?.[0]).toMatchObject({ url: FEED.items[0]?.image, width: 1200, height: 630 });
    expect(first?.published).toBe("2020-03-02T00:00:00Z");
    expect(second?.xml?.lang).toBe("fr");
    expect(second?.media).toBeUndefined();
  });

  it("has what RFC 4287 requires: the feed's id, title, updated and author; each entry's id, title, updated and link", () => {
    const { feed } = parseFeed(xml) as { feed: Record<string, unknown> & { entries: Record<string, unknown>[] } };
    expect(feed.id).toBeTruthy();
    expect(feed.authors).toHaveLength(1);
    expect(feed.updated).toMatch(RFC3339);
    // The feed's time is its newest story's: a build never writes the clock's time.
    expect(feed.updated).toBe("2020-03-02T00:00:00Z");
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^https:\/\//);
      expect(entry.updated).toMatch(RFC3339);
    }
  });
});

describe("jsonFeed()", () => {
  const text = jsonFeed(FEED);

  it("reads back as JSON Feed 1.1, with every field of every item", () => {
    const { format, feed } = parseFeed(text);
    expect(format).toBe("json");
    if (format !== "json") return;
    expect(feed.title).toBe("Explainers");
    expect(feed.feed_url).toBe(FEED.self.json);
    expect(feed.language).toBe("en");
    expect(feed.items?.map((i) => i.title)).toEqual(FEED.items.map((i) => i.title));
    expect(feed.items?.[0]).toMatchObject({
      id: FEED.items[0]?.url,
      url: FEED.items[0]?.url,
      summary: FEED.items[0]?.summary,
      image: FEED.items[0]?.image,
      date_published: "2020-03-02T00:00:00Z",
      language: "en",
    });
    expect(feed.items?.[1]?.image).toBeUndefined();
    expect(feed.items?.[1]?.language).toBe("fr");
  });

  it("has what the specification requires: its version, a title, and each item's id and content", () => {
    const json = JSON.parse(text);
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    for (const item of json.items) {
      expect(typeof item.id).toBe("string");
      expect(item.content_text ?? item.content_html).toBeTruthy();
      expect(item.date_published).toMatch(RFC3339);
    }
  });
});

describe("a feed with no story", () => {
  it("is still a valid feed", () => {
    const empty = { ...FEED, items: [] };
    expect(xmlErrors(atomFeed(empty))).toEqual([]);
    expect(parseFeed(atomFeed(empty)).format).toBe("atom");
    expect(JSON.parse(jsonFeed(empty)).items).toEqual([]);
  });
});
