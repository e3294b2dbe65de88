import { describe, expect, it } from "vitest";
import { apart } from "../../test/geometry";
import { random } from "../../test/random";
import { loadStory, STORY } from "../../test/story";
import { MAX_POSITIONS, type StanceQuestion, type Vocabulary } from "../facts/story";
import { spacedTextWidth } from "../text-metrics";
import { BOX_PADDING, type Box, layoutStances, MIN_COLUMN_WIDTH, PAD, type StanceLayout, TARGET_SIZE } from "./layout";
import { type ChartModel, chartModel, type StanceLike } from "./model";
import { STANCE_WIDTHS } from "./svg";

const syria = loadStory(STORY);
const river = loadStory("river-treaty");
const SYRIA = syria.vocabulary;
const RIVER = river.vocabulary;

/** A story with as many positions as a chart may have, with long labels and short ones. */
const SIX: Vocabulary = {
  categories: [],
  groups: [],
  stances: {
    question: "a question with six answers",
    positions: ["First", "Second", "Third", "Fourth", "Fifth", "Sixth"].map((short, i) => ({
      id: short.toLowerCase(),
      label: `${short} of the six positions, with a long label`,
      short,
      phrase: short.toLowerCase(),
      slot: i + 1,
    })),
    notReported: { label: "Not reported", phrase: "{is|are} not reported" },
    target: { label: "The subject of the question", phrase: "{is|are} the subject" },
  },
};

function modelOf(stances: readonly StanceLike[], vocabulary: Vocabulary): ChartModel {
  const model = chartModel(stances, vocabulary);
  if (!model) throw new Error("no chart");
  return model;
}
const question = (v: Vocabulary): StanceQuestion => {
  if (!v.stances) throw new Error("no stances header");
  return v.stances;
};

const WORDS = ["Government", "Marine", "Le Pen", "presidential", "candidate", "Senate", "opposition", "party"];
const UNICODE = ["Правительство", "東京で会談", "Überprüfung", "🇺🇸", "👩‍👩‍👧‍👦", "Ελλάδα", "e\u0301te\u0301", "—"];
const LONG_WORD = "Bundesministeriumfürauswärtigeangelegenheiten";
const COUNTRIES = ["US", "GB", "DE", "IT", "FR", "JP", "CA", "G7", "RU", "SY", "UA", "AT", "HU"];

/** Up to `perCountry` actors in many countries (and the story's group), each with a random stance of the story. */
function synthetic(seed: number, perCountry: number, vocabulary: Vocabulary, words = WORDS): ChartModel {
  const q = question(vocabulary);
  const values = [...q.positions.map((p) => p.id), "not-reported", ...(q.target ? ["target"] : [])];
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
  let order = 0;
  const stances = COUNTRIES.flatMap((country, c) =>
    Array.from({ length: 1 + Math.floor(next() * perCountry) }, (_, i): StanceLike => {
      const actor =
        i === 0 ? "Government" : Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(words)).join(" ");
      return { id: `s${c}-${i}`, country, actor, stance: pick(values), order: order++ };
    }),
  );
  return modelOf(stances, vocabulary);
}

const stances = (xs: [string, string, string][]): StanceLike[] =>
  xs.map(([country, actor, stance], order) => ({ id: `a${order}`, country, actor, stance, order }));

const CASES: [string, ChartModel][] = [
  ["the Syria story", modelOf(syria.stances, SYRIA)],
  ["the river-treaty fixture", modelOf(river.stances, RIVER)],
  ["one stance", modelOf(stances([["DE", "Government", "rejected"]]), SYRIA)],
  [
    "four actors in one column of one country",
    modelOf(
      stances(
        ["Government", "Chancellor", "Foreign minister", "Opposition leader"].map((actor) => ["DE", actor, "wait"]),
      ),
      SYRIA,
    ),
  ],
  [
    "an actor named with one very long word in every column",
    modelOf(stances(question(SYRIA).positions.map((p) => ["FR", LONG_WORD, p.id])), SYRIA),
  ],
  ...[1, 2, 3].map((seed): [string, ChartModel] => [`random Syria stances ${seed}`, synthetic(seed, 4, SYRIA)]),
  ...[4, 5].map((seed): [string, ChartModel] => [`random river-treaty stances ${seed}`, synthetic(seed, 3, RIVER)]),
  [`random stances on ${MAX_POSITIONS} positions`, synthetic(6, 3, SIX)],
  ["random unicode actors", synthetic(7, 3, SYRIA, UNICODE)],
];

