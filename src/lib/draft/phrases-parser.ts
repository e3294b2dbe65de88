// What the phrase finder's languages share: the shape of a language's own phrases (phrases.ts keeps English's,
// phrases-fr.ts French's, and so on), the helper that makes a chrono parser of a pattern, and the map that
// tells our results from chrono's.

import type { ParsedResult, ParsingContext, ParsingResult } from "chrono-node";
import type { PhraseKind, Unit } from "./phrases";

/** Our own phrases, by the chrono result that carries them (refiners keep results, so the map keeps them). */
export const OURS = new WeakMap<ParsedResult, PhraseKind>();

export interface OwnParser {
  pattern: () => RegExp;
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null;
}

/** A chrono parser for one of our phrases: a pattern, and what its match says (or null to pass). */
export function parser(
  pattern: RegExp,
  read: (m: RegExpMatchArray, context: ParsingContext) => PhraseKind | null,
): OwnParser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const kind = read(match, context);
      if (!kind) return null;
      // A year stands in the components too, so chrono's own range and overlap refiners see a date.
      const year = "year" in kind ? kind.year : undefined;
      const result = context.createParsingResult(match.index ?? 0, match[0], year ? { year } : {});
      OURS.set(result, kind);
      return result;
    },
  };
}

/** Results that name no date, found so that no part of them is read as one: dropped before the draft sees them. */
export const NOT_DATES = new WeakSet<ParsedResult>();

/**
 * A parser for words that look like a date and are none, such as a rule that recurs every year ("am letzten
 * Sonntag im März"): its match outlasts chrono's reading of a part of it ("am letzten Sonntag"), then is dropped.
 */
export function notADate(pattern: RegExp): OwnParser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray) {
      const result = context.createParsingResult(match.index ?? 0, match[0], {});
      NOT_DATES.add(result);
      return result;
    },
  };
}

/**
 * "between 2009 and 2011", "de 2016 à 2019", "zwischen 2009 und 2011": a parser for a span of years, from a
 * pattern whose two alternatives each capture the two years (groups 1 and 2, or 3 and 4).
 */
export function yearSpan(pattern: RegExp): OwnParser {
  return parser(pattern, (m, context) => {
    const from = Number(m[1] ?? m[3]);
    const to = Number(m[2] ?? m[4]);
    if (!plausibleYear(from, context) || !plausibleYear(to, context) || to <= from) return null;
    return { kind: "year-span", from, to };
  });
}

/**
 * "en octobre", "Ende Oktober 2016": a parser for a month (group 2), after a word that introduces it (group 1)
 * or before its year (group 3). A month alone is passed: it is as often part of a date chrono reads.
 */
export function monthPhrase(pattern: RegExp, monthNumber: (name: string) => number): OwnParser {
  return parser(pattern, (m, context) => {
    if (!m[1] && !m[3]) return null;
    const year = m[3] ? Number(m[3]) : undefined;
    if (year !== undefined && !plausibleYear(year, context)) return null;
    return { kind: "date", start: { month: monthNumber(m[2]), ...(year ? { year } : {}) } };
  });
}

/** "the 1980s", "the ’90s": a parser for a decade, written in four digits (group 1) or two (group 2). */
export function decadePhrase(pattern: RegExp): OwnParser {
  return parser(pattern, (m, context) => ({
    kind: "decade",
    year: m[1] ? Number(m[1]) : latestDecade(Number(m[2]), context),
  }));
}

/**
 * "le lendemain", "im Jahr darauf": parsers for a unit counted from the date the text last named, one per
 * row of `table` (the phrase's pattern, its unit, and how many of them after it: -1 before, 0 the same).
 */
export function followingPhrases(table: readonly [string, Unit, number][], re: (source: string) => RegExp) {
  return table.map(([source, unit, offset]) => parser(re(source), () => ({ kind: "following", unit, offset })));
}

/** A language's pattern, as a whole phrase: no letter or digit just before or after it. */
export const bounded = (source: string, flags = "iu") => new RegExp(`${START}(?:${source})${END}`, flags);

export function plausibleYear(year: number, context: ParsingContext): boolean {
  return year >= 1000 && year <= context.refDate.getUTCFullYear() + 50;
}

/** "the ’90s", "les années 80": the latest such decade that has begun by the story's date. */
export function latestDecade(twoDigits: number, context: ParsingContext): number {
  const ref = context.refDate.getUTCFullYear();
  const year = Math.floor(ref / 100) * 100 + twoDigits;
  return year > ref ? year - 100 : year;
}

