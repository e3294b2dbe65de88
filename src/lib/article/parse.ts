// Turns the plain text of a seed into the blocks of an article page: subheads and paragraphs, each with a
// stable, human-readable anchor. Pure: no file system, no Markdown; the text of a block is the seed's own.

import type { Problem } from "../errors";
import { createIdAllocator, slugify } from "./slug";
import { normalizeWhitespace, RESERVED_IDS, type Block as TreeBlock } from "./tree";

export { normalizeWhitespace };

/** A block of a plain-text seed; `textToTree` makes the article's tree of them. */
export interface Block {
  kind: "paragraph" | "subhead";
  /** Anchor id, unique in the page: "p-ministers-from-four-countries-on", "who-wants-a-review". */
  id: string;
  /** The seed's characters, with only runs of ASCII white space (line breaks included) folded to one space. */
  text: string;
}

export interface ParsedSeed {
  /** A heading-like first line, used as the title when the metadata gives none. */
  title?: string;
  blocks: Block[];
}

const SUBHEAD_MAX_WORDS = 12;
const SUBHEAD_MAX_CHARS = 100;
const PARAGRAPH_ID_WORDS = 5;

// A sentence is closed by . ! ? or an ellipsis, optionally followed by closing quotes or brackets.
const CLOSED_SENTENCE = /(?:[.!?]|…)["'”’»)\]]*$/u;
/** Titles that stand before a name and so never end a sentence ("forced Gen." + "Michael Flynn"). */
export const NAME_TITLES =
  "Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Gov|Sen|Rep|Pres|Sec|Amb|Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Hon|St";
const NAME_PREFIX = new RegExp(`(?:^|[\\s(“"])(?:${NAME_TITLES})\\.$`, "u");
// A line that ends like a clause, not like a heading.
const CLAUSE_END = /[.,;:]$|…$/u;

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** A subhead is a single short line that does not end like a clause: "Who wants a review?". */
export function looksLikeSubhead(rawBlock: string): boolean {
  const text = rawBlock.trim();
  if (text.includes("\n")) return false;
  if (text.length === 0 || text.length > SUBHEAD_MAX_CHARS) return false;
  if (text.split(/\s+/).length > SUBHEAD_MAX_WORDS) return false;
  if (startsLowercase(text)) return false;
  if (CLAUSE_END.test(text)) return false;
  return true;
}

/**
 * True when the capture broke a paragraph in the middle of a sentence, so `next` continues `current`:
 * `current` ends with a name prefix ("Gen."), or `next` starts in lower case, or `current` does not
 * close its sentence and `next` is not a heading.
 */
export function continuesParagraph(current: string, nextRaw: string): boolean {
  const next = nextRaw.trim();
  if (NAME_PREFIX.test(current) || startsLowercase(next)) return true;
  return !CLOSED_SENTENCE.test(current) && !looksLikeSubhead(next);
}

/** Splits a seed into raw blocks at blank lines, after normalising line endings and dropping a BOM. */
function splitBlocks(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split(/\n[\t\f\v ]*\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
}

/**
 * Parses a seed. `file` only names the seed in problems. Returns the problems instead of throwing, so a
 * caller can report every seed's problems at once.
 */
export function parseSeed(text: string, file: string): { seed?: ParsedSeed; problems: Problem[] } {
  const raw = splitBlocks(text);
  if (raw.length === 0) {
    return {
      problems: [
        {
          file,
          message: "the seed is empty; write the article's text in it, paragraphs separated by a blank line",
        },
      ],
    };
  }

  let title: string | undefined;
  // A heading-like first line followed by more text is the article's title, not a subhead.
  if (raw.length > 1 && looksLikeSubhead(raw[0]) && !looksLikeSubhead(raw[1])) {
    title = normalizeWhitespace(raw[0]);
    raw.shift();
  }

  const kinds: Block["kind"][] = [];
  const texts: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const block = raw[i];
    const last = kinds.length - 1;
    if (last >= 0 && kinds[last] === "paragraph" && continuesParagraph(texts[last], block)) {
      texts[last] = `${texts[last]} ${normalizeWhitespace(block)}`;
      continue;
    }
    const isLast = i === raw.length - 1;
    kinds.push(!isLast && looksLikeSubhead(block) ? "subhead" : "paragraph");
    texts.push(normalizeWhitespace(block));
  }

  const allocate = createIdAllocator(RESERVED_IDS);
  const blocks = texts.map((t, i): Block => {
    const kind = kinds[i];
    const words = slugify(t, kind === "paragraph" ? PARAGRAPH_ID_WORDS : SUBHEAD_MAX_WORDS);
    const base = kind === "paragraph" ? `p-${words || String(i + 1)}` : words || `section-${i + 1}`;
    return { kind, id: allocate(base), text: t };
  });
  return { seed: { title, blocks }, problems: [] };
}

/** A plain-text seed as the article's tree: its words exactly as written, in paragraphs and subheads. */
export function textToTree(seed: ParsedSeed): TreeBlock[] {
  return seed.blocks.map((b) =>
    b.kind === "paragraph"
      ? { type: "paragraph", id: b.id, children: [{ type: "text", value: b.text }] }
      : { type: "heading", id: b.id, depth: 2, children: [{ type: "text", value: b.text }] },
  );
}
