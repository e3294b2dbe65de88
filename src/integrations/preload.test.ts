import { describe, expect, it } from "vitest";
import { staticImports, withPreloads } from "./preload";

describe("staticImports()", () => {
  it("finds the relative modules a minified script imports, not dynamic imports or packages", () => {
    expect(staticImports('import{t as e}from"./graphic.abc.js";import"./side.js";import("./lazy.js");')).toEqual([
      "./graphic.abc.js",
      "./side.js",
    ]);
  });
});

describe("withPreloads()", () => {
  const files: Record<string, string> = {
    "/_astro/entry.js": 'import{t}from"./shared.js";',
    "/_astro/shared.js": 'import"./deep.js";',
    "/_astro/deep.js": "",
  };
  const page = '<html><head><script type="module" src="/_astro/entry.js"></script></head><body></body></html>';

  it("preloads every module the page's scripts import, however deep, once", () => {
    expect(withPreloads(page, (src) => files[src])).toBe(
      '<html><head><script type="module" src="/_astro/entry.js"></script><link rel="modulepreload" href="/_astro/shared.js"><link rel="modulepreload" href="/_astro/deep.js"></head><body></body></html>',
    );
  });

  it("leaves a page whose scripts import nothing as it is", () => {
    expect(withPreloads(page, () => "")).toBe(page);
  });
});
