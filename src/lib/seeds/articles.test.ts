import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadSeeds } from "./articles";

// Each case builds a seeds folder of its own, so a bad file is tested exactly as an editor would drop it in.
let root: string;
const seeds = () => join(root, "seeds");
function folder(files: Record<string, string | Buffer>) {
  root = mkdtempSync(join(tmpdir(), "seeds-test-"));
  const dir = seeds();
  rmSync(dir, { recursive: true, force: true });
  writeFileSync(join(root, ".keep"), "");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return loadSeeds(dir, root);
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const STORY = "A Title Line\n\nFirst paragraph, with a sentence.\n\nSecond paragraph.";

describe("loadSeeds()", () => {
  it("reads a seed and its metadata, and names the page after the file", () => {
    const { articles, problems } = folder({
      "my-story.txt": STORY,
      "my-story.meta.yaml": "title: Given title\ndate: 2017-04-11\nsource:\n  name: Wire\n",
    });
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.slug, a.seedFile, a.meta.title, a.meta.date])).toEqual([
      ["my-story", "seeds/my-story.txt", "Given title", "2017-04-11"],
    ]);
  });

  it("hands on the story's groups as written, for the one pass to check, and names the metadata file", () => {
    const { articles, problems } = folder({
      "my-story.txt": STORY,
      "my-story.meta.yaml": "title: Given title\ngroups:\n  G7: { name: G7, members: [US, GB] }\n",
      "other.txt": STORY,
    });
    expect(problems).toEqual([]);
    const [mine, other] = articles;
    expect(mine?.metaFile).toBe("seeds/my-story.meta.yaml");
    expect(mine?.groups).toEqual({ G7: { name: "G7", members: ["US", "GB"] } });
    expect(mine?.meta).not.toHaveProperty("groups");
    expect(mine?.meta.derived.join(" ")).not.toMatch(/group/);
    expect(other).not.toHaveProperty("metaFile");
    expect(other).not.toHaveProperty("groups");
  });

  it("derives what the metadata does not give, and says which fields it derived", () => {
    const { articles } = folder({ "My Story 2.txt": "Just one paragraph, with no title line." });
    const [a] = articles;
    expect(a?.slug).toBe("my-story-2");
    expect(a?.meta.title).toBe("My story 2");
    expect(a?.meta.dek).toBe("Just one paragraph, with no title line.");
    expect(a?.meta.derived).toEqual([
      "title (from the file name)",
      "dek (from the first sentence)",
      "source (unattributed)",
      "date (none: the page shows no date)",
      "featured (no article is marked featured: the newest is)",
    ]);
  });

  it.each([
    ["an empty seed", { "empty.txt": "  \n\n" }, { file: "seeds/empty.txt" }, /empty/],
    [
      "a seed that is not UTF-8",
      { "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]) },
      { file: "seeds/latin1.txt" },
      /UTF-8/,
    ],
    [
      "metadata that is not YAML",
      { "s.txt": STORY, "s.meta.yaml": "title: [unclosed\n" },
      { file: "seeds/s.meta.yaml", line: 1, column: 8 },
      /^is not valid YAML: the list that opens here \(\[unclosed\) is never closed: end it with \] on the same line\./,
    ],
    [
      "an impossible date",
      { "s.txt": STORY, "s.meta.yaml": "date: 2017-02-30\n" },
      { file: "seeds/s.meta.yaml", field: "date" },
      /calendar/,
    ],
    [
      "a date in the wrong format",
      { "s.txt": STORY, "s.meta.yaml": "date: 11 April 2017\n" },
      { file: "seeds/s.meta.yaml", field: "date" },
      /YYYY-MM-DD/,
    ],
    [
      "a misspelt field",
      { "s.txt": STORY, "s.meta.yaml": "titel: Oops\n" },
      { file: "seeds/s.meta.yaml", field: "titel" },
      /not a known field/,
    ],
    [
      "a source without a name",
      { "s.txt": STORY, "s.meta.yaml": "source:\n  url: https://example.org/\n" },
      { file: "seeds/s.meta.yaml", field: "source.name" },
      /./,
    ],
    [
      "a data file whose seed is missing",
      { "s.txt": STORY, "renamed.events.yaml": "[]\n" },
      { file: "seeds/renamed.events.yaml" },
      /no seed beside it: expected renamed\.txt/,
    ],
    ["two seeds with one URL", { "a b.txt": STORY, "a-b.txt": STORY }, { file: "seeds/a-b.txt" }, /same URL/],
  ])("reports %s, naming the file and the field", (_, files, where, message) => {
    const { problems } = folder(files as Record<string, string | Buffer>);
    expect(problems).toContainEqual(expect.objectContaining({ ...where, message: expect.stringMatching(message) }));
  });

  it("reports two featured articles, and a folder without seeds", () => {
    const two = folder({
      "a.txt": STORY,
      "a.meta.yaml": "featured: true\n",
      "b.txt": STORY,
      "b.meta.yaml": "featured: true\n",
    });
    expect(two.problems).toEqual([expect.objectContaining({ file: "seeds/b.meta.yaml", field: "featured" })]);
    expect(folder({}).problems).toEqual([
      expect.objectContaining({
        file: "seeds",
        message: expect.stringMatching(/no seed; add at least one article \(\.txt, \.md, \.mdx or \.html\)/),
      }),
    ]);
  });

  it("keeps the good articles and lists every bad file at once", () => {
    const { articles, problems } = folder({
      "good.txt": STORY,
      "bad.txt": "",
      "bad2.txt": STORY,
      "bad2.meta.yaml": "date: x\n",
    });
    expect(articles.map((a) => a.slug)).toEqual(["bad2", "good"]);
    expect([...new Set(problems.map((p) => p.file))]).toEqual(["seeds/bad.txt", "seeds/bad2.meta.yaml"]);
  });
});
