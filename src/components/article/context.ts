// What the article's blocks need besides their own words, computed once by the page: the records each
// paragraph supports (its markers), the story's images, the graphics drawn in their places, and how a fact
// is named and linked.

import type { CollectionEntry } from "astro:content";
import type { EventEntry, StanceEntry } from "../../data/facts";
import { type DateFormat, dateFormat } from "../../lib/dates/format";

export type MediaEntry = CollectionEntry<"articles">["data"]["media"][number];

export interface BodyContext {
  /** The story's language: its words and dates. */
  fmt: DateFormat;
  /** The events and stances that quote each paragraph, by its anchor. */
  marks: Map<string, { events: EventEntry[]; stances: StanceEntry[] }>;
  /** The story's images, by key. */
  media: Map<string, MediaEntry>;
  /** The graphics, already drawn, for the places the tree gives them. */
  graphics: { timeline?: string; stances?: string };
  events: Map<string, EventEntry>;
  stances: Map<string, StanceEntry>;
  /** A stance's marker name: its country when it is the government's (or the group's), else its actor. */
  stanceName: (s: StanceEntry) => string;
  /** The data page of the story. */
  dataPage: string;
  /** The first image of the article stands above the fold: it loads first, the others lazily. */
  leadImage?: string;
  factHref: (kind: "event" | "stance", id: string) => string;
  factName: (kind: "event" | "stance", id: string) => string;
}

/** The context of blocks that are not an article's (an imported event's text): no markers, images or graphics. */
export function plainContext(fmt: DateFormat = dateFormat()): BodyContext {
  return {
    fmt,
    marks: new Map(),
    media: new Map(),
    graphics: {},
    events: new Map(),
    stances: new Map(),
    stanceName: (s) => s.actor,
    dataPage: "",
    factHref: (_kind, id) => `#${id}`,
    factName: (_kind, id) => id,
  };
}
