// Every word the site adds around a story, in the story's language: one message catalogue per language
// (src/i18n/catalogues/<lang>.json, ICU MessageFormat with plural and select rules, formatted by FormatJS's
// intl-messageformat), and the language's direction and the locale its dates and numbers are printed in.
// A message a catalogue lacks falls back to English, and the build lists which (missingMessages).
//
// Why intl-messageformat: ICU MessageFormat is the standard translators know (plural categories per language,
// Arabic's zero, one, two, few and many included, select, nested arguments); FormatJS's implementation is the
// maintained reference one, formats numbers and dates with the platform's Intl, and runs only at build: no
// message is formatted in a reader's browser, so it adds nothing to any page.

import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { ClientMessage, ClientPart } from "../client/say";
import en from "./catalogues/en.json";

export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;

/** The catalogues shipped, by language: adding a language is adding its file here and in catalogues/. */
const CATALOGUES: Record<string, Catalogue> = import.meta.glob<Catalogue>("./catalogues/*.json", {
  eager: true,
  import: "default",
}) as unknown as Record<string, Catalogue>;

const byLanguage = new Map(
  Object.entries(CATALOGUES).map(([path, catalogue]) => [path.replace(/^.*\/|\.json$/g, ""), catalogue]),
);

/** The languages whose catalogue is complete (every key English has): the README lists them. */
export const shippedLanguages = () => [...byLanguage.keys()].sort();

/** The catalogue of a language tag: the tag's own ("pt-BR"), else its language's ("pt"), else none. */
function catalogueOf(lang: string): Catalogue | undefined {
  const tag = lang.toLowerCase();
  return byLanguage.get(tag) ?? byLanguage.get(tag.split("-")[0] ?? "");
}

/** Scripts written right to left, for a runtime without Intl.Locale's text info. */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** The direction a language is written in: "rtl" for Arabic, Hebrew, Persian, Urdu…, else "ltr". */
export function direction(lang: string): "ltr" | "rtl" {
  try {
    const locale = new Intl.Locale(lang);
    const info =
      (locale as { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } }).getTextInfo?.() ??
      (locale as { textInfo?: { direction?: string } }).textInfo;
    if (info?.direction) return info.direction === "rtl" ? "rtl" : "ltr";
    return RTL_SCRIPTS.has(locale.maximize().script ?? "") ? "rtl" : "ltr";
  } catch {
    return "ltr";
  }
}

/**
 * The locale dates and numbers are printed in. A bare "en" prints as international English (day first,
 * "7 Apr 2017"), as the site always has; any other tag as itself ("en-US" for "Apr 7, 2017").
 */
export const formatLocale = (lang: string) => (lang.toLowerCase() === "en" ? "en-001" : lang);

/** How a story's dates are written when its language's defaults are not what it wants (its .meta.yaml). */
export interface CalendarOptions {
  calendar?: string | undefined;
  numberingSystem?: string | undefined;
}

/**
 * The messages with markup in them, drawn by src/components/Rich.astro. Every other message reads < and > as
 * text ("#event-<id>", "title <url>"), so a translator never has to escape them.
 */
export const RICH: ReadonlySet<MessageKey> = new Set<MessageKey>([
  "article.source",
  "article.data",
  "embed.elsewhere",
  "archive.spanTimes",
]);

const missing = new Map<string, Set<string>>();

/** The messages each language lacks that English has, as the build found them: the build lists them. */
export function missingMessages(): Map<string, string[]> {
  return new Map([...missing].map(([lang, keys]) => [lang, [...keys].sort()]));
}

/** A run of a rich message: plain text, or the text of one of its tags. */
export type RichRun = string | { tag: string; text: string };

export interface Messages {
  lang: string;
  dir: "ltr" | "rtl";
  /** The BCP 47 tag dates and numbers are formatted in, with the story's calendar and numbering system. */
  locale: string;
  options: CalendarOptions;
  /** A message, its arguments filled in. */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /**
   * A message with markup in it (`<link>the PNG image</link>`): its text and its tagged runs, in the language's
   * order, for a component to draw each run as the element it stands for (src/components/Rich.astro). `tags`
   * are the tags the page draws: a translation that uses another fails the build, naming it.
   */
  rich(key: MessageKey, tags: readonly string[], values?: Record<string, string | number>): RichRun[];
  /** A message a page's script fills in (src/client/say.ts): its text, or its plural forms, with {name} slots. */
  client(key: MessageKey): ClientMessage;
  /** "a, b and c", in the language. */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
  /** A number, in the language's digits. */
  number(n: number, options?: Intl.NumberFormatOptions): string;
}

