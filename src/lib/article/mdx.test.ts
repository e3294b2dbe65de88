import { describe, expect, it } from "vitest";
import { loadStory } from "../../test/story";
import { articleToMdx, jsString } from "./mdx";
import { deriveMeta } from "./meta";
import { parseSeed } from "./parse";

const hostile = 'Braces { } <script>alert("x")</script> `tick` &amp; \\ back\u2028slash 🙂 مرحبا';

describe("jsString()", () => {
  it("is a string literal that evaluates back to exactly the text", () => {
    expect(JSON.parse(jsString(hostile))).toBe(hostile);
  });
  it("writes no brace or angle bracket MDX could read as syntax", () => {
    expect(jsString(hostile)).not.toMatch(/[{}<>\u2028]/);
  });
});

describe("articleToMdx()", () => {
  const text = `A Title Line\n\n${hostile}.\n\nimport x from "y"\n\nexport const a = 1;\n\nA Heading Line\n\nLast paragraph here.`;
  const seed = parseSeed(text, "seeds/t.txt").seed;
  if (!seed) throw new Error("no seed");
  const paragraphs = seed.blocks.filter((b) => b.kind === "paragraph").map((b) => b.id);
  const mdx = articleToMdx("t", "seeds/t.txt", seed, deriveMeta("t", seed));
  const body = mdx.split("\n---\n")[1] ?? "";
  /** The components of the body in order, each with the paragraph id it renders, if any. */
  const order = (source: string) =>
    [...source.matchAll(/^<(Paragraph|Subhead|Timeline|StanceChart)\b(?:.* id="([^"]+)")?/gm)].map((m) =>
      m[2] ? `${m[1]} ${m[2]}` : m[1],
    );

  it("has no line that MDX would read as an import, export, heading or text: only components", () => {
    const lines = body.split("\n").filter((l) => l.trim() && !l.startsWith("import "));
    for (const line of lines) expect(line).toMatch(/^<(Paragraph|Subhead|Timeline|StanceChart) .*\/>$/);
    const imports = body.split("\n").filter((l) => l.startsWith("import "));
    expect(imports.every((l) => l.endsWith('.astro";'))).toBe(true);
    expect(imports.map((l) => l.split(" ")[1])).toEqual(["Paragraph", "Subhead", "Timeline", "StanceChart"]);
  });

  it("puts the timeline right after the lead paragraph, so a phone reader meets the story's own words first", () => {
    expect(order(body).slice(0, 2)).toEqual([`Paragraph ${paragraphs[0]}`, "Timeline"]);
    expect(body).toContain('<Timeline article="t" />');
  });

  it("opens with the timeline when the seed has no paragraph to lead with", () => {
    const heads = { ...seed, blocks: seed.blocks.filter((b) => b.kind !== "paragraph") };
    expect(order(articleToMdx("t", "seeds/t.txt", heads, deriveMeta("t", seed)).split("\n---\n")[1] ?? "")[0]).toBe(
      "Timeline",
    );
  });

  it("puts the stance chart after the last paragraph by default, or after the paragraph it is given", () => {
    expect(order(body).at(-1)).toBe("StanceChart");
    expect(order(body).at(-2)).toBe(`Paragraph ${paragraphs.at(-1)}`);
    const placed = articleToMdx("t", "seeds/t.txt", seed, deriveMeta("t", seed), { chartAfter: paragraphs[1] });
    const o = order(placed);
    expect(o[o.indexOf(`Paragraph ${paragraphs[1]}`) + 1]).toBe("StanceChart");
    expect(placed).toMatch(/^<StanceChart article="t"[ />]/m);
  });

  it("writes frontmatter every value of which is JSON", () => {
    const fm = mdx.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "";
    for (const line of fm.split("\n")) expect(() => JSON.parse(line.slice(line.indexOf(": ") + 2))).not.toThrow();
  });

  it("carries the story's metadata and vocabulary in its frontmatter, with the seed it comes from", () => {
    const story = loadStory("river-treaty");
    const page = articleToMdx(story.slug, story.seedFile, story.seed, { ...story.meta, vocabulary: story.vocabulary });
    const fm = Object.fromEntries(
      (page.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "")
        .split("\n")
        .map((line) => [line.slice(0, line.indexOf(": ")), JSON.parse(line.slice(line.indexOf(": ") + 2))]),
    );
    expect(fm.title).toBe("Ministers split over a review of the river's water-sharing treaty");
    expect(fm.seed).toBe("e2e/fixtures/seeds/river-treaty.txt");
    expect(fm.vocabulary).toEqual(story.vocabulary);
  });
});
