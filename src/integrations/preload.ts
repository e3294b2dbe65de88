// Astro integration: after the build, every page that loads a module script also preloads the modules that
// script imports (<link rel="modulepreload">), so the browser fetches them beside it rather than after it:
// the timeline's script imports the controller it shares with the chart, and without the hint that import
// waits for the script to arrive first.

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** The relative modules a built script imports statically: `import{…}from"./graphic.x.js"`. */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1] as string);
}

/** The page with a preload hint, in its head, for each module its module scripts import (and theirs). */
export function withPreloads(html: string, read: (src: string) => string | undefined): string {
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] as string);
  const wanted = new Set<string>();
  const visit = (src: string) => {
    const js = read(src);
    if (js === undefined) return;
    for (const rel of staticImports(js)) {
      const dep = new URL(rel, `https://x${src}`).pathname;
      if (wanted.has(dep) || scripts.includes(dep)) continue;
      wanted.add(dep);
      visit(dep);
    }
  };
  for (const s of scripts) visit(s);
  if (wanted.size === 0) return html;
  const links = [...wanted].map((href) => `<link rel="modulepreload" href="${href}">`).join("");
  return html.replace("</head>", `${links}</head>`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

export default function preload(): AstroIntegration {
  let base = "/";
  return {
    name: "module-preload",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        const root = fileURLToPath(dir);
        const prefix = base.replace(/\/+$/, "");
        const read = (src: string) => {
          if (!src.startsWith(`${prefix}/`)) return undefined;
          try {
            return readFileSync(join(root, src.slice(prefix.length)), "utf8");
          } catch {
            return undefined;
          }
        };
        for (const file of htmlFiles(root)) {
          const html = readFileSync(file, "utf8");
          const next = withPreloads(html, read);
          if (next !== html) writeFileSync(file, next);
        }
      },
    },
  };
}
