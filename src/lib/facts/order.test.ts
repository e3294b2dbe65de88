import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { STANCE_ORDER } from "../../test/story";
import { compareStances } from "./order";
import type { CountryCode, Stance } from "./vocabulary";

type S = { id: string; country: CountryCode; stance: Stance };
const s = (id: string, country: CountryCode, stance: Stance): S => ({ id, country, stance });
const sortIds = (xs: S[]) => [...xs].sort(compareStances).map((x) => x.id);

const realStances = parse(
  readFileSync(new URL("../../../seeds/syria-strike-g7-sanctions.stances.yaml", import.meta.url), "utf8"),
) as S[];

describe("compareStances()", () => {
  it("orders the story's stances: G7 members in vocabulary order, then the G7, then Russia", () => {
    expect(sortIds(realStances)).toEqual(STANCE_ORDER);
    expect(sortIds([...realStances].reverse())).toEqual(sortIds(realStances));
  });

  it("lists the G7 members in the vocabulary's order whatever their stances", () => {
    const members = [
      s("ca", "CA", "pushed"),
      s("jp", "JP", "pushed"),
      s("fr", "FR", "target"),
      s("it", "IT", "lift"),
      s("de", "DE", "not-reported"),
      s("gb", "GB", "rejected"),
      s("us", "US", "lift"),
    ];
    expect(sortIds(members)).toEqual(["us", "gb", "de", "it", "fr", "jp", "ca"]);
  });

  it("puts the G7 as a body after its members and Russia after the G7, other countries last", () => {
    expect(
      sortIds([
        s("ua", "UA", "target"),
        s("ru", "RU", "target"),
        s("sy", "SY", "wait"),
        s("g7", "G7", "rejected"),
        s("ca", "CA", "wait"),
      ]),
    ).toEqual(["ca", "g7", "ru", "sy", "ua"]);
  });

  it("orders France's two actors along the stance scale: wait before lift", () => {
    const le_pen = s("france-le-pen", "FR", "lift");
    const government = s("france-government", "FR", "wait");
    expect(sortIds([le_pen, government])).toEqual(["france-government", "france-le-pen"]);
    expect(compareStances(government, le_pen)).toBeLessThan(0);
  });

  it("within a country, follows the whole scale, then the stances that are not positions", () => {
    const all = [
      s("target", "FR", "target"),
      s("not-reported", "FR", "not-reported"),
      s("lift", "FR", "lift"),
      s("rejected", "FR", "rejected"),
      s("wait", "FR", "wait"),
      s("pushed", "FR", "pushed"),
    ];
    expect(sortIds(all)).toEqual(["pushed", "wait", "rejected", "lift", "not-reported", "target"]);
  });

  it("breaks a tie of country and stance by id", () => {
    expect(sortIds([s("fr-b", "FR", "wait"), s("fr-a", "FR", "wait")])).toEqual(["fr-a", "fr-b"]);
    expect(compareStances(s("x", "FR", "wait"), s("x", "FR", "wait"))).toBe(0);
  });
});