const WIDTHS = [...new Set([...STANCE_WIDTHS, ...Array.from({ length: (1600 - 288) / 4 + 1 }, (_, i) => 288 + 4 * i)])];

const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1e-9 &&
  a.y >= b.y - 1e-9 &&
  a.x + a.width <= b.x + b.width + 1e-9 &&
  a.y + a.height <= b.y + b.height + 1e-9;

/** Every way a layout breaks the rules; collected rather than asserted one by one, as there are many. */
function faults(l: StanceLayout): string[] {
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
  // A header stands over its own column, and keeps clear of every other header by a box's padding.
  for (const [i, c] of l.columns.entries()) {
    if (c.x < c.header.x - 1e-9 || c.x > c.header.x + c.header.width + 1e-9)
      out.push(`header ${c.stance} is not over its column ${at}`);
    for (const d of l.columns.slice(i + 1)) {
      const [a, b] = [c.header, d.header];
      const sideBySide = a.y < b.y + b.height - 1e-9 && b.y < a.y + a.height - 1e-9;
      if (sideBySide && !apart(a, b, BOX_PADDING)) out.push(`headers ${c.stance} and ${d.stance} are too close ${at}`);
    }
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
      // The gutter is before the scale: on its left, or on its right right to left.
      const entersGutter = l.rtl ? m.hit.x + m.hit.width > l.scale[1] + 1e-9 : m.hit.x < l.scale[0] - 1e-9;
      if (l.mode === "gutter" && entersGutter) out.push(`mark ${m.id} enters the gutter ${at}`);
      for (const m2 of r.marks) {
        if (m2 !== m && m.hit.y === m2.hit.y && !apart(m.hit, m2.hit, BOX_PADDING))
          out.push(`marks ${m.id} and ${m2.id} are closer than ${BOX_PADDING} px ${at}`);
      }
    }
  }
  return out;
}

const [, STORY_MODEL] = CASES[0] as [string, ChartModel];
const [, RIVER_MODEL] = CASES[1] as [string, ChartModel];