/**
 * "drei Tage später", "deux ans plus tard": a count of units after (or before) the date the text last named,
 * which chrono reads in English only. `numbers` are the language's words for small counts, `units` its words
 * for day, week, month and year (group names), `after` and `before` its words for later and earlier.
 */
export function laterParser(words: {
  numbers: Record<string, number>;
  units: Record<"day" | "week" | "month" | "year", string>;
  after: string;
  before: string;
  flags?: string;
}) {
  const number = `(\\d{1,3}|${Object.keys(words.numbers).join("|")})`;
  const unit = Object.entries(words.units)
    .map(([name, source]) => `(?<${name}>${source})`)
    .join("|");
  const pattern = new RegExp(
    `${START}${number}\\s+(?:${unit})\\s+(?:(?<after>${words.after})|(?<before>${words.before}))${END}`,
    words.flags ?? "iu",
  );
  return parser(pattern, (m) => {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : words.numbers[m[1].toLowerCase()];
    const g = m.groups ?? {};
    const sign = g.before ? -1 : 1;
    const offset = g.year
      ? { unit: "year" as const, count: sign * n }
      : g.month
        ? { unit: "month" as const, count: sign * n }
        : { unit: "day" as const, count: sign * n * (g.week ? 7 : 1) };
    return { kind: "relative", from: "anchor", within: false, offset };
  });
}

/** Letters and digits on neither side: `\b` for any script (JavaScript's `\b` knows only ASCII). */
export const START = "(?<![\\p{L}\\p{N}])";
export const END = "(?![\\p{L}\\p{N}])";

/**
 * A year of four digits, not part of a longer number, a price, a name or a quantity: `units` are the words
 * after it that make it a quantity ("2000 troops", "1500 Menschen"), `before` the words before it that say
 * how it is meant (the first group: "in", "since"), `since` the ones of those that mean since.
 */
export function yearParser(words: {
  units?: RegExp;
  before?: RegExp;
  since?: RegExp;
  embedded?: (after: string) => boolean;
}) {
  return parser(/(?<![\p{L}\p{N}$£€#.,:/-])(\d{4})(?![\p{L}\p{N}]|[.,:/]\d|-\d|’s|'s)/u, (m, context) => {
    const year = Number(m[1]);
    if (!plausibleYear(year, context)) return null;
    const at = m.index ?? 0;
    const before = context.text.slice(Math.max(0, at - 12), at);
    const after = context.text.slice(at + 4);
    if (/^\s*%/.test(after) || words.units?.test(after)) return null;
    const prep = words.before?.exec(before);
    if (prep) return { kind: "year", year, how: words.since?.test(prep[1]) ? "since" : "in" };
    return { kind: "year", year, how: words.embedded?.(after) ? "embedded" : "bare" };
  });
}

/**
 * A language's words for the phrase finder: its own parsers (tried before chrono's, so that on a tie ours is
 * kept), and what tells chrono's results apart. What a language leaves out is not read in it.
 */
export interface PhraseWords {
  parsers: OwnParser[];
  /** The word before a phrase that belongs to it ("in", "on", "by"; "en", "le"; "am", "im"), as group 1, at the end. */
  introducer?: RegExp;
  /** Widens a phrase with the article's words around it, where the language needs more than an introducer. */
  widen?: (paragraph: string, start: number, body: string) => { index: number; text: string } | undefined;
  /** A duration, not a date: "for two days", "pendant deux jours". */
  duration?: RegExp;
  /** A period of a vague length: "the past several months". */
  vague?: RegExp;
  /**
   * A relative phrase that counts from the date the text last named ("40 minutes later") rather than from the
   * story's ("two weeks ago"). Without it the draft cannot tell which, and leaves relative phrases not resolved.
   */
  anchored?: RegExp;
  /** A relative phrase that bounds a period: "within two weeks". */
  within?: RegExp;
  /** The words that make a weekday the last, the next or this week's: "last Friday", "mardi dernier". */
  modifiers?: { last: RegExp; next: RegExp; this: RegExp };
  /** A part of the story's day: "this morning", "ce soir". */
  today?: RegExp;
  /** What makes an hour chrono reads a time of day ("8:56", "a.m.", "Uhr"); without it, it is an age or a count. */
  clock: RegExp;
  /** False for a result chrono reads that is no date in this language (German "am Morgen" is no "tomorrow"). */
  keep?: (text: string, index: number, paragraph: string) => boolean;
}
