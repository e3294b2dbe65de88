import { describe, expect, it } from "vitest";
import { random } from "../test/random";
import { estimateTextWidth, spacedTextWidth, wrapText } from "./text-metrics";

// Advance widths in em, summed from the fonts' own tables (DejaVu Sans 2.37 and Liberation Sans 2.1, the
// metric twin of Arial/Helvetica, regular and bold), read with fontkitten from the files in
// /usr/share/fonts/truetype. DejaVu Sans is the widest sans a reader's system-ui is likely to fall back to.
const MEASURED: readonly [
  text: string,
  dejavu: number,
  dejavuBold: number,
  liberation: number,
  liberationBold: number,
][] = [
  ["Tillerson in Moscow", 9.76, 11.108, 8.78, 9.557],
  ["G7 foreign ministers meet in Lucca", 17.573, 19.741, 15.451, 16.671],
  ["Apr 2017 · 9 events", 9.87, 11.028, 8.672, 9.061],
  ["illicit little lilies", 7.447, 8.788, 6.167, 7.113],
  ["WWW MMM mmm www", 11.884, 13.236, 10.83, 11.165],
  ["Россия аннексирует Крым", 13.854, 15.232, 12.207, 13.164],
  ["0123456789", 6.362, 6.958, 5.562, 5.562],
  ["Café Société — “quoted”", 12.487, 14.045, 11.006, 11.891],
];

const WORDS = [
  "G7",
  "sanctions",
  "Tillerson",
  "Moscow",
  "a",
  "Khan-Shaykhun",
  "Überprüfung",
  "Москва",
  "東京",
  "🇺🇸",
  "—",
  "strike",
  "Lucca",
  "supercalifragilisticexpialidocious",
];

function randomText(next: () => number, words: number): string {
  return Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]).join(next() < 0.2 ? "  " : " ");
}

const withoutSpaces = (s: string) => s.replace(/\s+/g, "");

describe("estimateTextWidth", () => {
  it("is 0 for the empty string", () => {
    expect(estimateTextWidth("", 13)).toBe(0);
  });

  it("grows in proportion to the font size", () => {
    expect(estimateTextWidth("Tillerson in Moscow", 26)).toBeCloseTo(2 * estimateTextWidth("Tillerson in Moscow", 13));
  });

  it.each(MEASURED)("over-estimates %j in every measured font, by at most 40%", (text, ...measured) => {
    const [dejavu, dejavuBold, liberation, liberationBold] = measured;
    const normal = estimateTextWidth(text, 1);
    const bold = estimateTextWidth(text, 1, "bold");
    expect(normal).toBeGreaterThanOrEqual(dejavu);
    expect(normal).toBeGreaterThanOrEqual(liberation);
    expect(bold).toBeGreaterThanOrEqual(dejavuBold);
    expect(bold).toBeGreaterThanOrEqual(liberationBold);
    expect(normal).toBeLessThanOrEqual(1.4 * liberation);
    expect(bold).toBeLessThanOrEqual(1.4 * liberationBold);
  });

  it("tells narrow characters from digits from wide ones", () => {
    const w = (s: string) => estimateTextWidth(s, 13);
    expect(w("il.,'")).toBeLessThan(w("01234"));
    expect(w("01234")).toBeLessThan(w("mwMWm"));
  });

  it("sets bold wider than normal", () => {
    expect(estimateTextWidth("Moscow", 13, "bold")).toBeGreaterThan(estimateTextWidth("Moscow", 13));
  });

  it("gives unknown letters about 0.66em, CJK 1em and emoji 1.2em", () => {
    expect(estimateTextWidth("ק", 10)).toBeCloseTo(6.6);
    expect(estimateTextWidth("東", 10)).toBeCloseTo(10);
    expect(estimateTextWidth("🚀", 10)).toBeCloseTo(12);
  });

  it("counts an accent as part of its letter, whether precomposed or combining", () => {
    expect(estimateTextWidth("é", 13)).toBe(estimateTextWidth("e", 13));
    expect(estimateTextWidth("e\u0301", 13)).toBe(estimateTextWidth("e", 13));
  });
});