describe("layoutStances()", () => {
  for (const [name, model] of CASES) {
    it(`lays out ${name} at every width from 288 to 1600 px: inside the chart, nothing overlaps`, () => {
      const found = WIDTHS.flatMap((w) => faults(layoutStances(model, w)));
      expect(found.slice(0, 20)).toEqual([]);
    });
  }

  it("(the checker above finds a mark moved onto another, and one pushed off the edge)", () => {
    const l = layoutStances(STORY_MODEL, 580);
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
        const ids = layoutStances(model, w).rows.flatMap((r) => r.marks.map((m) => m.id));
        expect(ids).toEqual(model.rows.flatMap((r) => r.marks.map((m) => m.id)));
      }
    }
  });

  it("gives each of the story's positions a column, in the story's order left to right, and each mark its column", () => {
    for (const model of [STORY_MODEL, RIVER_MODEL, synthetic(6, 3, SIX)]) {
      for (const w of [288, 360, 580, 1180]) {
        const l = layoutStances(model, w);
        expect(l.columns.map((c) => c.stance)).toEqual(model.positions.map((p) => p.id));
        expect(l.columns.map((c) => c.x)).toEqual([...l.columns.map((c) => c.x)].sort((a, b) => a - b));
        for (const m of l.rows.flatMap((r) => r.marks).filter((m) => m.onScale)) {
          expect(m.cx).toBe(l.columns.find((c) => c.stance === m.stance)?.x);
        }
      }
    }
  });

  it("gives an off-scale mark a band across the whole scale and a lane of its own", () => {
    for (const model of [STORY_MODEL, RIVER_MODEL]) {
      for (const w of [288, 580]) {
        const l = layoutStances(model, w);
        const off = l.rows.flatMap((r) => r.marks).filter((m) => !m.onScale);
        expect(off.length).toBeGreaterThan(0);
        for (const m of off) {
          expect([m.hit.x, m.hit.x + m.hit.width]).toEqual(l.scale);
          expect(l.columns.map((c) => c.x)).not.toContain(m.cx);
        }
      }
    }
  });

  it("sets the target apart below the column guides, and calls out the group's row", () => {
    const l = layoutStances(STORY_MODEL, 580);
    const russia = l.rows.find((r) => r.country === "RU");
    const g7 = l.rows.find((r) => r.country === "G7");
    expect(russia && l.guide && russia.y >= l.guide.y2).toBe(true);
    expect(l.dividers).toHaveLength(2);
    expect(l.callouts).toEqual([{ x: 0, y: g7?.y, width: 580, height: g7?.height }]);
  });

  it("draws a story without a group or a target as one section: no dividers, no callouts, guides over every row", () => {
    const l = layoutStances(RIVER_MODEL, 580);
    expect(l.dividers).toEqual([]);
    expect(l.callouts).toEqual([]);
    const last = l.rows.at(-1);
    expect(l.guide?.y2).toBe(last && last.y + last.height);
  });

  it("puts names in a gutter when the columns keep their width, and above the marks when they cannot", () => {
    expect(layoutStances(STORY_MODEL, 288).mode).toBe("stacked");
    expect(layoutStances(STORY_MODEL, 460).mode).toBe("stacked");
    const wide = layoutStances(STORY_MODEL, 580);
    expect(wide.mode).toBe("gutter");
    expect((wide.scale[1] - wide.scale[0]) / 4).toBeGreaterThanOrEqual(MIN_COLUMN_WIDTH);
    expect(wide.rows.find((r) => r.country === "GB")?.name.lines).toEqual(["United Kingdom"]);
    // Three columns leave room for the gutter sooner than four.
    expect(layoutStances(RIVER_MODEL, 460).mode).toBe("gutter");
  });

  it("uses the positions' full labels for headers when they fit in two lines, their short labels when not", () => {
    expect(layoutStances(STORY_MODEL, 288).columns.map((c) => c.header.lines.join(" "))).toEqual([
      "Pushed",
      "Not now / wait",
      "Rejected",
      "Would lift",
    ]);
    expect(layoutStances(STORY_MODEL, 1180).columns.map((c) => c.header.lines.join(" "))).toEqual(
      STORY_MODEL.positions.map((p) => p.label),
    );
    expect(layoutStances(synthetic(6, 3, SIX), 360).columns.map((c) => c.header.lines.join(" "))).toEqual([
      "First",
      "Second",
      "Third",
      "Fourth",
      "Fifth",
      "Sixth",
    ]);
  });

  it("leaves every text room for the reader's text spacing (WCAG 1.4.12): its box is as wide as its lines spaced", () => {
    const short: string[] = [];
    for (const [name, model] of CASES) {
      for (const w of WIDTHS.filter((_, i) => i % 8 === 0)) {
        const l = layoutStances(model, w);
        const texts = [
          ...l.columns.map((c) => c.header),
          ...l.rows.map((r) => r.name),
          ...l.rows.flatMap((r) => r.marks.flatMap((m) => (m.label ? [m.label] : []))),
        ];
        for (const t of texts) {
          const need = Math.max(...t.lines.map((line) => spacedTextWidth(line, l.fontSize, t.weight)));
          if (t.width < need - 1e-6) short.push(`${name} at ${w}: "${t.lines.join(" ")}" (${t.width} < ${need})`);
        }
      }
    }
    expect(short.slice(0, 10)).toEqual([]);
  });

  it("staggers the headers on two rows rather than break a word inside, and keeps them apart under text spacing", () => {
    // Syria at 280 px: its short labels do not fit one row of columns under text spacing ("Rejected" would break).
    const l = layoutStances(STORY_MODEL, 280);
    expect(l.columns.map((c) => c.header.lines.join(" "))).toEqual([
      "Pushed",
      "Not now / wait",
      "Rejected",
      "Would lift",
    ]);
    const feet = l.columns.map((c) => c.header.y + c.header.height);
    expect(new Set(feet).size).toBe(2);
    expect(feet[0]).toBeLessThan(feet[1] ?? 0);
    expect(feet[2]).toBe(feet[0]);
    for (const w of WIDTHS) {
      for (const c of layoutStances(STORY_MODEL, w).columns) {
        const label = STORY_MODEL.positions.find((p) => p.id === c.stance);
        const words = c.header.lines.join(" ").split(" ");
        expect([label?.label.split(" "), label?.short.split(" ")]).toContainEqual(words);
      }
    }
  });

  it("never sets text below 12 px and keeps the edges clear", () => {
    const l = layoutStances(STORY_MODEL, 288);
    expect(l.fontSize).toBeGreaterThanOrEqual(12);
    expect(l.scale[0]).toBeGreaterThanOrEqual(PAD);
    expect(l.scale[1]).toBeLessThanOrEqual(288 - PAD);
  });

  it("refuses a width with no room for the story's columns, naming the width and their number", () => {
    expect(() => layoutStances(STORY_MODEL, 100)).toThrow(
      "layoutStances: width 100 leaves no room for 4 stance columns",
    );
    expect(() => layoutStances(RIVER_MODEL, 90)).toThrow(/width 90 leaves no room for 3 stance columns/);
    expect(() => layoutStances(RIVER_MODEL, 110)).not.toThrow();
  });
});

