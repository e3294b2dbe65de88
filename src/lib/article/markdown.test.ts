import { describe, expect, it } from "vitest";
import { type MarkdownOptions, readMarkdown } from "./markdown";
import { passages } from "./tree";

const read = (text: string, options: MarkdownOptions = {}) => readMarkdown(text, "seeds/s.md", options);

describe("readMarkdown(): an article written in Markdown, as the one tree", () => {
  const article = read(
    [
      "# The title",
      "",
      'Ministers met in [Vienna](https://example.org/vienna "The city") on *Monday*, and **agreed** to meet again.[^1]',
      "",
      "## Who wants a review",
      "",
      "> Austria said it supported a review.",
      "",
      "- Austria",
      "- Hungary",
      "",
      "| Country | Stance |",
      "|:--|--:|",
      "| Austria | yes |",
      "",
      '![Ministers around a table](media/table.jpg "The ministers in Vienna. Photo: Jane Doe/Reuters")',
      "",
      "[^1]: The next meeting has no date.",
    ].join("\n"),
  );

  it("keeps the title apart, and every kind of block in order", () => {
    expect(article.problems).toEqual([]);
    expect(article.title).toBe("The title");
    expect(article.blocks.map((b) => b.type)).toEqual([
      "paragraph",
      "heading",
      "quote",
      "list",
      "table",
      "figure",
      "footnotes",
    ]);
  });

  it("keeps links with their addresses and titles, emphasis, and a footnote reference", () => {
    const [p] = article.blocks;
    expect(p).toEqual({
      type: "paragraph",
      id: "p-ministers-met-in-vienna-on",
      children: [
        { type: "text", value: "Ministers met in " },
        {
          type: "link",
          href: "https://example.org/vienna",
          title: "The city",
          children: [{ type: "text", value: "Vienna" }],
        },
        { type: "text", value: " on " },
        { type: "emphasis", children: [{ type: "text", value: "Monday" }] },
        { type: "text", value: ", and " },
        { type: "strong", children: [{ type: "text", value: "agreed" }] },
        { type: "text", value: " to meet again." },
        { type: "footnoteRef", id: "note-1", label: "1" },
      ],
    });
  });

  it("reads the text as a reader sees it: link text in, markup and note numbers out", () => {
    expect(passages(article.blocks).map((p) => [p.kind, p.text])).toEqual([
      ["paragraph", "Ministers met in Vienna on Monday, and agreed to meet again."],
      ["heading", "Who wants a review"],
      ["paragraph", "Austria said it supported a review."],
      ["paragraph", "Austria"],
      ["paragraph", "Hungary"],
      ["table", "Country Stance Austria yes"],
      ["caption", "The ministers in Vienna. Photo: Jane Doe/Reuters"],
      ["paragraph", "The next meeting has no date."],
    ]);
  });

  it("makes an image alone in its paragraph a figure, its title the caption and credit", () => {
    expect(article.blocks.find((b) => b.type === "figure")).toEqual({
      type: "figure",
      id: "figure-ministers-around-a-table",
      media: "m1",
      caption: [{ type: "text", value: "The ministers in Vienna." }],
      credit: [{ type: "text", value: "Photo: Jane Doe/Reuters" }],
    });
    expect(article.media).toEqual([
      { key: "m1", src: "media/table.jpg", alt: "Ministers around a table", where: "line 16" },
    ]);
  });

  it("keeps the list's and the table's words, with the table's alignment", () => {
    const table = article.blocks.find((b) => b.type === "table");
    expect(table).toMatchObject({ align: ["left", "right"], head: [[{ value: "Country" }], [{ value: "Stance" }]] });
  });

  it("resolves links relative to the page the article was published on, and drops what no reader should follow", () => {
    const links = read(
      "A [relative](/other-story) link, a [script](javascript:alert(1)) one, a [data](data:text/html,x) one and <https://example.org/auto>.",
      { linkBase: "https://news.example/2020/story/" },
    );
    expect(links.blocks[0]).toMatchObject({
      children: [
        { type: "text", value: "A " },
        { type: "link", href: "https://news.example/other-story" },
        { type: "text", value: " link, a script one, a data one and " },
        { type: "link", href: "https://example.org/auto" },
        { type: "text", value: "." },
      ],
    });
    expect(links.dropped).toEqual([
      '2 links to javascript:, data: or other schemes (their text kept): "javascript:alert(1)", "data:text/html,x"',
    ]);
  });

  it("sends block HTML through the sanitiser, and keeps only the words of inline HTML", () => {
    const html = read(
      'Text with <b>bold</b> words.\n\n<div onclick="x()"><script>alert(1)</script><p>A paragraph in HTML.</p></div>\n',
    );
    expect(passages(html.blocks).map((p) => p.text)).toEqual(["Text with bold words.", "A paragraph in HTML."]);
    expect(JSON.stringify(html.blocks)).not.toMatch(/script|onclick|alert/);
    expect(html.dropped).toEqual([
      "1 inline event handler: onclick on <div>",
      "1 <script> element",
      '2 raw HTML tags inside Markdown text (the words around them kept): "<b>", "</b>"',
    ]);
  });

  it("refuses frontmatter: metadata lives in the .meta.yaml", () => {
    expect(read("---\ntitle: x\n---\n\nText.").problems).toEqual([
      expect.objectContaining({
        file: "seeds/s.md",
        record: "line 1",
        message: expect.stringMatching(/^starts with a frontmatter block/),
      }),
    ]);
  });

  it("keeps a reference to no note as the text it is, and lists a note that nothing refers to", () => {
    expect(passages(read("Text.[^x]").blocks).map((p) => p.text)).toEqual(["Text.[^x]"]);
    expect(read("Text.\n\n[^y]: An orphan note.").dropped).toEqual(["1 footnote the text never refers to: [^y]"]);
  });
});

