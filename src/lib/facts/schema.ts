// The fact base's records: what an editor writes for each event and stance (field by field, with what to
// write when a field is wrong), and what the content collections hold once every quote is found in the
// article and tied to its paragraph. Types come from the stored schemas.

import { z } from "astro/zod";
import { withoutPlaceholder } from "../article/meta";
import { blockSchema, inlineSchema } from "../article/tree";
import { parseWhen } from "../dates/when";
import type { FieldSpec } from "./problems";
import { type Category, type Group, idSchema, placeSchema, type StanceQuestion, textSchema } from "./story";

/** Words an editor writes for readers: a placeholder left anywhere in them (a draft's, a "(TODO check year)") is refused. */
const written = withoutPlaceholder(textSchema);

/**
 * A date as written. YAML reads an unquoted 2016 as a number: accept it as the year it means. An editor's own
 * file must give a time of day its UTC offset; a file made elsewhere (TimelineJS, a sheet) has none to give.
 */
const dateTextOf = (floating: boolean) =>
  z
    .union([z.string(), z.number().int()])
    .transform(String)
    .superRefine((text, ctx) => {
      const when = parseWhen(text, { floating });
      if (typeof when === "string") ctx.addIssue({ code: "custom", message: when });
    });
const dateText = dateTextOf(true);

export const sourceSchema = z.strictObject({
  title: textSchema,
  url: z.url({ protocol: /^https?$/ }),
});

const DATE_HINT =
  "a date written 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00 (before the common era -0044 or 44 BCE; 13.8 billion years ago)";

/**
 * An image or a link that goes with an event, as written: a file under the seeds folder's media/, an https
 * image, or any other https address (a video, a post, a document), shown as a link to it.
 */
export const mediaSchema = z.strictObject({
  url: textSchema.describe("media/photo.jpg, or an https address"),
  alt: textSchema.optional().describe("what the image shows, for readers who cannot see it"),
  caption: textSchema.optional(),
  credit: textSchema.optional(),
  title: textSchema.optional(),
  link: textSchema.optional(),
  thumbnail: textSchema.optional(),
});

/**
 * The fields every record has that trace it to the article and beyond, as an editor writes them (quotes as
 * text); each field's description is what a problem tells the editor to write.
 */
const provenance = (what: string) => ({
  summary: written.describe(`the ${what}, in our own words`),
  quotes: z
    .array(textSchema)
    .default([])
    .describe("the article's words that support it, each copied exactly from the seed"),
  sources: z.array(sourceSchema).default([]).describe("outside sources, each { title: …, url: https://… }"),
  note: written.optional().describe("where the article differs from the record"),
});

/**
 * An event: the one description of its fields. The editor's file is checked against it field by field (with
 * the story's own categories and groups, `eventFields`), and the collection stores it with its quotes found.
 */
const eventRecord = z.object({
  id: idSchema.describe("a short id in lower case with hyphens, e.g. minister-resigns"),
  title: written.describe("a title under 60 characters: it labels the event on the timeline"),
  date: dateText.describe(DATE_HINT),
  end: dateText.optional().describe(`for a span, its end: ${DATE_HINT}`),
  turning: z.boolean().default(false).describe("true for one of the story's turning points"),
  resolution: written.optional().describe("how a vague date in the article was resolved"),
  category: z.string().optional().describe("one of the categories declared at the top of the file"),
  countries: z
    .array(z.string())
    .default([])
    .describe("ISO 3166-1 alpha-2 codes (GB, US, DE…) or groups declared in the .meta.yaml"),
  people: z.array(textSchema).default([]).describe("names, as a list"),
  display_date: written
    .optional()
    .describe("the date as it should be printed when its written form says less, e.g. Spring 1917"),
  media: mediaSchema
    .optional()
    .describe("an image or a link: { url: media/photo.jpg or https://…, alt: …, caption: …, credit: … }"),
  ...provenance("event"),
});

/** A stance: the one description of its fields, as for an event. */
const stanceRecord = z.object({
  id: idSchema.describe("a short id in lower case with hyphens, e.g. germany"),
  country: z.string().describe("an ISO 3166-1 alpha-2 code (GB, US, DE…) or a group declared in the .meta.yaml"),
  actor: textSchema.describe("who holds the stance: Government, or a person or party, e.g. The opposition leader"),
  stance: z.string().describe("one of the positions declared at the top of the file, or not-reported"),
  date: dateText.optional().describe(`when the stance was reported: ${DATE_HINT}`),
  events: z.array(idSchema).default([]).describe("ids of events in the same story that show this stance"),
  ...provenance("stance"),
});

/** The field specs of a record's schema: each field's schema, whether it must be given, and its description as the hint. */
function specsOf(shape: Record<string, z.ZodType>): Record<string, FieldSpec> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      { schema, required: !schema.safeParse(undefined).success, hint: schema.description ?? key },
    ]),
  );
}

