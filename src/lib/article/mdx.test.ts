import { describe, expect, it } from "vitest";
import { chartPassage } from "../../integrations/seeds";
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
  const text = `${hostile}.\n\nimport x from "y"\n\nexport const a = 1;\n\nA Heading Line\n\nLast paragraph here.`;
  const seed = parseSeed(text, "seeds/t.txt").seed;
  if (!seed) throw new Error("no seed");
  const mdx = articleToMdx("t", "seeds/t.txt", seed, deriveMeta("t", seed));
  const body = mdx.split("\n---\n")[1] ?? "";

  it("has no line that MDX would read as an import, export, heading or text: only components", () => {
    const lines = body.split("\n").filter((l) => l.trim() && !l.startsWith("import "));
    for (const line of lines) expect(line).toMatch(/^<(Paragraph|Subhead|Timeline|SanctionsChart) .*\/>$/);
    expect(
      body
        .split("\n")
        .filter((l) => l.startsWith("import "))
        .every((l) => l.endsWith('.astro";')),
    ).toBe(true);
  });

  it("opens with the timeline, describing it by the lead paragraph, and puts the chart after the last, by default", () => {
    const order = body.match(/<(Paragraph|Subhead|Timeline|SanctionsChart)/g);
    expect(order?.[0]).toBe("<Timeline");
    expect(body).toContain(`<Timeline article="t" passage="${seed.blocks[0]?.id}" />`);
    expect(order?.at(-1)).toBe("<SanctionsChart");
  });

  it("writes frontmatter every value of which is JSON", () => {
    const fm = mdx.split("\n---\n")[0]?.replace(/^---\n/, "") ?? "";
    for (const line of fm.split("\n")) expect(() => JSON.parse(line.slice(line.indexOf(": ") + 2))).not.toThrow();
  });
});

describe("chartPassage()", () => {
  const seed = parseSeed(
    "One says yes. Two says no.\n\nThree says wait. Four says no. Five says yes.\n\nSix.",
    "s.txt",
  ).seed;
  if (!seed) throw new Error("no seed");
  it("picks the paragraph that holds the most stance quotes", () => {
    const stances = [{ quotes: ["One says yes"] }, { quotes: ["Three says wait", "Four says no"] }, { quotes: [] }];
    expect(chartPassage(seed, stances)).toBe(seed.blocks[1]?.id);
  });
  it("gives nothing for a file that is not a list of stances", () => {
    expect(chartPassage(seed, { not: "a list" })).toBeUndefined();
  });
});
