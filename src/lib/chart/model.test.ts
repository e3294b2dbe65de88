import { describe, expect, it } from "vitest";
import { loadStory, STANCE_ORDER, STORY } from "../../test/story";
import type { StanceQuestion, Vocabulary } from "../facts/story";
import { stanceLabel } from "../facts/story";
import { chartModel, rowName, type StanceLike } from "./model";
import { summarize } from "./summary";

const syria = loadStory(STORY);
const river = loadStory("river-treaty");
/** The chart of a story that must have one. */
function modelOf(stances: readonly StanceLike[], vocabulary: Vocabulary) {
  const model = chartModel(stances, vocabulary);
  if (!model) throw new Error("no chart");
  return model;
}
const SYRIA = modelOf(syria.stances, syria.vocabulary);
const RIVER = modelOf(river.stances, river.vocabulary);

/** Stances in file order for the Syria story's vocabulary. */
const file = (...xs: [string, string, string, string?][]): StanceLike[] =>
  xs.map(([id, country, stance, actor = "Government"], order) => ({ id, country, stance, actor, order }));

describe("chartModel() on the Syria story", () => {
  it("takes its title and columns from the story's stances header", () => {
    expect(SYRIA.title).toBe("Where each country stood on tighter sanctions against Russia");
    expect(SYRIA.positions).toEqual([
      { id: "pushed", label: "Pushed for tighter sanctions", short: "Pushed" },
      { id: "wait", label: "Not now / wait", short: "Not now / wait" },
      { id: "rejected", label: "Rejected", short: "Rejected" },
      { id: "lift", label: "Would consider lifting", short: "Would lift" },
    ]);
  });

  it("gives one row per country: the G7 members in the group's order, then the G7 as a body, then the target", () => {
    expect(SYRIA.rows.map((r) => [r.country, r.name, r.section])).toEqual([
      ["US", "United States", "members"],
      ["GB", "United Kingdom", "members"],
      ["DE", "Germany", "members"],
      ["IT", "Italy", "members"],
      ["FR", "France", "members"],
      ["JP", "Japan", "members"],
      ["CA", "Canada", "members"],
      ["G7", "G7 as a body", "body"],
      ["RU", "Russia", "target"],
    ]);
    expect(SYRIA.rows.flatMap((r) => r.marks.map((m) => m.id))).toEqual(STANCE_ORDER);
  });

  it("orders rows and marks the same whatever the order of the records", () => {
    expect(chartModel([...syria.stances].reverse(), syria.vocabulary)).toEqual(SYRIA);
  });

  it("gives France a mark for each actor, along the scale, each labelled with its actor", () => {
    const france = SYRIA.rows.find((r) => r.country === "FR");
    expect(france?.marks.map((m) => [m.stance, m.onScale, m.label])).toEqual([
      ["wait", true, "Government"],
      ["lift", true, "Marine Le Pen, presidential candidate"],
    ]);
  });

  it("leaves a lone government's mark unlabelled: its column says its stance, and its name says it to a screen reader", () => {
    const us = SYRIA.rows.find((r) => r.country === "US");
    expect(us?.marks.map((m) => [m.stance, m.onScale, m.label])).toEqual([["pushed", true, undefined]]);
    expect(us?.marks[0]?.name).toBe("United States, Government: Pushed for tighter sanctions");
  });

  it("puts Japan, Canada and Russia off the scale, saying why in the story's words", () => {
    const label = (country: string) =>
      SYRIA.rows.find((r) => r.country === country)?.marks.map((m) => [m.onScale, m.label]);
    expect(label("JP")).toEqual([[false, "Not reported in the article"]]);
    expect(label("CA")).toEqual([[false, "Not reported in the article"]]);
    expect(label("RU")).toEqual([[false, "Target of the sanctions"]]);
  });

  it("calls out the G7's collective outcome with its date, in bold", () => {
    const g7 = SYRIA.rows.find((r) => r.country === "G7")?.marks[0];
    expect(g7).toMatchObject({
      stance: "rejected",
      onScale: true,
      emphasis: true,
      label: "Rejected, 11 Apr 2017",
      name: "G7, Foreign ministers, as a body: Rejected, 11 Apr 2017",
    });
  });

  it("lists the stances present in scale order, then off it, with their legend words", () => {
    expect(SYRIA.stances).toEqual([
      { id: "pushed", label: "Pushed for tighter sanctions" },
      { id: "wait", label: "Not now / wait" },
      { id: "rejected", label: "Rejected" },
      { id: "lift", label: "Would consider lifting" },
      { id: "not-reported", label: "Not reported in the article" },
      { id: "target", label: "Target of the sanctions" },
    ]);
    expect(
      modelOf(file(["a", "IT", "wait"], ["b", "DE", "pushed"]), syria.vocabulary).stances.map((s) => s.id),
    ).toEqual(["pushed", "wait"]);
  });

  it("summarises the same records it draws", () => {
    expect(SYRIA.summary).toBe(summarize(syria.stances, syria.vocabulary));
    expect(SYRIA.summary).toBe(
      "Of the seven G7 members, two pushed for tighter sanctions, two said not now, one rejected them and two are not reported in the article; the G7 as a body rejected them on 11 Apr 2017. Also charted: Marine Le Pen, presidential candidate (France), who would consider lifting sanctions.",
    );
  });

  it("puts a country that holds a position outside the group after the body, and a target of no position last", () => {
    const other = modelOf(
      file(["ru", "RU", "target"], ["ua", "UA", "pushed"], ["g7", "G7", "wait", "Ministers"], ["de", "DE", "rejected"]),
      syria.vocabulary,
    );
    expect(other.rows.map((r) => [r.country, r.section])).toEqual([
      ["DE", "members"],
      ["G7", "body"],
      ["UA", "others"],
      ["RU", "target"],
    ]);
  });

  it("labels an off-scale mark with its actor when the country has other marks", () => {
    const row = modelOf(file(["a", "FR", "wait"], ["b", "FR", "not-reported", "Senate"]), syria.vocabulary).rows[0];
    expect(row?.marks.map((m) => m.label)).toEqual(["Government", "Senate: Not reported in the article"]);
  });
});

