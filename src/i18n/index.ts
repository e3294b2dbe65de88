// Every word the site adds around a story, in the story's language: one message catalogue per language
// (src/i18n/catalogues/<lang>.json, ICU MessageFormat with plural and select rules, formatted by FormatJS's
// intl-messageformat), and the language's direction and the locale its dates and numbers are printed in.
// A message a catalogue lacks falls back to English, and the build lists which (missingMessages).
//
// Why intl-messageformat: ICU MessageFormat is the standard translators know (plural categories per language,
// Arabic's zero, one, two, few and many included, select, nested arguments); FormatJS's implementation is the
// maintained reference one, formats numbers and dates with the platform's Intl, and runs only at build: no
// message is formatted in a reader's browser, so it adds nothing to any page.

import { readdirSync, readFileSync } from "node:fs";
import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { IntlMessageFormat } from "intl-messageformat";
import type { ClientMessage, ClientPart } from "../client/say";
import en from "./catalogues/en.json" with { type: "json" };

export type MessageKey = keyof typeof en;
export type Catalogue = Partial<Record<MessageKey, string>>;

/**
 * The catalogues shipped, by file: adding a language is adding its file to catalogues/. Bundled by Vite (the
 * build, Vitest); read from the folder where no bundler runs (Node itself: the end-to-end tests' helpers).
 */
const CATALOGUES: Record<string, Catalogue> = import.meta.env
  ? (import.meta.glob<Catalogue>("./catalogues/*.json", { eager: true, import: "default" }) as Record<
      string,
      Catalogue
    >)
  : cataloguesOnDisk();

function cataloguesOnDisk(): Record<string, Catalogue> {
  const dir = new URL("./catalogues/", import.meta.url);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => [`./catalogues/${f}`, JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Catalogue]),
  );
}

const byLanguage = new Map(
  Object.entries(CATALOGUES).map(([path, catalogue]) => [path.replace(/^.*\/|\.json$/g, ""), catalogue]),
);

/** The catalogue a language would take its messages from (its file), and the messages it lacks that English has. */
export function catalogueGaps(lang: string): { catalogue: string | undefined; missing: string[] } {
  const tag = lang.toLowerCase();
  const name = byLanguage.has(tag) ? tag : byLanguage.has(tag.split("-")[0] ?? "") ? tag.split("-")[0] : undefined;
  if (tag.split("-")[0] === "en") return { catalogue: "src/i18n/catalogues/en.json", missing: [] };
  const own = catalogueOf(lang) ?? {};
  return {
    catalogue: name && `src/i18n/catalogues/${name}.json`,
    missing: (Object.keys(en) as MessageKey[]).filter((k) => own[k] === undefined),
  };
}

/** The languages whose catalogue is complete (every key English has): the README lists them. */
export const shippedLanguages = () =>
  [...byLanguage.keys()].filter((lang) => catalogueGaps(lang).missing.length === 0).sort();

/** The catalogue of a language tag: the tag's own ("pt-BR"), else its language's ("pt"), else none. */
function catalogueOf(lang: string): Catalogue | undefined {
  const tag = lang.toLowerCase();
  return byLanguage.get(tag) ?? byLanguage.get(tag.split("-")[0] ?? "");
}

/** Scripts written right to left, for a runtime without Intl.Locale's text info. */
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** A letter of a script written right to left. */
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mandaic}\p{Script=Samaritan}]/u;

/**
 * The direction of a text by its first letter (what dir="auto" finds), when it is not the page's: an English
 * title in an Arabic story, an Arabic one in an English list. Undefined when it reads the page's way, so a
 * page adds no attribute where none is needed.
 */
export function ownDir(text: string, pageDir: "ltr" | "rtl"): "ltr" | "rtl" | undefined {
  const first = text.match(/\p{L}/u)?.[0];
  if (!first) return undefined;
  const dir = RTL_LETTER.test(first) ? "rtl" : "ltr";
  return dir === pageDir ? undefined : dir;
}

/** Whether a value's direction may mix with its sentence's on a `dir` page (see isolated). */
function mixes(v: string, dir: "ltr" | "rtl"): boolean {
  if (v === "" || (v.startsWith("\u2068") && v.endsWith("\u2069"))) return false;
  if (dir === "ltr") return RTL_LETTER.test(v);
  // On a right-to-left page: a value with digits or left-to-right letters ("2015–2017", "GCCIA"), not one
  // written in the page's own letters alone, which sits in its sentence as it is.
  return [...v].some((c) => /\p{Nd}/u.test(c) || (/\p{L}/u.test(c) && !RTL_LETTER.test(c)));
}

/**
 * The values of a message, each text set apart from the sentence around it (Unicode's first-strong isolate,
 * U+2068 … U+2069, as Fluent does) where directions may mix: on a right-to-left page, or for a text with
 * right-to-left letters. So "2015–2017" or an English title keeps its order inside an Arabic sentence, and a
 * sentence's full stop stays at its end. An English page with English values is left as it was, and so is an
 * Arabic value in Arabic letters alone on an Arabic page, or a value a message has already set apart.
 */
function isolated(
  values: Record<string, string | number>,
  dir: "ltr" | "rtl",
  texts: ReadonlySet<string>,
): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = texts.has(k) && typeof v === "string" && mixes(v, dir) ? `\u2068${v}\u2069` : v;
  }
  return out;
}

/** The arguments a message prints as they are ({title}), not those it selects or counts by ({kind, select…}). */
function textArguments(ast: readonly MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of ast) {
    if (isArgumentElement(el)) found.add(el.value);
    else if (isPluralElement(el) || isSelectElement(el))
      for (const option of Object.values(el.options)) textArguments(option.value, found);
    else if (isTagElement(el)) textArguments(el.children, found);
  }
  return found;
}

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
  /** Each message's text arguments, read from its syntax tree once. */
  const texts = new Map<string, Set<string>>();
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
    t(key, values) {
      const format = formatOf(key);
      if (!values) return String(format.format());
      const args = texts.get(key) ?? textArguments(format.getAst());
      texts.set(key, args);
      return String(format.format(isolated(values, made.dir, args)));
    },
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
