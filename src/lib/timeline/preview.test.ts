import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { storiesWithEvents, story } from "../../test/stories";
import { layoutTimeline } from "./layout";
import { timelineModel } from "./model";
import { lightPalette, PREVIEW, previewSvg, rtlLine } from "./preview";
import { layoutStrip } from "./strip";

const css = ["base.css", "graphics.css"]
  .map((f) => readFileSync(new URL(`../../styles/${f}`, import.meta.url), "utf8"))
  .join("");

/** The share image of a story as the build makes it (src/pages/embed/.../preview.png.ts), decoded back to pixels. */
function png(slug: string): PNG {
  const s = story(slug);
  const model = timelineModel(s.events, s.vocabulary.categories);
  const periods = layoutTimeline(model.events);
  const svg = previewSvg(
    model,
    periods,
    layoutStrip(model.events, periods),
    `Timeline: ${s.meta.title}`,
    lightPalette(css),
  );
  const bytes = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng();
  return PNG.sync.read(Buffer.from(bytes));
}

const at = (img: PNG, x: number, y: number) => {
  const i = (y * img.width + x) * 4;
  return [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
};
const dark = ([r, g, b]: number[]) => (r ?? 0) + (g ?? 0) + (b ?? 0) < 3 * 90;

describe("the share image (preview.png)", () => {
  for (const s of storiesWithEvents()) {
    it(`${s.slug}: 1200×630, on the page's own background, with no black boxes`, () => {
      const img = png(s.slug);
      expect([img.width, img.height]).toEqual([PREVIEW.width, PREVIEW.height]);
      expect(at(img, 2, 2)).toEqual([0xfb, 0xfa, 0xf7]);
      // Text is dark; a black fill would be a large dark area. Below the title, dark pixels stay few.
      let darkPixels = 0;
      for (let y = 150; y < img.height; y++) for (let x = 0; x < img.width; x++) if (dark(at(img, x, y))) darkPixels++;
      expect(darkPixels / (img.width * (img.height - 150))).toBeLessThan(0.06);
    });
  }

  it("has a title at least 28 px tall, measured from its pixels", () => {
    const img = png("syria-strike-g7-sanctions");
    const rows: number[] = [];
    for (let y = 0; y < 110; y++) {
      let any = false;
      for (let x = PREVIEW.padding; x < 700 && !any; x++) any = dark(at(img, x, y));
      if (any) rows.push(y);
    }
    // The first line of the title: the run of rows holding dark pixels, from its capitals' tops to its descenders.
    const first = rows[0] ?? 0;
    let last = first;
    while (rows.includes(last + 1)) last++;
    expect(last - first + 1).toBeGreaterThanOrEqual(28);
  });

  it("draws the marks in the categories' real colours", () => {
    const img = png("syria-strike-g7-sanctions");
    const seen = new Set<string>();
    for (let y = 140; y < 260; y++) {
      for (let x = 0; x < img.width; x++)
        seen.add(
          at(img, x, y)
            .map((v) => v.toString(16).padStart(2, "0"))
            .join(""),
        );
    }
    // Diplomacy (palette 1) and Syria conflict (palette 2), as theme.ts gives them.
    expect(seen).toContain("1d4ed8");
    expect(seen).toContain("c2410c");
  });
});

describe("rtlLine()", () => {
  it("hands a right-to-left line's runs over last first, each run in its own order", () => {
    expect(rtlLine("تأسيس هيئة الربط (GCCIA)")).toBe("(GCCIA) تأسيس هيئة الربط");
    // Digits between right-to-left words belong to their run: resvg's bidi puts them in its order.
    expect(rtlLine("اتفاق 2026 في مسقط")).toBe("اتفاق 2026 في مسقط");
    expect(rtlLine("طرح فكرة الربط")).toBe("طرح فكرة الربط");
  });

  it("moves a right-to-left run's closing punctuation to where resvg draws it on the run's left", () => {
    expect(rtlLine("سوق مشتركة للطاقة.")).toBe(".سوق مشتركة للطاقة");
    expect(rtlLine("الخط الزمني: وزراء")).toBe("الخط الزمني: وزراء");
  });

  it("drops Unicode's isolates, which resvg reads wrongly", () => {
    expect(rtlLine("\u2068GCCIA\u2069 هيئة")).toBe("هيئة GCCIA");
  });
});
