// Validates a story's events and stances against its own vocabulary and against the article itself: every
// field of every record is checked (one bad field never hides another), every quote must stand in the seed,
// ids must be unique and references must resolve. Each problem names the file, the record and the field.

import { z } from "astro/zod";
import type { Passage } from "../article/tree";

type Block = Pick<Passage, "id" | "text">;

import { inTimeOrder, parseWhen, spanProblem } from "../dates/when";
import type { Problem } from "../errors";
import { checkFields, type FieldSpec, RecordProblems } from "./problems";
import { findQuote, nearestPassage, spanningQuote } from "./quotes";
import { type CheckedEvent, eventFields, type FactStance, type Quote, stanceFields } from "./schema";
import { type Category, checkCategories, checkStanceHeader, type Group, type StanceQuestion } from "./story";

export interface SideFile {
  /** Path relative to the project root, for problems. */
  file: string;
  /** The parsed YAML. */
  data: unknown;
  /** The file is there but could not be read (its problem is already reported): nothing in it is checked. */
  unreadable?: boolean;
  /**
   * The records come from a file made elsewhere (TimelineJS, a sheet): headlines as their authors wrote them,
   * times without a zone. `names` says how problems name each record ("row 7").
   */
  imported?: boolean;
  names?: readonly string[];
}

export interface FactsOptions {
  /**
   * The story has an article, which every record must quote. A story told by its timeline alone (a TimelineJS
   * file or a sheet) has none: its events' words are their authors' own and need no quote.
   */
  hasArticle: boolean;
}

/** What a record is called in a problem: its id, or its place in the file when it has none. */
function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? id : `#${index + 1}`;
}

const RENAMED: Record<string, string> = {
  precision:
    "is no longer written: a date's precision is how it is written (1980s, 2021, 2021-06, 2021-06-14, or a time of day like 2021-06-14T09:30+02:00); remove this field",
};

