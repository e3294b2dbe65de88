import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cspHash, withHashesInUse, withInlineModules } from "./inline-embed-script";

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
    // The hash of a script the page no longer holds is dropped (withHashesInUse).
    expect(out).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'`);
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

describe("withHashesInUse()", () => {
  it("keeps in the CSP only the hashes of the inline scripts and styles the page holds", () => {
    const script = "document.body.dataset.ready='';";
    const style = "body{margin:0}";
    const [s, t, gone] = [cspHash(script), cspHash(style), cspHash("elsewhere()")];
    const html = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${gone} ${s}; style-src 'self' ${gone} ${t} ${gone};"><style>${style}</style></head><body><script type="module" src="/x.js"></script><script type="module">${script}</script></body></html>`;
    const out = withHashesInUse(html);
    expect(out).toContain(`content="default-src 'self'; script-src 'self' ${s}; style-src 'self' ${t};"`);
    expect(out.replace(/<meta[^>]*>/, "")).toBe(html.replace(/<meta[^>]*>/, ""));
  });
});
