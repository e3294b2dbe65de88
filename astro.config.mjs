// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import headers from "./src/integrations/headers.ts";
import inlineEmbedScript from "./src/integrations/inline-embed-script.ts";
import preload from "./src/integrations/preload.ts";
import seeds from "./src/integrations/seeds.ts";

// The published origin, for canonical URLs, Open Graph and the sitemap. Set SITE when deploying elsewhere.
const site = process.env.SITE ?? "https://explainers.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Stylesheets inline, hashed into the CSP's style-src: an embed or a page paints from its one response,
  // with no stylesheet request before it (the graphics' styles are imported outside the MDX content, in
  // ArticleView.astro, since Astro leaves styles met only inside content out of the policy).
  build: { format: "directory", inlineStylesheets: "always" },
  // The embed pages' script inline (bundled, hashed), before preload() hints what external scripts import.
  integrations: [seeds(), mdx(), sitemap(), headers(), inlineEmbedScript(), preload()],
  // The article's text never goes through Markdown (it is string expressions in the MDX), but nothing in a
  // page should rewrite text either: no curly quotes, dashes or ellipses, no autolinked URLs. MDX inherits this.
  // No code blocks either: syntax highlighting (Shiki's inline styles would break the strict CSP) stays off.
  markdown: {
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  // Astro hashes its own scripts and styles into script-src and style-src; nothing inline runs otherwise.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
});
