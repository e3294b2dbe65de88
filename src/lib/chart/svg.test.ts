import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { STANCE_ORDER } from "../../test/story";
import { chartModel, type StanceLike } from "./model";
import { SANCTIONS_WIDTHS, sanctionsVariant } from "./svg";

const read = (path: string) =>
  parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as StanceLike[];

const STORIES = {
  syria: chartModel(read("seeds/syria-strike-g7-sanctions.stances.yaml")),
  "second-story": chartModel(read("e2e/fixtures/seeds/second-story.stances.yaml")),
};

/** The light theme in brief, so a snapshot opens legibly in any viewer (the page's CSS colours the real one). */
const STYLE = [
  "text{font:13px system-ui,sans-serif;fill:#1b1c1f}.sc-name,.sc-emphasis{font-weight:700}.sc-header,.sc-off-scale .sc-label{fill:#53565d}",
  ".sc-label{stroke:#fbfaf7;stroke-width:4px;stroke-linejoin:round;paint-order:stroke}.sc-body .sc-label{stroke:#ecf0f6}",
  ".sc-guide{stroke:#8a8d93;stroke-dasharray:1 3}.sc-rule{stroke:#d9d6cf}.sc-divider{stroke:#8a8d93}.sc-callout{fill:#ecf0f6}",
  ".sc-hit{fill:none}.sc-band{fill:#fbfaf7;stroke:#8a8d93}.sc-band-not-reported{stroke-dasharray:4 3}",
  ".stance-pushed{fill:#1d4ed8}.stance-wait{fill:#a16207}.stance-rejected{fill:#c2410c}.stance-lift{fill:#7e22ce}",
  ".stance-not-reported{fill:#6b7280}.stance-target{fill:#374151}",
].join("");

/** A standalone SVG file, one element a line, so a change to the picture reads as a diff. */
const file = (v: { width: number; height: number; markup: string }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.width} ${v.height}" width="${v.width}" height="${v.height}">\n<rect width="100%" height="100%" fill="#fbfaf7"/>\n<style>${STYLE}</style>\n${v.markup.replaceAll("><", ">\n<")}\n</svg>\n`;

describe("sanctionsVariant()", () => {
  for (const [story, model] of Object.entries(STORIES)) {
    for (const width of [SANCTIONS_WIDTHS[0], 460, 580]) {
      it(`draws ${story} at ${width} px as in its reviewed snapshot`, async () => {
        await expect(file(sanctionsVariant(model, width))).toMatchFileSnapshot(`__snapshots__/${story}-${width}.svg`);
      });
    }
  }

  it("makes every stance one link to its table row, named for screen readers", () => {
    const { markup } = sanctionsVariant(STORIES.syria, 580);
    const links = [...markup.matchAll(/<a href="#stance-([a-z0-9-]+)"[^>]*aria-label="([^"]+)"/g)];
    expect(links.map((m) => m[1])).toEqual(STANCE_ORDER);
    expect(links.map((m) => m[2])).toContain("Japan, Government: Not reported in the article");
    expect(links.map((m) => m[2])).toContain("G7, Foreign ministers, as a body: Rejected, 11 Apr 2017");
  });

  it("escapes the editors' words", () => {
    const model = chartModel([{ id: "x", country: "FR", actor: `<b>"A & B"</b>`, stance: "lift" }]);
    const { markup } = sanctionsVariant(model, 580);
    expect(markup).not.toContain("<b>");
    expect(markup).toContain("&#60;b&#62;&#34;A &#38; B&#34;&#60;/b&#62;");
  });

  it("uses no style attribute (the Content Security Policy forbids them)", () => {
    for (const w of SANCTIONS_WIDTHS) expect(sanctionsVariant(STORIES.syria, w).markup).not.toMatch(/\sstyle=/);
  });
});