describe("wrapText", () => {
  it("gives no lines for empty or blank text", () => {
    expect(wrapText("", 100, 13)).toEqual([]);
    expect(wrapText("  \n ", 100, 13)).toEqual([]);
  });

  it("keeps text that fits on one line, with runs of whitespace as single spaces", () => {
    expect(wrapText("Tillerson  in\nMoscow", 1000, 13)).toEqual(["Tillerson in Moscow"]);
  });

  it("wraps greedily: each line takes every word that fits", () => {
    const text = "G7 foreign ministers decline to tighten sanctions on Russia after the strike";
    const lines = wrapText(text, 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const [i, line] of lines.slice(0, -1).entries()) {
      const nextWord = lines[i + 1]?.split(" ")[0] ?? "";
      expect(estimateTextWidth(`${line} ${nextWord}`, 13)).toBeGreaterThan(150);
    }
    expect(lines.join(" ")).toBe(text);
  });

  it("breaks a word longer than a line inside it", () => {
    const lines = wrapText("supercalifragilisticexpialidocious", 60, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("supercalifragilisticexpialidocious");
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(60);
  });

  it("never breaks inside a grapheme: an accent stays with its letter, an emoji sequence stays whole", () => {
    const family = "👩‍👩‍👧‍👦";
    const lines = wrapText(`${family.repeat(4)}e\u0301e\u0301e\u0301`, 20, 13);
    expect(lines.join("")).toBe(`${family.repeat(4)}e\u0301e\u0301e\u0301`);
    for (const line of lines) expect(line.startsWith("\u0301") || line.startsWith("\u200d")).toBe(false);
  });

  it("puts a single character wider than the line on a line of its own (the only overflow it allows)", () => {
    expect(wrapText("東東", 5, 13)).toEqual(["東", "東"]);
  });

  it("for any text and width, keeps every line within the width and every character", () => {
    const next = random(7);
    for (let n = 0; n < 500; n++) {
      const text = randomText(next, 1 + Math.floor(next() * 12));
      const maxWidth = 40 + Math.floor(next() * 300);
      const lines = wrapText(text, maxWidth, 13);
      for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(maxWidth);
      expect(withoutSpaces(lines.join(""))).toBe(withoutSpaces(text));
    }
  });

  it("with maxLines, ends the last allowed line in an ellipsis that still fits", () => {
    const text = "G7 foreign ministers decline to tighten sanctions on Russia after the strike on Shayrat";
    const lines = wrapText(text, 120, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(wrapText(text, 120, 13, 100)).toEqual(wrapText(text, 120, 13));
  });

  it("wraps with the measure it is given: under the reader's text spacing, lines fit the spaced width", () => {
    const text = "Pushed for tighter sanctions on Russia after the strike";
    const spaced = (line: string) => spacedTextWidth(line, 13);
    const lines = wrapText(text, 120, 13, Infinity, spaced);
    for (const line of lines) expect(spaced(line)).toBeLessThanOrEqual(120);
    expect(lines.length).toBeGreaterThan(wrapText(text, 120, 13).length);
  });
});

describe("spacedTextWidth", () => {
  it("adds what WCAG 1.4.12's spacing adds: 0.12 em after every character and 0.16 em more for every space", () => {
    expect(spacedTextWidth("", 13)).toBe(0);
    expect(spacedTextWidth("Rejected", 10)).toBeCloseTo(estimateTextWidth("Rejected", 10) + 8 * 1.2);
    expect(spacedTextWidth("Not now", 10, "bold")).toBeCloseTo(
      estimateTextWidth("Not now", 10, "bold") + 7 * 1.2 + 1.6,
    );
  });
});
