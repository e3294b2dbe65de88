import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseSeed } from "../lib/article/parse";
import { ContentError } from "../lib/errors";
import { chartPassage, FACTS_FILE, GENERATED_DIR, generateArticles } from "./seeds";

describe("chartPassage(): the paragraph the stance chart illustrates", () => {
  const seed = parseSeed(
    "One says yes. Two says no.\n\nThree says wait. Four says no. Five says yes.\n\nSix says no.",
    "s.txt",
  ).seed;
  if (!seed) throw new Error("no seed");
  const [first, second, third] = seed.blocks.map((b) => b.id) as [string, string, string];
  const quoted = (...paragraphs: string[][]) =>
    paragraphs.map((ps) => ({ quotes: ps.map((paragraph) => ({ text: "a quote", paragraph })) }));

  it("is the paragraph that holds the most stance quotes", () => {
    expect(chartPassage(seed, quoted([first], [second, second], []))).toBe(second);
  });

  it("is the later of two that hold as many, nearer the outcome", () => {
    expect(chartPassage(seed, quoted([first], [third]))).toBe(third);
  });

  it("is none when no stance quotes the article", () => {
    expect(chartPassage(seed, quoted([], []))).toBeUndefined();
    expect(chartPassage(seed, [])).toBeUndefined();
  });
});

describe("generateArticles(): what the build writes before the collections read it", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });
  /** A project root with a seeds folder holding these files. */
  function project(files: Record<string, string>) {
    root = mkdtempSync(join(tmpdir(), "generate-test-"));
    const seeds = join(root, "seeds");
    mkdirSync(seeds);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(seeds, name), content);
    return { root, seeds };
  }

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

  it("writes one page per story and the checked facts of every story, and lists the drafts", () => {
    const { root, seeds } = project({
      "river.txt": TEXT,
      "river.events.yaml": EVENTS,
      "river.stances.yaml": STANCES,
      "plain.txt": TEXT,
      "plain.events.draft.yaml": "- id: x\n",
    });
    mkdirSync(join(root, GENERATED_DIR), { recursive: true });
    writeFileSync(join(root, GENERATED_DIR, "renamed-story.mdx"), "stale");
    const { stories, drafts } = generateArticles(root, seeds);
    expect(stories.map((s) => s.slug)).toEqual(["plain", "river"]);
    expect(drafts).toEqual(["seeds/plain.events.draft.yaml"]);
    expect(readdirSync(join(root, GENERATED_DIR)).sort()).toEqual(["plain.mdx", "river.mdx"]);
    const facts = JSON.parse(readFileSync(join(root, FACTS_FILE), "utf8"));
    expect(facts.events.map((e: { id: string; article: string }) => [e.id, e.article])).toEqual([["vienna", "river"]]);
    expect(facts.stances.map((s: { id: string }) => s.id)).toEqual(["austria"]);
  });

  it("puts the stance chart after the paragraph its stances quote", () => {
    const { root, seeds } = project({ "river.txt": TEXT, "river.events.yaml": EVENTS, "river.stances.yaml": STANCES });
    generateArticles(root, seeds);
    const page = readFileSync(join(root, GENERATED_DIR, "river.mdx"), "utf8");
    const lines = page.split("\n").filter((l) => l.startsWith("<"));
    const chart = lines.findIndex((l) => l.startsWith("<StanceChart"));
    expect(lines[chart - 1]).toContain("Austria said it supported a review.");
    expect(lines.at(-1)).toContain("They will meet again.");
  });

  it("fails the build with one error that lists every problem, and writes nothing", () => {
    const { root, seeds } = project({
      "bad.txt": "",
      "worse.txt": TEXT,
      "worse.meta.yaml": "date: 2017-13-01\n",
      "river.txt": TEXT,
      "river.events.yaml": EVENTS,
      "river.stances.yaml": STANCES.replace("stance: supports", "stance: maybe"),
    });
    const run = () => generateArticles(root, seeds);
    expect(run).toThrow(ContentError);
    expect(run).toThrow(
      /^3 problems in the content:\n {2}- seeds\/bad\.txt: .*\n {2}- seeds\/worse\.meta\.yaml › field "date": .*\n {2}- seeds\/river\.stances\.yaml › record "austria" › field "stance": "maybe" is not one of this story's positions: supports, not-reported$/,
    );
    expect(existsSync(join(root, FACTS_FILE))).toBe(false);
  });
});
