import { describe, expect, it } from "vitest";
import { messages } from "../../i18n";
import { loadStory, STORY } from "../../test/story";
import type { Vocabulary } from "../facts/story";
import { summarize } from "./summary";

const syria = loadStory(STORY);
const river = loadStory("river-treaty");
const SYRIA = syria.vocabulary;
const RIVER = river.vocabulary;

const s = (country: string, stance: string, actor = "Government", date?: string) => ({
  country,
  stance,
  actor,
  ...(date ? { date } : {}),
});

describe("summarize() on the Syria story: its group counted first, in its own words", () => {
  it("counts the G7 members along the scale, gives the body's outcome and date, and names the other actor", () => {
    expect(summarize(syria.stances, SYRIA)).toBe(
      "Of the seven G7 members, two pushed for tighter sanctions, two said not now, one rejected them and two are not reported in the article; the G7 as a body rejected them on 11 Apr 2017. Also charted: Marine Le Pen, presidential candidate (France), who would consider lifting sanctions.",
    );
  });

  it("does not depend on the order of the records", () => {
    expect(summarize([...syria.stances].reverse(), SYRIA)).toBe(summarize(syria.stances, SYRIA));
  });

  it("counts each country once, by its government, and names any other actor beside it", () => {
    const twoActors = [s("FR", "wait"), s("FR", "lift", "Marine Le Pen, presidential candidate"), s("DE", "wait")];
    expect(summarize(twoActors, SYRIA)).toBe(
      "Both G7 members charted said not now. Also charted: Marine Le Pen, presidential candidate (France), who would consider lifting sanctions.",
    );
  });

  it("counts a country without a government's stance by its first actor", () => {
    expect(summarize([s("FR", "lift", "Marine Le Pen"), s("DE", "rejected")], SYRIA)).toBe(
      "Of the two G7 members charted, one rejected them and one would consider lifting sanctions.",
    );
  });

  it("agrees the story's phrases in number: one “is”, several “are”", () => {
    expect(summarize([s("DE", "pushed"), s("IT", "wait"), s("JP", "not-reported")], SYRIA)).toBe(
      "Of the three G7 members charted, one pushed for tighter sanctions, one said not now and one is not reported in the article.",
    );
    expect(
      summarize([s("DE", "rejected"), s("IT", "rejected"), s("JP", "not-reported"), s("CA", "not-reported")], SYRIA),
    ).toBe("Of the four G7 members charted, two rejected them and two are not reported in the article.");
  });

  it("says “all” (or “both”) when every member charted is in one place, and “charted” unless all are", () => {
    const all = ["US", "GB", "DE", "IT", "FR", "JP", "CA"].map((c) => s(c, "pushed"));
    expect(summarize(all, SYRIA)).toBe("All seven G7 members pushed for tighter sanctions.");
    expect(summarize([s("JP", "not-reported"), s("CA", "not-reported")], SYRIA)).toBe(
      "Both G7 members charted are not reported in the article.",
    );
  });

  it("names the only member charted", () => {
    expect(summarize([s("JP", "not-reported")], SYRIA)).toBe(
      "Japan, the only G7 member charted, is not reported in the article.",
    );
    expect(summarize([s("DE", "rejected"), s("RU", "target")], SYRIA)).toBe(
      "Germany, the only G7 member charted, rejected them.",
    );
  });

  it("without members, counts the other countries that hold a position", () => {
    expect(summarize([s("UA", "pushed"), s("SY", "rejected"), s("RU", "target")], SYRIA)).toBe(
      "Of the two countries charted, one pushed for tighter sanctions and one rejected them.",
    );
    expect(summarize([s("UA", "pushed")], SYRIA)).toBe(
      "Ukraine, the only country charted, pushed for tighter sanctions.",
    );
  });

  it("gives the body alone, capitalised, and without a date when it has none", () => {
    expect(summarize([s("G7", "wait", "Foreign ministers")], SYRIA)).toBe("The G7 as a body said not now.");
  });

  it("falls back to the target in the story's words, and to nothing for no stances", () => {
    expect(summarize([s("RU", "target")], SYRIA)).toBe("Russia is the target of the sanctions.");
    expect(summarize([s("RU", "target"), s("SY", "target")], SYRIA)).toBe(
      "Russia and Syria are the target of the sanctions.",
    );
    expect(summarize([], SYRIA)).toBe("");
  });
});

