import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_CATEGORIES, MAX_POSITIONS, type StanceQuestion } from "./facts/story";
import {
  categoryStyle,
  escapeXml,
  NEUTRAL,
  OFF_SCALE,
  PALETTE,
  POSITION_PALETTE,
  POSITION_SHAPES,
  SHAPES,
  shapeMarkers,
  stanceStyle,
} from "./theme";

// The stylesheets, all of them: a rule may move between files, but theme.ts and the CSS must say the same.
const stylesDir = new URL("../styles/", import.meta.url);
const CSS = readdirSync(stylesDir)
  .filter((f) => f.endsWith(".css"))
  .map((f) => readFileSync(new URL(f, stylesDir), "utf8"))
  .join("\n");

/** The light and dark colours of a custom property written `--name: light-dark(#light, #dark)`. */
function property(name: string): { light: string; dark: string } | undefined {
  const m = CSS.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, "i"));
  return m?.[1] && m[2] ? { light: m[1].toLowerCase(), dark: m[2].toLowerCase() } : undefined;
}
/** The custom property a class sets its mark colour from: `.cat-1 { --mark: var(--palette-1); }`. */
function markOf(className: string): string | undefined {
  return CSS.match(new RegExp(`\\.${className}\\s*\\{\\s*--mark:\\s*var\\(--([a-z0-9-]+)\\)`))?.[1];
}