describe("layoutStances(…, { rtl }): the chart read from the right", () => {
  for (const [name, model] of CASES) {
    it(`lays out ${name} right to left at every width from 288 to 1600 px: inside the chart, nothing overlaps`, () => {
      const found = WIDTHS.flatMap((w) => faults(layoutStances(model, w, { rtl: true })));
      expect(found.slice(0, 20)).toEqual([]);
    });
  }

  it("leaves the left-to-right layout as it was: the same layout, no direction marked", () => {
    for (const [, model] of CASES) {
      for (const w of STANCE_WIDTHS) {
        const ltr = layoutStances(model, w);
        expect(layoutStances(model, w, { rtl: false })).toEqual(ltr);
        expect(layoutStances(model, w, {})).toEqual(ltr);
        expect(ltr).not.toHaveProperty("rtl");
      }
    }
  });

  it("mirrors every x about the middle, and keeps every size, line, anchor and y", () => {
    const mirroredBox = (b: Box, w: number) => ({ ...b, x: w - b.x - b.width });
    for (const [, model] of CASES) {
      for (const w of [...STANCE_WIDTHS, 1180]) {
        const [ltr, rtl] = [layoutStances(model, w), layoutStances(model, w, { rtl: true })];
        expect(rtl.rtl).toBe(true);
        expect(rtl.scale).toEqual([w - ltr.scale[1], w - ltr.scale[0]]);
        expect(rtl.columns).toEqual(
          ltr.columns.map((c) => ({
            ...c,
            x: w - c.x,
            header: { ...mirroredBox(c.header, w), anchorX: w - c.header.anchorX },
          })),
        );
        for (const [i, r] of rtl.rows.entries()) {
          const l = ltr.rows[i];
          if (!l) throw new Error("a row went missing");
          expect([r.y, r.height, r.country]).toEqual([l.y, l.height, l.country]);
          expect(r.name).toEqual({ ...mirroredBox(l.name, w), anchorX: w - l.name.anchorX });
          for (const [j, m] of r.marks.entries()) {
            const n = l.marks[j];
            if (!n) throw new Error("a mark went missing");
            expect([m.id, m.cx, m.cy]).toEqual([n.id, w - n.cx, n.cy]);
            expect(m.hit).toEqual(mirroredBox(n.hit, w));
            expect(m.label).toEqual(n.label && { ...mirroredBox(n.label, w), anchorX: w - n.label.anchorX });
          }
        }
        expect([rtl.dividers, rtl.guide, rtl.height]).toEqual([ltr.dividers, ltr.guide, ltr.height]);
        expect(rtl.callouts).toEqual(ltr.callouts);
      }
    }
  });

  it("puts the first position on the right and the names' gutter right of the scale, names ending at the edge", () => {
    for (const model of [STORY_MODEL, RIVER_MODEL, synthetic(6, 3, SIX)]) {
      for (const w of [288, 360, 580, 1180]) {
        const l = layoutStances(model, w, { rtl: true });
        expect(l.columns.map((c) => c.stance)).toEqual(model.positions.map((p) => p.id));
        const xs = l.columns.map((c) => c.x);
        expect(xs).toEqual([...xs].sort((a, b) => b - a));
        for (const r of l.rows) {
          // A name starts at the right edge: anchored at its start, which right to left is its right end.
          expect([r.name.anchor, r.name.anchorX, r.name.x + r.name.width]).toEqual(["start", w - PAD, w - PAD]);
          if (l.mode === "gutter") expect(r.name.x).toBeGreaterThan(l.scale[1]);
        }
      }
    }
  });
});
