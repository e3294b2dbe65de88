// @ts-check
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import seeds from "./src/integrations/seeds.ts";

// The published origin, for canonical URLs, Open Graph and the sitemap. Set SITE when deploying elsewhere.
const site = process.env.SITE ?? "https://explainers.example.org";

export default defineConfig({
  site,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    seeds(),
    // The article's text never goes through Markdown, but nothing in an MDX page should rewrite text either:
    // no curly quotes, dashes or ellipses (smartypants), no autolinked URLs (gfm).
    mdx({ smartypants: false, gfm: false }),
    sitemap(),
  ],
  markdown: { smartypants: false, gfm: false },
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
