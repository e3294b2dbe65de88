// Finds an article quote in the article's paragraphs, and, when it is not there, says why: the quote runs on
// from one paragraph into the next (each part, with its paragraph), or else the passage nearest to it, so an
// editor can fix a typo in seconds.

import { normalizeWhitespace } from "../article/tree";

/** Where a quote may stand: a passage of the article (src/lib/article/tree.ts), or a plain-text seed's block. */
type Block = { id: string; text: string };

/** The anchor of the block that contains `quote` verbatim (after folding white space), or undefined. */
export function findQuote<B extends Block>(quote: string, blocks: readonly B[]): B | undefined {
  const q = normalizeWhitespace(quote);
  return blocks.find((b) => b.text.includes(q));
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The passage of the article (same number of words as the quote) closest to it by edit distance, with the
 * block it stands in. Only runs when a quote is missing, so its cost never touches a good build.
 */
export function nearestPassage<B extends Block>(
  quote: string,
  blocks: readonly B[],
): { text: string; block: B } | undefined {
  const q = normalizeWhitespace(quote);
  const n = Math.max(1, q.split(" ").length);
  let best: { text: string; block: B; d: number } | undefined;
  for (const block of blocks) {
    const words = block.text.split(" ");
    for (let i = 0; i + Math.min(n, words.length) <= words.length; i++) {
      const text = words.slice(i, i + n).join(" ");
      const d = editDistance(q, text);
      if (!best || d < best.d) best = { text, block, d };
    }
  }
  return best && { text: best.text, block: best.block };
}

/**
 * The parts of a quote that runs from one paragraph into the following ones (the end of one, then the start
 * of the next, whole paragraphs between), each with its block; undefined when the quote does not. Only runs
 * when a quote is missing.
 */
export function spanningQuote<B extends Block>(
  quote: string,
  blocks: readonly B[],
): { text: string; block: B }[] | undefined {
  const q = normalizeWhitespace(quote);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const first = blocks[i] as B;
    // The longest end of this block that the quote starts with, leaving words for the next.
    for (let at = Math.max(0, first.text.length - q.length + 1); at < first.text.length; at++) {
      const head = first.text.slice(at);
      if (!q.startsWith(`${head} `)) continue;
      const parts = [{ text: head, block: first }];
      let rest = q.slice(head.length + 1);
      for (let j = i + 1; j < blocks.length && rest; j++) {
        const block = blocks[j] as B;
        if (block.text.startsWith(rest)) {
          parts.push({ text: rest, block });
          return parts;
        }
        if (!rest.startsWith(`${block.text} `)) break;
        parts.push({ text: block.text, block });
        rest = rest.slice(block.text.length + 1);
      }
    }
  }
  return undefined;
}
