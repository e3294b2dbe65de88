import { describe, expect, it } from "vitest";
import { parse, parseDocument } from "yaml";
import { draftEvents } from "./draft";
import { PLACEHOLDER_PREFIX } from "./placeholder";
import { draftYaml } from "./yaml";

const SEED = `British Foreign Secretary Boris Johnson said on Tuesday that Russian support for Assad must end.

Over the past several months the sanctions have remained.`;

const text = draftYaml(draftEvents(SEED, "2017-04-11"), {
  seedFile: "seeds/story.txt",
  eventsFile: "story.events.yaml",
});

describe("draftYaml()", () => {
  it("writes the map form with events and no categories, in the events schema's fields", () => {
    const data = parse(text);
    expect(Object.keys(data)).toEqual(["events"]);
    expect(data.events[0]).toEqual({
      id: "tuesday",
      title: `${PLACEHOLDER_PREFIX}: a title under 60 characters`,
      date: "2017-04-11",
      resolution: 'The article says "on Tuesday"; the story is dated Tuesday 11 April 2017, so the same day.',
      countries: ["GB", "RU"],
      people: ["Boris Johnson"],
      summary: `${PLACEHOLDER_PREFIX}: what happened, in your own words`,
      quotes: ["British Foreign Secretary Boris Johnson said on Tuesday that Russian support for Assad must end."],
    });
  });

  it("leaves titles and summaries as placeholders the build refuses", () => {
    const { events } = parse(text);
    for (const e of events) {
      expect(e.title.startsWith(PLACEHOLDER_PREFIX)).toBe(true);
      expect(e.summary.startsWith(PLACEHOLDER_PREFIX)).toBe(true);
    }
  });

  it("marks proposals and unresolved dates with comments on their line", () => {
    expect(text).toContain('countries: [GB, RU] # proposed from "British", "Russian": check');
    expect(text).toContain('people: [Boris Johnson] # proposed from "Boris Johnson": check');
    expect(text).toContain('date: "2017" # NOT RESOLVED: see resolution, then set the date or delete this record');
    expect(text).toContain('# Paragraph 1 (#p-british-foreign-secretary-boris-johnson): "on Tuesday"');
  });

  it("marks a relative date inside a quotation to check when the text does not say when it was said", () => {
    const quoted = draftYaml(
      draftEvents("“We agreed this morning to reopen the border,” the minister said.", "2026-03-07"),
      {
        seedFile: "seeds/border.txt",
        eventsFile: "border.events.yaml",
      },
    );
    expect(quoted).toContain("date: 2026-03-07 # CHECK: relative date inside a quotation");
    expect(text).not.toContain("# CHECK");
  });

  it("keeps its comments when an editor's tool loads and saves it with the yaml Document API", () => {
    const doc = parseDocument(text);
    doc.setIn(["events", 0, "title"], "Johnson on Russia");
    const saved = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    expect(saved).toContain("# proposed from");
    expect(saved).toContain("# NOT RESOLVED");
    expect(saved).toContain('title: "Johnson on Russia"');
  });

  it("says in its header that it is a draft, and how to confirm it", () => {
    expect(text.split("\n")[0]).toBe(
      "# A DRAFT of the events of seeds/story.txt, written by npm run draft: the build never reads it.",
    );
    expect(text).toContain("Then rename this file to\n# story.events.yaml and run npm run build");
  });
});
