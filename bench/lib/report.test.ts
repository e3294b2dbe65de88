import { describe, expect, it } from "vitest";
import { checkBudgets, readyRatios } from "./report.mjs";

const page = (ready: (number | null)[], fcp: (number | null)[] = ready) => ({
  ready: { runsMs: ready, medianMs: [...ready].sort()[Math.floor(ready.length / 2)] },
  fcp: { runsMs: fcp, medianMs: [...fcp].sort()[Math.floor(fcp.length / 2)] },
});

describe("readyRatios()", () => {
  it("takes the median of each round's ratio, so a round slowed for every page cancels out", () => {
    const r = readyRatios({
      embed: page([110, 220, 120]),
      floor: page([100, 200, 100]),
      timelinejs: page([300, 600, 360]),
    });
    expect(r.ready.embedOverFloor?.median).toBeCloseTo(1.1);
    expect(r.ready.embedOverFloor?.rounds).toEqual([1.1, 1.1, 1.2]);
    expect(r.ready.timelinejsOverEmbed?.median).toBeCloseTo(300 / 110);
  });

  it("says which pair it could not measure", () => {
    const r = readyRatios({ embed: page([100]), floor: { error: "the page answered 404" } });
    expect(r.ready.embedOverFloor).toBeUndefined();
    expect(r.notMeasured).toHaveProperty("ready.embedOverFloor");
  });
});

describe("checkBudgets()", () => {
  const results = { pages: { embed: { gzip: { total: 14_402 } } }, ratios: { ready: { x: { median: 1.5 } } } };

  it("counts KB as 1,000 bytes and says by how much a max or a min is missed", () => {
    const [bytes, ratio, absent] = checkBudgets(
      results,
      {
        "pages.embed.gzip.total": { max: 10, unit: "KB" },
        "ratios.ready.x.median": { min: 2, unit: "×" },
        "heights.embed.320.height": { max: 900, unit: "px" },
      },
      { "heights.": "not run" },
    );
    expect(bytes).toMatchObject({ status: "missed", value: 14.402 });
    expect(bytes?.over).toBeCloseTo(4.402);
    expect(ratio).toMatchObject({ status: "missed", over: 0.5 });
    expect(absent).toMatchObject({ status: "not measured", reason: "not run" });
  });
});
