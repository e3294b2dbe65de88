import { describe, expect, it } from "vitest";
import { GUTTERS, gutterFor } from "./gutter";

describe("gutterFor(): the date gutter, as wide as the story's longest date", () => {
  it("keeps the narrow gutter for English days, months, years and decades", () => {
    expect(gutterFor(["18 Mar", "Dec", "2016", "1990s", "08:56", "29 Dec", "30 Sept"]).className).toBe("");
  });

  it("widens for dates a language writes longer, so they stay on one line", () => {
    expect(gutterFor(["26. März", "2019"]).className).not.toBe("");
    expect(gutterFor(["années 1980", "2009"]).className).not.toBe("");
  });

  it("stops at the widest gutter: a longer date wraps between its words", () => {
    expect(gutterFor(["década de 1980 y siguientes"])).toBe(GUTTERS[GUTTERS.length - 1]);
  });

  it("has gutters that grow, on wide screens and on phones", () => {
    for (const [i, g] of GUTTERS.entries()) {
      if (i === 0) continue;
      expect(g.rem).toBeGreaterThan(GUTTERS[i - 1]?.rem ?? 0);
      expect(g.phoneRem).toBeGreaterThan(GUTTERS[i - 1]?.phoneRem ?? 0);
    }
  });
});
