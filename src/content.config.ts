// Content collections. `articles` are the MDX pages the build generates from seeds/ (src/integrations/seeds.ts);
// `events` and `stances` are the fact base read from the YAML files beside each seed (src/loaders/facts.ts).

import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { GENERATED_DIR } from "./integrations/seeds";
import { articleMetaSchema } from "./lib/article/meta";
import { eventShape, stanceShape } from "./lib/facts/schema";
import { vocabularySchema } from "./lib/facts/story";
import { factsLoader } from "./loaders/facts";

const articles = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `./${GENERATED_DIR}` }),
  schema: articleMetaSchema.extend({ seed: z.string(), vocabulary: vocabularySchema }),
});

// The integration validates every record and resolves every quote; these schemas type what the loaders store.
const resolved = { article: reference("articles") };

const events = defineCollection({
  loader: factsLoader("events"),
  schema: z.object({ ...eventShape, ...resolved }),
});

const stances = defineCollection({
  loader: factsLoader("stances"),
  schema: z.object({ ...stanceShape, ...resolved }),
});

export const collections = { articles, events, stances };
