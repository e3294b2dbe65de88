import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readMarkdown } from "../article/markdown";
import { parseSeed, textToTree } from "../article/parse";
import type { Block } from "../article/tree";
import { problemReport } from "../errors";
import { chartPassage, placeGraphics } from "./placement";
import { loadStories } from "./stories";

const tree = (text: string) => {
  const seed = parseSeed(text, "s.txt").seed;
  if (!seed) throw new Error("no seed");
  return textToTree(seed);
};
/** The blocks as a sketch: "p:<first word>", "timeline", "stances". */
const sketch = (blocks: readonly Block[]) =>
  blocks.map((b) =>
    b.type === "graphic"
      ? b.graphic
      : b.type === "paragraph"
        ? `p:${b.id.split("-")[1]}`
        : b.type === "heading"
          ? `h:${b.id}`
          : b.type,
  );

describe("chartPassage(): the paragraph the stance chart illustrates", () => {
  const blocks = tree("One says yes. Two says no.\n\nThree says wait. Four says no. Five says yes.\n\nSix says no.");
  const [first, second, third] = blocks.map((b) => (b.type === "paragraph" ? b.id : "")) as [string, string, string];
  const quoted = (...paragraphs: string[][]) =>
    paragraphs.map((ps) => ({ quotes: ps.map((paragraph) => ({ text: "a quote", paragraph })) }));

  it("is the paragraph that holds the most stance quotes", () => {
    expect(chartPassage(blocks, quoted([first], [second, second], []))).toBe(second);
  });

  it("is the later of two that hold as many, nearer the outcome", () => {
    expect(chartPassage(blocks, quoted([first], [third]))).toBe(third);
  });

  it("is none when no stance quotes the article", () => {
    expect(chartPassage(blocks, quoted([], []))).toBeUndefined();
    expect(chartPassage(blocks, [])).toBeUndefined();
  });
});

describe("placeGraphics(): where the timeline and the chart stand", () => {
  const blocks = tree("River talks\n\nThe ministers met.\n\nAustria said yes.\n\nThey will meet again.");
  const austria = (blocks[1] as { id: string }).id;
  const story = {
    file: "seeds/s.txt",
    events: [{ id: "vienna" }],
    stances: [{ id: "austria", quotes: [{ text: "Austria said yes", paragraph: austria }] }],
  };

  it("puts the timeline after the lead paragraph and the chart after the paragraph its stances quote", () => {
    const { blocks: placed, problems } = placeGraphics(blocks, story);
    expect(problems).toEqual([]);
    expect(sketch(placed)).toEqual(["p:the", "timeline", "p:austria", "stances", "p:they"]);
  });

  it("draws neither for a story without data", () => {
    expect(sketch(placeGraphics(blocks, { file: "s.txt", events: [], stances: [] }).blocks)).toEqual(sketch(blocks));
  });

  it("keeps the places an editor's MDX gives, and places only what it does not", () => {
    const mdx = readMarkdown(
      'The ministers met <Fact event="vienna" />.\n\nAustria said yes.\n\n<StanceChart />\n\nThey will meet again.\n\n<Timeline />\n',
      "s.mdx",
      { mdx: true },
    );
    const { blocks: placed, problems } = placeGraphics(mdx.blocks, story);
    expect(problems).toEqual([]);
    expect(sketch(placed)).toEqual(["p:the", "p:austria", "stances", "p:they", "timeline"]);
  });

  it("says which places the story's data cannot fill, and a graphic placed twice", () => {
    const mdx = readMarkdown(
      'Text <Fact event="geneva" />.\n\n<Timeline />\n\n<Timeline />\n\n<StanceChart />\n\n<Fact stance="hungary" />\n',
      "s.mdx",
      { mdx: true },
    );
    const { problems } = placeGraphics(mdx.blocks, { ...story, stances: [] });
    expect(problems.map((p) => p.message)).toEqual([
      "places <Timeline /> 2 times: a graphic stands once in an article; keep one",
      "places <StanceChart />, but the story has no stances (add a .stances.yaml beside it)",
      'places <Fact event="geneva" />, but the story has no event "geneva": its events are vienna',
      'places <Fact stance="hungary" />, but the story has no stance "hungary"',
    ]);
  });
});

describe("loadStories(): every problem of every file, in one list", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });
  const TEXT =
    "River talks\n\nThe ministers met in Vienna.\n\nAustria said it supported a review.\n\nThey will meet again.\n";
  const EVENTS = `- id: vienna
  title: Ministers meet in Vienna
  date: 2020-03-02
  summary: The ministers met.
  quotes: ["The ministers met in Vienna"]
`;
  const STANCES = `question: a review
positions: { supports: Supports a review }
stances:
  - id: austria
    country: AT
    actor: Government
    stance: supports
    events: [vienna]
    summary: Yes.
    quotes: ["Austria said it supported a review"]
`;

  it("names every problem of every file, then counts them", () => {
    root = mkdtempSync(join(tmpdir(), "placement-test-"));
    const seeds = join(root, "seeds");
    mkdirSync(seeds);
    const files = {
      "bad.txt": "",
      "worse.txt": TEXT,
      "worse.meta.yaml": "date: 2017-13-01\n",
      "river.txt": TEXT,
      "river.events.yaml": EVENTS,
      "river.stances.yaml": STANCES.replace("stance: supports", "stance: maybe"),
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(seeds, name), content);
    const report = problemReport(loadStories(seeds, root).problems).join("\n");
    expect(report).toMatch(
      /^seeds\/bad\.txt: .*\nseeds\/river\.stances\.yaml › record "austria" › field "stance": "maybe" is not one of this story's positions: supports, not-reported\nseeds\/worse\.meta\.yaml › field "date": .*\n3 problems in 3 files: nothing was built\.$/,
    );
  });
});
