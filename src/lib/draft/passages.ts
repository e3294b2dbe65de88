// The passage each dated phrase is quoted in: its sentence, or, when a sentence holds several dated phrases,
// the part of it that belongs to each, cut at the strongest clause break between them ("; ", ", ", " and ").
// A passage is a slice of the paragraph's own text, so it is verbatim by construction, and no two phrases of
// a sentence share one, so no passage of the article is quoted twice.

import { NAME_TITLES } from "../article/parse";

/** A slice of a paragraph: [start, end). */
export interface Span {
  start: number;
  end: number;
}

// Words ending in a full stop that do not end a sentence: titles before names, months, clock times, "U.S.".
const ABBREVIATION = new RegExp(
  `(?:^|[\\s(“"])(?:${NAME_TITLES}|Jr|Sr|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\\.m|p\\.m|[A-Z])\\.$|(?:[A-Za-z]\\.){2,}$`,
);

/** The sentences of a paragraph, as spans that cover it (white space between them left out). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?:[.!?]|…)["'”’»)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}])/gu)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && ABBREVIATION.test(text.slice(start, end))) continue;
    spans.push({ start, end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

// Clause breaks, strongest first; a break is cut before its word, so "after engineers…" keeps its "after".
const BREAKS: { pattern: RegExp; strength: number }[] = [
  { pattern: /[;:]\s|\s[—–]\s/g, strength: 3 },
  { pattern: /,\s/g, strength: 2 },
  { pattern: /\s(?=(?:and|but|while|whereas|when|after|before|then)\s)/g, strength: 1 },
];

/** Where to cut between two phrases: after the strongest (and, among equals, the last) break between them. */
function cut(text: string, from: number, to: number): number {
  const gap = text.slice(from, to);
  for (const { pattern } of BREAKS) {
    const matches = [...gap.matchAll(pattern)];
    const last = matches[matches.length - 1];
    if (last) return from + (last.index ?? 0) + last[0].length;
  }
  // No break at all: cut at the middle space, so each phrase keeps its own words.
  const spaces = [...gap.matchAll(/\s/g)].map((m) => from + (m.index ?? 0) + 1);
  return spaces[Math.floor(spaces.length / 2)] ?? to;
}

// What a passage should not start or end with once cut from its sentence.
const LEADING = /^(?:(?:and|but|then|while|whereas|or)\s+)+/i;
const TRAILING = /(?:[\s,;:—–]|\s(?:and|but|then|or))+$/i;

function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  const lead = LEADING.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = TRAILING.exec(text.slice(start, end));
  if (trail) end -= trail[0].length;
  return { start, end };
}

/**
 * The passage of each phrase (spans of the paragraph, in the phrases' order). Phrases must be in reading
 * order and not overlap; each passage contains its phrase.
 */
export function passages(text: string, phrases: readonly Span[]): Span[] {
  const out: Span[] = [];
  const all = sentences(text);
  for (const sentence of all) {
    const inside = phrases
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.start >= sentence.start && p.start < sentence.end);
    let start = sentence.start;
    inside.forEach(({ p, i }, k) => {
      const next = inside[k + 1]?.p;
      const end = next ? cut(text, p.end, next.start) : Math.max(sentence.end, p.end);
      const span = tidy(text, { start, end });
      out[i] = { start: Math.min(span.start, p.start), end: Math.max(span.end, p.end) };
      start = end;
    });
  }
  return out;
}
