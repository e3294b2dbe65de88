// The fact base's records: what an editor writes for each event and stance (field by field, with what to
// write when a field is wrong), and what the content collections hold once every quote is found in the
// article and tied to its paragraph. Types come from the stored schemas.

import { z } from "astro/zod";
import { parseWhen } from "../dates/when";
import { PLACEHOLDER_PREFIX } from "../draft/placeholder";
import type { FieldSpec } from "./problems";
import { type Category, type Group, idSchema, placeSchema, type StanceQuestion, textSchema } from "./story";

/** Titles and summaries a draft leaves for the editor start with PLACEHOLDER_PREFIX: the build refuses them. */
const written = textSchema.refine((s) => !s.startsWith(PLACEHOLDER_PREFIX), {
  message: `still holds the draft's placeholder (${PLACEHOLDER_PREFIX}…): write it`,
});

/** YAML reads an unquoted 2016 as a number: accept it as the year it means. */
const dateText = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .superRefine((text, ctx) => {
    const when = parseWhen(text);
    if (typeof when === "string") ctx.addIssue({ code: "custom", message: when });
  });

export const sourceSchema = z.strictObject({
  title: textSchema,
  url: z.url({ protocol: /^https?$/ }),
});

const DATE_HINT = "a date written 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00";

/** Fields every record has that trace it to the article and beyond. */
const provenance = (what: string): Record<string, FieldSpec> => ({
  summary: { schema: written, required: true, hint: `the ${what}, in our own words` },
  quotes: {
    schema: z.array(textSchema).default([]),
    hint: "the article's words that support it, each copied exactly from the seed",
  },
  sources: {
    schema: z.array(sourceSchema).default([]),
    hint: "outside sources, each { title: …, url: https://… }",
  },
  note: { schema: textSchema.optional(), hint: "where the article differs from the record" },
});

/** An event's fields as an editor writes them, for a story with these categories and groups. */
export function eventFields(categories: readonly Category[], groups: readonly Group[]): Record<string, FieldSpec> {
  const ids = categories.map((c) => c.id);
  return {
    id: { schema: idSchema, required: true, hint: "a short id in lower case with hyphens, e.g. minister-resigns" },
    title: {
      schema: written.pipe(z.string().max(60)),
      required: true,
      hint: "a title under 60 characters: it labels the event on the timeline",
    },
    date: { schema: dateText, required: true, hint: DATE_HINT },
    end: { schema: dateText.optional(), hint: `for a span, its end: ${DATE_HINT}` },
    turning: { schema: z.boolean().default(false), hint: "true for one of the story's turning points" },
    resolution: { schema: textSchema.optional(), hint: "how a vague date in the article was resolved" },
    category: {
      schema: z
        .string()
        .optional()
        .superRefine((c, ctx) => {
          if (c === undefined || ids.includes(c)) return;
          ctx.addIssue({
            code: "custom",
            message: ids.length
              ? `"${c}" is not one of this story's categories: ${ids.join(", ")} (declared under categories at the top of the file)`
              : `"${c}" is not declared: list the story's categories at the top of the file (categories: then events:), or remove the category`,
          });
        }),
      hint: "one of the categories declared at the top of the file",
    },
    countries: {
      schema: z.array(placeSchema(groups)).default([]),
      hint: "ISO 3166-1 alpha-2 codes (GB, US, DE…) or groups declared in the .meta.yaml",
    },
    people: { schema: z.array(textSchema).default([]), hint: "names, as a list" },
    ...provenance("event"),
  };
}

/** A stance's fields as an editor writes them, for a story with this question and these groups. */
export function stanceFields(
  question: StanceQuestion | undefined,
  groups: readonly Group[],
): Record<string, FieldSpec> {
  const values = [
    ...(question?.positions.map((p) => p.id) ?? []),
    "not-reported",
    ...(question?.target ? ["target"] : []),
  ];
  return {
    id: { schema: idSchema, required: true, hint: "a short id in lower case with hyphens, e.g. germany" },
    country: {
      schema: placeSchema(groups),
      required: true,
      hint: "an ISO 3166-1 alpha-2 code (GB, US, DE…) or a group declared in the .meta.yaml",
    },
    actor: {
      schema: textSchema,
      required: true,
      hint: "who holds the stance: Government, or a person or party, e.g. The opposition leader",
    },
    stance: {
      schema: z.string().superRefine((s, ctx) => {
        if (!question || values.includes(s)) return;
        ctx.addIssue({ code: "custom", message: `"${s}" is not one of this story's positions: ${values.join(", ")}` });
      }),
      required: true,
      hint: `one of the positions declared at the top of the file, or not-reported${question?.target ? " or target" : ""}`,
    },
    date: { schema: dateText.optional(), hint: `when the stance was reported: ${DATE_HINT}` },
    events: { schema: z.array(idSchema).default([]), hint: "ids of events in the same story that show this stance" },
    ...provenance("stance"),
  };
}

/** A quote found in the article, with the anchor of the paragraph that contains it. */
const quoteSchema = z.object({ text: z.string(), paragraph: z.string() });
export type Quote = z.infer<typeof quoteSchema>;

const stored = {
  /** The record's place in its file: the order of records that start together. */
  order: z.number().int(),
  summary: z.string(),
  quotes: z.array(quoteSchema),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
  note: z.string().optional(),
};

/** An event as the collections hold it (src/content.config.ts adds the reference to its article). */
export const eventShape = {
  id: z.string(),
  title: z.string(),
  date: z.string(),
  end: z.string().optional(),
  turning: z.boolean(),
  resolution: z.string().optional(),
  category: z.string().optional(),
  countries: z.array(z.string()),
  people: z.array(z.string()),
  ...stored,
};

export const stanceShape = {
  id: z.string(),
  country: z.string(),
  actor: z.string(),
  stance: z.string(),
  date: z.string().optional(),
  events: z.array(z.string()),
  ...stored,
};

const eventSchema = z.object(eventShape);
const stanceSchema = z.object(stanceShape);
export type FactEvent = z.infer<typeof eventSchema> & { article: string };
export type FactStance = z.infer<typeof stanceSchema> & { article: string };
