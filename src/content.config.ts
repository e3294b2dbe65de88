// The content collections: every story's article, events and stances, read from seeds/ once by one loader
// of ours (src/loaders/seeds.ts) and validated by these schemas, the only description of a record. Events and
// stances name their article, and stances their events, by reference.

import { defineCollection, reference } from "astro:content";
import { z } from "astro/zod";
import { articleMetaSchema } from "./lib/article/meta";
import { blockSchema } from "./lib/article/tree";
import { eventShapeWith, stanceShape } from "./lib/facts/schema";
import { vocabularySchema } from "./lib/facts/story";
import { seedsLoader } from "./loaders/seeds";

const articles = defineCollection({
  loader: seedsLoader("articles"),
  schema: ({ image }) =>
    articleMetaSchema.extend({
      /** The form it was written in, and its file (relative to the project root). */
      form: z.enum(["text", "markdown", "mdx", "html", "timelinejs", "sheet"]),
      seed: z.string(),
      /** The article's one tree, every graphic in its place (src/lib/article/tree.ts). */
      blocks: z.array(blockSchema),
      /** Its images: a file Astro's image pipeline processes, or the address of one that could not be fetched. */
      media: z.array(
        z.object({
          key: z.string(),
          alt: z.string(),
          src: image().optional(),
          url: z.string().optional(),
          missing: z.string().optional(),
        }),
      ),
      vocabulary: vocabularySchema,
      /** How many events and stances the story has: a page asks a collection only when some story has records in it. */
      counts: z.object({ events: z.number().int(), stances: z.number().int() }),
    }),
});

const events = defineCollection({
  loader: seedsLoader("events"),
  schema: ({ image }) => z.object({ ...eventShapeWith(image), article: reference("articles") }),
});

const stances = defineCollection({
  loader: seedsLoader("stances"),
  schema: z.object({ ...stanceShape, article: reference("articles"), events: z.array(reference("events")) }),
});

export const collections = { articles, events, stances };
