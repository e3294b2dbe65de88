import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { RecordProblems } from "./problems";
import {
  agree,
  checkCategories,
  checkGroups,
  checkStanceHeader,
  type Group,
  MAX_CATEGORIES,
  MAX_POSITIONS,
  placeName,
  placeSchema,
  vocabularySchema,
} from "./story";

const EVENTS = "seeds/test.events.yaml";
const META = "seeds/test.meta.yaml";
const STANCES = "seeds/test.stances.yaml";
const G7: Group = { code: "G7", name: "G7", members: ["US", "GB", "DE", "IT", "FR", "JP", "CA"] };

/** Runs a check on YAML as an editor writes it, collecting its problems for the file. */
function run<T>(file: string, yaml: string, check: (raw: unknown, problems: RecordProblems) => T) {
  const problems = new RecordProblems(file, undefined);
  const result = check(parse(yaml), problems);
  return { result, problems: problems.list };
}
const categories = (yaml: string) => run(EVENTS, yaml, checkCategories);
const groups = (yaml: string) => run(META, yaml, checkGroups);
const header = (yaml: string, declared: Group[] = [G7]) =>
  run(STANCES, yaml, (raw, problems) => checkStanceHeader(raw, declared, problems));

describe("checkCategories(): the categories at the top of an events file", () => {
  it("gives each category its palette slot in the order the story declares them", () => {
    expect(categories("{ war: The war, light: The light, family: Life and family }")).toEqual({
      result: [
        { id: "war", label: "The war", slot: 1 },
        { id: "light", label: "The light", slot: 2 },
        { id: "family", label: "Life and family", slot: 3 },
      ],
      problems: [],
    });
  });

  it("makes a label from the id when none is written, and trims a label's spaces", () => {
    expect(categories("{ us-politics: , talks: '  The talks ' }").result).toEqual([
      { id: "us-politics", label: "Us politics", slot: 1 },
      { id: "talks", label: "The talks", slot: 2 },
    ]);
  });

  it("is empty when the story declares none", () => {
    expect(categories("")).toEqual({ result: [], problems: [] });
  });

  it("refuses a list, asking for a map of id to label", () => {
    expect(categories("[war, light]")).toEqual({
      result: [],
      problems: [
        {
          file: EVENTS,
          field: "categories",
          message: "must be a map of id to label, e.g. diplomacy: Diplomacy (one per line)",
        },
      ],
    });
  });

  it("refuses a bad id and a label that is not text, each naming the category, and keeps the good ones in slots", () => {
    expect(categories("{ The War: x, light: 5, empty: '  ', family: Family }")).toEqual({
      result: [{ id: "family", label: "Family", slot: 1 }],
      problems: [
        {
          file: EVENTS,
          field: "categories.The War",
          message: "a category's id must be lower case letters, digits and hyphens, e.g. minister-resigns",
        },
        { file: EVENTS, field: "categories.light", message: "its label must be text, e.g. diplomacy: Diplomacy" },
        { file: EVENTS, field: "categories.empty", message: "its label must be text, e.g. diplomacy: Diplomacy" },
      ],
    });
  });

  it(`refuses more than ${MAX_CATEGORIES}, the most a reader tells apart, keeping the first ${MAX_CATEGORIES}`, () => {
    const ten = "abcdefghij".split("").map((c) => `${c}: ${c.toUpperCase()}`);
    const { result, problems } = categories(`{ ${ten.join(", ")} }`);
    expect(result.map((c) => c.slot)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(problems).toEqual([
      {
        file: EVENTS,
        field: "categories",
        message: "declares 10 categories; a reader can tell at most 8 apart: merge some",
      },
    ]);
    expect(categories(`{ ${ten.slice(0, 8).join(", ")} }`).problems).toEqual([]);
  });
});

describe("checkGroups(): the groups of countries in a story's .meta.yaml", () => {
  it("reads each group's code, name and members", () => {
    expect(
      groups("G7: { name: G7, members: [US, GB, DE, IT, FR, JP, CA] }\nEU27: { name: the EU, members: [FR, DE] }"),
    ).toEqual({
      result: [G7, { code: "EU27", name: "the EU", members: ["FR", "DE"] }],
      problems: [],
    });
  });

  it("is empty when the story declares none", () => {
    expect(run(META, "", (_, p) => checkGroups(undefined, p))).toEqual({ result: [], problems: [] });
  });

  it("refuses a list of groups, with an example of a map", () => {
    expect(groups("[G7]").problems).toEqual([
      {
        file: META,
        field: "groups",
        message: "must be a map of groups, e.g. EU: { name: European Union, members: [DE, FR, IT] }",
      },
    ]);
  });

  it("refuses a code that is a country's, or not in capitals", () => {
    const rule =
      "a group's code is 2 to 8 capital letters or digits, starting with a letter, that is not a country's code, e.g. EU, NATO or G7";
    expect(
      groups(
        'US: { name: The States, members: [US] }\neu: { name: EU, members: [FR] }\n"G7+": { name: G7+, members: [FR] }',
      ).problems,
    ).toEqual([
      { file: META, field: "groups.US", message: `"US" is a country's code (United States): ${rule}` },
      {
        file: META,
        field: "groups.eu",
        message: `"eu" cannot be a group's code: ${rule}; the name, under name:, is written as readers know it`,
      },
      {
        file: META,
        field: "groups.G7+",
        message: `"G7+" cannot be a group's code: ${rule}; the name, under name:, is written as readers know it`,
      },
    ]);
  });

  it("names each bad field of a group under the group: a missing name, no members, a deprecated code", () => {
    expect(groups("NATO: { members: [] }\nEU: { name: EU, members: [FR, UK, XX] }\nAB: [x]").problems).toEqual([
      {
        file: META,
        field: "groups.NATO.name",
        message: "is required: the group's name as readers know it, e.g. European Union",
      },
      {
        file: META,
        field: "groups.NATO.members",
        message: "needs at least 1: the member countries' ISO codes, e.g. [US, GB, DE]",
      },
      {
        file: META,
        field: "groups.EU.members.1",
        message: '"UK" is not the ISO 3166-1 code of United Kingdom: write GB',
      },
      {
        file: META,
        field: "groups.EU.members.2",
        message:
          '"XX" is not an ISO 3166-1 alpha-2 country code (GB, US, DE…), nor a group declared under groups in the story\'s .meta.yaml',
      },
      { file: META, field: "groups.AB", message: "must be a map of fields (name: …, members: …), not a list" },
    ]);
  });
});

describe("checkStanceHeader(): what a story's stances are about", () => {
  const SYRIA = `
question: tighter sanctions against Russia
positions:
  pushed: { label: Pushed for tighter sanctions, short: Pushed, phrase: pushed for tighter sanctions }
  wait: { label: Not now / wait, phrase: said not now }
  rejected: Rejected
target: Target of the sanctions
group: G7
stances: [{ id: a }]
`;

  it("reads the question, the positions in order with their slots, the target and the group", () => {
    const { result, problems } = header(SYRIA);
    expect(problems).toEqual([]);
    expect(result.records).toEqual([{ id: "a" }]);
    expect(result.question).toEqual({
      question: "tighter sanctions against Russia",
      positions: [
        {
          id: "pushed",
          label: "Pushed for tighter sanctions",
          short: "Pushed",
          phrase: "pushed for tighter sanctions",
          slot: 1,
        },
        { id: "wait", label: "Not now / wait", short: "Not now / wait", phrase: "said not now", slot: 2 },
        { id: "rejected", label: "Rejected", short: "Rejected", phrase: "rejected", slot: 3 },
      ],
      notReported: {
        label: "Not reported in the article",
        short: "Not reported",
        phrase: "{is|are} not reported in the article",
      },
      target: {
        label: "Target of the sanctions",
        short: "Target of the sanctions",
        phrase: "{is|are} the target of the sanctions",
      },
      group: "G7",
    });
  });

  it("takes a position written as its label alone: the label is its short label, and its phrase in lower case", () => {
    const { result } = header("question: q\npositions: { supports: Supports a review }\nstances: []");
    expect(result.question?.positions).toEqual([
      { id: "supports", label: "Supports a review", short: "Supports a review", phrase: "supports a review", slot: 1 },
    ]);
  });

  it("has no target and no group unless the story names them", () => {
    const { result } = header("question: q\npositions: { yes: Yes }\nstances: []");
    expect(result.question).not.toHaveProperty("target");
    expect(result.question).not.toHaveProperty("group");
  });

  it("takes the story's own words for a stance the article does not report, as a label or with a phrase", () => {
    expect(
      header("question: q\npositions: { yes: Yes }\nnot-reported: Has not said\nstances: []").result.question
        ?.notReported,
    ).toEqual({ label: "Has not said", short: "Has not said", phrase: "has not said" });
    expect(
      header(
        "question: q\npositions: { yes: Yes }\nnot-reported: { label: Silent, phrase: '{has|have} said nothing' }\nstances: []",
      ).result.question?.notReported,
    ).toEqual({ label: "Silent", short: "Silent", phrase: "{has|have} said nothing" });
  });

  it("charts countries unless the file says actors", () => {
    expect(header("question: q\npositions: { yes: Yes }\nstances: []").result.question).not.toHaveProperty("charted");
    expect(
      header("question: q\npositions: { yes: Yes }\ncharted: countries\nstances: []").result.question,
    ).not.toHaveProperty("charted");
    expect(header("question: q\npositions: { yes: Yes }\ncharted: actors\nstances: []").result.question?.charted).toBe(
      "actors",
    );
  });

  it("names the file and the field of a charted value it cannot chart, and of a group beside actors", () => {
    expect(header("question: q\npositions: { yes: Yes }\ncharted: people\nstances: []").problems).toEqual([
      {
        file: STANCES,
        field: "charted",
        message:
          '"people" is not what a chart can chart: write countries (the default: a row per country, counted by its government\'s stance) or actors (a row per person or body, each named)',
      },
    ]);
    expect(header("question: q\npositions: { yes: Yes }\ncharted: [actors]\nstances: []").problems).toEqual([
      {
        file: STANCES,
        field: "charted",
        message: "must be text, not a list: what the chart's rows are: countries (the default) or actors",
      },
    ]);
    expect(header("question: q\npositions: { yes: Yes }\ncharted: actors\ngroup: G7\nstances: []").problems).toEqual([
      {
        file: STANCES,
        field: "group",
        message:
          "a group's members are counted first among countries, but this chart charts actors: remove group, or chart countries",
      },
    ]);
  });

  it("refuses a file that starts with the list of stances, asking for the header first", () => {
    expect(header("- id: a\n  country: FR")).toEqual({
      result: { records: [] },
      problems: [
        {
          file: STANCES,
          message:
            "starts with the list of stances, but first needs what they are about: question, positions, then stances (see the README)",
        },
      ],
    });
  });

  it("names each missing or unknown field of the header", () => {
    expect(header("positions: { yes: Yes }\nquestoin: q").problems).toEqual([
      {
        file: STANCES,
        field: "question",
        message:
          "is required: what the stances are about, read after “Where each country stood on”, e.g. the new budget",
      },
      { file: STANCES, field: "stances", message: "is required: the list of stances" },
      {
        file: STANCES,
        field: "questoin",
        message:
          "is not a known field: check its spelling, or remove it (known: question, positions, not-reported, target, group, charted, stances)",
      },
    ]);
  });

  it("refuses positions written as a list, and a header with none", () => {
    expect(header("question: q\npositions: [yes, no]\nstances: []").problems).toEqual([
      {
        file: STANCES,
        field: "positions",
        message:
          "must be a map of fields, not a list: the ordered positions, first to last, each id: label or id: { label, phrase }",
      },
    ]);
    expect(header("question: q\npositions: {}\nstances: []").problems).toEqual([
      { file: STANCES, field: "positions", message: "needs at least one position" },
    ]);
  });

  it("refuses a position called not-reported or target, which every story has, and a bad id", () => {
    const message =
      "a position's id must be lower case letters, digits and hyphens, e.g. minister-resigns, and not not-reported or target (every story has those)";
    expect(header("question: q\npositions: { not-reported: x, target: y, Yes: z, no: No }\nstances: []")).toMatchObject(
      {
        result: { question: { positions: [{ id: "no", slot: 1 }] } },
        problems: [
          { file: STANCES, field: "positions.not-reported", message },
          { file: STANCES, field: "positions.target", message },
          { file: STANCES, field: "positions.Yes", message },
        ],
      },
    );
  });

  it("names each bad field of a position under the position", () => {
    expect(
      header(
        "question: q\npositions: { a: 5, b: { phrase: x }, c: { label: C, colour: red }, d: '', e: E }\nstances: []",
      ).problems,
    ).toEqual([
      { file: STANCES, field: "positions.a", message: "must be a map of fields (label: …, phrase: …), not number 5" },
      {
        file: STANCES,
        field: "positions.b.label",
        message: "is required: what the legend says, e.g. Voted for the plan",
      },
      {
        file: STANCES,
        field: "positions.c.colour",
        message: "is not a known field: check its spelling, or remove it (known: label, phrase, short)",
      },
      {
        file: STANCES,
        field: "positions.d.label",
        message: "must not be empty: what the legend says, e.g. Voted for the plan",
      },
    ]);
  });

  it(`refuses more than ${MAX_POSITIONS} positions, keeping the first ${MAX_POSITIONS}`, () => {
    const seven = "abcdefg".split("").map((c) => `${c}: ${c.toUpperCase()}`);
    const { result, problems } = header(`question: q\npositions: { ${seven.join(", ")} }\nstances: []`);
    expect(problems).toEqual([
      { file: STANCES, field: "positions", message: "declares 7 positions; a reader can tell at most 6 apart" },
    ]);
    expect(result.question?.positions.map((p) => p.id)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("refuses a group the story's .meta.yaml does not declare, and keeps the rest of the question", () => {
    const { result, problems } = header("question: q\npositions: { yes: Yes }\ngroup: EU\nstances: []");
    expect(problems).toEqual([
      {
        file: STANCES,
        field: "group",
        message: '"EU" is not a group declared under groups in the story\'s .meta.yaml',
      },
    ]);
    expect(result.question).not.toHaveProperty("group");
    expect(header("question: q\npositions: { yes: Yes }\ngroup: G7\nstances: []", []).problems).toHaveLength(1);
  });

  it("names a bad target or not-reported under its own field", () => {
    expect(
      header("question: q\npositions: { yes: Yes }\ntarget: { phrase: x }\nnot-reported: ''\nstances: []").problems,
    ).toEqual([
      {
        file: STANCES,
        field: "not-reported.label",
        message: "must not be empty: what the legend says, e.g. Voted for the plan",
      },
      {
        file: STANCES,
        field: "target.label",
        message: "is required: what the legend says, e.g. Voted for the plan",
      },
    ]);
  });

  it("refuses stances that are not a list", () => {
    expect(header("question: q\npositions: { yes: Yes }\nstances: { a: 1 }").problems).toEqual([
      {
        file: STANCES,
        field: "stances",
        message:
          "must be a list (one item per line, each starting with “- ”, or [a, b]), not a map of fields: the list of stances",
      },
    ]);
  });

  it("gives a vocabulary the collections can store, with every word the pages read", () => {
    const { result } = header(SYRIA);
    const vocabulary = { categories: [{ id: "war", label: "War", slot: 1 }], groups: [G7], stances: result.question };
    const stored = vocabularySchema.parse(vocabulary);
    expect(vocabulary).toMatchObject(stored);
    expect(stored.stances?.positions).toEqual(vocabulary.stances?.positions);
  });
});

describe("agree(): a phrase in the number of the countries it speaks of", () => {
  it("takes the first form for one and the second for any other count", () => {
    expect(agree("{is|are} not reported in the article", 1)).toBe("is not reported in the article");
    expect(agree("{is|are} not reported in the article", 2)).toBe("are not reported in the article");
    expect(agree("{is|are} not reported in the article", 0)).toBe("are not reported in the article");
  });

  it("agrees every choice in the phrase, and allows an empty form", () => {
    expect(agree("{has|have} said {it|they} would wait", 1)).toBe("has said it would wait");
    expect(agree("{has|have} said {it|they} would wait", 3)).toBe("have said they would wait");
    expect(agree("wait{s|}", 1)).toBe("waits");
    expect(agree("wait{s|}", 2)).toBe("wait");
  });

  it("leaves a phrase without choices, and braces that are not a choice, as written", () => {
    expect(agree("pushed for tighter sanctions", 2)).toBe("pushed for tighter sanctions");
    expect(agree("{alone} and {a|b|c}", 1)).toBe("{alone} and {a|b|c}");
  });
});

describe("placeName() and placeSchema(): a country or one of the story's groups", () => {
  it("names a group by the story's own name, and a country by its ISO name", () => {
    expect(placeName("G7", [G7])).toBe("G7");
    expect(placeName("EU27", [{ code: "EU27", name: "the European Union", members: ["FR"] }])).toBe(
      "the European Union",
    );
    expect(placeName("GB", [G7])).toBe("United Kingdom");
    expect(placeName("XX", [])).toBe("XX");
  });

  it("accepts a country or a declared group, and refuses anything else with what to write", () => {
    const schema = placeSchema([G7]);
    expect(schema.safeParse("G7").success).toBe(true);
    expect(schema.safeParse("RO").success).toBe(true);
    expect(placeSchema([]).safeParse("G7").success).toBe(false);
    expect(schema.safeParse("UK").error?.issues.map((i) => i.message)).toEqual([
      '"UK" is not the ISO 3166-1 code of United Kingdom: write GB',
    ]);
  });
});
