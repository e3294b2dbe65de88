// What the importers produce: a story as an editor would have written it by hand in our YAML, so the site's one
// validation pass checks an imported story exactly as it checks a written one. Nothing here is sanitised: every
// *_html field, and a media caption and credit, is HTML as the file gave it, and the site's pipeline sanitises
// it (rehype-sanitize) before any page shows it.

import type { Problem } from "../errors";

export interface ImportedMedia {
  url: string;
  /** HTML, as given. */
  caption?: string;
  /** HTML, as given. */
  credit?: string;
  alt?: string;
  title?: string;
  link?: string;
  thumbnail?: string;
}

export interface ImportedEvent {
  /**
   * From the slide's unique_id (slugified to lower-case words and hyphens), else from the headline's words,
   * else from the text's first words, else from the date; unique in the file (a repeat gets -2, -3…).
   */
  id: string;
  /**
   * The headline exactly as given (HTML allowed); absent when the slide has none. Our events.csv's titles are
   * plain text, so theirs is that text as HTML ("Q&A" → "Q&amp;A").
   */
  title_html?: string;
  /** The slide's text exactly as given (HTML); absent when it has none. */
  text_html?: string;
  /** A written date: 2021, 2021-06, 2021-06-14, 2021-06-14T09:30, -0044 (44 BCE), 13800000000 years ago. */
  date: string;
  end?: string;
  /** TimelineJS's display_date, as given. */
  display_date?: string;
  /** The slide's group, as a category id (the slug of the group's name). */
  category?: string;
  media?: ImportedMedia;
  // Only from our own events.csv columns:
  turning?: boolean;
  resolution?: string;
  countries?: string[];
  people?: string[];
  summary?: string;
  quotes?: string[];
  sources?: { title: string; url: string }[];
  note?: string;
  /** How problems name this record: its unique_id, else "row 7" (a sheet's row as a spreadsheet numbers it) or "events[3]" (JSON, from 0). */
  record: string;
}

export interface ImportedEra {
  label: string;
  date: string;
  end: string;
}

export interface ImportedStory {
  /** As passed in, for problems. */
  file: string;
  format: "timelinejs-json" | "timelinejs-sheet" | "events-csv";
  scale: "human" | "cosmological";
  /** The title slide (JSON) or the row of Type "title" (sheet). */
  intro?: { headline_html?: string; text_html?: string; media?: ImportedMedia };
  /** The groups, in order of first appearance. */
  categories: { id: string; label: string }[];
  eras: ImportedEra[];
  events: ImportedEvent[];
  /** One sentence per kind of thing the file holds that the story does not carry over. */
  notCarried: string[];
  problems: Problem[];
}

/** Our story, as toTimelineJs writes it back out as a TimelineJS3 file. */
export interface ExportStory {
  /** Plain text. */
  headline: string;
  text_html?: string;
  media?: ImportedMedia;
  scale: "human" | "cosmological";
  eras: ImportedEra[];
  events: {
    id: string;
    /** Plain text. */
    title: string;
    date: string;
    end?: string;
    display_date?: string;
    text_html?: string;
    /** The category's label. */
    group?: string;
    media?: ImportedMedia;
  }[];
}
