// Finds the dated phrases of a paragraph: chrono-node (MIT) reads what it knows (explicit dates, months,
// weekdays, times, "yesterday", "two weeks ago"), and parsers and a refiner of our own add what news writing
// uses and chrono misses (years, decades, seasons, "of that week", "the following year", spans of years,
// "earlier this week", "the end of the month") and drop what is no date ("now", "at 12" for an age).
// Phrases are only found here, not resolved: what a weekday or a month means depends on the story's date,
// the tense of the passage and the date the text last named (resolve.ts).
//
// In the story's language: chrono-node's parser for it (English day-first where the language writes the day
// first, as en-GB does), with our own phrases where we have them (English here; French, German and Arabic in
// phrases-fr.ts, phrases-de.ts, phrases-ar.ts). A language chrono reads but we have no words for gets chrono's
// parser and years; one chrono cannot read gets only what needs no words: dates in digits (2017-04-11) and years.
//
// chrono-node runs when an editor drafts a story, never in the browser (src/lib/draft/boundary.test.ts).

import type { Chrono, Component, ParsedComponents, ParsedResult, ParsingContext, ParsingResult } from "chrono-node";
import * as chrono from "chrono-node";
import type { Point } from "./calendar";
import { baseOf, dayFirst, escapeRegExp, languageName, wordsFor } from "./language";
import { ar } from "./phrases-ar";
import { de } from "./phrases-de";
import { fr } from "./phrases-fr";
import {
  decadePhrase,
  NOT_DATES,
  OURS,
  type PhraseWords,
  parser,
  plausibleYear,
  yearParser,
  yearSpan,
} from "./phrases-parser";

export type Season = "spring" | "summer" | "autumn" | "winter";
export type Unit = "day" | "week" | "month" | "year";

/** What a phrase says, before it is resolved. */
export type PhraseKind =
  /** Calendar fields as written: "April 4", "February 26, 1901", "June 1919", "December", "at 8:56 a.m. on May 16". */
  | { kind: "date"; start: Fields; end?: Fields }
  /** A weekday counted from the story's date: "on Tuesday", "by Monday", "later Friday", "last Friday". */
  | { kind: "weekday"; weekday: number; modifier?: "last" | "next" | "this"; time?: Time }
  /** A weekday counted from the date the text last named: "by Friday of that week", "the following Friday". */
  | { kind: "anchored-weekday"; weekday: number; direction: "same-week" | "after" | "before" }
  /** A day counted from the story's date: "yesterday" (-1), "today", "tonight", "this morning" (0), "tomorrow" (1). */
  | { kind: "day-offset"; days: number }
  /** A time of day without a day: "at 2:10 a.m.", "at noon". */
  | { kind: "time"; time: Time }
  /** A week counted from the story's date: "earlier this week", "last week". */
  | { kind: "week"; which: "earlier-this" | "later-this" | "this" | "last" | "next" }
  /** A year: "in 2014" (how: in), "since 2013" (since), "the 2016 presidential campaign" (embedded), "1998" (bare). */
  | { kind: "year"; year: number; how: "in" | "since" | "embedded" | "bare" }
  /** "the 1990s". */
  | { kind: "decade"; year: number }
  /** "the spring of 1916" (year), "last summer" (relative to the story). */
  | { kind: "season"; season: Season; year?: number; relative?: "this" | "last" | "next" }
  /** A unit counted from the date the text last named: "the following year" (1), "that day" (0), "the day before" (-1). */
  | { kind: "following"; unit: Unit; offset: number }
  /** "From 1919 on to his retirement in 1966", "between 1998 and 2009". */
  | { kind: "year-span"; from: number; to: number }
  /** "by the end of the month" (the story's month), "the end of this year". */
  | { kind: "end-of"; unit: "month" | "year"; next: boolean }
  /**
   * A duration counted by chrono from a reference: from the story ("two weeks ago", "next month", "within two
   * weeks") or from the date the text last named ("40 minutes later", "three years later"); "unknown" in a
   * language whose words for "later" the draft does not know.
   */
  | {
      kind: "relative";
      from: "story" | "anchor" | "unknown";
      within: boolean;
      /** The count, where our own parser read it ("l'an prochain": a year after), so chrono need not. */
      offset?: { unit: "day" | "month" | "year"; count: number };
    }
  /** A period the text names but does not bound: "the past several months". */
  | { kind: "vague" };

export type Phrase = PhraseKind & {
  /** Where the phrase starts in the paragraph. */
  index: number;
  /** The phrase as written, with the word that introduces it: "by Monday", "in December". */
  text: string;
};

