// An article's metadata: the schema an editor's `<slug>.meta.yaml` must meet, and the defaults derived
// from the seed itself when the file or one of its fields is missing.

import { z } from "astro/zod";
import { placeholderProblem } from "../draft/placeholder";
import type { Problem } from "../errors";
import { type Block, paragraphTexts } from "./tree";

/** What the metadata is derived from: the article's own title line, if any, and its blocks. */
export interface ArticleText {
  title?: string;
  /** Where its title came from, for the log: "the seed's first line" unless said. */
  titleFrom?: string;
  blocks: readonly Block[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A well-formed BCP 47 language tag, as Intl reads one. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
const isoDay = z
  .string()
  .regex(ISO_DAY, "expected a date written YYYY-MM-DD, for example 2021-06-14")
  .refine((s) => {
    // A date in the wrong form is one problem, said by the regex; only a well-formed one is checked here.
    if (!ISO_DAY.test(s)) return true;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a date that exists in the calendar");

/** `schema` (words an editor writes for readers) refusing a placeholder left anywhere in them: a story's title and dek, an event's fields (src/lib/facts/schema.ts). */
export const withoutPlaceholder = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((s, ctx) => {
    const problem = placeholderProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** What an editor may write in `seeds/<slug>.meta.yaml`. Every field is optional. */
export const metaFileSchema = z.strictObject({
  title: withoutPlaceholder(
    z.string().trim().min(1, "must not be empty").max(140, "keep the title under 140 characters"),
  ).optional(),
  dek: withoutPlaceholder(
    z.string().trim().min(1, "must not be empty").max(300, "keep the dek under 300 characters"),
  ).optional(),
  /** The story's date: when the reported events were current. */
  date: isoDay.optional(),
  source: z
    .strictObject({
      name: z.string().trim().min(1, "must not be empty"),
      url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
      note: z.string().trim().min(1, "must not be empty").optional(),
    })
    .optional(),
  /** The featured article is the home page's explainer. */
  featured: z.boolean().optional(),
  /** The story's language, a BCP 47 tag (fr, de, ar, pt-BR…): every word the site adds, every date and number follow it. */
  lang: z
    .string()
    .trim()
    .refine(isLanguageTag, "must be a language tag such as fr, de, ar or pt-BR (BCP 47)")
    .optional(),
  /** A calendar other than the language's own, for its dates (Intl's names: gregory, islamic, hebrew, japanese…). */
  calendar: z
    .string()
    .trim()
    .refine((c) => Intl.supportedValuesOf("calendar").includes(c), {
      message: `must be one of the calendars Intl knows: ${Intl.supportedValuesOf("calendar").join(", ")}`,
    })
    .optional(),
  /** Digits other than the language's own (Intl's names: latn, arab, arabext, deva…). */
  numberingSystem: z
    .string()
    .trim()
    .refine((n) => Intl.supportedValuesOf("numberingSystem").includes(n), {
      message: "must be a numbering system Intl knows, such as latn or arab",
    })
    .optional(),
  /** Groups of countries the story's data names (EU, NATO), checked by src/lib/facts/story.ts. */
  groups: z.unknown().optional(),
});
export type MetaFile = z.infer<typeof metaFileSchema>;

/** The metadata every article page has, after defaults are derived. */
export const articleMetaSchema = z.object({
  title: z.string(),
  dek: z.string(),
  date: z.string().optional(),
  source: z.object({ name: z.string(), url: z.string().optional(), note: z.string().optional() }),
  featured: z.boolean(),
  lang: z.string(),
  calendar: z.string().optional(),
  numberingSystem: z.string().optional(),
  /** Which fields were derived rather than given, for the build log and for editors. */
  derived: z.array(z.string()),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

const DEK_MAX_CHARS = 200;

/** "river-treaty-review" → "River treaty review". */
export function titleFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first sentence of the first paragraph, cut at a word boundary when it is long. */
export function dekFromSeed(seed: ArticleText): string {
  const first = paragraphTexts(seed.blocks)[0] ?? "";
  const sentence = first.match(/^.*?[.!?](?=\s|$)/u)?.[0] ?? first;
  if (sentence.length <= DEK_MAX_CHARS) return sentence;
  const cut = sentence.slice(0, DEK_MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** Validates the raw metadata (already parsed from YAML; undefined when there is no file). */
export function validateMetaFile(raw: unknown, file: string): { meta?: MetaFile; problems: Problem[] } {
  const result = metaFileSchema.safeParse(raw ?? {});
  if (result.success) return { meta: result.data, problems: [] };
  return {
    problems: result.error.issues.flatMap((issue) =>
      issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({
            file,
            field: [...issue.path, key].join("."),
            message: `is not a known field; the fields allowed are ${Object.keys(metaFileSchema.shape).join(", ")}`,
          }))
        : [{ file, field: issue.path.join(".") || undefined, message: issue.message }],
    ),
  };
}

/** Fills what the editor did not give from the seed and its file name, and records what was derived. */
export function deriveMeta(slug: string, seed: ArticleText, meta: MetaFile = {}): ArticleMeta {
  const derived: string[] = [];
  let title = meta.title;
  if (!title && seed.title) {
    title = seed.title;
    derived.push(`title (from ${seed.titleFrom ?? "the seed's first line"})`);
  }
  if (!title) {
    title = titleFromSlug(slug);
    derived.push("title (from the file name)");
  }
  if (!meta.dek) derived.push("dek (from the first sentence)");
  if (!meta.source) derived.push("source (unattributed)");
  const dek = meta.dek ?? dekFromSeed(seed);
  const source = meta.source ?? { name: "Unattributed" };
  if (!meta.date) derived.push("date (none: the page shows no date)");
  return {
    title,
    dek,
    date: meta.date,
    source,
    featured: meta.featured ?? false,
    lang: meta.lang ?? "en",
    ...(meta.calendar ? { calendar: meta.calendar } : {}),
    ...(meta.numberingSystem ? { numberingSystem: meta.numberingSystem } : {}),
    derived,
  };
}
