// The site's feeds, written from one description: an Atom 1.0 feed (RFC 4287) for feed readers and
// aggregators, and a JSON Feed 1.1 (jsonfeed.org) for code. Both list the newest dated explainers, each with
// its title, dek, day, link, share image (when the story has a timeline) and language. Pure: the routes
// src/pages/feed.xml.ts and feed.json.ts hand them the stories.

import { escapeXml } from "../theme";

export interface FeedItem {
  /** The article's absolute URL: its link and its permanent id. */
  url: string;
  title: string;
  /** The dek: the summary a reader sees under the title. */
  summary: string;
  /** The story's day, YYYY-MM-DD. */
  date: string;
  /** The absolute URL of its 1200×630 share image, when it has one. */
  image?: string;
  /** Its language, a BCP 47 tag ("en"). */
  language: string;
}

export interface Feed {
  title: string;
  description: string;
  /** Absolute URLs of the home page and of this feed (the Atom or the JSON one, as written). */
  home: string;
  self: { atom: string; json: string };
  language: string;
  /** The newest first. */
  items: FeedItem[];
}

/** A day as a moment: the feeds want a time, and a story's date is a day (midnight UTC, as its byline reads). */
const moment = (day: string) => `${day}T00:00:00Z`;

/** The feed's own time: its newest story's, never the clock's, so two builds of the same stories are identical. */
const updated = (feed: Feed) => moment(feed.items[0]?.date ?? "1970-01-01");

export function atomFeed(feed: Feed): string {
  const x = escapeXml;
  const entries = feed.items.map((item) =>
    [
      `  <entry xml:lang="${x(item.language)}">`,
      `    <id>${x(item.url)}</id>`,
      `    <title type="text">${x(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
      `    <published>${moment(item.date)}</published>`,
      `    <updated>${moment(item.date)}</updated>`,
      `    <summary type="text">${x(item.summary)}</summary>`,
      ...(item.image
        ? [
            `    <link rel="enclosure" type="image/png" href="${x(item.image)}"/>`,
            `    <media:thumbnail url="${x(item.image)}" width="1200" height="630"/>`,
          ]
        : []),
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${x(feed.language)}">`,
    `  <id>${x(feed.home)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    `  <subtitle type="text">${x(feed.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.self.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.home)}"/>`,
    `  <author><name>${x(feed.title)}</name><uri>${x(feed.home)}</uri></author>`,
    `  <updated>${updated(feed)}</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

export function jsonFeed(feed: Feed): string {
  const json = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.home,
    feed_url: feed.self.json,
    description: feed.description,
    language: feed.language,
    authors: [{ name: feed.title, url: feed.home }],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // JSON Feed asks every item for content: the dek is the text a reader sees of it here.
      content_text: item.summary,
      summary: item.summary,
      date_published: moment(item.date),
      ...(item.image ? { image: item.image } : {}),
      language: item.language,
    })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
