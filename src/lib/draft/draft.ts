// A story's draft fact base: every dated passage of the seed, resolved and quoted, with the countries and
// people it names proposed, as records an editor confirms. Pure: the seed's text, date and language in,
// records out, with what the draft could not read in that language said in words.

import { parseSeed } from "../article/parse";
import { createIdAllocator, slugify } from "../article/slug";
import type { Passage } from "../article/tree";
import type { Problem } from "../errors";
import { parseDay } from "./calendar";
import { type CountryProposal, proposeCountries } from "./countries";
import { baseOf, canonicalTag, languageName, wordsFor } from "./language";
import { passages } from "./passages";
import { namesIn, type PeopleProposal, proposePeople, readsPeople } from "./people";
import { type DateReading, dateLanguages, dateReading, findPhrases, type Phrase } from "./phrases";
import { quotedPhrases } from "./quotations";
import { type Located, resolveAll } from "./resolve";

/** A block of the article as the draft reads it: its anchor and its text. */
type Block = Pick<Passage, "id" | "text">;

export interface DraftRecord {
  id: string;
  /** In the events file's form (1990s, 2016, 2016-12, 2017-04-07, 2011-05-16T08:56-04:00), or "TODO". */
  date: string;
  end?: string;
  resolution: string;
  resolved: boolean;
  /** What the editor should check on the date (see Resolution.check). */
  check?: string;
  countries: CountryProposal;
  people: PeopleProposal;
  /** The passage, a slice of one block's text as the build reads it. */
  quote: string;
  /** The dated phrase inside the quote. */
  phrase: string;
  /** The block the quote stands in: its anchor and its place (1 for the first). */
  paragraph: { id: string; number: number };
}

export interface Draft {
  records: DraftRecord[];
  /** The seed's blocks as the build reads them, which the quotes stand in. */
  blocks: Block[];
  problems: Problem[];
  /** The story's language, how the draft read its dates, and what it could not read, in sentences. */
  language: { tag: string; name: string; dates: DateReading; notes: string[] };
}

