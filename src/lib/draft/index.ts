// What the draft tools (scripts/draft.mjs, bench/lib/draft.mjs) use, bundled for Node by esbuild: reading an
// article in any of its forms, drafting its events, writing the draft file, and scoring a draft against a
// hand-made events file.

import { readHtml } from "../article/html";
import { readMarkdown } from "../article/markdown";
import { parseSeed, textToTree } from "../article/parse";
import { passages } from "../article/tree";
import type { Problem } from "../errors";

export { type Draft, type DraftRecord, draftEvents } from "./draft";
export { keyEvents, type Score, scoreDraft } from "./score";
export { draftYaml } from "./yaml";

/** The forms an article is drafted from, by its file's extension. */
export const DRAFT_FORMS = ["txt", "md", "mdx", "html"] as const;

/**
 * An article's passages as the build reads them (its paragraphs, headings and captions, with their anchors),
 * from its text in any form: the draft quotes what the page shows.
 */
export function articlePassages(
  text: string,
  form: (typeof DRAFT_FORMS)[number],
  file: string,
): { blocks: { id: string; text: string }[]; problems: Problem[] } {
  if (form === "txt") {
    const { seed, problems } = parseSeed(text, file);
    return { blocks: seed?.blocks ?? [], problems };
  }
  const read = form === "html" ? readHtml(text, file) : readMarkdown(text, file, { mdx: form === "mdx" });
  return { blocks: passages(read.blocks).map(({ id, text }) => ({ id, text })), problems: read.problems };
}

export { textToTree };
