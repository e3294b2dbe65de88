import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { dekFromSeed, deriveMeta, titleFromSlug, validateMetaFile } from "./meta";
import { parseSeed, textToTree } from "./parse";

const FILE = "seeds/s.meta.yaml";
const validate = (yaml: string) => validateMetaFile(parse(yaml), FILE);

function seedOf(text: string) {
  const { seed } = parseSeed(text, "seeds/s.txt");
  if (!seed) throw new Error("no seed");
  return { ...(seed.title ? { title: seed.title } : {}), blocks: textToTree(seed) };
}

describe("validateMetaFile()", () => {
  it("accepts every field an editor may write, groups included, which the story's one pass checks", () => {
    const { meta, problems } = validate(`
title: A title
dek: A dek.
date: 2017-04-11
source: { name: Wire, url: "https://example.org/", note: A note. }
featured: true
groups:
  G7: { name: G7, members: [US, GB, DE, IT, FR, JP, CA] }
`);
    expect(problems).toEqual([]);
    expect(meta?.groups).toEqual({ G7: { name: "G7", members: ["US", "GB", "DE", "IT", "FR", "JP", "CA"] } });
  });

  it("leaves the groups' own shape to the story's check: a list passes here", () => {
    expect(validate("groups: [G7]").problems).toEqual([]);
  });

  it("accepts no file at all", () => {
    expect(validateMetaFile(undefined, FILE)).toEqual({ meta: {}, problems: [] });
  });

  it("names an unknown field and lists the fields allowed", () => {
    expect(validate("titel: Oops\ngroup: G7").problems).toEqual([
      {
        file: FILE,
        field: "titel",
        message:
          "is not a known field; the fields allowed are title, dek, date, source, featured, lang, calendar, numberingSystem, groups",
      },
      {
        file: FILE,
        field: "group",
        message:
          "is not a known field; the fields allowed are title, dek, date, source, featured, lang, calendar, numberingSystem, groups",
      },
    ]);
  });

  it("refuses a placeholder left anywhere in the title or the dek", () => {
    expect(validate("title: Ministers split (TODO check the verb)\ndek: TODO").problems).toEqual([
      {
        file: FILE,
        field: "title",
        message:
          'still holds the placeholder TODO ("Ministers split (TODO check the verb)"): finish the text and remove the TODO',
      },
      {
        file: FILE,
        field: "dek",
        message: 'still holds the placeholder TODO ("TODO"): finish the text and remove the TODO',
      },
    ]);
  });

  it("refuses a story date that is not a day in the calendar, saying how to write one", () => {
    expect(validate("date: 2017-02-30").problems).toEqual([
      { file: FILE, field: "date", message: "is not a date that exists in the calendar" },
    ]);
    expect(validate("date: 11 April 2017").problems).toEqual([
      { file: FILE, field: "date", message: "expected a date written YYYY-MM-DD, for example 2021-06-14" },
    ]);
  });
});

describe("deriveMeta()", () => {
  const seed = seedOf("A Title Line\n\nFirst paragraph, with a sentence. And a second one.\n\nMore.");

  it("keeps what the editor gave and derives nothing", () => {
    const meta = deriveMeta("s", seed, {
      title: "Given",
      dek: "Given dek.",
      date: "2017-04-11",
      source: { name: "Wire" },
      featured: true,
    });
    expect(meta).toEqual({
      title: "Given",
      dek: "Given dek.",
      date: "2017-04-11",
      source: { name: "Wire" },
      featured: true,
      lang: "en",
      derived: [],
    });
  });

  it("derives the title from the seed's first line, the dek from its first sentence, and says so", () => {
    expect(deriveMeta("s", seed)).toEqual({
      title: "A Title Line",
      dek: "First paragraph, with a sentence.",
      date: undefined,
      source: { name: "Unattributed" },
      featured: false,
      // Without a language, a story is in English.
      lang: "en",
      derived: [
        "title (from the seed's first line)",
        "dek (from the first sentence)",
        "source (unattributed)",
        "date (none: the page shows no date)",
      ],
    });
  });
});

describe("titleFromSlug() and dekFromSeed()", () => {
  it("makes a title in sentence case from a file name", () => {
    expect(titleFromSlug("syria-strike-g7-sanctions")).toBe("Syria strike g7 sanctions");
    expect(titleFromSlug("river_treaty")).toBe("River treaty");
  });

  it("cuts a long first sentence at a word, with an ellipsis", () => {
    const long = `${"word ".repeat(60).trim()}.`;
    const dek = dekFromSeed(seedOf(long));
    expect(dek.length).toBeLessThanOrEqual(201);
    expect(dek).toMatch(/^word( word)+…$/);
  });
});
