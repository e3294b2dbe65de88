import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspHash, withInlineModules } from "./inline-embed-script";

const CSP = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-old='; style-src 'self'">`;
const page = (body: string) =>
  `<html><head>${CSP}<link rel="modulepreload" href="/_astro/shared.js"></head><body>${body}</body></html>`;
const ENTRY = '<script type="module" src="/_astro/entry.js"></script>';

describe("withInlineModules()", () => {
  it("writes the bundled module in place of the external one, hashed into script-src, without the preload hint", () => {
    const code = 'document.body.dataset.ready="";';
    const out = withInlineModules(page(`<main>${ENTRY}</main>`), new Map([["/_astro/entry.js", code]]));
    expect(out).toContain(`<main><script type="module">${code}</script></main>`);
    expect(out).not.toContain("modulepreload");
    const hash = createHash("sha256").update(code).digest("base64");
    expect(out).toContain(`script-src 'self' 'sha256-${hash}' 'sha256-old='`);
    expect(cspHash(code)).toBe(`'sha256-${hash}'`);
  });

  it("leaves a page as it is when no script of it was bundled", () => {
    const html = page(`<main>${ENTRY}</main>`);
    expect(withInlineModules(html, new Map())).toBe(html);
  });

  it("refuses code the HTML parser would cut short, and a page without the CSP to hash it into", () => {
    const html = page(ENTRY);
    expect(() => withInlineModules(html, new Map([["/_astro/entry.js", 'x="</script>"']]))).toThrow(/<\/script/);
    expect(() => withInlineModules(ENTRY, new Map([["/_astro/entry.js", "x=1"]]))).toThrow(/CSP/);
  });
});