describe("summarize() on another story: no group, no target, its own question", () => {
  it("counts the countries charted in the river-treaty's words, and names the actor who is not a government", () => {
    expect(summarize(river.stances, RIVER)).toBe(
      "Of the four countries charted, one supported a review, one said it would wait for the experts, one opposed reopening the treaty and one has not said. Also charted: Environmental groups, protesting in Vienna (Austria), who supported a review.",
    );
  });

  it("lists other actors whose names hold commas with semicolons, so each reads as one", () => {
    const stances = [...river.stances, { country: "HU", actor: "Farmers' union, Danube branch", stance: "opposes" }];
    expect(summarize(stances, RIVER)).toContain(
      "Also charted: Environmental groups, protesting in Vienna (Austria), who supported a review; and Farmers' union, Danube branch (Hungary), who opposed reopening the treaty.",
    );
  });

  it("says nothing of the Syria story", () => {
    for (const stances of [river.stances, river.stances.slice(0, 2), river.stances.slice(2)]) {
      expect(summarize(stances, RIVER)).not.toMatch(/sanction|G7|member|body|target/i);
    }
  });

  it("says nothing for a story without a stances header", () => {
    expect(summarize(river.stances, { ...RIVER, stances: undefined })).toBe("");
  });

  it("agrees a story's own {singular|plural} phrases", () => {
    const vocabulary: Vocabulary = {
      ...RIVER,
      stances: RIVER.stances && {
        ...RIVER.stances,
        notReported: { label: "Has not said", phrase: "{has|have} not said" },
      },
    };
    expect(summarize([s("RO", "not-reported"), s("BG", "not-reported"), s("AT", "supports")], vocabulary)).toBe(
      "Of the three countries charted, one supported a review and two have not said.",
    );
  });
});

describe("summarize() on a story that charts actors: one man and the bodies that answered him", () => {
  const bridge = loadStory("bridge-warning");
  const BRIDGE = bridge.vocabulary;

  it("names each actor with its position, a sentence a position, never counting them as countries", () => {
    expect(summarize(bridge.stances, BRIDGE)).toBe(
      "Dr Colm Brennan wants it closed to lorries. Kilmore County Council wants more tests first. Transport Infrastructure Office; Bridge Review Panel, 2019; and Chamber of Commerce, Kilmore say it is safe. The hauliers' association has not commented.",
    );
    expect(summarize(bridge.stances, BRIDGE)).not.toMatch(/countr|Ireland/);
  });

  it("lists names without commas as the language does, and names each actor's country when they are of several", () => {
    const two = [s("IE", "safe", "The roads office"), s("IE", "safe", "The chamber")];
    expect(summarize(two, BRIDGE)).toBe("The roads office and The chamber say it is safe.");
    const abroad = [s("IE", "close", "Dr Colm Brennan"), s("GB", "close", "A British engineer")];
    expect(summarize(abroad, BRIDGE)).toBe(
      "Dr Colm Brennan (Ireland) and A British engineer (United Kingdom) want it closed to lorries.",
    );
  });

  it("counts actors past eight, as it counts countries", () => {
    const many = Array.from({ length: 9 }, (_, i) => s("IE", i < 6 ? "safe" : "tests", `Body ${i + 1}`));
    expect(summarize(many, BRIDGE)).toBe(
      "Of the nine voices charted, three want more tests first and six say it is safe.",
    );
  });
});

describe("the words the summary counts in", () => {
  const { t, list } = messages("en");
  it("spells out the numbers up to ten, and writes the rest", () => {
    expect([0, 1, 7, 10, 11, 42].map((n) => t("count.word", { n }))).toEqual(["no", "one", "seven", "ten", "11", "42"]);
  });

  it("lists items as the language does", () => {
    expect(list([])).toBe("");
    expect(list(["a"])).toBe("a");
    expect(list(["a", "b"])).toBe("a and b");
    expect(list(["a", "b", "c"])).toBe("a, b and c");
  });
});