/** WCAG 2 relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG 2 contrast ratio, from 1 (none) to 21 (black on white). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const PAGE = property("bg");
const COLOURS: [string, { light: string; dark: string }][] = [
  ...PALETTE.map((c, i): [string, typeof c] => [`palette ${i + 1}`, c]),
  ["neutral", NEUTRAL],
  ...Object.entries(OFF_SCALE).map(([stance, c]): [string, typeof c] => [stance, c]),
];

describe("contrast(): the WCAG ratio this test measures with", () => {
  it("gives 21 for black on white, 1 for a colour on itself, and the published value for a known pair", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#777777")).toBe(1);
    // #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe("the palette", () => {
  it("is the page's own background in base.css: #fbfaf7 light, #16181c dark", () => {
    expect(PAGE).toEqual({ light: "#fbfaf7", dark: "#16181c" });
  });

  for (const [name, colour] of COLOURS) {
    it(`${name} meets 4.5:1 against the page, light and dark`, () => {
      if (!PAGE) throw new Error("no --bg in the stylesheets");
      expect(contrast(colour.light, PAGE.light)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(colour.dark, PAGE.dark)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it(`has a style for each of the ${MAX_CATEGORIES} categories a story may declare, each its own colour and shape`, () => {
    expect(PALETTE).toHaveLength(MAX_CATEGORIES);
    expect(new Set(PALETTE.map((p) => p.light)).size).toBe(MAX_CATEGORIES);
    expect(new Set(PALETTE.map((p) => p.dark)).size).toBe(MAX_CATEGORIES);
    expect(new Set(PALETTE.map((p) => p.shape)).size).toBe(MAX_CATEGORIES);
  });

  it(`has a step for each of the ${MAX_POSITIONS} positions a scale may have, each its own palette colour and shape`, () => {
    expect(POSITION_PALETTE).toHaveLength(MAX_POSITIONS);
    expect(new Set(POSITION_PALETTE).size).toBe(MAX_POSITIONS);
    for (const p of POSITION_PALETTE) expect(PALETTE[p - 1]).toBeDefined();
    expect(POSITION_SHAPES).toHaveLength(MAX_POSITIONS);
    expect(new Set(POSITION_SHAPES).size).toBe(MAX_POSITIONS);
    for (const shape of [...POSITION_SHAPES, ...PALETTE.map((p) => p.shape)]) expect(SHAPES[shape]).toBeDefined();
  });
});

describe("the stylesheets and theme.ts agree", () => {
  it("on every palette colour, light and dark", () => {
    PALETTE.forEach((c, i) => {
      expect(property(`palette-${i + 1}`), `--palette-${i + 1}`).toEqual({ light: c.light, dark: c.dark });
    });
    expect(property(`palette-${PALETTE.length + 1}`)).toBeUndefined();
  });

  it("on the neutral colour and the greys of the stances off the scale", () => {
    expect(property("neutral")).toEqual({ light: NEUTRAL.light, dark: NEUTRAL.dark });
    for (const [stance, c] of Object.entries(OFF_SCALE)) {
      expect(property(stance), `--${stance}`).toEqual({ light: c.light, dark: c.dark });
    }
  });

  it("on the colour of each category's class, and of a mark without a category", () => {
    for (let slot = 1; slot <= MAX_CATEGORIES; slot++) {
      const { className, light } = categoryStyle(slot);
      expect(markOf(className), className).toBe(`palette-${slot}`);
      expect(property(`palette-${slot}`)?.light).toBe(light);
    }
    expect(markOf(categoryStyle(undefined).className)).toBe("neutral");
  });

  it("on the colour of each step of a stance scale, and of the stances off it", () => {
    const question = {
      positions: POSITION_PALETTE.map((_, i) => ({ id: `p${i + 1}`, label: "", short: "", phrase: "", slot: i + 1 })),
    } satisfies Pick<StanceQuestion, "positions">;
    for (const p of question.positions) {
      const { className, light, dark } = stanceStyle(p.id, question);
      const from = markOf(className);
      expect(from, className).toBe(`palette-${POSITION_PALETTE[p.slot - 1]}`);
      expect(property(from ?? "")).toEqual({ light, dark });
    }
    for (const stance of ["not-reported", "target"]) {
      expect(markOf(stanceStyle(stance, question).className)).toBe(stance);
    }
  });
});

describe("categoryStyle() and stanceStyle()", () => {
  it("give a category its slot's colour and shape, and no category the neutral circle", () => {
    expect(categoryStyle(1)).toEqual({ className: "cat-1", ...PALETTE[0] });
    expect(categoryStyle(8)).toEqual({ className: "cat-8", ...PALETTE[7] });
    expect(categoryStyle(undefined)).toEqual({ className: "cat-none", ...NEUTRAL });
    expect(categoryStyle(9)).toEqual({ className: "cat-none", ...NEUTRAL });
  });

  it("give a position its step along the story's own scale, by its slot and never by its id", () => {
    const question = {
      positions: [
        { id: "supports", label: "", short: "", phrase: "", slot: 1 },
        { id: "waits", label: "", short: "", phrase: "", slot: 2 },
      ],
    };
    expect(stanceStyle("supports", question)).toEqual({
      className: "pos-1",
      light: PALETTE[0]?.light,
      dark: PALETTE[0]?.dark,
      shape: "triangle",
    });
    expect(stanceStyle("waits", question)).toEqual({
      className: "pos-2",
      light: PALETTE[4]?.light,
      dark: PALETTE[4]?.dark,
      shape: "diamond",
    });
  });

  it("give the stances off the scale their greys, whatever the story", () => {
    expect(stanceStyle("not-reported", undefined)).toEqual({
      className: "stance-not-reported",
      ...OFF_SCALE["not-reported"],
    });
    expect(stanceStyle("target", { positions: [] })).toEqual({ className: "stance-target", ...OFF_SCALE.target });
  });
});

describe("escapeXml()", () => {
  it("escapes the five characters markup gives meaning to, and nothing else", () => {
    expect(escapeXml(`<b class="x">Tom & Jerry's</b> “ok” 🙂`)).toBe(
      "&#60;b class=&#34;x&#34;&#62;Tom &#38; Jerry&#39;s&#60;/b&#62; “ok” 🙂",
    );
  });
});

describe("shapeMarkers()", () => {
  it("gives each style one marker drawing its shape, by the id the stylesheet names in forced colours", () => {
    const styles = [categoryStyle(1), categoryStyle(2), categoryStyle(1), categoryStyle(undefined)];
    const markup = shapeMarkers(styles, "tl-fc");
    expect(
      [...markup.matchAll(/<marker id="([^"]+)"[^>]*><path d="([^"]+)"\/><\/marker>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ["tl-fc-cat-1", SHAPES.diamond],
      ["tl-fc-cat-2", SHAPES.circle],
      ["tl-fc-cat-none", SHAPES.circle],
    ]);
    // Every class a category can take has its rule, naming its marker.
    for (const className of [...PALETTE.map((_, i) => categoryStyle(i + 1).className), "cat-none"]) {
      expect(CSS).toMatch(new RegExp(`\\.${className} \\{\\n[^}]*--shape: url\\(#tl-fc-${className}\\);`));
    }
  });
});
