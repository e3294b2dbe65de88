// Quoted speech in a paragraph, and the phrase that dates it. A relative date inside a quotation ("this
// morning", "on Tuesday") counts from the day the words were said, and news often reports them the day
// after; the attribution around the quotation names that day when the text gives it ("the minister said on
// Friday", "said Thursday", "told reporters on 5 March"). Found here; counted in resolve.ts.
//
// In the story's language: its quotation marks (French « », German „ “ and » «) and its verbs of speech
// (English, French, German and Arabic here). In another language quotations are found by the marks most
// languages use, and the day they were said is never read from the attribution, so each relative date inside
// one is marked to check.

import { withoutMarks, wordsFor } from "./language";
import { type Span, sentences } from "./passages";

/** Opening marks and the mark that closes each, by language. */
const MARKS: Record<string, Record<string, string>> = {
  en: { '"': '"', "“": "”", "«": "»" },
  fr: { '"': '"', "«": "»", "“": "”" },
  // „So“ and »so«; Switzerland and Liechtenstein write «so».
  de: { '"': '"', "„": "“", "»": "«" },
  "de-CH": { '"': '"', "«": "»", "„": "“" },
  "de-LI": { '"': '"', "«": "»", "„": "“" },
  es: { '"': '"', "«": "»", "“": "”" },
  ar: { '"': '"', "«": "»", "“": "”" },
};
/** Any other language: the marks most languages open with. */
const COMMON_MARKS: Record<string, string> = { '"': '"', "“": "”", "«": "»", "„": "“" };

const escapeClass = (s: string) => s.replace(/[\]^-]/g, "\\$&");

/**
 * The quotations of a paragraph, marks included, in the story's language: “…”, «…», „…“ and straight double
 * quotes paired in order. One left open runs to the paragraph's end, as a quotation continued in the next
 * paragraph does; a closing mark before any opening one ends a quotation begun in the paragraph before.
 */
export function quotations(text: string, lang = "en"): Span[] {
  const marks = wordsFor(MARKS, lang) ?? COMMON_MARKS;
  const all = new Set([...Object.keys(marks), ...Object.values(marks)]);
  const out: Span[] = [];
  let open: { start: number; close: string } | undefined;
  for (const m of text.matchAll(new RegExp(`[${escapeClass([...all].join(""))}]`, "g"))) {
    const at = m.index ?? 0;
    const close = marks[m[0]];
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

interface Attribution {
  /** Words that attribute speech. */
  speech: RegExp;
  /**
   * Between a verb of speech and the day it was said stand a few words ("told reporters in Brussels on
   * Friday", "On Friday, the minister said"), never a clause that dates something else ("said ahead of talks
   * on Monday", "said after the vote on Monday").
   */
  otherClause: RegExp;
}

const ATTRIBUTION: Record<string, Attribution> = {
  en: {
    speech:
      /\b(?:said|says|say|told|tells|added|adds|stated|declared|announced|insisted|explained|wrote|writes|tweeted|posted|warned|recalled|noted|argued|asked|replied|claimed|confirmed|conceded|spoke|speaking|according to)\b/gi,
    otherClause:
      /[;:—–]|\b(?:ahead|before|after|when|while|as|until|since|during|because|and|but|where|which|that|for)\b/i,
  },
  fr: {
    speech:
      /(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:déclaré|dit|affirmé|indiqué|expliqué|annoncé|ajouté|estimé|assuré|précisé|souligné|confié|prévenu|averti|rappelé|reconnu|insisté|écrit|répondu|lancé|martelé|tweeté)|déclare|dit|affirme|indique|explique|ajoute|estime|assure|précise|souligne|selon|d['’]après|(?:a|dit|explique|ajoute|précise|estime)-t-(?:il|elle)|dit-(?:il|elle))(?![\p{L}])/giu,
    otherClause:
      /[;:—–]|(?<![\p{L}])(?:avant|après|lorsque|quand|pendant|depuis|parce|et|mais|où|qui|que|qu['’]|pour|alors|tandis|dont)(?![\p{L}])/iu,
  },
  de: {
    speech:
      /(?<![\p{L}])(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betont|teilte|teilten|meinte|meint|fügte|schrieb|schreibt|warnte|warnt|versicherte|bekräftigte|laut|zufolge)(?![\p{L}])/giu,
    otherClause:
      /[;:—–]|(?<![\p{L}])(?:vor|nach|als|wenn|während|seit|weil|und|aber|wo|dass|bevor|nachdem|bis|für)(?![\p{L}])/iu,
  },
  ar: {
    speech:
      /(?<![\p{L}])[وف]?(?:قال|قالت|يقول|تقول|أضاف|أضافت|مضيفا|مضيفة|أكد|أكدت|مؤكدا|أعلن|أعلنت|صرح|صرحت|أوضح|أوضحت|أشار|أشارت|وفقا|وفق|بحسب|حسب)(?![\p{L}])/gu,
    otherClause: /[;:—–؛]|(?<![\p{L}])(?:قبل|بعد|عندما|حين|حينما|منذ|لأن|لكن|التي|الذي)(?![\p{L}])/u,
  },
};
const MAX_WORDS = 4;

const inside = (at: number, spans: readonly Span[]) => spans.some((s) => s.start <= at && at < s.end);

/**
 * For each phrase of a paragraph (spans in reading order): undefined outside quotations; inside one, the
 * index of the phrase that dates its words, when the attribution gives one next to a verb of speech. The
 * attribution is the rest of the quotation's sentences, before its opening mark and after its closing one.
 */
export function quotedPhrases(
  text: string,
  phrases: readonly Span[],
  lang = "en",
): ({ speaker?: number } | undefined)[] {
  const quotes = quotations(text, lang);
  const all = sentences(text, lang);
  const attribution = wordsFor(ATTRIBUTION, lang);
  const sentenceAt = (at: number) => all.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at };
  // Verbs are read without marks: Arabic's short vowels, written or not, do not change the word.
  const { bare, at } = withoutMarks(text);
  const verbs = (attribution ? [...bare.matchAll(attribution.speech)] : [])
    .map((m) => ({ start: at[m.index ?? 0], end: at[(m.index ?? 0) + m[0].length - 1] + 1 }))
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
        if (words > MAX_WORDS || attribution?.otherClause.test(gap) || (best && best.words <= words)) continue;
        best = { index, words };
      }
    });
    return best ? { speaker: best.index } : {};
  });
}
