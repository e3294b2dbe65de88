import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadStory, STORY } from "../../test/story";
import { loadStories, seedName } from "./stories";

// Each case builds a seeds folder of its own, so files are read exactly as an editor would drop them in.
let root: string | undefined;
function folder(files: Record<string, string>) {
  root = mkdtempSync(join(tmpdir(), "stories-test-"));
  const dir = join(root, "seeds");
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return loadStories(dir, root);
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

const TEXT = `River talks

Austria said it supported a review. Hungary said it would wait. Slovakia opposed it.

The ministers met in Vienna on 2 March 2020.
`;
const META = "groups:\n  V3: { name: the three, members: [AT, HU, SK] }\n";
const EVENTS = `categories: { talks: The talks }
events:
  - id: vienna
    title: Ministers meet in Vienna
    date: 2020-03-02
    category: talks
    countries: [V3, AT]
    summary: The ministers met.
    quotes: ["The ministers met in Vienna"]
`;
const STANCES = `question: a review
positions: { supports: Supports a review, waits: Will wait, opposes: Opposes a review }
group: V3
stances:
  - id: austria
    country: AT
    actor: Government
    stance: supports
    events: [vienna]
    summary: Yes.
    quotes: ["Austria said it supported a review"]
  - id: v3
    country: V3
    actor: The ministers, together
    stance: waits
    summary: Together, they will wait.
    quotes: ["Hungary said it would wait"]
`;

describe("loadStories(): the one pass over the seeds folder", () => {
  it("reads each story with its metadata, vocabulary, events and stances", () => {
    const { stories, problems, drafts } = folder({
      "river.txt": TEXT,
      "river.meta.yaml": META,
      "river.events.yaml": EVENTS,
      "river.stances.yaml": STANCES,
    });
    expect(problems).toEqual([]);
    expect(drafts).toEqual([]);
    const [river] = stories;
    expect(stories).toHaveLength(1);
    expect(river?.slug).toBe("river");
    expect(river?.vocabulary.categories).toEqual([{ id: "talks", label: "The talks", slot: 1 }]);
    expect(river?.vocabulary.stances?.positions.map((p) => p.id)).toEqual(["supports", "waits", "opposes"]);
    expect(river?.events.map((e) => [e.id, e.article])).toEqual([["vienna", "river"]]);
    expect(river?.stances.map((s) => s.id)).toEqual(["austria", "v3"]);
  });

  it("uses the groups of the story's metadata in its events and stances", () => {
    const { stories } = folder({
      "river.txt": TEXT,
      "river.meta.yaml": META,
      "river.events.yaml": EVENTS,
      "river.stances.yaml": STANCES,
    });
    expect(stories[0]?.vocabulary.groups).toEqual([{ code: "V3", name: "the three", members: ["AT", "HU", "SK"] }]);
    expect(stories[0]?.vocabulary.stances?.group).toBe("V3");
    expect(stories[0]?.events[0]?.countries).toEqual(["V3", "AT"]);
  });

  it("refuses the same groups when the metadata does not declare them", () => {
    const { problems } = folder({ "river.txt": TEXT, "river.events.yaml": EVENTS, "river.stances.yaml": STANCES });
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ["seeds/river.events.yaml", "vienna", "countries.0"],
      ["seeds/river.stances.yaml", undefined, "group"],
      ["seeds/river.stances.yaml", "v3", "country"],
    ]);
  });

  it("collects the problems of every file of every story in one call", () => {
    const { stories, problems } = folder({
      "river.txt": TEXT,
      "river.meta.yaml": `${META}  NATO: { name: NATO, members: [] }\n`,
      "river.events.yaml": EVENTS.replace("date: 2020-03-02", "date: 2020-02-30"),
      "river.stances.yaml": STANCES.replace("stance: supports", "stance: maybe"),
      "broken.txt": TEXT,
      "broken.events.yaml": "events: [unclosed\n",
      "empty.txt": "\n\n",
    });
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      ["seeds/empty.txt", undefined, undefined],
      ["seeds/broken.events.yaml", undefined, undefined],
      ["seeds/river.meta.yaml", undefined, "groups.NATO.members"],
      ["seeds/river.events.yaml", "vienna", "date"],
      ["seeds/river.stances.yaml", "austria", "stance"],
    ]);
    expect(problems.find((p) => p.file === "seeds/broken.events.yaml")).toEqual({
      file: "seeds/broken.events.yaml",
      line: 1,
      column: 9,
      message:
        "is not valid YAML: the list that opens here ([unclosed) is never closed: end it with ] on the same line. " +
        "Nothing else in this file is checked until this is fixed.",
    });
    // A story whose files have problems is still read, so its other files are checked in the same pass.
    expect(stories.map((s) => s.slug)).toEqual(["broken", "river"]);
  });

  it("lists a draft of events, and never reads it as the story's events", () => {
    const { stories, problems, drafts } = folder({
      "river.txt": TEXT,
      "river.events.draft.yaml": "- id: x\n  title: TODO: a title\n",
      "plain.txt": TEXT,
    });
    expect(problems).toEqual([]);
    expect(drafts).toEqual(["seeds/river.events.draft.yaml"]);
    expect(stories.find((s) => s.slug === "river")?.events).toEqual([]);
  });

  it("reports an unreadable events file once, not again through every stance that names its events", () => {
    const { problems } = folder({
      "river.txt": TEXT,
      "river.meta.yaml": META,
      "river.events.yaml": "events: [unclosed\n",
      "river.stances.yaml": STANCES,
    });
    expect(problems.map((p) => [p.file, p.field])).toEqual([["seeds/river.events.yaml", undefined]]);
  });

  it("reports a draft whose seed is missing, as it does any other file beside no seed", () => {
    const { problems } = folder({ "river.txt": TEXT, "renamed.events.draft.yaml": "events: []\n" });
    expect(problems).toEqual([
      {
        file: "seeds/renamed.events.draft.yaml",
        message: "has no seed beside it: expected renamed.txt (or .md, .mdx, .html, or a .timeline.json)",
      },
    ]);
  });

  it("reads a story without data files as one with no categories, groups, events or stances", () => {
    const { stories } = folder({ "plain.txt": TEXT });
    expect(stories[0]).toMatchObject({ vocabulary: { categories: [], groups: [] }, events: [], stances: [] });
    expect(stories[0]?.vocabulary).not.toHaveProperty("stances");
  });

  it("reads the real seeds and every end-to-end fixture without a problem", () => {
    expect(loadStory(STORY).events).toHaveLength(18);
    for (const slug of ["lighthouse-keeper", "launch-day", "river-treaty", "hostile-characters", "plain-article"]) {
      expect(loadStory(slug).slug).toBe(slug);
    }
  });
});

describe("seedName()", () => {
  it("is the seed's file name without its folder and extension", () => {
    expect(seedName("seeds/my-story.txt")).toBe("my-story");
    expect(seedName("e2e/fixtures/seeds/launch-day.txt")).toBe("launch-day");
    expect(seedName("story.txt")).toBe("story");
  });
});
