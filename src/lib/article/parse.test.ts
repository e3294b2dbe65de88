import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { continuesParagraph, looksLikeSubhead, normalizeWhitespace, parseSeed } from "./parse";

const seedText = readFileSync(new URL("../../../seeds/syria-strike-g7-sanctions.txt", import.meta.url), "utf8");
const parse = (text: string) => {
  const { seed, problems } = parseSeed(text, "seeds/test.txt");
  expect(problems).toEqual([]);
  if (!seed) throw new Error("no seed");
  return seed;
};

describe("parseSeed() on the story's seed", () => {
  const seed = parse(seedText);
  const paragraphs = seed.blocks.filter((b) => b.kind === "paragraph");
  const subheads = seed.blocks.filter((b) => b.kind === "subhead");

  it("finds the two subheads by the general rule", () => {
    expect(subheads.map((s) => s.text)).toEqual([
      "More sanctions on Russia?",
      "U.K. and U.S. sanction efforts rejected",
    ]);
    expect(subheads.map((s) => s.id)).toEqual(["more-sanctions-on-russia", "uk-and-us-sanction-efforts-rejected"]);
  });

  it("rejoins the two paragraphs the capture broke mid-sentence, with one space", () => {
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs.some((p) => p.text.includes("forced Gen. Michael Flynn to step down"))).toBe(true);
    expect(paragraphs.some((p) => p.text.includes("stick like glue to the Assad regime... or to work with"))).toBe(
      true,
    );
  });

  it("keeps every character of the seed, in order, none lost or duplicated", () => {
    const joined = seed.blocks.map((b) => b.text).join(" ");
    expect(joined).toBe(normalizeWhitespace(seedText));
  });

  it("keeps typographic quotes, straight apostrophes and the three dots as written", () => {
    const all = seed.blocks.map((b) => b.text).join("\n");
    expect(all).toContain("“aligned themselves with an unreliable partner in Bashar al-Assad,”");
    expect(all).toContain("Russia's interest");
    expect(all).toContain("regime...");
  });

  it("gives every block a unique, human-readable anchor", () => {
    const ids = seed.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe("p-prior-to-visiting-moscow-us");
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("is stable: the same seed gives the same ids", () => {
    expect(parse(seedText).blocks).toEqual(seed.blocks);
  });
});

describe("the subhead rule", () => {
  it.each([
    ["More sanctions on Russia?", true],
    ["U.K. and U.S. sanction efforts rejected", true],
    ["What happens next!", true],
    ["A short sentence that ends with a period.", false],
    ["Many are reporting on the tense relationship forming between Russia over the attacks as Russia", false],
    ["and a continuation in lower case", false],
    ["Two lines\nare a paragraph", false],
    ["Ends with a colon:", false],
  ])("%j is a subhead: %s", (text, expected) => {
    expect(looksLikeSubhead(text)).toBe(expected);
  });
});

describe("the rejoin rule", () => {
  it("joins after a title abbreviation such as Gen. or Dr.", () => {
    expect(continuesParagraph("a controversy that forced Gen.", "Michael Flynn to step down.")).toBe(true);
    expect(continuesParagraph("It was seen by Dr.", "Jones.")).toBe(true);
  });
  it("joins when the next block starts in lower case", () => {
    expect(continuesParagraph("to the Assad regime...", "or to work with the rest of the world.")).toBe(true);
  });
  it("joins when a sentence is left open and the next block is not a heading", () => {
    expect(
      continuesParagraph("The minister said that the", "Government would act on Monday and then review it all."),
    ).toBe(true);
  });
  it("does not join closed sentences, even ones ending in a quote or an abbreviation like U.S.", () => {
    expect(continuesParagraph("He said “no.”", "Then he left.")).toBe(false);
    expect(continuesParagraph("It was built in the U.S.", "Then it shipped.")).toBe(false);
    expect(continuesParagraph("Was it?", "Nobody knows.")).toBe(false);
  });
  it("does not join a paragraph to a following subhead", () => {
    const seed = parse(
      "This paragraph runs on well past the twelve words a heading may have, yet has no stop\n\nA Heading\n\nText after it.",
    );
    expect(seed.blocks.map((b) => b.kind)).toEqual(["paragraph", "subhead", "paragraph"]);
  });
});

describe("parseSeed() edge cases", () => {
  it("takes a heading-like first line as the title", () => {
    const seed = parse("A Title Line\n\nFirst paragraph.\n\nSecond paragraph.");
    expect(seed.title).toBe("A Title Line");
    expect(seed.blocks.map((b) => b.text)).toEqual(["First paragraph.", "Second paragraph."]);
  });
  it("folds Windows line endings, a BOM and lines wrapped inside a paragraph", () => {
    const seed = parse("\uFEFFOne line\r\nwrapped here.\r\n\r\nNext one.");
    expect(seed.blocks.map((b) => b.text)).toEqual(["One line wrapped here.", "Next one."]);
  });
  it("never ends with a subhead: a short last line is a paragraph", () => {
    expect(parse("A sentence.\n\nThe End").blocks.at(-1)?.kind).toBe("paragraph");
  });
  it("keeps anchors unique when paragraphs start alike, and gives wordless ones a number", () => {
    const seed = parse("Same start here one.\n\nSame start here one.\n\n🙂🙂.");
    expect(seed.blocks.map((b) => b.id)).toEqual(["p-same-start-here-one", "p-same-start-here-one-2", "p-3"]);
  });
  it("never gives a block an id the layout uses", () => {
    expect(parse("Main\n\nText.\n\nTimeline\n\nMore text.").blocks.map((b) => b.id)).toEqual([
      "p-text",
      "timeline-2",
      "p-more-text",
    ]);
  });
  it("reports an empty or blank seed, naming the file", () => {
    for (const text of ["", "  \n\n \t\n"]) {
      const { seed, problems } = parseSeed(text, "seeds/empty.txt");
      expect(seed).toBeUndefined();
      expect(problems).toEqual([{ file: "seeds/empty.txt", message: expect.stringContaining("empty") }]);
    }
  });
});
