// The fact base's schemas: what an editor writes in `<slug>.events.yaml` and `<slug>.stances.yaml`, and
// what the content collections hold once every quote is found in the article and tied to its paragraph.

import { z } from "astro/zod";
import { parseIsoDate } from "./dates";
import { CATEGORIES, COUNTRIES, PRECISIONS, STANCES } from "./vocabulary";

const allowed = (values: readonly string[]) => `expected one of: ${values.join(", ")}`;
const enumOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z.enum(values, { error: (issue) => `${JSON.stringify(issue.input)} is unknown; ${allowed(values)}` });
const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const id = z
  .string({ error: "is required: a short id in lower case with hyphens, e.g. us-strike" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower case letters, digits and hyphens, e.g. us-strike");
const text = z.string().trim().min(1, "must not be empty");
// YAML reads an unquoted 2016 as a number: accept it as the year it means.
const dateText = z.union([z.string(), z.number().int()]).transform(String);

export const sourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
});

const provenance = {
  summary: text,
  quotes: z.array(text),
  sources: z.array(sourceSchema).default([]),
  /** Where the article differs from the record. */
  note: text.optional(),
};

/** An event's fields as an editor writes them. */
export const eventShape = {
  id,
  title: text.max(60, "keep a title under 60 characters: it labels a mark on the timeline"),
  date: dateText,
  end: dateText.optional(),
  precision: enumOf(PRECISIONS),
  /** How a vague date in the article was resolved ("on Tuesday" → 11 April 2017). */
  resolution: text.optional(),
  category: enumOf(keys(CATEGORIES)),
  countries: z.array(enumOf(keys(COUNTRIES))).default([]),
  people: z.array(text).default([]),
  ...provenance,
  quotes: provenance.quotes.min(1, "needs at least one quote from the article"),
};

export const eventInputSchema = z.strictObject(eventShape).superRefine((e, ctx) => {
  const dayPrecision = e.precision === "range" ? "day" : e.precision;
  const start = parseIsoDate(e.date, dayPrecision);
  if (typeof start === "string") ctx.addIssue({ code: "custom", path: ["date"], message: start });
  if (e.precision !== "range") {
    if (e.end !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["end"],
        message: 'only a range has an end: set precision to "range" or remove end',
      });
    return;
  }
  if (e.end === undefined) {
    ctx.addIssue({ code: "custom", path: ["end"], message: "a range needs an end date (YYYY-MM-DD)" });
    return;
  }
  const end = parseIsoDate(e.end, "day");
  if (typeof end === "string") ctx.addIssue({ code: "custom", path: ["end"], message: end });
  else if (typeof start !== "string" && end <= start) {
    ctx.addIssue({
      code: "custom",
      path: ["end"],
      message: `the range ends (${e.end}) before or on the day it starts (${e.date})`,
    });
  }
});
export type EventInput = z.infer<typeof eventInputSchema>;

/** A stance's fields as an editor writes them. */
export const stanceShape = {
  id,
  country: enumOf(keys(COUNTRIES)),
  /** Who holds the stance: "Government", "Marine Le Pen (presidential candidate)". */
  actor: text,
  stance: enumOf(keys(STANCES)),
  /** When the stance was reported, for the G7's collective decision. */
  date: dateText.optional(),
  /** Ids of events in the same article that show this stance. */
  events: z.array(id).default([]),
  ...provenance,
};

export const stanceInputSchema = z.strictObject(stanceShape).superRefine((s, ctx) => {
  if (s.date !== undefined) {
    const d = parseIsoDate(s.date, "day");
    if (typeof d === "string") ctx.addIssue({ code: "custom", path: ["date"], message: d });
  }
  if (s.stance === "not-reported" && s.quotes.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["quotes"],
      message: "a stance the article does not report cannot have quotes: choose the stance they show",
    });
  }
  if (s.stance !== "not-reported" && s.quotes.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["quotes"],
      message: 'needs at least one quote from the article, or the stance "not-reported"',
    });
  }
});
export type StanceInput = z.infer<typeof stanceInputSchema>;

/** A quote found in the article, with the anchor of the paragraph that contains it. */
export const quoteSchema = z.object({ text: z.string(), paragraph: z.string() });
export type Quote = z.infer<typeof quoteSchema>;

type Resolved<T> = Omit<T, "quotes"> & { quotes: Quote[]; article: string };
export type FactEvent = Resolved<EventInput>;
export type FactStance = Resolved<StanceInput>;
