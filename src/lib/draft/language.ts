// The language a story is drafted in: its .meta.yaml's `lang` (a BCP 47 tag), English when it has none. Each
// part of the draft that reads words (the phrase finder, tense, quotation marks and verbs of speech, sentence
// ends, countries, people, ids) keeps its own table of words by language and looks the story's up here: by
// its full tag first ("de-CH"), then by its language ("de"). A language a table lacks gets that table's
// fallback, which reads no words at all rather than English ones.

const ENGLISH_NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** A story's language tag in its canonical form ("fr", "de-CH", "pt-BR"), or undefined when it is none. */
export function canonicalTag(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/** The language subtag of a tag: "de-CH" → "de". */
export const baseOf = (tag: string) => tag.split("-")[0].toLowerCase();

/** A language's name in English, for the tool's messages: "fr" → "French", "de-CH" → "Swiss High German". */
export const languageName = (tag: string) => ENGLISH_NAMES.of(tag) ?? tag;

/** A language's entry in a table of words by language: by its full tag, else by its language subtag. */
export function wordsFor<T>(table: Readonly<Partial<Record<string, T>>>, lang = "en"): T | undefined {
  return table[lang] ?? table[baseOf(lang)];
}

/** The names of a language's months (1–12) as Intl writes them alone ("janvier", "Januar"), in lower case. */
export function monthNames(lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2001, m, 1)).toLocaleLowerCase(lang));
}

/** The names of a language's weekdays (0 for Sunday … 6) as Intl writes them ("mardi", "Dienstag"), in lower case. */
export function weekdayNames(lang: string): string[] {
  const format = new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" });
  // 7 January 2001 was a Sunday.
  return Array.from({ length: 7 }, (_, d) => format.format(Date.UTC(2001, 0, 7 + d)).toLocaleLowerCase(lang));
}

/** Whether a language writes the day before the month in a numeric date (en-GB 31/01/2001, not en-US 1/31/2001). */
export function dayFirst(lang: string): boolean {
  const parts = new Intl.DateTimeFormat(lang, { timeZone: "UTC" }).formatToParts(Date.UTC(2001, 0, 31));
  const at = (type: string) => parts.findIndex((p) => p.type === type);
  return at("day") < at("month");
}

/** A text matched as itself inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern's words as a regular-expression alternation, longest first, so "avant-hier" wins over "hier". */
export const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");

/**
 * A text without its combining marks (Arabic's short vowels, written or not, do not change a word), and where
 * each of its characters stands in the text.
 */
export function withoutMarks(text: string): { bare: string; at: number[] } {
  let bare = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\p{Mn}/u.test(text[i])) continue;
    bare += text[i];
    at.push(i);
  }
  return { bare, at };
}