describe("readMarkdown() with mdx: the three components, and nothing that runs", () => {
  const mdx = (text: string) => read(text, { mdx: true });

  it("places <Timeline />, <StanceChart /> and facts, block and inline", () => {
    const { blocks, problems } = mdx(
      'One <Fact event="g7-lucca" /> two.\n\n<Timeline />\n\n<StanceChart />\n\n<Fact stance="germany" />\n\n{/* a note to editors */}\n',
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: "paragraph",
        id: "p-one-two",
        children: [
          { type: "text", value: "One " },
          { type: "fact", kind: "event", id: "g7-lucca" },
          { type: "text", value: " two." },
        ],
      },
      { type: "graphic", graphic: "timeline" },
      { type: "graphic", graphic: "stances" },
      { type: "fact", kind: "stance", id: "germany" },
    ]);
  });

  it("refuses other components, imports, expressions and a malformed fact, naming the line", () => {
    const { problems } = mdx(
      'import Chart from "./chart.astro"\n\n<Chart />\n\nA sum: {1 + 1}.\n\n<Fact event={x} />\n\n<Timeline mode="big" />\n',
    );
    expect(problems.map((p) => `${p.record}: ${p.message}`)).toEqual([
      "line 1: imports or exports code: an article's MDX may use only <Timeline />, <StanceChart /> and <Fact />, which need no import; remove this line",
      'line 3: <Chart> is not a component an article can use: write <Timeline />, <StanceChart /> or <Fact event="…" /> (or stance="…")',
      "line 5: holds an expression {1 + 1}: an article's MDX may not compute anything; write the words themselves",
      'line 7: <Fact> names one event or one stance by its id, as text: <Fact event="g7-lucca" /> or <Fact stance="germany" />',
      "line 9: <Timeline /> takes no attributes: write it alone",
    ]);
  });

  it("says where MDX that cannot be parsed breaks", () => {
    expect(mdx("A <b>tag left open.\n").problems).toEqual([
      expect.objectContaining({
        file: "seeds/s.md",
        record: "line 1",
        message: expect.stringMatching(/^is not valid MDX/),
      }),
    ]);
  });
});
