// Between plain text and HTML, for the fields a file gives as HTML: the words a reader sees in HTML (for
// ids), and plain text written as HTML that shows it as it is. HTML is only parsed into a tree, never run;
// sanitising it for a page is the site's pipeline's job (rehype-sanitize), not the importer's.

import type { Root, RootContent } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * How much of an HTML fragment wordsOf reads: an id needs only its first words, and rehype's tree builder
 * recurses once per nested tag, so a hostile headline nested a few thousand tags deep would overflow the stack
 * (1,000 characters nest at most some 330 deep).
 */
export const WORDS_READ = 1000;

/**
 * The words at the start of an HTML fragment (its first WORDS_READ characters), as a reader sees them: tags
 * dropped and character references read ("Euclid's <i>Optica</i>" → "Euclid's  Optica "). The HTML is only
 * parsed into a tree, never run.
 */
export function wordsOf(html: string): string {
  const start = html.slice(0, WORDS_READ);
  if (!/[<&]/.test(start)) return start;
  const out: string[] = [];
  const todo: RootContent[] = [...(parser.parse(start) as Root).children].reverse();
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    if (node.type === "text") out.push(node.value);
    // Script and style hold code, not words; any other element's words count, with a space at its edges.
    else if (node.type === "element" && node.tagName !== "script" && node.tagName !== "style") {
      out.push(" ");
      todo.push({ type: "text", value: " " }, ...[...node.children].reverse());
    }
  }
  return out.join("");
}

/** Plain text as HTML that shows it as it is: "Q&A: <3" → "Q&amp;A: &lt;3". */
export const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