/** Calendar fields a phrase gives; the rest is for resolution to find. */
export interface Fields {
  year?: number;
  month?: number;
  day?: number;
  time?: Time;
}

export interface Time {
  hour: number;
  minute: number;
  /** Minutes east of UTC, only when the text names a zone ("EDT", "+02:00"). */
  offset?: number;
}

const WEEKDAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = "(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";
const SEASONS: Record<string, Season> = {
  spring: "spring",
  summer: "summer",
  autumn: "autumn",
  fall: "autumn",
  winter: "winter",
};
const weekdayNumber = (name: string) => WEEKDAY_NAMES.indexOf(name.toLowerCase());

// A four-digit number is a year when it is not a quantity, a price or part of a longer number or name.
const NOT_A_YEAR_AFTER =
  /^\s*(?:%|per ?cent|people|persons|troops|soldiers|men|women|children|km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|tonnes|tons|barrels|dollars|euros|pounds|votes|deaths|cases|times|residents|workers|jobs|homes|members|seats|words|pages|hours|minutes|seconds|days|weeks|months|years|kg|mph)\b/i;
const YEAR_PREPOSITION =
  /(?:^|\s)(in|since|by|until|till|before|after|during|around|circa|from|through|early|late|mid|of)\s*-?\s*$/i;
// Words after a year that make a noun phrase with it ("the 2016 presidential campaign"), not function words.
const FUNCTION_WORDS = new Set(
  "a an and are as at be been but by for from had has have he her his in is it its of on or she so than that the their them they this to was were when where which while who whom whose will with would".split(
    " ",
  ),
);

const englishYear = yearParser({
  units: NOT_A_YEAR_AFTER,
  before: YEAR_PREPOSITION,
  since: /^since$/i,
  // A year followed by words in lower case names a thing of that year: "2016 presidential campaign".
  embedded: (after) => nounAfter(after).length > 0,
});

/** Up to two words in lower case after a year, before any function word: "presidential campaign". */
function nounAfter(after: string): string {
  const run = /^(?:\s+[a-z][a-z-]*){1,2}/.exec(after)?.[0] ?? "";
  let end = 0;
  for (const m of run.matchAll(/\s+([a-z][a-z-]*)/g)) {
    if (FUNCTION_WORDS.has(m[1])) break;
    end = (m.index ?? 0) + m[0].length;
  }
  return run.slice(0, end);
}

/** The matched text of an embedded year grows to "the 2016 presidential campaign" (see widen()). */
function embeddedYearText(text: string, index: number): { index: number; text: string } {
  const before = /\bthe\s+$/i.exec(text.slice(Math.max(0, index - 4), index));
  const start = before ? index - before[0].length : index;
  const end = index + 4 + nounAfter(text.slice(index + 4)).length;
  return { index: start, text: text.slice(start, end) };
}

