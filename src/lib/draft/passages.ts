// The passage each dated phrase is quoted in: its sentence, or, when a sentence holds several dated phrases,
// the part of it that belongs to each, cut at the strongest clause break between them ("; ", ", ", " and ").
// A passage is a slice of the paragraph's own text, so it is verbatim by construction, and no two phrases of
// a sentence share one, so no passage of the article is quoted twice.
//
// In the story's language: its abbreviations (which do not end a sentence), its full stops (。, ؟) and commas
// (، ，), its conjunctions. A language without a list here is cut at punctuation alone.

import { NAME_TITLES } from "../article/parse";
import { wordsFor } from "./language";

/** A slice of a paragraph: [start, end). */
export interface Span {
  start: number;
  end: number;
}

// Words ending in a full stop that do not end a sentence: titles before names, months, clock times, "U.S.".
const ABBREVIATION: Record<string, RegExp> = {
  en: new RegExp(
    `(?:^|[\\s(“"])(?:${NAME_TITLES}|Jr|Sr|No|vs|etc|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\\.m|p\\.m|[A-Z])\\.$|(?:[A-Za-z]\\.){2,}$`,
  ),
  // "M. Dupont", "Mme.", "janv.", "av. J.-C.".
  fr: /(?:^|[\s(«“"])(?:M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste|av|apr|J\.-C|janv|févr|avr|juil|sept|oct|nov|déc|\p{Lu})\.$|(?:\p{L}\.){2,}$/u,
  // "am 26. März" (a day of the month, an ordinal), "Dr.", "z. B.", "Mio.".
  de: /(?:^|[\s(„»"])(?:\d{1,2}|Dr|Prof|Nr|St|bzw|ca|vgl|usw|z\.\s?B|u\.\s?a|d\.\s?h|Mio|Mrd|Jan|Feb|Aug|Sept|Okt|Nov|Dez|Abs|Art|Hr|Fr|\p{Lu})\.$|(?:\p{L}\.){2,}$/u,
};
// Any other language: an initial ("J.") or initials ("U.N.").
const INITIAL = /(?:^|[\s(«“„"])\p{Lu}\.$|(?:\p{Lu}\.){2,}$/u;

/**
 * Where sentences end: a full stop, question or exclamation mark (any script's: 。 ؟ ۔), closing marks after
 * it, then white space and a capital, a digit or a letter of a script without capitals; or 。！？ alone, which
 * need no space after them.
 */
const SENTENCE_END =
  /(?:[.!?…؟۔])["'”’»«“)\]」』]*(?=\s+["“‘(«„»]?[\p{Lu}\p{Lo}\p{N}])|[。！？]["'”’»)\]」』]*(?=[^\s"'”’»)\]」』])/gu;

/** The sentences of a paragraph, as spans that cover it (white space between them left out), in its language. */
export function sentences(text: string, lang = "en"): Span[] {
  const spans: Span[] = [];
  const abbreviation = wordsFor(ABBREVIATION, lang) ?? INITIAL;
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && abbreviation.test(text.slice(start, end))) continue;
    spans.push({ start, end });
    start = end + (/^\s+/.exec(text.slice(end))?.[0].length ?? 0);
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

// Clause breaks, strongest first; a break is cut before its word, so "after engineers…" keeps its "after".
const PUNCTUATION = [/[;:؛]\s|\s[—–]\s|；/g, /[,،]\s|[，、]/g];

interface Conjunctions {
  /** Where a clause starts before a conjunction. */
  cut: RegExp;
  /** What a passage should not start or end with once cut from its sentence. */
  leading: RegExp;
  trailing: RegExp;
}

const CONJUNCTIONS: Record<string, Conjunctions> = {
  en: {
    cut: /\s(?=(?:and|but|while|whereas|when|after|before|then)\s)/g,
    leading: /^(?:(?:and|but|then|while|whereas|or)\s+)+/i,
    trailing: /(?:[\s,;:—–]|\s(?:and|but|then|or))+$/i,
  },
  fr: {
    cut: /\s(?=(?:et|mais|tandis|alors|lorsque|quand|après|avant|puis)\s)/g,
    leading: /^(?:(?:et|mais|puis|ou|alors)\s+)+/i,
    trailing: /(?:[\s,;:—–]|\s(?:et|mais|puis|ou))+$/i,
  },
  de: {
    cut: /\s(?=(?:und|aber|während|als|wenn|nachdem|bevor|dann|doch)\s)/g,
    leading: /^(?:(?:und|aber|dann|oder|doch)\s+)+/i,
    trailing: /(?:[\s,;:—–]|\s(?:und|aber|dann|oder))+$/i,
  },
};
// Any other language: punctuation alone.
const PUNCTUATION_ONLY: Conjunctions = {
  cut: /(?!)/g,
  leading: /(?!)/,
  trailing: /[\s,;:—–،؛，、；]+$/,
};

/** Where to cut between two phrases: after the strongest (and, among equals, the last) break between them. */
function cut(text: string, from: number, to: number, conjunctions: Conjunctions): number {
  const gap = text.slice(from, to);
  for (const pattern of [...PUNCTUATION, conjunctions.cut]) {
    const matches = [...gap.matchAll(pattern)];
    const last = matches[matches.length - 1];
    if (last) return from + (last.index ?? 0) + last[0].length;
  }
  // No break at all: cut at the middle space, so each phrase keeps its own words.
  const spaces = [...gap.matchAll(/\s/g)].map((m) => from + (m.index ?? 0) + 1);
  return spaces[Math.floor(spaces.length / 2)] ?? to;
}

function tidy(text: string, span: Span, { leading, trailing }: Conjunctions): Span {
  let { start, end } = span;
  const lead = leading.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const trail = trailing.exec(text.slice(start, end));
  if (trail) end -= trail[0].length;
  return { start, end };
}

/**
 * The passage of each phrase (spans of the paragraph, in the phrases' order), in the story's language. Phrases
 * must be in reading order and not overlap; each passage contains its phrase.
 */
export function passages(text: string, phrases: readonly Span[], lang = "en"): Span[] {
  const out: Span[] = [];
  const all = sentences(text, lang);
  const conjunctions = wordsFor(CONJUNCTIONS, lang) ?? PUNCTUATION_ONLY;
  for (const sentence of all) {
    const inside = phrases
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.start >= sentence.start && p.start < sentence.end);
    let start = sentence.start;
    inside.forEach(({ p, i }, k) => {
      const next = inside[k + 1]?.p;
      const end = next ? cut(text, p.end, next.start, conjunctions) : Math.max(sentence.end, p.end);
      const span = tidy(text, { start, end }, conjunctions);
      out[i] = { start: Math.min(span.start, p.start), end: Math.max(span.end, p.end) };
      start = end;
    });
  }
  return out;
}
