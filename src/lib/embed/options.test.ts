import { describe, expect, it } from "vitest";
import { readEmbedOptions } from "./options";
import { embedSnippet, embedUrl, oembed } from "./snippet";

const ids = ["us-strike", "chemical-attack"];

describe("readEmbedOptions()", () => {
  it("reads every allowed option", () => {
    expect(readEmbedOptions("?theme=dark&event=us-strike&from=2017-04-05&to=2017-04-12&overview=0", ids)).toEqual({
      theme: "dark",
      event: "us-strike",
      from: "2017-04-05",
      to: "2017-04-12",
      overview: false,
    });
  });

  it.each([
    ["?theme=<script>alert(1)</script>", {}],
    ['?event="><img src=x onerror=alert(1)>', {}],
    ["?event=unknown-event", {}],
    ["?theme=DARK", {}],
    ["?from=2017-04-31&to=2017-05-02", {}],
    ["?from=2017-04-12&to=2017-04-05", {}],
    ["?from=2017-04-05", {}],
    ["?overview=no", {}],
    ["?theme=light&theme=dark", { theme: "light" }],
    ["?constructor=1&__proto__=x", {}],
  ])("ignores %s and keeps the defaults", (search, expected) => {
    expect(readEmbedOptions(search, ids)).toEqual(expected);
  });
});

describe("embedUrl() and embedSnippet()", () => {
  const base = "https://example.org/embed/timeline/";
  it("leaves defaults out of the URL", () => {
    expect(embedUrl(base)).toBe(base);
    expect(embedUrl(base, { theme: "auto", overview: true })).toBe(base);
    expect(embedUrl(base, { theme: "dark", event: "us-strike" })).toBe(`${base}?theme=dark&event=us-strike`);
  });

  const snippet = embedSnippet({
    embedUrl: `${base}?theme=dark&event=us-strike`,
    articleUrl: "https://example.org/articles/x/",
    loaderUrl: "https://example.org/embed.js",
    title: 'Timeline: "A" & <B>',
  });
  it("is an iframe with a title, lazy loading and full width, then a plain link, then the loader", () => {
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/example\.org\/embed\/timeline\/\?theme=dark&#38;event=us-strike" title="Timeline: &#34;A&#34; &#38; &#60;B&#62;" loading="lazy" width="100%" height="\d+"/,
    );
    expect(snippet).toContain('<p><a href="https://example.org/articles/x/">');
    expect(snippet).toContain('<script async src="https://example.org/embed.js"></script>');
  });

  it("answers oEmbed as type rich with the snippet as html", () => {
    const o = oembed({
      embedUrl: base,
      articleUrl: "a",
      loaderUrl: "l",
      title: "T",
      providerName: "P",
      providerUrl: "https://example.org/",
    });
    expect(o).toMatchObject({
      version: "1.0",
      type: "rich",
      title: "T",
      provider_name: "P",
      provider_url: "https://example.org/",
    });
    expect(o.html).toContain("<iframe");
    expect(o.width).toBeGreaterThan(0);
    expect(o.height).toBeGreaterThan(0);
  });
});
