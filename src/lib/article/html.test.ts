import { describe, expect, it } from "vitest";
import { htmlToText, readHtml } from "./html";
import { passages } from "./tree";

const read = (html: string, base?: string) => readHtml(html, "seeds/s.html", base);
/** Everything the tree and its images hold, as one string: nothing hostile may be anywhere in it. */
const all = (html: string) => {
  const { blocks, media } = read(html);
  return JSON.stringify({ blocks, media });
};

describe("readHtml(): a CMS's article, sanitised into the one tree", () => {
  it("keeps paragraphs, emphasis, links, subheads, lists and quotes", () => {
    const { blocks, problems } = read(
      '<p>The <em>museum</em> <strong>reopened</strong>, <a href="https://example.org/x">it said</a>.</p><h2>What changed</h2><ul><li>A roof</li><li>Ramps</li></ul><blockquote><p>"A living room," she said.</p></blockquote>',
    );
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.type)).toEqual(["paragraph", "heading", "list", "quote"]);
    expect(blocks[0]).toMatchObject({
      children: [
        { type: "text", value: "The " },
        { type: "emphasis" },
        { type: "text", value: " " },
        { type: "strong" },
        { type: "text", value: ", " },
        { type: "link", href: "https://example.org/x" },
        { type: "text", value: "." },
      ],
    });
  });

  it("keeps a figure's image, caption and credit, the credit known by its class", () => {
    const { blocks, media } = read(
      '<figure class="wp-block-image"><img src="media/hall.jpg" alt="The hall" width="1600" height="1067"><figcaption class="wp-element-caption">The great hall. <span class="credit">Photo: City Museum</span></figcaption></figure>',
    );
    expect(blocks).toEqual([
      {
        type: "figure",
        id: "figure-the-hall",
        media: "m1",
        caption: [{ type: "text", value: "The great hall." }],
        credit: [{ type: "text", value: "Photo: City Museum" }],
      },
    ]);
    expect(media).toEqual([{ key: "m1", src: "media/hall.jpg", alt: "The hall", where: "line 1" }]);
  });

  it("drops what a page must never run or load, and says what it dropped", () => {
    const hostile = [
      '<p onclick="track()" style="color:red">Kept words <a href="javascript:alert(1)">kept link text</a>.</p>',
      "<script>alert(1)</script><style>p{}</style><noscript><img src=x></noscript>",
      '<iframe src="https://www.youtube.com/embed/abc" title="A video"></iframe>',
      '<img src="https://tracker.example/p.gif" width="1" height="1" alt="">',
      '<form action="https://evil.example"><input name="q"><button>Go</button></form>',
      '<object data="x.swf"></object><svg onload="alert(1)"><script>alert(2)</script></svg>',
      '<p><img src="x.jpg" onerror="alert(1)" alt="inline"> after <a href="data:text/html,<script>alert(1)</script>">data</a></p>',
    ].join("\n");
    const tree = all(hostile);
    for (const bad of [
      "script",
      "alert",
      "onclick",
      "onerror",
      "javascript",
      "data:text",
      "style",
      "tracker",
      "evil",
      "swf",
    ]) {
      expect(tree).not.toContain(bad);
    }
    const { blocks, dropped } = read(hostile);
    expect(passages(blocks).map((p) => p.text)).toEqual([
      "Kept words kept link text.",
      "Embedded content from www.youtube.com",
      "inline after data",
    ]);
    expect(blocks[1]).toMatchObject({ children: [{ type: "link", href: "https://www.youtube.com/embed/abc" }] });
    expect(dropped).toEqual([
      "3 inline event handlers: onclick on <p>, onload on <svg>, …",
      "1 inline style",
      "2 links to javascript: or data: (their text kept)",
      "1 <script> element",
      "1 <style> element",
      "1 <noscript> element",
      "1 embedded frame (replaced by a link to what it showed): https://www.youtube.com/embed/abc",
      "1 tracking pixel: https://tracker.example/p.gif",
      "1 <form> element",
      "1 embedded frame with no https address",
      "1 <svg> element",
      "1 image inside a sentence (its alt text kept: give an image a paragraph of its own)",
    ]);
  });

  it("reads a whole page's <article>, and resolves the CMS's relative links against the source's page", () => {
    const page = read(
      '<html><head><title>Site</title><script src="/ads.js"></script></head><body><nav><a href="/">Home</a></nav><article><p>See <a href="/related/">the related story</a>.</p></article><footer>©</footer></body></html>',
      "https://news.example/2026/10/story/",
    );
    expect(passages(page.blocks).map((p) => p.text)).toEqual(["See the related story."]);
    expect(page.blocks[0]).toMatchObject({
      children: [{}, { type: "link", href: "https://news.example/related/" }, {}],
    });
  });

  it("keeps the text of a relative link when there is no source page to read it against", () => {
    const { blocks, dropped } = read('<p>See <a href="/related/">the related story</a>.</p>');
    expect(passages(blocks)[0]?.text).toBe("See the related story.");
    expect(blocks[0]).toMatchObject({ children: [{ type: "text", value: "See the related story." }] });
    expect(dropped[0]).toMatch(/^1 link relative to the CMS's own site/);
  });
});

describe("readHtml() on HTML nested thousands deep", () => {
  it("says it cannot read it, rather than crash the build", () => {
    const deep = `${"<div>".repeat(20_000)}words${"</div>".repeat(20_000)}`;
    expect(read(deep).problems).toEqual([
      {
        file: "seeds/s.html",
        message:
          "nests its HTML elements too deeply to read (thousands inside one another): export the article again, or clean it",
      },
    ]);
    expect(htmlToText(`${"<b>".repeat(20_000)}the words`)).toBe("the words");
  });
});

describe("htmlToText(): a headline's words", () => {
  it("keeps the words and drops the markup, scripts included", () => {
    expect(htmlToText('The <em>first</em> tram <script>alert(1)</script><img src=x onerror="alert(1)">leaves')).toBe(
      "The first tram leaves",
    );
  });
});
