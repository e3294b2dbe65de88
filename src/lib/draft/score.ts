// Measures a draft against a hand-made events file of the same story: how many hand-made events' dates the
// draft proposes from the same passage with the same date and precision (recall), and how many draft
// records come from passages the hand-made set does not quote at all (noise). Precision is read from how a
// date is written, so "2016-12" is not "2016-12-29"; an old file's `precision` field is never read.

import { normalizeWhitespace } from "../article/parse";
import type { Passage } from "../article/tree";

type Block = Pick<Passage, "id" | "text">;

import { findQuote } from "../facts/quotes";
import type { DraftRecord } from "./draft";

/** A hand-made event as scoring reads it: the rest of its fields do not matter here. */
export interface KeyEvent {
  id: string;
  date: string;
  end?: string;
  quotes: string[];
}

export interface Score {
  /** Hand-made events whose date the draft proposes from the same passage. */
  found: number;
  total: number;
  /** Draft records from passages no hand-made event quotes. */
  noise: number;
  /** Hand-made events the draft proposes from the same passage with a coarser date that contains theirs. */
  coarser: number;
  /** Per hand-made event: the draft record that matched it, or the closest one from the same passage. */
  events: {
    id: string;
    date: string;
    end?: string;
    match: "found" | "coarser" | "other-date" | "no-passage";
    draft?: string;
  }[];
  /** Ids of the noisy draft records. */
  extra: string[];
}

/** The events of a parsed events file: a list, or a map with `events:`. Dates as written (2016 → "2016"). */
export function keyEvents(data: unknown): KeyEvent[] {
  const list = Array.isArray(data) ? data : (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(list)) return [];
  return list.map((raw: Record<string, unknown>) => ({
    id: String(raw.id),
    date: String(raw.date),
    ...(raw.end !== undefined ? { end: String(raw.end) } : {}),
    quotes: Array.isArray(raw.quotes) ? raw.quotes.map(String) : [],
  }));
}

interface Place {
  block: number;
  start: number;
  end: number;
}

/** Where a quote stands, as the build finds it: the first block that holds it. */
function place(quote: string, blocks: readonly Block[]): Place | undefined {
  const found = findQuote(quote, blocks);
  if (!found) return undefined;
  const q = normalizeWhitespace(quote);
  const start = found.text.indexOf(q);
  return { block: blocks.indexOf(found), start, end: start + q.length };
}

const overlaps = (a: Place, b: Place) => a.block === b.block && a.start < b.end && b.start < a.end;

/** The text a date starts with for every date it contains: "1990s" → "199", "2016-12" → "2016-12". */
const prefix = (date: string) => (date.endsWith("s") ? date.slice(0, 3) : date);

/** True when the draft's date is coarser and contains the hand-made one ("2016-12" contains "2016-12-29"). */
function contains(draft: { date: string; end?: string }, key: { date: string; end?: string }): boolean {
  if (draft.end !== undefined || draft.date === key.date) return false;
  const within = (d: string) => d !== draft.date && d.startsWith(prefix(draft.date));
  return within(key.date) && (key.end === undefined || within(key.end));
}

export function scoreDraft(records: readonly DraftRecord[], key: readonly KeyEvent[], blocks: readonly Block[]): Score {
  const drafted = records.map((r) => ({ r, at: place(r.quote, blocks) }));
  const keyPlaces = key.map((e) => e.quotes.map((q) => place(q, blocks)).filter((p): p is Place => p !== undefined));
  const events: Score["events"] = key.map((e, i) => {
    const same = drafted.filter((d) => d.at && keyPlaces[i].some((p) => d.at && overlaps(p, d.at))).map((d) => d.r);
    const base = { id: e.id, date: e.date, ...(e.end !== undefined ? { end: e.end } : {}) };
    const exact = same.find((r) => r.date === e.date && r.end === e.end);
    if (exact) return { ...base, match: "found", draft: exact.id };
    const coarse = same.find((r) => contains(r, e));
    if (coarse) return { ...base, match: "coarser", draft: coarse.id };
    if (same.length) return { ...base, match: "other-date", draft: same[0].id };
    return { ...base, match: "no-passage" };
  });
  const allKeyPlaces = keyPlaces.flat();
  const extra = drafted.filter((d) => !d.at || !allKeyPlaces.some((p) => d.at && overlaps(p, d.at))).map((d) => d.r.id);
  return {
    found: events.filter((e) => e.match === "found").length,
    total: key.length,
    noise: extra.length,
    coarser: events.filter((e) => e.match === "coarser").length,
    events,
    extra,
  };
}
