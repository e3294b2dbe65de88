// Quoted speech in a paragraph, and the phrase that dates it. A relative date inside a quotation ("this
// morning", "on Tuesday") counts from the day the words were said, and news often reports them the day
// after; the attribution around the quotation names that day when the text gives it ("the minister said on
// Friday", "said Thursday", "told reporters on 5 March"). Found here; counted in resolve.ts.

import { type Span, sentences } from "./passages";

/**
 * The quotations of a paragraph, marks included: “…”, «…», and straight double quotes paired in order. One
 * left open runs to the paragraph's end, as a quotation continued in the next paragraph does; a closing mark
 * before any opening one ends a quotation begun in the paragraph before.
 */
export function quotations(text: string): Span[] {
  const out: Span[] = [];
  let open: { start: number; close: string } | undefined;
  for (const m of text.matchAll(/["“”«»]/g)) {
    const at = m.index ?? 0;
    const close = { '"': '"', "“": "”", "«": "»" }[m[0]];
    if (open) {
      if (m[0] === open.close) {
        out.push({ start: open.start, end: at + 1 });
        open = undefined;
      }
    } else if (close) open = { start: at, close };
    else if (out.length === 0) out.push({ start: 0, end: at + 1 });
  }
  if (open) out.push({ start: open.start, end: text.length });
  return out;
}

// Words that attribute speech.
const SPEECH =
  /\b(?:said|says|say|told|tells|added|adds|stated|declared|announced|insisted|explained|wrote|writes|tweeted|posted|warned|recalled|noted|argued|asked|replied|claimed|confirmed|conceded|spoke|speaking|according to)\b/gi;
// Between a verb of speech and the day it was said stand a few words ("told reporters in Brussels on
// Friday", "On Friday, the minister said"), never a clause that dates something else ("said ahead of talks
// on Monday", "said after the vote on Monday").
const OTHER_CLAUSE =
  /[;:—–]|\b(?:ahead|before|after|when|while|as|until|since|during|because|and|but|where|which|that|for)\b/i;
const MAX_WORDS = 4;

const inside = (at: number, spans: readonly Span[]) => spans.some((s) => s.start <= at && at < s.end);

/**
 * For each phrase of a paragraph (spans in reading order): undefined outside quotations; inside one, the
 * index of the phrase that dates its words, when the attribution gives one next to a verb of speech. The
 * attribution is the rest of the quotation's sentences, before its opening mark and after its closing one.
 */
export function quotedPhrases(text: string, phrases: readonly Span[]): ({ speaker?: number } | undefined)[] {
  const quotes = quotations(text);
  const all = sentences(text);
  const sentenceAt = (at: number) => all.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  const verbs = [...text.matchAll(SPEECH)]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
    .filter((v) => !inside(v.start, quotes));
  return phrases.map((phrase) => {
    const quote = quotes.find((s) => s.start <= phrase.start && phrase.start < s.end);
    if (!quote) return undefined;
    const from = sentenceAt(quote.start).start;
    const to = sentenceAt(quote.end - 1).end;
    let best: { index: number; words: number } | undefined;
    phrases.forEach((p, index) => {
      if (p.start < from || p.end > to || inside(p.start, quotes)) return;
      for (const v of verbs) {
        if (v.start < from || v.end > to) continue;
        const gap =
          v.end <= p.start ? text.slice(v.end, p.start) : p.end <= v.start ? text.slice(p.end, v.start) : null;
        if (gap === null) continue;
        const words = gap.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
        if (words > MAX_WORDS || OTHER_CLAUSE.test(gap) || (best && best.words <= words)) continue;
        best = { index, words };
      }
    });
    return best ? { speaker: best.index } : {};
  });
}