function resolveQuotes(quotes: readonly string[], blocks: readonly Block[], problems: RecordProblems): Quote[] {
  const found: Quote[] = [];
  quotes.forEach((q, i) => {
    const block = findQuote(q, blocks);
    if (block) {
      found.push({ text: q, paragraph: block.id });
      return;
    }
    const parts = spanningQuote(q, blocks);
    if (parts) {
      const n = parts.length === 2 ? "two" : String(parts.length);
      problems.add(
        `quotes.${i}`,
        `"${q}" runs across ${n} paragraphs, and a quote must stay within one paragraph: ` +
          `${parts.map((p) => `"${p.text}" (paragraph #${p.block.id})`).join(", ")}. ` +
          `Make it ${n} quotes, one from each paragraph (or keep the part that supports the record).`,
      );
      return;
    }
    const near = nearestPassage(q, blocks);
    problems.add(
      `quotes.${i}`,
      `"${q}" is not in the article${near ? `; the nearest passage is "${near.text}" (paragraph #${near.block.id})` : ""}. Copy the words exactly from the seed.`,
    );
  });
  return found;
}

/** The dates of a record that passed its fields: a span must end after it starts. */
function checkSpan(fields: Record<string, unknown>, problems: RecordProblems, floating = false): void {
  if (typeof fields.date !== "string" || typeof fields.end !== "string") return;
  const from = parseWhen(fields.date, { floating });
  const to = parseWhen(fields.end, { floating });
  if (typeof from === "string" || typeof to === "string") return;
  const problem = spanProblem(from, to);
  if (problem) problems.add("end", problem);
}

/** Ids seen in a file, so a second use of one is reported with both places. */
function checkUnique(seen: Map<string, number>, id: string, index: number, problems: RecordProblems): void {
  const first = seen.get(id);
  if (first !== undefined) {
    problems.add("id", `is used twice (records ${first + 1} and ${index + 1}); ids must be unique`);
  } else seen.set(id, index);
}

/** The records of an events file: a plain list, or `categories:` then `events:`. */
function eventsList(data: unknown, problems: RecordProblems): { categories: Category[]; records: unknown[] } {
  if (Array.isArray(data)) return { categories: [], records: data };
  const fields = checkFields(
    data,
    {
      categories: { schema: z.unknown(), hint: "the story's categories, id: label, in legend order" },
      events: { schema: z.unknown(), required: true, hint: "the list of events" },
    },
    problems,
  );
  if (!fields) return { categories: [], records: [] };
  const categories = checkCategories(fields.categories, problems);
  if (fields.events !== undefined && !Array.isArray(fields.events)) {
    problems.add("events", 'must be a list of events, each starting with "- id: …"');
    return { categories, records: [] };
  }
  return { categories, records: (fields.events as unknown[] | undefined) ?? [] };
}

export interface StoryFacts {
  categories: Category[];
  stanceQuestion?: StanceQuestion;
  events: CheckedEvent[];
  stances: FactStance[];
  problems: Problem[];
}

/**
 * Checks every record of a list: each field, the id's uniqueness within the file, the checks of `more` (the
 * ones across fields, of this kind of record), and its quotes against the article. Returns the records with
 * no problem, with their place in the file and their quotes found; every problem goes to `problems`.
 */
function checkRecords<T>(
  side: SideFile,
  raws: readonly unknown[],
  specs: Record<string, FieldSpec>,
  seen: Map<string, number>,
  blocks: readonly Block[],
  problems: Problem[],
  more: (fields: Record<string, unknown>, p: RecordProblems) => void,
): (T & { order: number; quotes: Quote[] })[] {
  const out: (T & { order: number; quotes: Quote[] })[] = [];
  raws.forEach((raw, index) => {
    const p = new RecordProblems(side.file, side.names?.[index] ?? recordName(raw, index));
    const fields = checkFields(raw, specs, p, RENAMED);
    if (fields) {
      if (typeof fields.id === "string") checkUnique(seen, fields.id, index, p);
      more(fields, p);
      const quotes = resolveQuotes((fields.quotes as string[] | undefined) ?? [], blocks, p);
      if (p.list.length === 0) out.push({ ...(fields as T), order: index, quotes });
    }
    problems.push(...p.list);
  });
  return out;
}

/** Validates a story's side files. `events`/`stances` are undefined when the story has none. */
export function validateFacts(
  article: string,
  blocks: readonly Block[],
  groups: readonly Group[],
  events?: SideFile,
  stances?: SideFile,
  options: FactsOptions = { hasArticle: true },
): StoryFacts {
  const problems: Problem[] = [];
  const out: StoryFacts = { categories: [], events: [], stances: [], problems };
  // Every id an events file names, valid or not, so a bad event is reported once and not again as a broken reference.
  const eventIds = new Map<string, number>();

  if (events && !events.unreadable) {
    const header = new RecordProblems(events.file, undefined);
    const { categories, records } = eventsList(events.data, header);
    problems.push(...header.list);
    out.categories = categories;
    type Fields = Omit<CheckedEvent, "article" | "order" | "quotes">;
    const checked = checkRecords<Fields>(
      events,
      records,
      eventFields(categories, groups, events.imported === true),
      eventIds,
      blocks,
      problems,
      (fields, p) => {
        checkSpan(fields, p, events.imported === true);
        const quotes = Array.isArray(fields.quotes) ? fields.quotes : [];
        if (options.hasArticle && quotes.length === 0) {
          p.add("quotes", "needs at least one quote from the article: the words that give this event");
        }
        if (!options.hasArticle && quotes.length > 0) {
          p.add(
            "quotes",
            "quotes an article, but the story has none beside its timeline: remove the quotes, or add the article (.txt, .md, .mdx or .html)",
          );
          fields.quotes = [];
        }
      },
    );
    out.events = inTimeOrder(checked.map((e) => ({ ...e, article })));
  }

  if (stances && !stances.unreadable) {
    const header = new RecordProblems(stances.file, undefined);
    const { question, records } = checkStanceHeader(stances.data, groups, header);
    problems.push(...header.list);
    if (question) out.stanceQuestion = question;
    type Fields = Omit<FactStance, "article" | "order" | "quotes">;
    const checked = checkRecords<Fields>(
      stances,
      records,
      stanceFields(question, groups),
      new Map(),
      blocks,
      problems,
      (fields, p) => {
        ((fields.events as string[] | undefined) ?? []).forEach((ref, i) => {
          if (eventIds.has(ref) || events?.unreadable) return;
          p.add(
            `events.${i}`,
            `refers to an event "${ref}" that ${events ? `is not in ${events.file}` : "does not exist: this story has no events file"}`,
          );
        });
        const quotes = (fields.quotes as string[] | undefined) ?? [];
        if (fields.stance && fields.stance !== "not-reported" && quotes.length === 0) {
          p.add("quotes", 'needs at least one quote from the article, or the stance "not-reported"');
        }
      },
    );
    // Without its header's question, a stances file's records are checked but not charted.
    if (question) out.stances = checked.map((st) => ({ ...st, article }));
  }
  return out;
}
