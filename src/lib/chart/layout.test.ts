import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { apart } from "../../test/geometry";
import { random } from "../../test/random";
import { COUNTRIES, type CountryCode, STANCE_SCALE, STANCES, type Stance } from "../facts/vocabulary";
import {
  BOX_PADDING,
  type Box,
  layoutSanctions,
  MIN_COLUMN_WIDTH,
  PAD,
  type SanctionsLayout,
  TARGET_SIZE,
} from "./layout";
import { type ChartModel, chartModel, type StanceLike } from "./model";
import { SANCTIONS_WIDTHS } from "./svg";

const read = (path: string) =>
  chartModel(parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as StanceLike[]);

const WORDS = ["Government", "Marine", "Le Pen", "presidential", "candidate", "Senate", "opposition", "party"];
const UNICODE = ["Правительство", "東京で会談", "Überprüfung", "🇺🇸", "👩‍👩‍👧‍👦", "Ελλάδα", "e\u0301te\u0301", "—"];
const LONG_WORD = "Bundesministeriumfürauswärtigeangelegenheiten";

/** Up to `perCountry` actors in every country of the vocabulary, each with a random stance and name. */
function synthetic(seed: number, perCountry: number, words = WORDS): ChartModel {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  const stances = (Object.keys(COUNTRIES) as CountryCode[]).flatMap((country, c) =>
    Array.from({ length: 1 + Math.floor(next() * perCountry) }, (_, i): StanceLike => {
      const actor =
        i === 0 ? "Government" : Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(words)).join(" ");
      return { id: `s${c}-${i}`, country, actor, stance: pick(Object.keys(STANCES) as Stance[]) };
    }),
  );
  return chartModel(stances);
}

const CASES: [string, ChartModel][] = [
  ["the story", read("seeds/syria-strike-g7-sanctions.stances.yaml")],
  ["the second-story fixture", read("e2e/fixtures/seeds/second-story.stances.yaml")],
  ["one stance", chartModel([{ id: "a", country: "DE", actor: "Government", stance: "rejected" }])],
  [
    "four actors in one column of one country",
    chartModel(
      ["Government", "Chancellor", "Foreign minister", "Opposition leader"].map((actor, i) => ({
        id: `a${i}`,
        country: "DE" as const,
        actor,
        stance: "wait" as const,
      })),
    ),
  ],
  [
    "an actor named with one very long word in every column",
    chartModel(STANCE_SCALE.map((stance, i) => ({ id: `w${i}`, country: "FR", actor: LONG_WORD, stance }))),
  ],
  ...[1, 2, 3].map((seed): [string, ChartModel] => [`random stances ${seed}`, synthetic(seed, 4)]),
  ["random unicode actors", synthetic(7, 3, UNICODE)],
];

const WIDTHS = [
  ...new Set([...SANCTIONS_WIDTHS, ...Array.from({ length: (1600 - 288) / 4 + 1 }, (_, i) => 288 + 4 * i)]),
];

const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1e-9 &&
  a.y >= b.y - 1e-9 &&
  a.x + a.width <= b.x + b.width + 1e-9 &&
  a.y + a.height <= b.y + b.height + 1e-9;

/** Every way a layout breaks the rules; collected rather than asserted one by one, as there are many. */
function faults(l: SanctionsLayout): string[] {
  const out: string[] = [];
  const at = `at width ${l.width}`;
  const chart = { x: 0, y: 0, width: l.width, height: l.height };
  const boxes: [string, Box][] = [
    ...l.columns.map((c): [string, Box] => [`header ${c.stance}`, c.header]),
    ...l.rows.map((r): [string, Box] => [`name ${r.country}`, r.name]),
    ...l.rows.flatMap((r) => r.marks.map((m): [string, Box] => [`mark ${m.id}`, m.hit])),
  ];
  for (const [i, [name, box]] of boxes.entries()) {
    if (!inside(box, chart)) out.push(`${name} leaves the chart ${at}`);
    for (const [other, b] of boxes.slice(i + 1)) if (!apart(box, b)) out.push(`${name} and ${other} overlap ${at}`);
  }
  const step = (l.scale[1] - l.scale[0]) / STANCE_SCALE.length;
  for (const c of l.columns) {
    if (c.header.width > step - BOX_PADDING + 1e-9) out.push(`header ${c.stance} is wider than its column ${at}`);
  }
  for (const [i, r] of l.rows.entries()) {
    const next = l.rows[i + 1];
    if (next && next.y < r.y + r.height - 1e-9) out.push(`rows ${r.country} and ${next.country} overlap ${at}`);
    const band = { x: 0, y: r.y, width: l.width, height: r.height };
    if (!inside(r.name, band)) out.push(`name ${r.country} leaves its row ${at}`);
    for (const m of r.marks) {
      if (!inside(m.hit, band)) out.push(`mark ${m.id} leaves its row ${at}`);
      if (m.label && !inside(m.label, m.hit)) out.push(`label of ${m.id} leaves its link ${at}`);
      if (m.hit.width < TARGET_SIZE - 1e-9 || m.hit.height < TARGET_SIZE - 1e-9)
        out.push(`mark ${m.id} is under 24 px ${at}`);
      if (l.mode === "gutter" && m.hit.x < l.scale[0] - 1e-9) out.push(`mark ${m.id} enters the gutter ${at}`);
      for (const m2 of r.marks) {
        if (m2 !== m && m.hit.y === m2.hit.y && !apart(m.hit, m2.hit, BOX_PADDING))
          out.push(`marks ${m.id} and ${m2.id} are closer than ${BOX_PADDING} px ${at}`);
      }
    }
  }
  return out;
}