describe("chartModel() on another story: the river-treaty fixture, with no group and no target", () => {
  it("takes every word from that story: title, columns, legend and summary", () => {
    expect(RIVER.title).toBe("Where each country stood on a review of the water-sharing treaty");
    expect(RIVER.positions.map((p) => p.label)).toEqual([
      "Supports a review",
      "Will wait for the experts",
      "Opposes a review",
    ]);
    expect(RIVER.stances.map((s) => s.label)).toEqual([
      "Supports a review",
      "Will wait for the experts",
      "Opposes a review",
      "Has not said",
    ]);
    expect(RIVER.summary).toBe(
      "Of the four countries charted, one supported a review, one said it would wait for the experts, one opposed reopening the treaty and one has not said. Also charted: Environmental groups, protesting in Vienna (Austria), who supported a review.",
    );
  });

  it("says nothing of the Syria story anywhere in the chart", () => {
    expect(JSON.stringify(RIVER)).not.toMatch(/sanction|Russia|G7|member|as a body|target|pushed|lifting/i);
  });

  it("lists every country as another country, in the order the file first names them", () => {
    expect(RIVER.rows.map((r) => [r.country, r.name, r.section])).toEqual([
      ["AT", "Austria", "others"],
      ["HU", "Hungary", "others"],
      ["SK", "Slovakia", "others"],
      ["RO", "Romania", "others"],
    ]);
  });

  it("draws an actor who is not a government beside its country's government, each labelled", () => {
    const austria = RIVER.rows.find((r) => r.country === "AT");
    expect(austria?.marks.map((m) => [m.stance, m.label])).toEqual([
      ["supports", "Government"],
      ["supports", "Environmental groups, protesting in Vienna"],
    ]);
    expect(austria?.marks[1]?.name).toBe("Austria, Environmental groups, protesting in Vienna: Supports a review");
  });

  it("draws a stance the article leaves open off the scale, in the story's words", () => {
    expect(RIVER.rows.find((r) => r.country === "RO")?.marks).toEqual([
      {
        id: "romania",
        country: "RO",
        actor: "Government",
        stance: "not-reported",
        onScale: false,
        label: "Has not said",
        emphasis: false,
        name: "Romania, Government: Has not said",
      },
    ]);
  });
});

