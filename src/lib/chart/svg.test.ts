import { describe, expect, it } from "vitest";
import { loadStory, STANCE_ORDER, STORY } from "../../test/story";
import type { StanceQuestion, Vocabulary } from "../facts/story";
import { OFF_SCALE, PALETTE, POSITION_PALETTE } from "../theme";
import { type ChartModel, chartModel, type StanceLike } from "./model";
import { STANCE_WIDTHS, stanceVariant } from "./svg";

function chartOf(stances: readonly StanceLike[], vocabulary: Vocabulary): [ChartModel, StanceQuestion] {
  const model = chartModel(stances, vocabulary);
  if (!model || !vocabulary.stances) throw new Error("no chart");
  return [model, vocabulary.stances];
}
const storyChart = (slug: string) => chartOf(loadStory(slug).stances, loadStory(slug).vocabulary);

const STORIES = {
  syria: storyChart(STORY),
  "river-treaty": storyChart("river-treaty"),
};

/** The light theme in brief, so a snapshot opens legibly in any viewer (the page's CSS colours the real one). */
const STYLE = [
  "text{font:13px system-ui,sans-serif;fill:#1b1c1f}.sc-name,.sc-emphasis{font-weight:700}.sc-header,.sc-off-scale .sc-label{fill:#53565d}",
  ".sc-label{stroke:#fbfaf7;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}.sc-body .sc-label{stroke:#ecf0f6}",
  ".sc-guide{stroke:#8a8d93;stroke-dasharray:1 3}.sc-rule{stroke:#d9d6cf}.sc-divider{stroke:#8a8d93}.sc-callout{fill:#ecf0f6}",
  ".sc-hit{fill:none}.sc-band{fill:#fbfaf7;stroke:#8a8d93}.sc-band-not-reported{stroke-dasharray:4 3}",
  ...POSITION_PALETTE.map((p, i) => `.pos-${i + 1}{fill:${PALETTE[p - 1]?.light}}`),
  ...Object.entries(OFF_SCALE).map(([stance, c]) => `.stance-${stance}{fill:${c.light}}`),
].join("");

/**
 * A standalone SVG file, one element a line, so a change to the picture reads as a diff. Right to left, the
 * file says its direction, as the page's <svg> does (GraphicVariants.astro).
 */
const file = (v: { width: number; height: number; markup: string; rtl?: true }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.width} ${v.height}" width="${v.width}" height="${v.height}"${v.rtl ? ' direction="rtl"' : ""}>\n<rect width="100%" height="100%" fill="#fbfaf7"/>\n<style>${STYLE}</style>\n${v.markup.replaceAll("><", ">\n<")}\n</svg>\n`;

describe("stanceVariant()", () => {
  for (const [story, [model, question]] of Object.entries(STORIES)) {
    for (const width of [STANCE_WIDTHS[0], 460, 580]) {
      it(`draws ${story} at ${width} px as in its reviewed snapshot`, async () => {
        await expect(file(stanceVariant(model, question, width))).toMatchFileSnapshot(
          `__snapshots__/${story}-${width}.svg`,
        );
      });
    }
  }

  it("makes every stance one link to its table row, named for screen readers", () => {
    const { markup } = stanceVariant(...STORIES.syria, 580);
    const links = [...markup.matchAll(/<a href="#stance-([a-z0-9-]+)"[^>]*aria-label="([^"]+)"/g)];
    expect(links.map((m) => m[1])).toEqual(STANCE_ORDER);
    expect(links.map((m) => m[2])).toContain("Japan, Government: Not reported in the article");
    expect(links.map((m) => m[2])).toContain("G7, Foreign ministers, as a body: Rejected, 11 Apr 2017");
  });

  it("styles each position by its step along the story's own scale, and the stances off it in grey", () => {
    const classes = (story: keyof typeof STORIES) =>
      [
        ...new Set(
          [...stanceVariant(...STORIES[story], 580).markup.matchAll(/class="sc-mark ([^"]+)"/g)].map((m) => m[1]),
        ),
      ].sort();
    expect(classes("syria")).toEqual([
      "pos-1",
      "pos-2",
      "pos-3",
      "pos-4",
      "stance-not-reported sc-off-scale",
      "stance-target sc-off-scale",
    ]);
    expect(classes("river-treaty")).toEqual(["pos-1", "pos-2", "pos-3", "stance-not-reported sc-off-scale"]);
  });

  it("writes no word of the Syria story where a reader sees or hears another story's chart", () => {
    for (const width of STANCE_WIDTHS) {
      const { markup } = stanceVariant(...STORIES["river-treaty"], width);
      const words = [...markup.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>|aria-label="([^"]*)"/g)].map((m) => m[1] ?? m[2]);
      expect(words).toContain("Has not said");
      expect(words.join("\n")).not.toMatch(/sanction|Russia|G7|target|member/i);
    }
  });

  it("escapes the editors' words", () => {
    const { vocabulary } = loadStory(STORY);
    const [model, question] = chartOf(
      [{ id: "x", country: "FR", actor: `<b>"A & B"</b>`, stance: "lift", order: 0 }],
      vocabulary,
    );
    const { markup } = stanceVariant(model, question, 580);
    expect(markup).not.toContain("<b>");
    expect(markup).toContain("&#60;b&#62;&#34;A &#38; B&#34;&#60;/b&#62;");
  });

  it("uses no style attribute (the Content Security Policy forbids them)", () => {
    for (const chart of Object.values(STORIES)) {
      for (const w of STANCE_WIDTHS) expect(stanceVariant(...chart, w).markup).not.toMatch(/\sstyle=/);
    }
  });

  for (const width of [STANCE_WIDTHS[0], 580]) {
    it(`draws syria right to left at ${width} px, mirrored, as in its reviewed snapshot`, async () => {
      await expect(file(stanceVariant(...STORIES.syria, width, { rtl: true }))).toMatchFileSnapshot(
        `__snapshots__/syria-${width}-rtl.svg`,
      );
    });
  }

  it("right to left: the same links, names and words in the same order, only the x positions mirrored", () => {
    for (const chart of Object.values(STORIES)) {
      for (const width of STANCE_WIDTHS) {
        const ltr = stanceVariant(...chart, width);
        const rtl = stanceVariant(...chart, width, { rtl: true });
        expect(ltr).not.toHaveProperty("rtl");
        expect(rtl.rtl).toBe(true);
        expect(rtl.height).toBe(ltr.height);
        // Without their x (and a shape's translate), the two drawings are one.
        const unplaced = (markup: string) =>
          markup.replace(/ (x|x1|x2)="[\d.-]+"/g, "").replace(/translate\([\d.-]+,/g, "translate(");
        expect(unplaced(rtl.markup)).toBe(unplaced(ltr.markup));
        // The first column's guide on the right, the last on the left.
        const guides = (markup: string) =>
          [...markup.matchAll(/<line class="sc-guide" x1="([\d.]+)"/g)].map((m) => Number(m[1]));
        const [a, b] = [guides(ltr.markup), guides(rtl.markup)];
        expect(b.length).toBe(a.length);
        for (const [i, x] of b.entries()) expect(Math.abs(x - (width - (a[i] ?? NaN)))).toBeLessThanOrEqual(0.1 + 1e-9);
      }
    }
  });
});