// Words that introduce a phrase add nothing to an id: "by Friday of that week" → "friday-of-that-week",
// "le 4 avril" → "4-avril", "im Dezember" → "dezember".
const ID_WORDS_BY_LANGUAGE: Record<string, { lead: RegExp; tail: RegExp }> = {
  en: { lead: /^(?:in|on|at|by|the|during|for|from|of|over)\s+/i, tail: /-(?:on|of|in|at|to|the|by|a|his|her|their)$/ },
  fr: {
    lead: /^(?:(?:le|la|les|en|au|aux|dans|depuis|dès|du|de|des|à|pendant|vers|jusqu['’]au|jusqu['’]en|d['’]ici)\s+|[ld]['’])/i,
    tail: /-(?:de|du|des|d|la|le|les|l|en|a|au|aux)$/,
  },
  de: {
    lead: /^(?:am|im|in|an|seit|bis|ab|vom|von|zum|zur|um|der|die|das|den|dem|des|vor|nach)\s+/i,
    tail: /-(?:am|im|in|an|der|die|das|den|dem|des|zum|zur|von|vom|bis|und)$/,
  },
};
const ID_WORDS = 4;

/** A readable id from the phrase's words, or "" when they have no letter or digit an id may hold (Arabic's). */
function idFor(phrase: Phrase, lang: string): string {
  if (phrase.kind === "year-span") return `${phrase.from}-to-${phrase.to}`;
  const words = wordsFor(ID_WORDS_BY_LANGUAGE, lang);
  let text = phrase.text;
  while (words?.lead.test(text)) text = text.replace(words.lead, "");
  let id = slugify(text, ID_WORDS);
  while (words?.tail.test(id)) id = id.replace(words.tail, "");
  if (!/^\d*$/.test(id)) return id;
  // A year alone makes a poor id: "in-2014" reads better than "2014". Words an id cannot hold (Arabic's) leave
  // the id to the date.
  const whole = slugify(phrase.text, ID_WORDS);
  return /[a-z]/.test(whole) || !/\p{L}/u.test(phrase.text) ? whole : "";
}

const list = (names: readonly string[]) =>
  names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/** What the draft says of the story's language: how it read the dates, and what it could not read. */
function languageNotes(tag: string, dates: DateReading): string[] {
  const name = languageName(tag);
  const { words, chrono } = dateLanguages();
  const known = `It reads dates in ${list(words)} (chrono-node's parser and phrases of its own) and in ${list(chrono)} (chrono-node's parser alone).`;
  const notes: string[] = [];
  if (dates === "digits") {
    notes.push(
      `The draft cannot read dates in ${name} yet: chrono-node has no parser for it, so only dates written in digits were drafted (2017-04-11, and years such as 2009), and every date written in words is missing. ${known}`,
    );
  } else if (dates === "chrono") {
    notes.push(
      `Dates were read in ${name} by chrono-node's parser alone, with years: the draft's own phrases (decades, seasons, spans of years, "the following year") and its tense words are for ${list(words)} only, so look for dates it missed, and check each weekday and month it counted back from the story's date.`,
    );
  } else if (baseOf(tag) !== "en") {
    notes.push(`Dates were read in ${name}: chrono-node's ${name} parser and the draft's own ${name} phrases.`);
  }
  if (!readsPeople(tag)) notes.push(`People are not proposed: the draft knows how names are written in English only.`);
  if (baseOf(tag) !== "en") {
    notes.push(
      `Each resolution is written in English, the draft's own language, and readers see it on the story's pages: write it in ${name}, or delete it, before you publish.`,
    );
  }
  return notes;
}

/**
 * Drafts the events of a seed. `storyDate` is the metadata's `date` (YYYY-MM-DD), which weekdays, months
 * without a year and "yesterday" count from; without it they are drafted as not resolved. `lang` is the
 * metadata's `lang` (a BCP 47 tag, English when it has none): the language its dates, quotations and names
 * are read in.
 */
export function draftEvents(
  source: string | readonly Block[],
  storyDate: string | undefined,
  file = "seed",
  lang = "en",
): Draft {
  const tag = canonicalTag(lang);
  const reading = tag ?? "und";
  const dates = dateReading(reading);
  const language = { tag: reading, name: languageName(reading), dates, notes: languageNotes(reading, dates) };
  // A plain-text seed, or the passages of an article in another form (src/lib/draft/index.ts reads them).
  const { seed, problems } =
    typeof source === "string" ? parseSeed(source, file) : { seed: { blocks: [...source] }, problems: [] as Problem[] };
  if (!seed) return { records: [], blocks: [], problems, language };
  const story = storyDate === undefined ? undefined : parseDay(storyDate);
  if (storyDate !== undefined && !story) {
    problems.push({ file, field: "date", message: `"${storyDate}" is not a date written YYYY-MM-DD` });
  }
  if (!tag) {
    problems.push({
      file,
      field: "lang",
      message: `"${lang}" is not a language tag such as fr, de, ar or pt-BR (BCP 47)`,
    });
  }
  const blocks = seed.blocks;
  const found: { phrase: Phrase; block: Block; number: number; quote: string; quotation?: { speaker?: number } }[] = [];
  blocks.forEach((block, i) => {
    const phrases = findPhrases(block.text, story, reading);
    const places = phrases.map((p) => ({ start: p.index, end: p.index + p.text.length }));
    const spans = passages(block.text, places, reading);
    const quoted = quotedPhrases(block.text, places, reading);
    const first = found.length;
    phrases.forEach((phrase, k) => {
      const q = quoted[k];
      const quotation = q && (q.speaker === undefined ? {} : { speaker: first + q.speaker });
      const quote = block.text.slice(spans[k].start, spans[k].end);
      found.push({ phrase, block, number: i + 1, quote, ...(quotation ? { quotation } : {}) });
    });
  });
  const located: Located[] = found.map((f) => ({
    phrase: f.phrase,
    passage: f.quote,
    block: f.number,
    ...(f.quotation ? { quotation: f.quotation } : {}),
  }));
  const resolutions = resolveAll(located, story, reading);
  const known = namesIn(
    blocks.map((b) => b.text),
    reading,
  );
  const allocate = createIdAllocator();
  const records = found.map((f, i): DraftRecord => {
    const r = resolutions[i];
    return {
      id: allocate(idFor(f.phrase, reading) || slugify(`event ${r.date}`)),
      date: r.date,
      ...(r.end ? { end: r.end } : {}),
      resolution: r.resolution,
      resolved: r.resolved,
      ...(r.check ? { check: r.check } : {}),
      countries: proposeCountries(f.quote, reading),
      people: proposePeople(f.quote, known, reading),
      quote: f.quote,
      phrase: f.phrase.text,
      paragraph: { id: f.block.id, number: f.number },
    };
  });
  return { records, blocks, problems, language };
}