describe("chartModel(): when there is nothing to draw", () => {
  it("gives no chart for a story without a stances header, or without stances", () => {
    expect(chartModel(syria.stances, { ...syria.vocabulary, stances: undefined })).toBeUndefined();
    expect(chartModel([], syria.vocabulary)).toBeUndefined();
  });
});

describe("stanceLabel() and rowName()", () => {
  const question: StanceQuestion = {
    question: "q",
    positions: [{ id: "yes", label: "Yes", short: "Y", phrase: "said yes", slot: 1 }],
    notReported: { label: "Has not said", phrase: "has not said" },
  };

  it("labels a position, the story's not-reported words, and a target the story did not name", () => {
    expect(stanceLabel("yes", question)).toBe("Yes");
    expect(stanceLabel("not-reported", question)).toBe("Has not said");
    expect(stanceLabel("target", question)).toBe("Target");
  });

  it("names a group's own row as the group as a body, and a country by its name", () => {
    const groups = [{ code: "V4", name: "the Visegrád Group", members: ["PL", "CZ", "SK", "HU"] }];
    expect(rowName("V4", groups)).toBe("the Visegrád Group as a body");
    expect(rowName("HU", groups)).toBe("Hungary");
  });
});

describe("chartModel() on a story that charts actors (charted: actors)", () => {
  const bridge = loadStory("bridge-warning");
  const BRIDGE = modelOf(bridge.stances, bridge.vocabulary);

  it("titles the chart for people and bodies, not countries", () => {
    expect(BRIDGE.title).toBe("Who stood where on closing the Kilmore bridge to lorries");
  });

  it("gives each actor a row under its own name, in the file's order, all in one country", () => {
    expect(BRIDGE.rows.map((r) => r.name)).toEqual([
      "Dr Colm Brennan",
      "Kilmore County Council",
      "Transport Infrastructure Office",
      "Bridge Review Panel, 2019",
      "Chamber of Commerce, Kilmore",
      "The hauliers' association",
    ]);
    expect(new Set(BRIDGE.rows.map((r) => r.section))).toEqual(new Set(["others"]));
  });

  it("names each mark by its actor and stance, without the country every row shares, and labels none by its actor", () => {
    const marks = BRIDGE.rows.flatMap((r) => r.marks);
    expect(marks.map((m) => m.name)).toContain("Bridge Review Panel, 2019: Says it is safe, 2019");
    expect(marks.every((m) => !m.name.includes("Ireland"))).toBe(true);
    expect(marks.filter((m) => m.label).map((m) => m.label)).toEqual(["Has not commented"]);
  });

  it("puts an actor the question is about last, off the scale, like a country that is its target", () => {
    const question = bridge.vocabulary.stances as StanceQuestion;
    const vocabulary = {
      ...bridge.vocabulary,
      stances: { ...question, target: { label: "The bridge's owner", phrase: "{owns|own} the bridge" } },
    };
    const stances = [
      { id: "owner", country: "IE", actor: "Kilmore Bridge Company", stance: "target", order: 0 },
      ...bridge.stances.map((s) => ({ ...s, order: s.order + 1 })),
    ];
    const rows = modelOf(stances, vocabulary).rows;
    expect(rows.at(-1)).toEqual(expect.objectContaining({ name: "Kilmore Bridge Company", section: "target" }));
  });
});
