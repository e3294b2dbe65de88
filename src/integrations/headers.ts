// Astro integration: public/_headers is written for a site at the root of its origin. Built with --base (the
// site under a sub-path), every rule's path pattern gets the base too, so a host that reads the file
// (Netlify, Cloudflare Pages) applies each header to the same pages as at the root.

import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The `_headers` text with `base` ("/explainer/") before every path pattern; comments and headers unchanged. */
export function rebaseHeaders(text: string, base: string): string {
  const prefix = base.replace(/\/+$/, "");
  if (!prefix) return text;
  return text
    .split("\n")
    .map((line) => (line.startsWith("/") ? `${prefix}${line}` : line))
    .join("\n");
}

export default function headers(): AstroIntegration {
  let base = "/";
  return {
    name: "headers-for-base",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const file = fileURLToPath(new URL("_headers", dir));
        writeFileSync(file, rebaseHeaders(readFileSync(file, "utf8"), base));
      },
    },
  };
}
