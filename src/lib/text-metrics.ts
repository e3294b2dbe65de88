// Text widths without a DOM: a conservative estimate for a system sans-serif UI font, so labels can be laid
// out at build time and never turn out wider than the box reserved for them.

/**
 * Advance widths in em. Each is at least the widest of DejaVu Sans and Liberation Sans (metric twin of
 * Arial/Helvetica), measured from the fonts' own tables: the widest fonts a reader's `system-ui` is likely
 * to fall back to. Characters not listed (other letters, other scripts) are classified in `fallbackEm`; the Cyrillic and Greek
 * letters here are the ones wider than that fallback.
 */
const EM_GROUPS: readonly (readonly [string, number])[] = [
  ["'", 0.29],
  ["ijl", 0.3],
  ["I", 0.32],
  ["., ‘’‚·", 0.33],
  [" \u00a0", 0.32],
  [":;|/\\", 0.34],
  ["f", 0.37],
  ["-", 0.37],
  ["t()[]", 0.4],
  ["!", 0.41],
  ["r", 0.42],
  ['"', 0.47],
  ["*J", 0.5],
  ["“”„", 0.55],
  ["_`?–", 0.56],
  ["cksvxyz•", 0.6],
  ["abdeghnopqu0123456789$€£{}", 0.64],
  ["EFLPSTYZ", 0.69],
  ["ABKRVX", 0.73],
  ["&", 0.78],
  ["CDGHNOQU", 0.79],
  ["w", 0.82],
  ["#+=<>~^", 0.84],
  ["M", 0.87],
  ["мыωюфЪΦΨ", 0.86],
  ["МΜФЫ", 0.89],
  ["жшщ", 0.95],
  ["%", 0.96],
  ["m", 0.99],
  ["W", 0.99],
  ["—…", 1],
  ["@", 1.02],
  ["ЖШЩЮ", 1.1],
];

const EM = new Map<string, number>(EM_GROUPS.flatMap(([chars, em]) => Array.from(chars, (c) => [c, em] as const)));

/** Bold glyphs run up to about 20% wider than regular ones in the same fonts (DejaVu Sans Bold's f, t, P). */
const BOLD_FACTOR = 1.2;

/** Unlisted letters: capitals of other scripts are wide; lowercase Cyrillic, Greek etc. average about 0.62em. */
const UPPERCASE_EM = 0.8;
const DEFAULT_EM = 0.66;
/** CJK and other full-width characters are one em; colour emoji run wider than their em box. */
const WIDE_EM = 1;
const EMOJI_EM = 1.2;

const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Cc}\p{Emoji_Modifier}]/u;
const EMOJI = /\p{Extended_Pictographic}/u;
const UPPERCASE = /\p{Lu}/u;
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

function fallbackEm(char: string): number {
  if (ZERO_WIDTH.test(char)) return 0;
  if (EMOJI.test(char)) return EMOJI_EM;
  if (WIDE.test(char)) return WIDE_EM;
  return UPPERCASE.test(char) ? UPPERCASE_EM : DEFAULT_EM;
}

function charEm(char: string): number {
  // An accented letter is as wide as its base letter: "é" is "e" plus a zero-width accent.
  const base = char.normalize("NFD").codePointAt(0) ?? 0;
  return EM.get(String.fromCodePoint(base)) ?? fallbackEm(char);
}

/** The width in px that `text` is unlikely to exceed when set in a system sans-serif at `fontSizePx`. */
export function estimateTextWidth(text: string, fontSizePx: number, weight: "normal" | "bold" = "normal"): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSizePx * (weight === "bold" ? BOLD_FACTOR : 1);
}

/** What the reader's own text spacing (WCAG 1.4.12) adds at most: 0.12 em after each letter, 0.16 em per space. */
const TEXT_SPACING_EM = { letter: 0.12, word: 0.16 } as const;

/**
 * The width in px that `text` is unlikely to exceed even under the reader's own text spacing (WCAG 1.4.12,
 * scripts/text-spacing.mjs): SVG text does not reflow, so what is laid out at build must leave it room.
 */
export function spacedTextWidth(text: string, fontSizePx: number, weight: "normal" | "bold" = "normal"): number {
  let em = 0;
  let spacing = 0;
  for (const char of text) {
    em += charEm(char);
    spacing +=
      char === " " || char === "\u00a0" ? TEXT_SPACING_EM.letter + TEXT_SPACING_EM.word : TEXT_SPACING_EM.letter;
  }
  return (em * (weight === "bold" ? BOLD_FACTOR : 1) + spacing) * fontSizePx;
}

// Graphemes, so a hard break never separates an accent or an emoji sequence from its base.
const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The longest run of whole graphemes at the start of `word` that fits, but at least one so wrapping progresses. */
function fittingPrefix(word: string, maxWidthPx: number, measure: (text: string) => number): string {
  let prefix = "";
  for (const { segment } of graphemes.segment(word)) {
    if (prefix && measure(prefix + segment) > maxWidthPx) break;
    prefix += segment;
  }
  return prefix;
}

/**
 * Greedy word wrap to lines no wider than `maxWidthPx`. A word too long for a line is broken inside, so no
 * line is wider than the limit unless a single grapheme is. Runs of whitespace become single spaces; no
 * other character is dropped, unless the text needs more than `maxLines` lines: then the last line ends in
 * an ellipsis and the rest is left out (the caller should offer the full text some other way). Lines are
 * measured with `measure` (by default, estimateTextWidth at the size given, regular weight).
 */
export function wrapText(
  text: string,
  maxWidthPx: number,
  fontSizePx: number,
  maxLines = Infinity,
  measure: (text: string) => number = (t) => estimateTextWidth(t, fontSizePx),
): string[] {
  const fits = (s: string) => measure(s) <= maxWidthPx;
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    while (!fits(word)) {
      const prefix = fittingPrefix(word, maxWidthPx, measure);
      if (prefix === word) break;
      lines.push(prefix);
      word = word.slice(prefix.length);
    }
    line = word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;

  const kept = lines.slice(0, Math.max(1, maxLines));
  const last = kept.length - 1;
  kept[last] = `${fittingPrefix(`${kept[last]} ${lines[last + 1]}`, maxWidthPx - measure("…"), measure).trimEnd()}…`;
  return kept;
}
