// The fact base as downloads: JSON that keeps the structure, and RFC 4180 CSV (CRLF rows; fields with
// quotes, commas or line breaks quoted, quotes doubled) with one row per record. Deterministic: no
// timestamps, so two builds give the same bytes.

import { csvFormatRow } from "d3-dsv";
import { formatDateSpec } from "../format";
import type { FactEvent, FactStance } from "./schema";
import { CATEGORIES, COUNTRIES, STANCES } from "./vocabulary";

/** Records as the collections hold them; the article they belong to is the download's, not a column. */
type EventRecord = Omit<FactEvent, "article">;
type StanceRecord = Omit<FactStance, "article">;

export interface DownloadContext {
  /** Absolute URL of the article page; paragraph links are this plus "#anchor". */
  articleUrl: string;
  articleTitle: string;
}

/** Columns of each CSV, with what they hold: the README and the data page print these. */
export const EVENT_COLUMNS = {
  id: "Stable id; the timeline's deep link is #event-<id>",
  title: "Short title, our words",
  date: "Start date: YYYY-MM-DD (day or range), YYYY-MM (month) or YYYY (year)",
  end: "Last day of a range (YYYY-MM-DD); empty otherwise",
  precision: "day, month, year or range",
  date_label: "The date as the site prints it",
  resolution: "How a vague date in the article was resolved",
  category: `One of: ${Object.keys(CATEGORIES).join(", ")}`,
  countries: "ISO 3166-1 alpha-2 codes (G7 for the group), separated by “; ”",
  people: "Names, separated by “; ”",
  summary: "What happened, in our words",
  quotes: "The article's words that support it, one per line",
  quote_links: "Link to the paragraph of each quote, one per line",
  sources: "Outside sources, one per line: title <url>",
  note: "Where the article differs from the record",
} as const;

export const STANCE_COLUMNS = {
  id: "Stable id",
  country: "ISO 3166-1 alpha-2 code, or G7 for the group as a body",
  country_name: "Country name",
  actor: "Who holds the stance",
  stance: `One of: ${Object.keys(STANCES).join(", ")}`,
  stance_label: "The stance as the chart labels it",
  date: "When it was reported (YYYY-MM-DD), if recorded",
  events: "Ids of the events that show it, separated by “; ”",
  summary: "The stance, in our words",
  quotes: "The article's words that support it, one per line (none when not reported)",
  quote_links: "Link to the paragraph of each quote, one per line",
  sources: "Outside sources, one per line: title <url>",
  note: "Where the article differs from the record, or context",
} as const;

const lines = (xs: readonly string[]) => xs.join("\n");
const sources = (xs: readonly { title: string; url: string }[]) => lines(xs.map((s) => `${s.title} <${s.url}>`));
const links = (r: { quotes: { paragraph: string }[] }, ctx: DownloadContext) =>
  lines(r.quotes.map((q) => `${ctx.articleUrl}#${q.paragraph}`));

export function eventRow(e: EventRecord, ctx: DownloadContext): Record<keyof typeof EVENT_COLUMNS, string> {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    end: e.end ?? "",
    precision: e.precision,
    date_label: formatDateSpec(e),
    resolution: e.resolution ?? "",
    category: e.category,
    countries: e.countries.join("; "),
    people: e.people.join("; "),
    summary: e.summary,
    quotes: lines(e.quotes.map((q) => q.text)),
    quote_links: links(e, ctx),
    sources: sources(e.sources),
    note: e.note ?? "",
  };
}

export function stanceRow(s: StanceRecord, ctx: DownloadContext): Record<keyof typeof STANCE_COLUMNS, string> {
  return {
    id: s.id,
    country: s.country,
    country_name: COUNTRIES[s.country],
    actor: s.actor,
    stance: s.stance,
    stance_label: STANCES[s.stance].label,
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
  const body = records.map(({ article: _article, quotes, ...rest }) => ({
    ...rest,
    quotes: quotes.map((q) => ({ text: q.text, paragraph: q.paragraph, url: `${ctx.articleUrl}#${q.paragraph}` })),
  }));
  return `${JSON.stringify({ article: { title: ctx.articleTitle, url: ctx.articleUrl }, [kind]: body }, null, 2)}\n`;
}
