// Writes the MDX page of one article. The seed's text never passes through Markdown: every block is a
// component whose text is a JavaScript string literal, which Astro escapes when it renders it.

import type { Vocabulary } from "../facts/story";
import type { ArticleMeta } from "./meta";
import type { Block, ParsedSeed } from "./parse";

/**
 * Where the graphics stand. The timeline follows the lead paragraph, so a phone reader starts with the
 * story's own words and meets the whole sequence next; on wide screens it stands beside the text, in its own
 * column, from the top.
 */
export interface MdxPlacement {
  /** Id of the paragraph after which the stance chart stands; the last paragraph when not given. */
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
  meta: ArticleMeta & { vocabulary?: Vocabulary },
  placement: MdxPlacement = {},
): string {
  const paragraphs = seed.blocks.filter((b) => b.kind === "paragraph");
  const chartAfter = placement.chartAfter ?? paragraphs.at(-1)?.id;
  const lead = paragraphs[0]?.id;

  const timeline = `<Timeline article=${jsString(slug)} />`;
  const body: string[] = lead ? [] : [timeline];
  for (const block of seed.blocks) {
    body.push(blockLine(block, slug));
    if (block.id === lead) body.push(timeline);
    if (block.id === chartAfter) body.push(`<StanceChart article=${jsString(slug)} />`);
  }

  return [
    frontmatter({ ...meta, seed: seedFile }),
    "",
    'import Paragraph from "../../components/article/Paragraph.astro";',
    'import Subhead from "../../components/article/Subhead.astro";',
    'import Timeline from "../../components/Timeline.astro";',
    'import StanceChart from "../../components/StanceChart.astro";',
    "",
    ...body.flatMap((line) => [line, ""]),
  ].join("\n");
}
