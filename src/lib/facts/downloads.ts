// The fact base as downloads: JSON that keeps the structure, and RFC 4180 CSV (CRLF rows; fields with
// quotes, commas or line breaks quoted, quotes doubled) with one row per record. Deterministic: no
// timestamps, so two builds give the same bytes.

import { csvFormatRow } from "d3-dsv";
import { type Inline, inlineText } from "../article/tree";
import { dateFormat } from "../dates/format";
import { spanOf } from "../dates/when";
import type { FactEvent, FactStance } from "./schema";
import { placeName, stanceLabel, type Vocabulary } from "./story";

/**
 * Records as the collections hold them; the article they belong to is the download's, not a column. An event's
 * media is read for its address and words only (its image is the page's business).
 */
type EventRecord = Omit<FactEvent, "article" | "media"> & {
  media?: {
    url?: string | undefined;
    alt?: string | undefined;
    title?: string | undefined;
    caption?: Inline[] | string;
    credit?: Inline[] | string;
  };
};
type StanceRecord = Omit<FactStance, "article">;

export interface DownloadContext {
  /** Absolute URL of the article page; paragraph links are this plus "#anchor". */
  articleUrl: string;
  articleTitle: string;
  /** The story's own categories, groups and stance positions, for the label columns. */
  vocabulary: Vocabulary;
}

/** Columns of each CSV, with what they hold: the README and the data page print these. */
export const EVENT_COLUMNS = {
  id: "Stable id; the timeline's deep link is #event-<id>",
  title: "Short title, our words",
  date: "When it happened or began, at its precision: 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00",
  end: "For a span, when it ended, in the same forms; empty otherwise",
  precision: "How precisely the date is known: decade, year, month, day or minute",
  end_precision: "How precisely the end is known; empty when there is no end",
  date_label: "The date as the site prints it",
  turning: "yes for one of the story's turning points",
  resolution: "How a vague date in the article was resolved",
  category: "The category's id, one of the story's own; empty when the story has none",
  category_label: "The category as the legend names it",
  countries: "ISO 3166-1 alpha-2 codes, or the codes of the story's groups, separated by “; ”",
  country_names: "Their names, separated by “; ”",
  people: "Names, separated by “; ”",
  summary: "What happened, in our words",
  quotes: "The article's words that support it, one per line",
  quote_links: "Link to the paragraph of each quote, one per line",
  sources: "Outside sources, one per line: title <url>",
  note: "Where the article differs from the record",
  display_date: "The date as the story prints it, when its written form says less (e.g. Spring 1917)",
  media_url:
    "An image (a file of the story's media/ folder, or where it was fetched from) or a link that goes with the event",
  media_alt: "What the image shows, for readers who cannot see it",
  media_title: "The link's title",
  media_caption: "The image's or link's caption",
  media_credit: "Who made the image",
} as const;

export const STANCE_COLUMNS = {
  id: "Stable id",
  country: "ISO 3166-1 alpha-2 code, or the code of one of the story's groups for the group as a body",
  country_name: "Country name",
  actor: "Who holds the stance",
  stance: "The position's id, one of the story's own, or not-reported or target",
  stance_label: "The position as the chart labels it",
  date: "When it was reported, if recorded, in the same forms as an event's date",
  events: "Ids of the events that show it, separated by “; ”",
  summary: "The stance, in our words",
  quotes: "The article's words that support it, one per line",
  quote_links: "Link to the paragraph of each quote, one per line",
  sources: "Outside sources, one per line: title <url>",
  note: "Where the article differs from the record, or context",
} as const;

const lines = (xs: readonly string[]) => xs.join("\n");
const sources = (xs: readonly { title: string; url: string }[]) => lines(xs.map((s) => `${s.title} <${s.url}>`));
const links = (r: { quotes: { paragraph: string }[] }, ctx: DownloadContext) =>
  lines(r.quotes.map((q) => `${ctx.articleUrl}#${q.paragraph}`));

export function eventRow(e: EventRecord, ctx: DownloadContext): Record<keyof typeof EVENT_COLUMNS, string> {
  const { from, to } = spanOf(e);
  const { categories, groups } = ctx.vocabulary;
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    end: e.end ?? "",
    precision: from.precision,
    end_precision: to?.precision ?? "",
    date_label: dateFormat().dated(e),
    turning: e.turning ? "yes" : "",
    resolution: e.resolution ?? "",
    category: e.category ?? "",
    category_label: categories.find((c) => c.id === e.category)?.label ?? "",
    countries: e.countries.join("; "),
    country_names: e.countries.map((c) => placeName(c, groups)).join("; "),
    people: e.people.join("; "),
    summary: e.summary,
    quotes: lines(e.quotes.map((q) => q.text)),
    quote_links: links(e, ctx),
    sources: sources(e.sources),
    note: e.note ?? "",
    display_date: e.display_date ?? "",
    media_url: e.media?.url ?? "",
    media_alt: e.media?.alt ?? "",
    media_title: e.media?.title ?? "",
    media_caption: words(e.media?.caption),
    media_credit: words(e.media?.credit),
  };
}

/** A caption or credit as plain text: the tree's runs read as a reader sees them. */
const words = (w: Inline[] | string | undefined) => (w === undefined ? "" : typeof w === "string" ? w : inlineText(w));

export function stanceRow(s: StanceRecord, ctx: DownloadContext): Record<keyof typeof STANCE_COLUMNS, string> {
  const { stances: question, groups } = ctx.vocabulary;
  return {
    id: s.id,
    country: s.country,
    country_name: placeName(s.country, groups),
    actor: s.actor,
    stance: s.stance,
    stance_label: stanceLabel(s.stance, question),
    date: s.date ?? "",
    events: s.events.join("; "),
    summary: s.summary,
    quotes: lines(s.quotes.map((q) => q.text)),
    quote_links: links(s, ctx),
    sources: sources(s.sources),
    note: s.note ?? "",
  };
}

/** RFC 4180: a header row, then one row per record, every row ended by CRLF. */
export function toCsv<K extends string>(columns: Record<K, string>, rows: readonly Record<K, string>[]): string {
  const keys = Object.keys(columns) as K[];
  return [keys, ...rows.map((r) => keys.map((k) => r[k]))].map((r) => `${csvFormatRow(r)}\r\n`).join("");
}

/** JSON with the article it belongs to and each quote's paragraph link; stable key order, two-space indent. */
export function toJson(
  kind: "events" | "stances",
  records: readonly ((EventRecord | StanceRecord) & { article?: unknown })[],
  ctx: DownloadContext,
): string {
  // `order` is the record's place in its file, a build detail: the list's own order says it.
  const body = records.map(({ article: _article, order: _order, quotes, ...rest }) => ({
    ...rest,
    quotes: quotes.map((q) => ({ text: q.text, paragraph: q.paragraph, url: `${ctx.articleUrl}#${q.paragraph}` })),
  }));
  return `${JSON.stringify({ article: { title: ctx.articleTitle, url: ctx.articleUrl }, [kind]: body }, null, 2)}\n`;
}
