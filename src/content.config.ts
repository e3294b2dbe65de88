// Content collections. `articles` are the MDX pages the build generates from seeds/ (see src/integrations/seeds.ts).

import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { GENERATED_DIR } from "./integrations/seeds";
import { articleMetaSchema } from "./lib/article/meta";

const articles = defineCollection({
  loader: glob({ pattern: "*.mdx", base: `./${GENERATED_DIR}` }),
  schema: articleMetaSchema.extend({ seed: z.string() }),
});

export const collections = { articles };
