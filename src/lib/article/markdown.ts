// Reads an article written in Markdown (CommonMark with GFM's tables, footnotes, autolinks and strikethrough)
// or MDX (the same, plus <Timeline />, <StanceChart /> and <Fact event="…" /> where the editor wants them).
// Both are parsed, never compiled: MDX's JSX and expressions are read as data, and only the three components
// mean anything, so nothing an article carries can run. Block HTML inside Markdown goes through the HTML
// reader's sanitiser; the result is the article's one tree (./tree.ts).

import type { Root, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { htmlToMdast, tooDeep } from "./html";
import { type Conversion, Dropped, fromMdast } from "./mdast";

export interface MarkdownOptions {
  mdx?: boolean;
  /** The page the article was published on, to read relative links against. */
  linkBase?: string;
}

export function readMarkdown(text: string, file: string, options: MarkdownOptions = {}): Conversion {
  const source = text.replace(/^\uFEFF/, "");
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(source)) {
    return {
      blocks: [],
      media: [],
      dropped: [],
      problems: [
        {
          file,
          record: "line 1",
          message:
            "starts with a frontmatter block (---): an article's title and other metadata go in its .meta.yaml beside it; remove the block from the article",
        },
      ],
    };
  }
  const processor = options.mdx
    ? unified().use(remarkParse).use(remarkMdx).use(remarkGfm)
    : unified().use(remarkParse).use(remarkGfm);
  let tree: Root;
  try {
    tree = processor.parse(source) as Root;
  } catch (error) {
    // MDX refuses what it cannot parse (an unclosed tag, a stray "<" or "{"), with the place.
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      blocks: [],
      media: [],
      dropped: [],
      problems: [
        {
          file,
          ...(e.line ? { record: `line ${e.line}` } : {}),
          message: `is not valid MDX${e.column ? ` (column ${e.column})` : ""}: ${e.reason ?? e.message}. In MDX, write "<" and "{" as \\< and \\{ when they are words.`,
        },
      ],
    };
  }
  const dropped = new Dropped();
  const children: RootContent[] = [];
  try {
    for (const node of tree.children) {
      if (node.type === "html") children.push(...(htmlToMdast(node.value, dropped).children as RootContent[]));
      else children.push(node);
    }
  } catch (error) {
    const problem = tooDeep(error, file);
    if (!problem) throw error;
    return { blocks: [], media: [], dropped: [], problems: [problem] };
  }
  return fromMdast(
    { ...tree, children },
    {
      file,
      dropped,
      ...(options.mdx ? { mdx: true } : {}),
      ...(options.linkBase ? { linkBase: options.linkBase } : {}),
    },
  );
}
