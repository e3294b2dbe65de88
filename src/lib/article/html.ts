// Reads an article body exported from a CMS (WordPress, Arc, Ghost, a Wikinews page) as HTML. Hostile until
// sanitised: what a page must never run or load (scripts, styles, frames, forms, tracking pixels, inline
// event handlers, javascript: links) is taken out first and counted, so the build can say what it dropped;
// then rehype-sanitize keeps a short allowlist of elements and attributes; then hast-util-to-mdast turns
// what is left into the Markdown tree that Markdown articles give, and ./mdast.ts into the article's tree.
// Figures keep their image, caption and credit.

import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from "hast";
import { toMdast } from "hast-util-to-mdast";
import type { PhrasingContent, Root, RootContent } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import { unified } from "unified";
import type { Problem } from "../errors";
import { type Conversion, Dropped, type FigureNode, fromMdast } from "./mdast";

/** Elements a reader's page never gets, with everything in them. */
const STRIP = [
  "script",
  "style",
  "template",
  "noscript",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "track",
  "map",
  "dialog",
  "link",
  "meta",
  "base",
  "head",
  "title",
];

/**
 * What an article may keep: text-level semantics, lists, quotes, headings, tables and figures. Anything else
 * is unwrapped (its words stay); attributes are only those the article's tree can say.
 */
export const ARTICLE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [
    "p",
    "a",
    "em",
    "i",
    "strong",
    "b",
    "u",
    "s",
    "del",
    "mark",
    "small",
    "span",
    "abbr",
    "time",
    "q",
    "cite",
    "sup",
    "sub",
    "code",
    "pre",
    "br",
    "hr",
    "blockquote",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
    "div",
  ],
  attributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
    span: ["dataExplainerCredit"],
  },
  protocols: { href: ["http", "https", "mailto"], src: ["http", "https"] },
  strip: STRIP,
  clobber: [],
  clobberPrefix: "",
  required: {},
  ancestors: { li: ["ol", "ul"], tr: ["table"], th: ["table"], td: ["table"], figcaption: ["figure"] },
};

const sanitizer = unified().use(rehypeSanitize, ARTICLE_SCHEMA);

const CREDIT_CLASS = /\b(credit|byline|copyright|courtesy|photographer|attribution)\b/i;

const isElement = (n: HastNodes): n is Element => n.type === "element";
const className = (e: Element) => {
  const c = e.properties?.className;
  return Array.isArray(c) ? c.join(" ") : String(c ?? "");
};
const number = (v: unknown) => (v === undefined || v === null || v === "" ? undefined : Number(v));

/**
 * The first pass, on the raw tree: counts (and where useful replaces) what the sanitiser would take out, so
 * the build can name it. A frame becomes a plain link to what it showed (https only); a tracking pixel goes.
 */
function takeOutHostile(tree: HastRoot, dropped: Dropped): void {
  const visit = (parent: HastRoot | Element) => {
    const kept: (typeof parent.children)[number][] = [];
    for (const node of parent.children) {
      if (node.type === "comment") continue;
      if (!isElement(node)) {
        kept.push(node);
        continue;
      }
      const name = node.tagName;
      const props = node.properties ?? {};
      for (const key of Object.keys(props)) {
        if (/^on/i.test(key)) {
          dropped.add("inline event handler|inline event handlers", `${key.toLowerCase()} on <${name}>`);
          delete props[key];
        } else if (key === "style") {
          dropped.add("inline style|inline styles");
          delete props[key];
        }
      }
      if (name === "iframe" || name === "embed" || name === "object") {
        const src = String(props.src ?? props.data ?? "");
        if (/^https:\/\//i.test(src)) {
          dropped.add(
            "embedded frame (replaced by a link to what it showed)|embedded frames (each replaced by a link to what it showed)",
            src.slice(0, 60),
          );
          kept.push({
            type: "element",
            tagName: "p",
            properties: {},
            children: [
              {
                type: "element",
                tagName: "a",
                properties: { href: src },
                children: [{ type: "text", value: `Embedded content from ${new URL(src).hostname}` }],
              },
            ],
          });
        } else dropped.add("embedded frame with no https address|embedded frames with no https address");
        continue;
      }
      if (STRIP.includes(name)) {
        dropped.add(`<${name}> element|<${name}> elements`);
        continue;
      }
      if (name === "img") {
        const [w, h] = [number(props.width), number(props.height)];
        if ((w !== undefined && w <= 2) || (h !== undefined && h <= 2)) {
          dropped.add("tracking pixel|tracking pixels", String(props.src ?? "").slice(0, 60));
          continue;
        }
      }
      if (name === "a" && typeof props.href === "string" && /^\s*(javascript|data|vbscript):/i.test(props.href)) {
        dropped.add("link to javascript: or data: (its text kept)|links to javascript: or data: (their text kept)");
        node.tagName = "span";
        node.properties = {};
      }
      // A figcaption's credit, marked before the sanitiser drops class names.
      if (name === "figcaption") {
        for (const child of node.children) {
          if (
            isElement(child) &&
            (CREDIT_CLASS.test(className(child)) || child.tagName === "small" || child.tagName === "cite")
          ) {
            child.tagName = "span";
            child.properties = { ...child.properties, dataExplainerCredit: "true" };
          }
        }
      }
      visit(node);
      kept.push(node);
    }
    parent.children = kept as typeof parent.children;
  };
  visit(tree);
}

