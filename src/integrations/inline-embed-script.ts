// Astro integration: after the build, an embed page's module script (the timeline's, and the controller it
// imports) is bundled into one module and written into the page, hashed into the page's CSP script-src.
//
// Why: a <script type="module" src> runs once it has arrived and the main thread is free. On the embed the
// main thread is busy with the first frame (style and layout of the whole list) when the module arrives, so
// the script ran after that frame: the timeline was ready (data-ready) only after first paint, the embed's
// options (theme, overview, from/to) were applied after it (a flash of the default theme, a shift when
// events are hidden), and the two module requests and their compilation competed with the first frame's
// raster for the CPU. An inline module has nothing to fetch: it runs as the parser finishes, before the
// first frame, so the page paints once, with its options, and is ready when it does. Measured in headless
// Chromium on loopback (21 interleaved cold loads): the embed's time to ready went from about 2× the floor's
// to about the floor's, first paint unchanged. The article page keeps its external, cacheable scripts.
// The page still reads in full without it: the script only enhances.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { build } from "esbuild";

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The base64 SHA-256 of an inline script's text, as CSP's 'sha256-…' source names it. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The page with each external module script replaced by `bundled(src)` inline (and no modulepreload hint
 * for what it imported), its hash added to the CSP <meta>'s script-src. `bundled` returns undefined for a
 * script it cannot read: that one stays as it is.
 */
export function withInlineModules(html: string, bundled: Map<string, string>): string {
  const hashes: string[] = [];
  let out = html.replace(MODULE_SCRIPT, (tag, src: string) => {
    const code = bundled.get(src);
    if (code === undefined) return tag;
    // Text the HTML parser would end or escape the script at.
    if (/<\/script|<!--/i.test(code)) throw new Error(`${src} cannot be inlined: it contains </script or <!--`);
    hashes.push(cspHash(code));
    return `<script type="module">${code}</script>`;
  });
  if (hashes.length === 0) return html;
  // The hints were for the modules the inlined scripts import: nothing fetches them now.
  out = out.replace(/<link rel="modulepreload" href="[^"]+">/g, "");
  const csp = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src 'self')/;
  if (!csp.test(out)) throw new Error("an inlined script needs the page's CSP <meta> with script-src 'self'");
  return withHashesInUse(out.replace(csp, `$1 ${hashes.join(" ")}`));
}

/**
 * The page with its CSP <meta> naming only the hashes of the inline scripts and styles it holds. Astro lists
 * the site's (twelve on an embed, of which it holds two): about 500 bytes gzipped, hashes being incompressible,
 * a twentieth of the embed's budget, for nothing an embed runs; it writes no script or style inline later.
 */
export function withHashesInUse(html: string): string {
  const inline = html.matchAll(/<(script|style)(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g);
  const used = new Set([...inline].map((m) => cspHash(m[2] ?? "")));
  return html.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)/,
    (_, open: string, policy: string) => {
      const kept = policy.replace(/ '(sha256-[A-Za-z0-9+/=]+)'/g, (source, hash) =>
        used.has(`'${hash}'`) ? source : "",
      );
      return `${open}${kept}`;
    },
  );
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

/** The embed pages: every page under embed/ in the output (whatever the base). */
const isEmbedPage = (root: string, file: string) => relative(root, file).split(sep)[0] === "embed";

export default function inlineEmbedScript(): AstroIntegration {
  let base = "/";
  return {
    name: "inline-embed-script",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        const prefix = base.replace(/\/+$/, "");
        const cache = new Map<string, string>();
        for (const file of htmlFiles(root).filter((f) => isEmbedPage(root, f))) {
          const html = readFileSync(file, "utf8");
          const bundled = new Map<string, string>();
          for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
            if (!src?.startsWith(`${prefix}/`)) continue;
            if (!cache.has(src)) {
              // The built module and everything it imports, as one module.
              const result = await build({
                entryPoints: [join(root, src.slice(prefix.length))],
                bundle: true,
                format: "esm",
                minify: true,
                target: "esnext",
                write: false,
                logLevel: "silent",
              });
              cache.set(src, (result.outputFiles[0]?.text ?? "").trim());
            }
            bundled.set(src, cache.get(src) as string);
          }
          const next = withInlineModules(html, bundled);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
