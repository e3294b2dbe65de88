// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import headers from "./src/integrations/headers.ts";
import inlineEmbedScript from "./src/integrations/inline-embed-script.ts";
import preload from "./src/integrations/preload.ts";
import search from "./src/integrations/search.ts";

// The published origin, for canonical URLs, Open Graph and the sitemap. Set SITE when deploying elsewhere.
const site = process.env.SITE ?? "https://explainers.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  // Stylesheets inline, hashed into the CSP's style-src: an embed or a page paints from its one response,
  // with no stylesheet request before it.
  // Four pages at a time: with one, a 1,000-story build spent half its time waiting on each page's file write.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  // The seeds are read by the content layer's loader (src/loaders/seeds.ts, in src/content.config.ts): articles
  // in every form become one tree that components draw, so no Markdown or MDX is ever compiled or run.
  // The embed pages' script inline (bundled, hashed), before preload() hints what external scripts import.
  integrations: [sitemap(), headers(), inlineEmbedScript(), preload(), search()],
  // Nothing is rendered from Markdown, and Shiki's inline styles would break the strict CSP: highlighting off.
  markdown: { syntaxHighlight: false },
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
