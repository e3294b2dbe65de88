// A story's draft fact base: every dated passage of the seed, resolved and quoted, with the countries and
// people it names proposed, as records an editor confirms. Pure: the seed's text and date in, records out.

import { parseSeed } from "../article/parse";
import { createIdAllocator, slugify } from "../article/slug";
import type { Passage } from "../article/tree";
import type { Problem } from "../errors";
import { parseDay } from "./calendar";
import { type CountryProposal, proposeCountries } from "./countries";
import { passages } from "./passages";
import { namesIn, type PeopleProposal, proposePeople } from "./people";
import { findPhrases, type Phrase } from "./phrases";
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
}

// Words that introduce a phrase add nothing to an id: "by Friday of that week" → "friday-of-that-week".
const ID_LEAD = /^(?:in|on|at|by|the|during|for|from|of|over)\s+/i;
const ID_TAIL = /-(?:on|of|in|at|to|the|by|a|his|her|their)$/;
const ID_WORDS = 4;

function idFor(phrase: Phrase): string {
  if (phrase.kind === "year-span") return `${phrase.from}-to-${phrase.to}`;
  let text = phrase.text;
  while (ID_LEAD.test(text)) text = text.replace(ID_LEAD, "");
  let id = slugify(text, ID_WORDS);
  while (ID_TAIL.test(id)) id = id.replace(ID_TAIL, "");
  // A year alone makes a poor id: "in-2014" reads better than "2014".
  return /^\d*$/.test(id) ? slugify(phrase.text, ID_WORDS) || "event" : id;
}

/**
 * Drafts the events of a seed. `storyDate` is the metadata's `date` (YYYY-MM-DD), which weekdays, months
 * without a year and "yesterday" count from; without it they are drafted as not resolved.
 */
export function draftEvents(source: string | readonly Block[], storyDate: string | undefined, file = "seed"): Draft {
  // A plain-text seed, or the passages of an article in another form (src/lib/draft/index.ts reads them).
  const { seed, problems } =
    typeof source === "string" ? parseSeed(source, file) : { seed: { blocks: [...source] }, problems: [] as Problem[] };
  if (!seed) return { records: [], blocks: [], problems };
  const story = storyDate === undefined ? undefined : parseDay(storyDate);
  if (storyDate !== undefined && !story) {
    problems.push({ file, field: "date", message: `"${storyDate}" is not a date written YYYY-MM-DD` });
  }
  const blocks = seed.blocks;
  const found: { phrase: Phrase; block: Block; number: number; quote: string; quotation?: { speaker?: number } }[] = [];
  blocks.forEach((block, i) => {
    const phrases = findPhrases(block.text, story);
    const places = phrases.map((p) => ({ start: p.index, end: p.index + p.text.length }));
    const spans = passages(block.text, places);
    const quoted = quotedPhrases(block.text, places);
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
  const resolutions = resolveAll(located, story);
  const known = namesIn(blocks.map((b) => b.text));
  const allocate = createIdAllocator();
  const records = found.map((f, i): DraftRecord => {
    const r = resolutions[i];
    return {
      id: allocate(idFor(f.phrase)),
      date: r.date,
      ...(r.end ? { end: r.end } : {}),
      resolution: r.resolution,
      resolved: r.resolved,
      ...(r.check ? { check: r.check } : {}),
      countries: proposeCountries(f.quote),
      people: proposePeople(f.quote, known),
      quote: f.quote,
      phrase: f.phrase.text,
      paragraph: { id: f.block.id, number: f.number },
    };
  });
  return { records, blocks, problems };
}