const decadeParser = decadePhrase(
  /(?<![\p{L}\p{N}])(?:(?:in|during|since|by|through)\s+)?the\s+(?:(?:early|mid|late)[\s-]+)?(?:(\d{3}0)s|[’'](\d0)s)(?![\p{L}\p{N}])/iu,
);

const seasonParser = parser(
  /(?<![\p{L}\p{N}])(?:(?:in|during|by|since|until)\s+)?(?:(?:the\s+)?(?:(?:early|late)\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})|(this|last|next)\s+(spring|summer|autumn|fall|winter))(?![\p{L}\p{N}])/iu,
  (m) => {
    if (m[2]) return { kind: "season", season: SEASONS[m[1].toLowerCase()], year: Number(m[2]) };
    const relative = m[3].toLowerCase() as "this" | "last" | "next";
    return { kind: "season", season: SEASONS[m[4].toLowerCase()], relative };
  },
);

const anchoredWeekdayParser = parser(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(?:by|on|until|before)\\s+)?(?:(?:the\\s+)?${WEEKDAY}\\s+of\\s+(?:that|the\\s+same)\\s+week|(that|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding)\\s+${WEEKDAY})(?![\\p{L}\\p{N}])`,
    "iu",
  ),
  (m) => {
    if (m[1]) return { kind: "anchored-weekday", weekday: weekdayNumber(m[1]), direction: "same-week" };
    const which = m[2].toLowerCase().replace(/\s+/g, " ");
    const direction =
      which === "that" ? "same-week" : which === "the following" || which === "the next" ? "after" : "before";
    return { kind: "anchored-weekday", weekday: weekdayNumber(m[3]), direction };
  },
);

const followingParser = parser(
  /(?<![\p{L}\p{N}])(?:(?:on|in|by|during)\s+)?(?:the\s+(following|next|previous|preceding|same)\s+(day|week|month|year)|(that)\s+(day|week|month|year)|the\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;:)]|$))(?![\p{L}\p{N}])/iu,
  (m) => {
    const unit = (m[2] ?? m[4] ?? m[5]).toLowerCase() as Unit;
    const word = (m[1] ?? m[3] ?? m[6]).toLowerCase();
    const offset =
      word === "following" || word === "next" || word === "after"
        ? 1
        : word === "previous" || word === "preceding" || word === "before"
          ? -1
          : 0;
    return { kind: "following", unit, offset };
  },
);

const weekParser = parser(
  /(?<![\p{L}\p{N}])(?:(earlier|later)\s+this\s+week|(?:(?:during|over|in)\s+)?(this|last|next|the\s+past)\s+week)(?![\p{L}\p{N}])/iu,
  (m) => {
    if (m[1]) return { kind: "week", which: m[1].toLowerCase() === "earlier" ? "earlier-this" : "later-this" };
    const which = m[2].toLowerCase();
    return { kind: "week", which: which === "next" ? "next" : which === "this" ? "this" : "last" };
  },
);

const yearSpanParser = yearSpan(
  /(?<![\p{L}\p{N}])(?:from\s+(\d{4})\s+(?:on(?:wards?)?\s+)?(?:to|until|till|through|into)\s+(?:[^.;:\d]{0,40}?\s)?(?:in\s+)?(\d{4})|between\s+(\d{4})\s+and\s+(\d{4}))(?![\p{L}\p{N}])/iu,
);

const endOfParser = parser(
  /(?<![\p{L}\p{N}])(?:(?:by|at|before|until|towards?)\s+)?the\s+end\s+of\s+(the|this|next)\s+(month|year)(?![\p{L}\p{N}])/iu,
  (m) => ({ kind: "end-of", unit: m[2].toLowerCase() as "month" | "year", next: m[1].toLowerCase() === "next" }),
);

// "the past several months", "over the past week": the article's own words around a relative phrase.
function widenEnglish(text: string, start: number, body: string): { index: number; text: string } | undefined {
  if (!/^(?:past|last|next|previous|following|coming)\b/i.test(body)) return undefined;
  const the = /(?:(?:^|\s)(?:over|in|during|for)\s+)?the\s+$/i.exec(text.slice(Math.max(0, start - 12), start));
  if (!the) return undefined;
  const words = the[0].trimStart();
  return { index: start - words.length, text: text.slice(start - words.length, start) + body };
}

/** English: chrono's own, and ours for what news writing uses and chrono misses. */
const en: PhraseWords = {
  parsers: [
    yearSpanParser,
    seasonParser,
    decadeParser,
    anchoredWeekdayParser,
    followingParser,
    weekParser,
    endOfParser,
    englishYear,
  ],
  introducer: /(?:^|\s)(in|on|by|for|since|until|till|before|after|during|from|later|earlier|through|as of)\s+$/i,
  widen: widenEnglish,
  duration: /^for\b/i,
  vague: /\b(several|few|many|some|couple|number of)\b/i,
  anchored: /\b(later|earlier|after(wards)?|before|following|prior)\b/i,
  within: /^within\b/i,
  modifiers: { last: /\b(?:last|past)\b/i, next: /\bnext\b/i, this: /\bthis\b/i },
  today: /^this\s+(morning|afternoon|evening)$/i,
  clock: /\d:\d\d|\b[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b|o['’]clock/i,
};

/** The languages with phrases of our own, beside chrono's. */
const OWN_WORDS: Record<string, PhraseWords> = { en, fr, de, ar };

/** A date written in digits, year first (2017-04-11), which reads the same in any language. */
const isoDayParser = parser(/(?<![\p{L}\p{N}.\-/])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[-/.:]\d)/u, (m, context) => {
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!plausibleYear(year, context) || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { kind: "date", start: { year, month, day } };
});

/** A language chrono reads and we have no words for: chrono's parser, and years. */
const CHRONO_ONLY: PhraseWords = { parsers: [yearParser({})], clock: /\d:\d\d/ };
/** A language chrono cannot read: only what needs no words, dates in digits and years. */
const DIGITS_ONLY: PhraseWords = { parsers: [isoDayParser, yearParser({})], clock: /\d:\d\d/ };

/** chrono-node's parser of each language it reads (chrono-node 2.10), by language subtag. */
const CHRONO: Record<string, Chrono> = {
  ar: chrono.ar.casual,
  de: chrono.de.casual,
  en: chrono.en.casual,
  es: chrono.es.casual,
  fi: chrono.fi.casual,
  fr: chrono.fr.casual,
  id: chrono.id.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
  sv: chrono.sv.casual,
  uk: chrono.uk.casual,
  vi: chrono.vi.casual,
  zh: chrono.zh.casual,
};

/** chrono's parser for a language: English reads 4/11 as the 4th of November where the language writes the day first. */
function chronoFor(lang: string): Chrono | undefined {
  const base = baseOf(lang);
  if (base === "en") return dayFirst(lang) ? chrono.en.GB : chrono.en.casual;
  return CHRONO[base];
}

/** How the draft reads dates in a language: with our words and chrono's, with chrono's alone, or digits only. */
export type DateReading = "words" | "chrono" | "digits";

export function dateReading(lang = "en"): DateReading {
  if (!chronoFor(lang)) return "digits";
  return wordsFor(OWN_WORDS, lang) ? "words" : "chrono";
}

/** The languages the draft reads dates in, by how: their names in English, sorted. */
export function dateLanguages(): Record<Exclude<DateReading, "digits">, string[]> {
  const names = (tags: string[]) => tags.map(languageName).sort();
  return {
    words: names(Object.keys(OWN_WORDS)),
    chrono: names(Object.keys(CHRONO).filter((t) => !OWN_WORDS[t])),
  };
}

interface Drafter {
  chrono: Chrono;
  words: PhraseWords;
}

const drafters = new Map<string, Drafter>();

/** The draft's parser for a language: chrono's (or none), with ours first so that on a tie ours is kept. */
function drafterFor(lang: string): Drafter {
  const cached = drafters.get(lang);
  if (cached) return cached;
  const base = chronoFor(lang);
  const words = wordsFor(OWN_WORDS, lang) ?? (base ? CHRONO_ONLY : DIGITS_ONLY);
  const drafter = base ? base.clone() : new chrono.Chrono({ parsers: [], refiners: [] });
  drafter.parsers.unshift(...words.parsers);
  // chrono's filters judge chrono's own results: to chrono a bare "1998" is an unlikely date, to us a year.
  const ours = (r: ParsingResult) => OURS.has(r) || NOT_DATES.has(r);
  drafter.refiners = drafter.refiners.map((refiner) =>
    "isValid" in refiner
      ? {
          refine(context: ParsingContext, results: ParsingResult[]) {
            const kept = new Set(
              refiner.refine(
                context,
                results.filter((r) => !ours(r)),
              ),
            );
            return results.filter((r) => ours(r) || kept.has(r));
          },
        }
      : refiner,
  );
  const made = { chrono: drafter, words };
  drafters.set(lang, made);
  return made;
}

const certain = (c: ParsedComponents, name: Component) => (c.isCertain(name) ? (c.get(name) ?? undefined) : undefined);

/** A time only where the text gives one: a bare "at 12" is an age or a count as often as an hour. */
function timeOf(c: ParsedComponents, text: string, clock: RegExp): Time | undefined {
  const hour = certain(c, "hour");
  if (hour === undefined) return undefined;
  if (!clock.test(text)) return undefined;
  const offset = certain(c, "timezoneOffset");
  return { hour, minute: certain(c, "minute") ?? 0, ...(offset !== undefined ? { offset } : {}) };
}

function fieldsOf(c: ParsedComponents, text: string, clock: RegExp): Fields {
  const time = timeOf(c, text, clock);
  return {
    year: certain(c, "year"),
    month: certain(c, "month"),
    day: certain(c, "day"),
    ...(time ? { time } : {}),
  };
}

const DAY_MS = 86_400_000;

/** What chrono's own result says, or null when it is not a date a timeline can use. */
function chronoKind(result: ParsedResult, words: PhraseWords, reference: Date): PhraseKind | null {
  const text = result.text.trim();
  const c = result.start;
  const tags = result.tags();
  if (/^(?:right\s+)?now$/i.test(text) || tags.has("casualReference/now")) return null;
  if (tags.has("result/relativeDate")) {
    if (words.duration?.test(text)) return null;
    if (words.vague?.test(text)) return { kind: "vague" };
    if (!words.anchored) return { kind: "relative", from: "unknown", within: false };
    return {
      kind: "relative",
      from: words.anchored.test(text) ? "anchor" : "story",
      within: words.within?.test(text) ?? false,
    };
  }
  for (const [tag, days] of [
    ["casualReference/yesterday", -1],
    ["casualReference/today", 0],
    ["casualReference/tonight", 0],
    ["casualReference/tomorrow", 1],
  ] as const) {
    if (tags.has(tag)) return { kind: "day-offset", days };
  }
  const weekday = certain(c, "weekday");
  const fields = fieldsOf(c, text, words.clock);
  // A day chrono is certain of from words alone ("gestern", "vorgestern") counts from the story's day.
  if (fields.day !== undefined && fields.month !== undefined && fields.year !== undefined && !/\d/.test(text)) {
    const day = Date.UTC(fields.year, fields.month - 1, fields.day);
    const from = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
    return { kind: "day-offset", days: Math.round((day - from) / DAY_MS) };
  }
  if (fields.month !== undefined || fields.year !== undefined) {
    const end = result.end ? fieldsOf(result.end, text, words.clock) : undefined;
    return { kind: "date", start: fields, ...(end ? { end } : {}) };
  }
  if (weekday !== undefined) {
    // "mer", "So", "Sat": an abbreviation is as often another word (la mer, so) as a weekday.
    if (/^\p{L}{1,3}\.?$/u.test(text)) return null;
    const m = words.modifiers;
    const modifier = m?.last.test(text)
      ? "last"
      : m?.next.test(text)
        ? "next"
        : m?.this.test(text)
          ? "this"
          : undefined;
    return {
      kind: "weekday",
      weekday,
      ...(modifier ? { modifier } : {}),
      ...(fields.time ? { time: fields.time } : {}),
    };
  }
  if (words.today?.test(text)) return { kind: "day-offset", days: 0 };
  if (fields.time) return { kind: "time", time: fields.time };
  return null;
}

/** Trims punctuation chrono keeps ("December,", ", Friday,") and takes in the introducing word. */
function widen(text: string, index: number, phraseText: string, words: PhraseWords): { index: number; text: string } {
  const lead = /^[\s,،(（]+/.exec(phraseText)?.[0].length ?? 0;
  let start = index + lead;
  let body = phraseText.slice(lead).replace(/[\s,،;:)）]+$/, "");
  const wider = words.widen?.(text, start, body);
  if (wider) return wider;
  const intro = words.introducer?.exec(text.slice(Math.max(0, start - 20), start));
  if (intro && !new RegExp(`^${escapeRegExp(intro[1])}(?![\\p{L}\\p{N}])`, "iu").test(body)) {
    const word = intro[0].trimStart();
    start -= word.length;
    body = text.slice(start, start + word.length) + body;
  }
  return { index: start, text: body };
}

/**
 * The dated phrases of one paragraph, in reading order, in the story's language (a BCP 47 tag). `reference` is
 * the story's date, which chrono needs to read phrases like "two weeks ago" (resolution re-reads them from the
 * right date).
 */
export function findPhrases(paragraph: string, reference?: Point, lang = "en"): Phrase[] {
  const instant = reference
    ? new Date(Date.UTC(reference.year, (reference.month ?? 1) - 1, reference.day ?? 1, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const { chrono: drafter, words } = drafterFor(lang);
  const phrases: Phrase[] = [];
  for (const result of drafter.parse(paragraph, { instant, timezone: 0 })) {
    if (NOT_DATES.has(result) || (words.keep && !words.keep(result.text, result.index, paragraph))) continue;
    const kind = OURS.get(result) ?? chronoKind(result, words, instant);
    if (!kind) continue;
    const place =
      kind.kind === "year" && kind.how === "embedded"
        ? embeddedYearText(paragraph, result.index)
        : widen(paragraph, result.index, result.text, words);
    phrases.push({ ...kind, ...place });
  }
  return phrases;
}

/**
 * What chrono reads in a relative phrase ("three years later", "two weeks ago") counted from `from`, in the
 * story's language: the calendar fields it is certain of, so a year later is a year and two weeks ago a day.
 */
export function readRelative(
  text: string,
  from: Point & { month: number; day: number },
  lang = "en",
): Fields | undefined {
  const t = from.time;
  const instant = new Date(Date.UTC(from.year, from.month - 1, from.day, t?.hour ?? 12, t?.minute ?? 0));
  const result = chronoFor(lang)?.parse(text, { instant, timezone: 0 })[0];
  if (!result) return undefined;
  const c = result.start;
  const hour = certain(c, "hour");
  const fields: Fields = { year: certain(c, "year"), month: certain(c, "month"), day: certain(c, "day") };
  if (hour !== undefined && t) fields.time = { hour, minute: certain(c, "minute") ?? 0 };
  return fields;
}
