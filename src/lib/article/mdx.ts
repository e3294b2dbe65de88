// Writes the MDX page of one article. The seed's text never passes through Markdown: every block is a
// component whose text is a JavaScript string literal, which Astro escapes when it renders it.

import type { ArticleMeta } from "./meta";
import type { Block, ParsedSeed } from "./parse";

/**
 * Where the graphics stand. The timeline always opens the article: above the text on narrow screens, and
 * beside it, in its own column, on wide ones; it illustrates the lead paragraph, which names its events.
 */
export interface MdxPlacement {
  /** Id of the paragraph after which the sanctions chart stands; the last paragraph when not given. */
  chartAfter?: string;
}

/**
 * A JavaScript string literal for `text`. JSON escapes quotes, backslashes and control characters; MDX
 * also looks at braces and angle brackets inside an expression, so those are written as \u escapes.
 */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(
    /[{}<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Frontmatter as YAML whose every value is JSON (YAML's flow style): no YAML quoting rules to get wrong. */
function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) => `${k}: ${JSON.stringify(v).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`,
    );
  return `---\n${lines.join("\n")}\n---`;
}

function blockLine(block: Block, slug: string): string {
  const component = block.kind === "paragraph" ? "Paragraph" : "Subhead";
  return `<${component} article=${jsString(slug)} id=${jsString(block.id)} text={${jsString(block.text)}} />`;
}

export function articleToMdx(
  slug: string,
  seedFile: string,
  seed: ParsedSeed,
  meta: ArticleMeta,
  placement: MdxPlacement = {},
): string {
  const paragraphs = seed.blocks.filter((b) => b.kind === "paragraph");
  const chartAfter = placement.chartAfter ?? paragraphs.at(-1)?.id;
  const lead = paragraphs[0]?.id;

  const body: string[] = [`<Timeline article=${jsString(slug)}${lead ? ` passage=${jsString(lead)}` : ""} />`];
  for (const block of seed.blocks) {
    body.push(blockLine(block, slug));
    if (block.id === chartAfter)
      body.push(`<SanctionsChart article=${jsString(slug)} passage=${jsString(block.id)} />`);
  }

  return [
    frontmatter({ ...meta, seed: seedFile }),
    "",
    'import Paragraph from "../../components/article/Paragraph.astro";',
    'import Subhead from "../../components/article/Subhead.astro";',
    'import Timeline from "../../components/Timeline.astro";',
    'import SanctionsChart from "../../components/SanctionsChart.astro";',
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}
