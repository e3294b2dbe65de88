// The fact base as downloads: JSON that keeps the structure, and RFC 4180 CSV (CRLF rows; fields with
// quotes, commas or line breaks quoted, quotes doubled) with one row per record. Deterministic: no
// timestamps, so two builds give the same bytes.

import { csvFormatRow } from "d3-dsv";
import type { MessageKey } from "../../i18n";
import en from "../../i18n/catalogues/en.json" with { type: "json" };
import { type Inline, inlineText } from "../article/tree";
import { type DateFormat, dateFormat } from "../dates/format";
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
  /** The story's language: how date_label prints dates and country_names names countries (English by default). */
  fmt?: DateFormat;
}

const EVENT_COLUMN_NAMES = [
  "id",
  "title",
  "date",
  "end",
  "precision",
  "end_precision",
  "date_label",
  "turning",
  "resolution",
  "category",
  "category_label",
  "countries",
  "country_names",
  "people",
  "summary",
  "quotes",
  "quote_links",
  "sources",
  "note",
  "display_date",
  "media_url",
  "media_alt",
  "media_title",
  "media_caption",
  "media_credit",
] as const;

const STANCE_COLUMN_NAMES = [
  "id",
  "country",
  "country_name",
  "actor",
  "stance",
  "stance_label",
  "date",
  "events",
  "summary",
  "quotes",
  "quote_links",
  "sources",
  "note",
] as const;

/** A column's description, in a language's catalogue: "columns.event.date", "columns.stance.actor". */
export const columnKey = (kind: "event" | "stance", name: string) => `columns.${kind}.${name}` as MessageKey;

const described = <N extends string>(kind: "event" | "stance", names: readonly N[]) =>
  Object.fromEntries(names.map((n) => [n, en[columnKey(kind, n)]])) as Record<N, string>;

/**
 * Columns of each CSV, in order, with what they hold in English (the README prints these; the data page prints
 * them in the story's language, from the same catalogue keys).
 */
export const EVENT_COLUMNS = described("event", EVENT_COLUMN_NAMES);
export const STANCE_COLUMNS = described("stance", STANCE_COLUMN_NAMES);

const lines = (xs: readonly string[]) => xs.join("\n");
const sources = (xs: readonly { title: string; url: string }[]) => lines(xs.map((s) => `${s.title} <${s.url}>`));
const links = (r: { quotes: { paragraph: string }[] }, ctx: DownloadContext) =>
  lines(r.quotes.map((q) => `${ctx.articleUrl}#${q.paragraph}`));

export function eventRow(e: EventRecord, ctx: DownloadContext): Record<keyof typeof EVENT_COLUMNS, string> {
  const { from, to } = spanOf(e);
  const { categories, groups } = ctx.vocabulary;
  const fmt = ctx.fmt ?? dateFormat();
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    end: e.end ?? "",
    precision: from.precision,
    end_precision: to?.precision ?? "",
    date_label: fmt.dated(e),
    turning: e.turning ? "yes" : "",
    resolution: e.resolution ?? "",
    category: e.category ?? "",
    category_label: categories.find((c) => c.id === e.category)?.label ?? "",
    countries: e.countries.join("; "),
    country_names: e.countries.map((c) => placeName(c, groups, fmt.messages.lang)).join("; "),
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
    country_name: placeName(s.country, groups, ctx.fmt?.messages.lang),
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
