// The article tree as HTML again, for a file another tool reads (a TimelineJS slide's text): every text
// escaped, only the tree's own elements written, so what goes out is as safe as what the page shows.

import type { Block, Inline } from "./tree";

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

export function inlinesToHtml(runs: readonly Inline[]): string {
  return runs
    .map((r) => {
      switch (r.type) {
        case "text":
          return escapeHtml(r.value);
        case "emphasis":
          return `<em>${inlinesToHtml(r.children)}</em>`;
        case "strong":
          return `<strong>${inlinesToHtml(r.children)}</strong>`;
        case "delete":
          return `<del>${inlinesToHtml(r.children)}</del>`;
        case "link":
          return `<a href="${escapeHtml(r.href)}">${inlinesToHtml(r.children)}</a>`;
        case "code":
          return `<code>${escapeHtml(r.value)}</code>`;
        case "break":
          return "<br>";
        default:
          return "";
      }
    })
    .join("");
}

export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "paragraph":
          return `<p>${inlinesToHtml(b.children)}</p>`;
        case "heading":
          return `<h${b.depth}>${inlinesToHtml(b.children)}</h${b.depth}>`;
        case "quote":
          return `<blockquote>${blocksToHtml(b.children)}</blockquote>`;
        case "list": {
          const tag = b.ordered ? "ol" : "ul";
          return `<${tag}>${b.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join("")}</${tag}>`;
        }
        case "code":
          return `<pre><code>${escapeHtml(b.value)}</code></pre>`;
        case "rule":
          return "<hr>";
        default:
          return "";
      }
    })
    .join("");
}
