// From a Markdown syntax tree (mdast: what remark reads from Markdown and MDX, and what hast-util-to-mdast
// makes of sanitised HTML) to the article's one tree (./tree.ts). Everything the tree cannot say safely is
// left out and listed: a link to javascript:, raw HTML inside Markdown, an MDX component or expression this
// site does not know. Images become references to the article's media, checked and processed later.

import type { Nodes, Parent, PhrasingContent, Root, RootContent } from "mdast";
import type { Position } from "unist";
import type { Problem } from "../errors";
import { createIdAllocator, slugify } from "./slug";
import { type Block, type Inline, inlineText, normalizeWhitespace, RESERVED_IDS } from "./tree";

/** An image the article shows: as written (a file under media/ or an https URL), its words, and where it stands. */
export interface MediaRef {
  /** Its key in the article's media list, "m1", "m2", … in reading order. */
  key: string;
  src: string;
  alt: string;
  /** "line 12", for problems. */
  where: string;
}

/** A figure the HTML reader found (<figure> with <img> and <figcaption>), carried through mdast as its own node. */
export interface FigureNode {
  type: "explainerFigure";
  src: string;
  alt: string;
  caption: PhrasingContent[];
  credit: PhrasingContent[];
  position?: Position;
}

declare module "mdast" {
  interface RootContentMap {
    explainerFigure: FigureNode;
  }
}

export interface Conversion {
  /** The first heading of level 1 at the very top: the article's own title. */
  title?: string;
  blocks: Block[];
  media: MediaRef[];
  problems: Problem[];
  /** What was left out, one line per kind, for the build's log ("2 links to javascript: (their text kept)"). */
  dropped: string[];
}

const PARAGRAPH_ID_WORDS = 5;
const HEADING_ID_WORDS = 12;

/** Where a node stands, for problems: "line 12". */
export const lineOf = (node: { position?: Nodes["position"] }) =>
  node.position ? `line ${node.position.start.line}` : undefined;

/**
 * Counts of what was dropped, by kind, worded once at the end: "2 links to javascript: (their text kept)".
 * A kind is written "singular|plural" where the two differ ("<script> element|<script> elements").
 */
export class Dropped {
  readonly #counts = new Map<string, { n: number; examples: string[] }>();
  add(kind: string, example?: string): void {
    const entry = this.#counts.get(kind) ?? { n: 0, examples: [] };
    entry.n++;
    if (example && entry.examples.length < 2 && !entry.examples.includes(example)) entry.examples.push(example);
    this.#counts.set(kind, entry);
  }
  get lines(): string[] {
    return [...this.#counts].map(([kind, { n, examples }]) => {
      const [one, other = one] = kind.split("|");
      return `${n} ${n === 1 ? one : other}${examples.length ? `: ${examples.join(", ")}${n > examples.length ? ", …" : ""}` : ""}`;
    });
  }
}

export interface ConvertOptions {
  file: string;
  /** MDX: its three components are places for the graphics; anything else of MDX is refused. */
  mdx?: boolean;
  /** Resolves links relative to the page the article was published on (its metadata's source URL). */
  linkBase?: string;
  dropped?: Dropped;
}

/** A link's target if it is safe to follow: http(s) and mailto, and relative ones resolved against `base`. */
export function safeHref(href: string, base?: string): { href: string } | { drop: string } {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) {
    try {
      return { href: new URL(trimmed).href };
    } catch {
      return {
        drop: "link whose address is not a URL (its text kept)|links whose address is not a URL (their text kept)",
      };
    }
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed))
    return {
      drop: "link to javascript:, data: or another scheme (its text kept)|links to javascript:, data: or other schemes (their text kept)",
    };
  if (trimmed.startsWith("#") || !trimmed)
    return { drop: "link within the CMS's own page (its text kept)|links within the CMS's own page (their text kept)" };
  if (!base)
    return {
      drop: "link relative to the CMS's own site, with no source URL in the .meta.yaml to read it against (its text kept)|links relative to the CMS's own site, with no source URL in the .meta.yaml to read them against (their text kept)",
    };
  try {
    const url = new URL(trimmed, base);
    return /^https?:$/.test(url.protocol)
      ? { href: url.href }
      : {
          drop: "link to javascript:, data: or another scheme (its text kept)|links to javascript:, data: or other schemes (their text kept)",
        };
  } catch {
    return {
      drop: "link whose address is not a URL (its text kept)|links whose address is not a URL (their text kept)",
    };
  }
}

