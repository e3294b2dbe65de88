import { describe, expect, it } from "vitest";
import { loadStory, STANCE_ORDER, STORY } from "../../test/story";
import { countryRank, stanceOrder } from "./order";
import type { Group, StanceQuestion } from "./story";

const G7: Group = { code: "G7", name: "G7", members: ["US", "GB", "DE", "IT", "FR", "JP", "CA"] };
const position = (id: string, slot: number) => ({ id, label: id, short: id, phrase: id, slot });
const SANCTIONS: StanceQuestion = {
  question: "tighter sanctions against Russia",
  positions: ["pushed", "wait", "rejected", "lift"].map((id, i) => position(id, i + 1)),
  notReported: { label: "Not reported", phrase: "{is|are} not reported" },
  target: { label: "Target", phrase: "{is|are} the target" },
  group: "G7",
};

type S = { id: string; country: string; stance: string; order: number };
/** Stances in file order: each one's `order` is its place in the list. */
const file = (...xs: [string, string, string][]): S[] =>
  xs.map(([id, country, stance], order) => ({ id, country, stance, order }));
const sortIds = (xs: S[], question: StanceQuestion | undefined = SANCTIONS, groups: Group[] = [G7]) =>
  [...xs].sort(stanceOrder(question, groups, xs)).map((x) => x.id);

describe("stanceOrder(): the order stances are listed and charted in", () => {
  it("orders the Syria story: G7 members in the group's order, then the G7 as a body, then Russia", () => {
    const { stances, vocabulary } = loadStory(STORY);
    const sorted = [...stances].sort(stanceOrder(vocabulary.stances, vocabulary.groups, stances));
    expect(sorted.map((s) => s.id)).toEqual(STANCE_ORDER);
    const shuffled = [...stances].reverse();
    expect(shuffled.sort(stanceOrder(vocabulary.stances, vocabulary.groups, stances)).map((s) => s.id)).toEqual(
      STANCE_ORDER,
    );
  });

  it("lists the group's members in the group's order whatever their stances", () => {
    const members = file(
      ["ca", "CA", "pushed"],
      ["jp", "JP", "pushed"],
      ["fr", "FR", "not-reported"],
      ["it", "IT", "lift"],
      ["de", "DE", "not-reported"],
      ["gb", "GB", "rejected"],
      ["us", "US", "lift"],
    );
    expect(sortIds(members)).toEqual(["us", "gb", "de", "it", "fr", "jp", "ca"]);
  });

  it("puts the group as a body after its members, other countries after it as the file lists them, the target last", () => {
    const stances = file(
      ["ua", "UA", "pushed"],
      ["ru", "RU", "target"],
      ["sy", "SY", "wait"],
      ["g7", "G7", "rejected"],
      ["ca", "CA", "wait"],
    );
    expect(sortIds(stances)).toEqual(["ca", "g7", "ua", "sy", "ru"]);
  });

  it("orders the actors of one country along the scale, then the stances off it", () => {
    const all = file(
      ["target", "FR", "target"],
      ["not-reported", "FR", "not-reported"],
      ["lift", "FR", "lift"],
      ["rejected", "FR", "rejected"],
      ["wait", "FR", "wait"],
      ["pushed", "FR", "pushed"],
    );
    expect(sortIds(all)).toEqual(["pushed", "wait", "rejected", "lift", "not-reported", "target"]);
  });

  it("keeps the file's order for two actors of one country with one stance, never their ids", () => {
    expect(sortIds(file(["fr-b", "FR", "wait"], ["fr-a", "FR", "wait"]))).toEqual(["fr-b", "fr-a"]);
    const [a] = file(["x", "FR", "wait"]) as [S];
    expect(stanceOrder(SANCTIONS, [G7], [a])(a, a)).toBe(0);
  });

  it("without a group, lists the countries as the file first names them, each country's actors together", () => {
    const { stances, vocabulary } = loadStory("river-treaty");
    expect(vocabulary.stances).not.toHaveProperty("group");
    const sorted = [...stances].reverse().sort(stanceOrder(vocabulary.stances, vocabulary.groups, stances));
    expect(sorted.map((s) => s.id)).toEqual(["austria", "environmental-groups", "hungary", "slovakia", "romania"]);
  });

  it("treats no country as special by its code: Russia is an ordinary country when it is not the target", () => {
    const stances = file(["ru", "RU", "wait"], ["de", "DE", "pushed"], ["ua", "UA", "target"]);
    expect(sortIds(stances, { ...SANCTIONS, group: undefined }, [])).toEqual(["ru", "de", "ua"]);
  });
});

describe("countryRank(): the section a country's rows go in", () => {
  const stances = file(["de", "DE", "pushed"], ["g7", "G7", "wait"], ["ua", "UA", "wait"], ["ru", "RU", "target"]);
  it("is 0 for the group's members, 1 for the group, 2 for other countries, 3 for the target", () => {
    expect(["DE", "G7", "UA", "RU"].map((c) => countryRank(c, stances, SANCTIONS, [G7]))).toEqual([0, 1, 2, 3]);
  });

  it("counts a country as the target only when all its stances are", () => {
    const mixed = file(["ru", "RU", "target"], ["ru-opposition", "RU", "pushed"]);
    expect(countryRank("RU", mixed, SANCTIONS, [G7])).toBe(2);
  });

  it("has no members or body without a group: every country is another country", () => {
    expect(["DE", "G7"].map((c) => countryRank(c, stances, { ...SANCTIONS, group: undefined }, [G7]))).toEqual([2, 2]);
    expect(countryRank("DE", stances, undefined, [G7])).toBe(2);
  });
});
