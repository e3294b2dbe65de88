// The draft runs when an editor drafts a story, never in the browser or the build: nothing outside
// src/lib/draft imports it (but for the placeholder constant the build checks titles against), and only
// its phrase finder (phrases.ts, and phrases-*.ts for its languages) imports chrono-node, a devDependency.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("../../", import.meta.url).pathname;
const DRAFT = join(SRC, "lib/draft");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(path);
    return /\.(?:ts|tsx|js|mjs|astro|mdx)$/.test(e.name) ? [path] : [];
  });
}

const imports = (path: string) =>
  [...readFileSync(path, "utf8").matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);

describe("the draft's boundary", () => {
  it("nothing outside src/lib/draft imports it, but for its placeholder constant", () => {
    const offenders = sources(SRC)
      .filter((p) => !p.startsWith(DRAFT))
      .flatMap((p) =>
        imports(p)
          .filter((i) => /lib\/draft|(?:^|\/)draft\//.test(i) && !/draft\/placeholder$/.test(i))
          .map((i) => `${relative(SRC, p)} imports ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it("only the phrase finder imports chrono-node, which is a devDependency", () => {
    const users = sources(SRC)
      .filter((p) => imports(p).some((i) => i.startsWith("chrono-node")))
      .map((p) => relative(SRC, p));
    expect(users).toContain("lib/draft/phrases.ts");
    expect(users.filter((p) => !/^lib\/draft\/phrases(?:-[a-z]+)?\.ts$/.test(p))).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(SRC, "../package.json"), "utf8"));
    expect(pkg.dependencies["chrono-node"]).toBeUndefined();
    expect(pkg.devDependencies["chrono-node"]).toBeDefined();
  });

  it("the placeholder module imports nothing, so the build can take it without the drafting code", () => {
    expect(imports(join(DRAFT, "placeholder.ts"))).toEqual([]);
  });
});