const cache = new Map<string, Messages>();

/** The messages of a language (a BCP 47 tag; English when none is given). */
export function messages(lang = "en", options: CalendarOptions = {}): Messages {
  const key = `${lang}|${options.calendar ?? ""}|${options.numberingSystem ?? ""}`;
  const found = cache.get(key);
  if (found) return found;
  const own = catalogueOf(lang) ?? {};
  const extensions = [
    ...(options.calendar ? [`ca-${options.calendar}`] : []),
    ...(options.numberingSystem ? [`nu-${options.numberingSystem}`] : []),
  ];
  const base = formatLocale(lang);
  const locale = extensions.length ? `${base}-u-${extensions.join("-")}` : base;
  const formats = new Map<string, IntlMessageFormat>();
  const formatOf = (key: MessageKey) => {
    let format = formats.get(key);
    if (!format) {
      const text = own[key];
      if (text === undefined && lang.split("-")[0] !== "en") {
        const set = missing.get(lang) ?? new Set();
        set.add(key);
        missing.set(lang, set);
      }
      format = new IntlMessageFormat(text ?? en[key], text === undefined ? formatLocale("en") : locale, undefined, {
        ignoreTag: !RICH.has(key),
      });
      formats.set(key, format);
    }
    return format;
  };
  const made: Messages = {
    lang,
    dir: direction(lang),
    locale,
    options,
    t: (key, values) => String(formatOf(key).format(values)),
    rich(key, tags, values = {}) {
      const clash = tags.find((tag) => tag in values);
      if (clash) throw new Error(`${key}: <${clash}> is both a tag and a value`);
      const handlers = Object.fromEntries(
        tags.map((tag) => [tag, (chunks: unknown[]) => ({ tag, text: chunks.join("") })]),
      );
      if (!RICH.has(key)) throw new Error(`${key} is not a message with markup (RICH in src/i18n/index.ts)`);
      const out = formatOf(key).format<RichRun>({ ...values, ...handlers });
      return (Array.isArray(out) ? out : [out]).map((run) => (typeof run === "object" ? run : String(run)));
    },
    client(key) {
      const format = formatOf(key);
      return clientTemplate(format.getAst(), key, format.resolvedOptions().locale);
    },
    list: (items, type = "conjunction") => new Intl.ListFormat(locale, { style: "long", type }).format(items),
    number: (n, o) => new Intl.NumberFormat(locale, o).format(n),
  };
  cache.set(key, made);
  return made;
}

/**
 * The og:locale of a page (language_TERRITORY): the tag's own territory ("pt-BR" → "pt_BR"), else the one its
 * catalogue names ("meta.locale": English's is en_GB, the site's international English), else the likeliest.
 */
export function ogLocale(m: Pick<Messages, "lang">): string {
  try {
    const locale = new Intl.Locale(m.lang);
    if (locale.region) return `${locale.language}_${locale.region}`;
    const own = catalogueOf(m.lang)?.["meta.locale"];
    if (own) return own;
    const likely = locale.maximize();
    return `${likely.language}_${likely.region ?? "001"}`;
  } catch {
    return "en_GB";
  }
}

/** A message's runs for a script: literal text, {arguments} and the plural's count (#), nothing else. */
function clientParts(ast: readonly MessageFormatElement[], key: string): ClientPart[] {
  return ast.map((el) => {
    if (isLiteralElement(el)) return el.value;
    if (isArgumentElement(el)) return { arg: el.value };
    if (isPoundElement(el)) return { count: true };
    throw new Error(`${key}: a message a script fills in may hold text, {arguments} and one plural, nothing else`);
  });
}

/** A message for a page's script: its runs, or, when it is one plural, the runs of each of its forms. */
function clientTemplate(ast: readonly MessageFormatElement[], key: string, locale: string): ClientMessage {
  const [only] = ast;
  if (ast.length === 1 && only && isPluralElement(only)) {
    return {
      locale,
      plural: only.value,
      forms: Object.fromEntries(Object.entries(only.options).map(([form, o]) => [form, clientParts(o.value, key)])),
    };
  }
  return { locale, parts: clientParts(ast, key) };
}