/** The article's part of a whole page: its <article> if it has one, else its body; a fragment as it is. */
function articlePart(tree: HastRoot): HastRoot {
  const find = (nodes: readonly HastNodes[], name: string): Element | undefined => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.tagName === name) return n;
      const inner = find(n.children, name);
      if (inner) return inner;
    }
    return undefined;
  };
  const part = find(tree.children, "article") ?? find(tree.children, "body");
  return part ? { type: "root", children: part.children } : tree;
}

const textOf = (nodes: readonly ElementContent[]): string =>
  nodes.map((n) => (n.type === "text" ? n.value : isElement(n) ? textOf(n.children) : "")).join("");

/** Parses, cleans and sanitises HTML into Markdown's tree, listing what it dropped into `dropped`. */
export function htmlToMdast(html: string, dropped: Dropped): Root {
  const whole = /<html[\s>]|<body[\s>]/i.test(html);
  const raw = unified().use(rehypeParse, { fragment: !whole }).parse(html);
  const part = articlePart(raw);
  takeOutHostile(part, dropped);
  const clean = sanitizer.runSync(part) as HastRoot;
  return toMdast(clean, {
    handlers: {
      figure(state, node) {
        const img = findImage(node);
        if (!img) return state.all(node) as RootContent[];
        const caption = node.children.find((c): c is Element => isElement(c) && c.tagName === "figcaption");
        const credit: PhrasingContent[] = [];
        const words: PhrasingContent[] = [];
        for (const child of caption?.children ?? []) {
          const converted = state.all({
            type: "element",
            tagName: "span",
            properties: {},
            children: [child],
          }) as PhrasingContent[];
          if (isElement(child) && child.properties?.dataExplainerCredit) credit.push(...converted);
          else words.push(...converted);
        }
        const figure: FigureNode = {
          type: "explainerFigure",
          src: String(img.properties?.src ?? ""),
          alt: String(img.properties?.alt ?? ""),
          caption: words,
          credit,
        };
        state.patch(node, figure as never);
        return figure as never;
      },
    },
  }) as Root;
}

function findImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === "img") return child;
    if (child.tagName !== "figcaption") {
      const inner = findImage(child);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * The problem of HTML nested so deep that reading it overflows the stack (a hostile file can do it with a
 * few thousand unclosed tags); undefined for any other error, which is a bug to report as it is.
 */
export function tooDeep(error: unknown, file: string): Problem | undefined {
  if (!(error instanceof RangeError)) return undefined;
  return {
    file,
    message:
      "nests its HTML elements too deeply to read (thousands inside one another): export the article again, or clean it",
  };
}

/** Reads a CMS article's HTML into the article's tree. */
export function readHtml(html: string, file: string, linkBase?: string): Conversion {
  const dropped = new Dropped();
  let tree: Root;
  try {
    tree = htmlToMdast(html, dropped);
  } catch (error) {
    const problem = tooDeep(error, file);
    if (!problem) throw error;
    return { blocks: [], media: [], dropped: [], problems: [problem] };
  }
  return fromMdast(tree, { file, dropped, ...(linkBase ? { linkBase } : {}) });
}

/** The words of some HTML as plain text (a headline written in HTML), after the same sanitiser. */
export function htmlToText(html: string): string {
  try {
    const tree = sanitizer.runSync(unified().use(rehypeParse, { fragment: true }).parse(html)) as HastRoot;
    return textOf(tree.children as ElementContent[])
      .replace(/[\t\n\f\r ]+/g, " ")
      .trim();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Too deep to parse: what is left once every tag is gone is still its words, never its markup.
    return html
      .replace(/<[^>]*>?/g, " ")
      .replace(/[<>]/g, " ")
      .replace(/[\t\n\f\r ]+/g, " ")
      .trim();
  }
}
