import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { scriptsIn, undrawnScripts } from "./scripts";

const RENDER = { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } };
const draw = (text: string) =>
  new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="28" font-size="20">${text}</text></svg>`,
    RENDER,
  )
    .render()
    .asPng();

describe("the share image's scripts", () => {
  it("names the scripts a text is written in", () => {
    expect(scriptsIn("Timeline: 東京の新しい市場")).toEqual(["Han", "Hiragana"]);
    expect(scriptsIn("وزراء الكهرباء (GCCIA)")).toEqual(["Arabic"]);
    expect(scriptsIn("Sole de la Manche")).toEqual([]);
  });

  it("tells a script no font draws from one that is drawn, by comparing two of its samples", () => {
    // A renderer that draws every letter of one script as the same box is caught; a real one is not.
    const boxes = (text: string) => (/\p{Script=Han}/u.test(text) ? new Uint8Array([1]) : draw(text));
    expect(undrawnScripts("日本", boxes)).toEqual(["Han"]);
  });

  // This machine (and CI, which installs fonts-wqy-microhei) must draw what the shipped languages and the
  // fixture stories are written in, Arabic, and Chinese, Japanese and Korean for stories in them.
  it("draws Arabic and CJK letters with this machine's fonts, as the build does", () => {
    expect(undrawnScripts("وزراء الكهرباء 東京 ひらがな カタカナ 한국", draw)).toEqual([]);
  });
});
