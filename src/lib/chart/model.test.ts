import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { CountryCode, Stance } from "../facts/vocabulary";
import { chartModel, type StanceLike } from "./model";
import { summarize } from "./summary";

const STORY = parse(
  readFileSync(new URL("../../../seeds/syria-strike-g7-sanctions.stances.yaml", import.meta.url), "utf8"),
) as StanceLike[];

const s = (id: string, country: CountryCode, stance: Stance, actor = "Government"): StanceLike => ({
  id,
  country,
  stance,
  actor,
});

describe("chartModel()", () => {
  const model = chartModel(STORY);

  it("gives one row per country: the G7 members in the vocabulary's order, then the G7 as a body, then the target", () => {
    expect(model.rows.map((r) => [r.country, r.section])).toEqual([
      ["US", "members"],
      ["GB", "members"],
      ["DE", "members"],
      ["IT", "members"],
      ["FR", "members"],
      ["JP", "members"],
      ["CA", "members"],
      ["G7", "body"],
      ["RU", "target"],
    ]);
    expect(model.rows.map((r) => r.name)).toContain("G7 as a body");
  });

  it("orders rows and marks the same whatever the order of the records", () => {
    expect(chartModel([...STORY].reverse())).toEqual(model);
  });

  it("gives France a mark for each actor, along the scale, each labelled", () => {
    const france = model.rows.find((r) => r.country === "FR");
    expect(france?.marks.map((m) => [m.stance, m.label])).toEqual([
      ["wait", "Government"],
      ["lift", "Marine Le Pen, presidential candidate"],
    ]);
  });

  it("leaves a lone government's mark unlabelled: its column says its stance", () => {
    const us = model.rows.find((r) => r.country === "US");
    expect(us?.marks.map((m) => [m.stance, m.onScale, m.label])).toEqual([["pushed", true, undefined]]);
    expect(us?.marks[0]?.name).toBe("United States, Government: Pushed for tighter sanctions");
  });

  it("puts Japan, Canada and Russia off the scale, saying why in words", () => {
    for (const country of ["JP", "CA", "RU"]) {
      const marks = model.rows.find((r) => r.country === country)?.marks ?? [];
      expect(marks.map((m) => m.onScale)).toEqual([false]);
    }
    expect(model.rows.find((r) => r.country === "JP")?.marks[0]?.label).toBe("Not reported in the article");
    expect(model.rows.find((r) => r.country === "RU")?.marks[0]?.label).toBe("Target of the sanctions");
  });

  it("calls out the G7's collective outcome with its date, in bold", () => {
    const g7 = model.rows.find((r) => r.country === "G7")?.marks[0];
    expect(g7).toMatchObject({ stance: "rejected", onScale: true, emphasis: true, label: "Rejected, 11 Apr 2017" });
  });

  it("lists the stances present in scale order for the legend", () => {
    expect(model.stances).toEqual(["pushed", "wait", "rejected", "lift", "not-reported", "target"]);
    expect(chartModel([s("a", "IT", "wait"), s("b", "DE", "pushed")]).stances).toEqual(["pushed", "wait"]);
  });

  it("summarises the same records it draws", () => {
    expect(model.summary).toBe(summarize(STORY));
  });

  it("puts a country that holds a position outside the G7 after the body, and a target of no position last", () => {
    const other = chartModel([
      s("ru", "RU", "target"),
      s("ua", "UA", "pushed"),
      s("g7", "G7", "wait", "Ministers"),
      s("de", "DE", "rejected"),
    ]);
    expect(other.rows.map((r) => [r.country, r.section])).toEqual([
      ["DE", "members"],
      ["G7", "body"],
      ["UA", "others"],
      ["RU", "target"],
    ]);
  });

  it("labels an off-scale mark with its actor when the country has other marks", () => {
    const row = chartModel([s("a", "FR", "wait"), s("b", "FR", "not-reported", "Senate")]).rows[0];
    expect(row?.marks.map((m) => m.label)).toEqual(["Government", "Senate: Not reported in the article"]);
  });
});