/** A field refined by a check the story's own vocabulary makes, keeping its description. */
const refined = <T extends z.ZodType>(schema: T, check: (value: z.output<T>, ctx: z.RefinementCtx) => void) =>
  schema.superRefine(check).describe(schema.description ?? "");

/**
 * An event's fields as an editor writes them, for a story with these categories and groups. `imported`: the
 * records come from a file made elsewhere (TimelineJS, a sheet), whose headlines are their authors' own (no
 * 60-character guide) and whose times of day carry no zone.
 */
export function eventFields(
  categories: readonly Category[],
  groups: readonly Group[],
  imported = false,
): Record<string, FieldSpec> {
  const ids = categories.map((c) => c.id);
  const { title, date, end, category, countries } = eventRecord.shape;
  return specsOf({
    ...eventRecord.shape,
    // A guide for titles an editor writes by hand; headlines imported as their authors wrote them may run longer.
    ...(imported ? {} : { title: title.pipe(z.string().max(60)).describe(title.description ?? "") }),
    date: dateTextOf(imported).describe(date.description ?? ""),
    end: dateTextOf(imported)
      .optional()
      .describe(end.description ?? ""),
    category: refined(category, (c, ctx) => {
      if (c === undefined || ids.includes(c)) return;
      ctx.addIssue({
        code: "custom",
        message: ids.length
          ? `"${c}" is not one of this story's categories: ${ids.join(", ")} (declared under categories at the top of the file)`
          : `"${c}" is not declared: list the story's categories at the top of the file (categories: then events:), or remove the category`,
      });
    }),
    countries: z
      .array(placeSchema(groups))
      .default([])
      .describe(countries.description ?? ""),
  });
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
  const { country, stance, date } = stanceRecord.shape;
  return specsOf({
    ...stanceRecord.shape,
    date: dateTextOf(false)
      .optional()
      .describe(date.description ?? ""),
    country: placeSchema(groups).describe(country.description ?? ""),
    stance: refined(stance, (s, ctx) => {
      if (!question || values.includes(s)) return;
      ctx.addIssue({ code: "custom", message: `"${s}" is not one of this story's positions: ${values.join(", ")}` });
    }).describe(
      `one of the positions declared at the top of the file, or not-reported${question?.target ? " or target" : ""}`,
    ),
  });
}

/** A quote found in the article, with the anchor of the paragraph that contains it. */
const quoteSchema = z.object({ text: z.string(), paragraph: z.string() });
export type Quote = z.infer<typeof quoteSchema>;

/** What the collections add to a record once it is checked: its place in its file, and its quotes found. */
const resolved = {
  /** The record's place in its file: the order of records that start together. */
  order: z.number().int(),
  quotes: z.array(quoteSchema),
};

/** An image or link of an event once it is checked, its words sanitised into the article tree's runs. */
const resolvedMedia = <I extends z.ZodType>(image: () => I) =>
  z.object({
    kind: z.enum(["image", "link"]),
    /** An image the site serves (through Astro's image pipeline); absent for a link, or an image it could not get. */
    src: image().optional(),
    alt: z.string().optional(),
    /** The address: the link's, or where an image came from. */
    url: z.string().optional(),
    /** For a link: who serves it ("YouTube", "Wikipedia", "a PDF"), and its title. */
    provider: z.string().optional(),
    title: z.string().optional(),
    caption: z.array(inlineSchema).optional(),
    credit: z.array(inlineSchema).optional(),
  });

/**
 * An event as the collections hold it (src/content.config.ts adds the reference to its article): its media
 * resolved, and for an imported event its text as its authors wrote it, sanitised into the article's tree.
 */
export const eventShapeWith = <I extends z.ZodType>(image: () => I) => ({
  ...eventRecord.shape,
  ...resolved,
  media: resolvedMedia(image).optional(),
  body: z.array(blockSchema).optional(),
});
/** The stored event, with a plain path standing for an image (for types and tests without Astro's image()). */
export const eventShape = eventShapeWith(() => z.string());
/** A stance as the collections hold it (src/content.config.ts makes its article and events references). */
export const stanceShape = { ...stanceRecord.shape, ...resolved };

const eventSchema = z.object(eventShape);
const stanceSchema = z.object(stanceShape);
/** An event as the editor's file gives it, checked, its quotes found: its media not yet resolved. */
export type CheckedEvent = Omit<z.output<typeof eventRecord>, "quotes"> &
  z.output<z.ZodObject<typeof resolved>> & { article: string };
/** An event as the collections hold it, its media resolved (src a path the content layer makes an image). */
export type FactEvent = z.output<typeof eventSchema> & { article: string };
export type EventMedia = NonNullable<FactEvent["media"]>;
export type FactStance = z.output<typeof stanceSchema> & { article: string };
