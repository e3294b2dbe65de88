// The one tree every article becomes, whatever it was written in (plain text, Markdown, MDX, a CMS's HTML):
// blocks of inline runs, each paragraph and heading with its stable anchor, images as references to the
// article's media, and the places the editor (or the placement rule) gives the graphics. It is data, not code:
// JSON the content layer stores and components draw, so nothing an input carries ever runs. Quotes are found
// in the text a reader sees (`passages`), the same text the page shows.

import { z } from "astro/zod";

/** Words inside a block: text, emphasis, links, line breaks, footnote references, an inline fact. */
export type Inline =
  | { type: "text"; value: string }
  | { type: "emphasis" | "strong" | "delete"; children: Inline[] }
  | { type: "link"; href: string; title?: string; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "break" }
  | { type: "footnoteRef"; id: string; label: string }
  | { type: "fact"; kind: "event" | "stance"; id: string };

export type Block =
  | { type: "paragraph"; id: string; children: Inline[] }
  | { type: "heading"; id: string; depth: 2 | 3 | 4; children: Inline[] }
  | { type: "quote"; children: Block[] }
  | { type: "list"; ordered: boolean; start?: number; items: Block[][] }
  /** An image of the article's media (`media` is its key), with its caption and credit. */
  | { type: "figure"; id: string; media: string; caption?: Inline[]; credit?: Inline[] }
  | { type: "table"; id: string; align: ("left" | "right" | "center" | null)[]; head: Inline[][]; rows: Inline[][][] }
  | { type: "rule" }
  | { type: "code"; value: string }
  /** Where a graphic stands: placed by the editor in MDX, or by the placement rule. */
  | { type: "graphic"; graphic: "timeline" | "stances" }
  /** One event or stance, as a card in the flow of the text (MDX's <Fact event="…" />). */
  | { type: "fact"; kind: "event" | "stance"; id: string }
  | { type: "footnotes"; items: { id: string; label: string; children: Block[] }[] };

/** Ids the page layout uses itself, which a block must never take. */
export const RESERVED_IDS = ["main", "content", "top", "title", "timeline", "stances", "footer", "footnotes"];

/** Folds runs of ASCII white space (what HTML folds) to one space. Used for the page and for quote matching. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, " ").trim();
}

/** The text a reader sees of some inline runs: link text included, markup and footnote numbers left out. */
export function inlineText(runs: readonly Inline[]): string {
  const parts: string[] = [];
  const walk = (rs: readonly Inline[]) => {
    for (const r of rs) {
      switch (r.type) {
        case "text":
        case "code":
          parts.push(r.value);
          break;
        case "break":
          parts.push(" ");
          break;
        case "emphasis":
        case "strong":
        case "delete":
        case "link":
          walk(r.children);
          break;
        default:
          break;
      }
    }
  };
  walk(runs);
  return normalizeWhitespace(parts.join(""));
}

/** A stretch of the article's text that a quote may stand in, with the anchor a link to it takes. */
export interface Passage {
  id: string;
  text: string;
  kind: "paragraph" | "heading" | "caption" | "table";
}

/** Every passage of the article, in reading order: paragraphs (in lists, quotes and notes too), headings, captions, tables. */
export function passages(blocks: readonly Block[]): Passage[] {
  const out: Passage[] = [];
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      switch (b.type) {
        case "paragraph":
        case "heading":
          out.push({ id: b.id, text: inlineText(b.children), kind: b.type });
          break;
        case "quote":
          walk(b.children);
          break;
        case "list":
          for (const item of b.items) walk(item);
          break;
        case "footnotes":
          for (const item of b.items) walk(item.children);
          break;
        case "figure": {
          const text = inlineText([...(b.caption ?? []), { type: "text", value: " " }, ...(b.credit ?? [])]);
          if (text) out.push({ id: b.id, text, kind: "caption" });
          break;
        }
        case "table":
          out.push({
            id: b.id,
            text: normalizeWhitespace([...b.head, ...b.rows.flat()].map((c) => inlineText(c)).join(" ")),
            kind: "table",
          });
          break;
        default:
          break;
      }
    }
  };
  walk(blocks);
  return out;
}

/** The text of a whole article, for a dek or a search index: its paragraphs, in order. */
export const paragraphTexts = (blocks: readonly Block[]) =>
  passages(blocks)
    .filter((p) => p.kind === "paragraph")
    .map((p) => p.text);

/** The graphics the blocks place (an editor's MDX), and each fact they name. */
export function placed(blocks: readonly Block[]): {
  graphics: ("timeline" | "stances")[];
  facts: { kind: "event" | "stance"; id: string }[];
} {
  const graphics: ("timeline" | "stances")[] = [];
  const facts: { kind: "event" | "stance"; id: string }[] = [];
  const inline = (rs: readonly Inline[]) => {
    for (const r of rs) {
      if (r.type === "fact") facts.push({ kind: r.kind, id: r.id });
      else if ("children" in r) inline(r.children);
    }
  };
  const walk = (bs: readonly Block[]) => {
    for (const b of bs) {
      if (b.type === "graphic") graphics.push(b.graphic);
      else if (b.type === "fact") facts.push({ kind: b.kind, id: b.id });
      else if (b.type === "paragraph" || b.type === "heading") inline(b.children);
      else if (b.type === "quote") walk(b.children);
      else if (b.type === "list") for (const item of b.items) walk(item);
    }
  };
  walk(blocks);
  return { graphics, facts };
}

// The tree as the content layer stores it (src/content.config.ts): a schema that checks what the readers
// above produce, so an article entry is validated like any other record.
const text = z.string();
export const inlineSchema: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("text"), value: text }),
    z.object({ type: z.enum(["emphasis", "strong", "delete"]), children: z.array(inlineSchema) }),
    z.object({ type: z.literal("link"), href: text, title: text.optional(), children: z.array(inlineSchema) }),
    z.object({ type: z.literal("code"), value: text }),
    z.object({ type: z.literal("break") }),
    z.object({ type: z.literal("footnoteRef"), id: text, label: text }),
    z.object({ type: z.literal("fact"), kind: z.enum(["event", "stance"]), id: text }),
  ]),
);
const inlines = z.array(inlineSchema);
export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), id: text, children: inlines }),
    z.object({
      type: z.literal("heading"),
      id: text,
      depth: z.union([z.literal(2), z.literal(3), z.literal(4)]),
      children: inlines,
    }),
    z.object({ type: z.literal("quote"), children: z.array(blockSchema) }),
    z.object({
      type: z.literal("list"),
      ordered: z.boolean(),
      start: z.number().int().optional(),
      items: z.array(z.array(blockSchema)),
    }),
    z.object({
      type: z.literal("figure"),
      id: text,
      media: text,
      caption: inlines.optional(),
      credit: inlines.optional(),
    }),
    z.object({
      type: z.literal("table"),
      id: text,
      align: z.array(z.enum(["left", "right", "center"]).nullable()),
      head: z.array(inlines),
      rows: z.array(z.array(inlines)),
    }),
    z.object({ type: z.literal("rule") }),
    z.object({ type: z.literal("code"), value: text }),
    z.object({ type: z.literal("graphic"), graphic: z.enum(["timeline", "stances"]) }),
    z.object({ type: z.literal("fact"), kind: z.enum(["event", "stance"]), id: text }),
    z.object({
      type: z.literal("footnotes"),
      items: z.array(z.object({ id: text, label: text, children: z.array(blockSchema) })),
    }),
  ]),
);