describe("layoutSanctions()", () => {
  for (const [name, model] of CASES) {
    it(`lays out ${name} at every width from 288 to 1600 px: inside the chart, nothing overlaps`, () => {
      const found = WIDTHS.flatMap((w) => faults(layoutSanctions(model, w)));
      expect(found.slice(0, 20)).toEqual([]);
    });
  }

  it("(the checker above finds a mark moved onto another, and one pushed off the edge)", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    const l = layoutSanctions(story, 580);
    const [us, gb] = l.rows.map((r) => r.marks[0]);
    if (!us || !gb) throw new Error("the story has no United States or United Kingdom mark");
    gb.hit = { ...us.hit };
    us.hit = { ...us.hit, x: l.width - 10 };
    expect(faults(l)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^mark united-states leaves the chart/),
        expect.stringMatching(/^mark united-kingdom leaves its row/),
      ]),
    );
  });

  it("draws every mark of the model exactly once", () => {
    for (const [, model] of CASES) {
      for (const w of [288, 460, 1180]) {
        const ids = layoutSanctions(model, w).rows.flatMap((r) => r.marks.map((m) => m.id));
        expect(ids).toEqual(model.rows.flatMap((r) => r.marks.map((m) => m.id)));
      }
    }
  });

  it("puts every mark on the scale in its stance's column, in scale order left to right", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    for (const w of [288, 360, 580, 1180]) {
      const l = layoutSanctions(story, w);
      expect(l.columns.map((c) => c.stance)).toEqual(STANCE_SCALE);
      expect(l.columns.map((c) => c.x)).toEqual([...l.columns.map((c) => c.x)].sort((a, b) => a - b));
      for (const m of l.rows.flatMap((r) => r.marks).filter((m) => m.onScale)) {
        expect(m.cx).toBe(l.columns.find((c) => c.stance === m.stance)?.x);
      }
    }
  });

  it("gives an off-scale mark a band across the whole scale and a lane of its own", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    for (const w of [288, 580]) {
      const l = layoutSanctions(story, w);
      for (const m of l.rows.flatMap((r) => r.marks).filter((m) => !m.onScale)) {
        expect([m.hit.x, m.hit.x + m.hit.width]).toEqual(l.scale);
        expect(l.columns.map((c) => c.x)).not.toContain(m.cx);
      }
    }
  });

  it("sets the target apart below the column guides, and calls out the G7's row", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    const l = layoutSanctions(story, 580);
    const russia = l.rows.find((r) => r.country === "RU");
    const g7 = l.rows.find((r) => r.country === "G7");
    expect(russia && l.guide && russia.y >= l.guide.y2).toBe(true);
    expect(l.dividers).toHaveLength(2);
    expect(l.callouts).toEqual([{ x: 0, y: g7?.y, width: 580, height: g7?.height }]);
  });

  it("puts names in a gutter when the columns keep their width, and above the marks when they cannot", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    expect(layoutSanctions(story, 288).mode).toBe("stacked");
    expect(layoutSanctions(story, 460).mode).toBe("stacked");
    const wide = layoutSanctions(story, 580);
    expect(wide.mode).toBe("gutter");
    expect((wide.scale[1] - wide.scale[0]) / 4).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
    expect(wide.rows.find((r) => r.country === "GB")?.name.lines).toEqual(["United Kingdom"]);
  });

  it("uses the stances' full labels for headers when they fit in two lines, short ones when not", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    expect(layoutSanctions(story, 288).columns.map((c) => c.header.lines.join(" "))).toEqual([
      "Pushed",
      "Not now / wait",
      "Rejected",
      "Would lift",
    ]);
    expect(layoutSanctions(story, 1180).columns.map((c) => c.header.lines.join(" "))).toEqual(
      STANCE_SCALE.map((s) => STANCES[s].label),
    );
  });

  it("never sets text below 12 px and keeps the edges clear", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    const l = layoutSanctions(story, 288);
    expect(l.fontSize).toBeGreaterThanOrEqual(12);
    expect(l.scale[0]).toBeGreaterThanOrEqual(PAD);
    expect(l.scale[1]).toBeLessThanOrEqual(288 - PAD);
  });

  it("refuses a width with no room for the four columns", () => {
    const [, story] = CASES[0] as [string, ChartModel];
    expect(() => layoutSanctions(story, 100)).toThrow(/width 100/);
  });
});