/** Converts a whole mdast tree. */
export function fromMdast(root: Root, options: ConvertOptions): Conversion {
  const { file } = options;
  const dropped = options.dropped ?? new Dropped();
  const problems: Problem[] = [];
  const media: MediaRef[] = [];
  const allocate = createIdAllocator(RESERVED_IDS);
  const problem = (node: { position?: Nodes["position"] } | undefined, message: string, field?: string) =>
    problems.push({
      file,
      ...(node && lineOf(node) ? { record: lineOf(node) } : {}),
      ...(field ? { field } : {}),
      message,
    });

  // Link and image references ([text][ref]) read their targets from the definitions anywhere in the document.
  const definitions = new Map<string, { url: string; title?: string | null }>();
  const footnotes = new Map<string, RootContent[]>();
  for (const node of root.children) {
    if (node.type === "definition") definitions.set(node.identifier, { url: node.url, title: node.title });
    if (node.type === "footnoteDefinition") footnotes.set(node.identifier, node.children);
  }
  const footnoteOrder: string[] = [];

  const addMedia = (src: string, alt: string, node: { position?: Nodes["position"] }): string => {
    const key = `m${media.length + 1}`;
    media.push({ key, src, alt, where: lineOf(node) ?? "" });
    return key;
  };

  const inlines = (nodes: readonly (PhrasingContent | RootContent)[]): Inline[] => {
    const out: Inline[] = [];
    const push = (run: Inline) => {
      const last = out.at(-1);
      if (run.type === "text" && last?.type === "text") last.value += run.value;
      else out.push(run);
    };
    for (const node of nodes) {
      switch (node.type) {
        case "text":
          push({ type: "text", value: node.value.replace(/[\t\n\f\r ]+/g, " ") });
          break;
        case "emphasis":
        case "strong":
        case "delete": {
          const children = inlines(node.children);
          if (children.length) out.push({ type: node.type, children });
          break;
        }
        case "inlineCode":
          out.push({ type: "code", value: node.value });
          break;
        case "break":
          out.push({ type: "break" });
          break;
        case "link":
        case "linkReference": {
          const target = node.type === "link" ? { url: node.url, title: node.title } : definitions.get(node.identifier);
          const children = inlines(node.children);
          const safe = target
            ? safeHref(target.url, options.linkBase)
            : {
                drop: "link to a reference the text does not define (its text kept)|links to a reference the text does not define (their text kept)",
              };
          if ("drop" in safe) {
            dropped.add(safe.drop, target?.url ? JSON.stringify(target.url.slice(0, 60)) : undefined);
            for (const c of children) push(c);
          } else
            out.push({ type: "link", href: safe.href, ...(target?.title ? { title: target.title } : {}), children });
          break;
        }
        case "footnoteReference": {
          if (!footnoteOrder.includes(node.identifier)) footnoteOrder.push(node.identifier);
          const n = footnoteOrder.indexOf(node.identifier) + 1;
          out.push({ type: "footnoteRef", id: footnoteId(node.identifier), label: String(n) });
          break;
        }
        case "image":
        case "imageReference":
          // An image inside running text cannot be a figure: its words stay, as its alt text.
          dropped.add(
            "image inside a sentence (its alt text kept: give an image a paragraph of its own)|images inside a sentence (their alt text kept: give an image a paragraph of its own)",
          );
          if (node.alt) push({ type: "text", value: node.alt });
          break;
        case "html":
          dropped.add(
            "raw HTML tag inside Markdown text (the words around it kept)|raw HTML tags inside Markdown text (the words around them kept)",
            JSON.stringify(node.value.slice(0, 40)),
          );
          break;
        case "mdxJsxTextElement": {
          const fact = options.mdx ? factOf(node, problem) : undefined;
          if (fact) out.push({ type: "fact", ...fact });
          else if (!options.mdx)
            dropped.add(
              "MDX element in a Markdown file (rename the file .mdx to use it)|MDX elements in a Markdown file (rename the file .mdx to use them)",
            );
          break;
        }
        case "mdxTextExpression":
          if (!isComment(node.value))
            problem(
              node,
              `holds an expression {${node.value.slice(0, 40)}}: an article's MDX may not compute anything; write the words themselves`,
            );
          break;
        default:
          break;
      }
    }
    // White space at a block's edges is not part of its text.
    const first = out[0];
    if (first?.type === "text") first.value = first.value.trimStart();
    const last = out.at(-1);
    if (last?.type === "text") last.value = last.value.trimEnd();
    return out.filter((r) => r.type !== "text" || r.value);
  };

  const paragraphId = (children: readonly Inline[], i: number) =>
    allocate(`p-${slugify(inlineText(children), PARAGRAPH_ID_WORDS) || String(i + 1)}`);

  let counter = 0;
  const blocks = (nodes: readonly RootContent[]): Block[] => {
    const out: Block[] = [];
    for (const node of nodes) {
      counter++;
      switch (node.type) {
        case "paragraph": {
          const only = node.children.filter((c) => c.type !== "text" || c.value.trim());
          const image = only.length === 1 ? only[0] : undefined;
          if (image && (image.type === "image" || image.type === "imageReference")) {
            const target =
              image.type === "image" ? { url: image.url, title: image.title } : definitions.get(image.identifier);
            if (!target) {
              problem(
                image,
                `shows an image whose reference [${image.type === "imageReference" ? image.label : ""}] the article does not define`,
              );
              break;
            }
            const { caption, credit } = splitCredit(target.title ?? "");
            out.push({
              type: "figure",
              id: allocate(`figure-${slugify(image.alt ?? "", PARAGRAPH_ID_WORDS) || counter}`),
              media: addMedia(target.url, image.alt ?? "", image),
              ...(caption ? { caption: [{ type: "text", value: caption }] } : {}),
              ...(credit ? { credit: [{ type: "text", value: credit }] } : {}),
            });
            break;
          }
          const children = inlines(node.children);
          if (children.length) out.push({ type: "paragraph", id: paragraphId(children, counter), children });
          break;
        }
        case "heading": {
          const children = inlines(node.children);
          if (!children.length) break;
          const depth = Math.min(4, Math.max(2, node.depth)) as 2 | 3 | 4;
          out.push({
            type: "heading",
            id: allocate(slugify(inlineText(children), HEADING_ID_WORDS) || `section-${counter}`),
            depth,
            children,
          });
          break;
        }
        case "blockquote": {
          const children = blocks(node.children);
          if (children.length) out.push({ type: "quote", children });
          break;
        }
        case "list":
          out.push({
            type: "list",
            ordered: node.ordered === true,
            ...(node.ordered && typeof node.start === "number" && node.start !== 1 ? { start: node.start } : {}),
            items: node.children.map((item) => blocks(item.children)),
          });
          break;
        case "table": {
          const [head, ...rows] = node.children.map((row) => row.children.map((cell) => inlines(cell.children)));
          out.push({
            type: "table",
            id: allocate(`table-${counter}`),
            align: (node.align ?? []).map((a) => a ?? null),
            head: head ?? [],
            rows,
          });
          break;
        }
        case "thematicBreak":
          out.push({ type: "rule" });
          break;
        case "code":
          out.push({ type: "code", value: node.value });
          break;
        case "explainerFigure": {
          out.push({
            type: "figure",
            id: allocate(`figure-${slugify(node.alt, PARAGRAPH_ID_WORDS) || counter}`),
            media: addMedia(node.src, node.alt, node),
            ...(node.caption.length ? { caption: inlines(node.caption) } : {}),
            ...(node.credit.length ? { credit: inlines(node.credit) } : {}),
          });
          break;
        }
        case "mdxJsxFlowElement": {
          if (!options.mdx) break;
          if (node.name === "Timeline" || node.name === "StanceChart") {
            if (node.attributes.length) problem(node, `<${node.name} /> takes no attributes: write it alone`);
            out.push({ type: "graphic", graphic: node.name === "Timeline" ? "timeline" : "stances" });
          } else {
            const fact = factOf(node, problem);
            if (fact) out.push({ type: "fact", ...fact });
          }
          break;
        }
        case "mdxFlowExpression":
          if (!isComment(node.value))
            problem(
              node,
              `holds an expression {${node.value.slice(0, 40)}}: an article's MDX may not compute anything; write the words themselves`,
            );
          break;
        case "mdxjsEsm":
          problem(
            node,
            "imports or exports code: an article's MDX may use only <Timeline />, <StanceChart /> and <Fact />, which need no import; remove this line",
          );
          break;
        case "html":
          // Block HTML inside Markdown is read by the caller (it goes through the HTML reader and its sanitiser).
          break;
        default:
          break;
      }
    }
    return out;
  };

  const body = root.children.filter((n) => n.type !== "definition" && n.type !== "footnoteDefinition");
  let title: string | undefined;
  const first = body[0];
  if (first?.type === "heading" && first.depth === 1) {
    title = normalizeWhitespace(inlineText(inlines(first.children)));
    body.shift();
  }
  const out = blocks(body);
  if (footnoteOrder.length) {
    out.push({
      type: "footnotes",
      items: footnoteOrder.map((id, i) => ({
        id: footnoteId(id),
        label: String(i + 1),
        children: blocks(footnotes.get(id) ?? []),
      })),
    });
  }
  for (const [id] of footnotes)
    if (!footnoteOrder.includes(id))
      dropped.add("footnote the text never refers to|footnotes the text never refers to", `[^${id}]`);
  return { ...(title ? { title } : {}), blocks: out, media, problems, dropped: dropped.lines };
}

const footnoteId = (identifier: string) => `note-${slugify(identifier) || "x"}`;

const isComment = (value: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);

/** `<Fact event="id" />` or `<Fact stance="id" />`, or a problem. */
function factOf(
  node: Extract<Nodes, { type: "mdxJsxFlowElement" | "mdxJsxTextElement" }>,
  problem: (node: { position?: Nodes["position"] }, message: string, field?: string) => void,
): { kind: "event" | "stance"; id: string } | undefined {
  if (node.name !== "Fact") {
    problem(
      node,
      `<${node.name ?? ""}> is not a component an article can use: write <Timeline />, <StanceChart /> or <Fact event="…" /> (or stance="…")`,
    );
    return undefined;
  }
  const attributes = node.attributes.filter((a) => a.type === "mdxJsxAttribute");
  const given = attributes.filter((a) => a.name === "event" || a.name === "stance");
  const other = node.attributes.filter(
    (a) => a.type !== "mdxJsxAttribute" || (a.name !== "event" && a.name !== "stance"),
  );
  const value = given[0]?.value;
  if (given.length !== 1 || other.length || typeof value !== "string" || !value) {
    problem(
      node,
      '<Fact> names one event or one stance by its id, as text: <Fact event="g7-lucca" /> or <Fact stance="germany" />',
    );
    return undefined;
  }
  return { kind: given[0]?.name === "stance" ? "stance" : "event", id: value };
}

/**
 * An image's title as its caption and credit: "Ministers in Vienna. Photo: Jane Doe/Reuters" → the caption
 * "Ministers in Vienna." and the credit "Photo: Jane Doe/Reuters". A credit is what starts with "Photo:",
 * "Credit:", "Image:", "Picture:" or "Map:" at the end, in parentheses or not.
 */
export function splitCredit(title: string): { caption?: string; credit?: string } {
  const text = normalizeWhitespace(title);
  const m = text.match(/^(.*?)[\s(]*\b((?:Photo|Photograph|Credit|Image|Picture|Map|Graphic)s?\s*:\s*[^()]+?)\)?$/i);
  if (!m) return text ? { caption: text } : {};
  const caption = (m[1] ?? "").trim();
  return { ...(caption ? { caption } : {}), credit: (m[2] ?? "").trim() };
}

/** Text content of an mdast node, for messages. */
export function textOf(node: Parent | Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(textOf).join("");
  return "";
}
