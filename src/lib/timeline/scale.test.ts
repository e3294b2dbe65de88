import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { utcScale } from "./scale";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("utcScale()", () => {
  const domain: [Date, Date] = [d("2017-04-03"), d("2017-04-17")];
  const ours = utcScale(domain, [16, 264]);
  const d3 = scaleUtc().domain(domain).range([16, 264]).clamp(true);

  it("maps dates as d3's scaleUtc does, clamped to the range", () => {
    for (const iso of ["2017-04-03", "2017-04-04", "2017-04-10", "2017-04-17", "2017-01-01", "2018-01-01"]) {
      expect(ours(d(iso))).toBeCloseTo(d3(d(iso)), 9);
    }
  });

  it("inverts a position back to its date", () => {
    expect(ours.invert(ours(d("2017-04-07")))).toEqual(d("2017-04-07"));
    expect(ours.invert(-100)).toEqual(domain[0]);
  });

  it("gives the ticks d3's scaleUtc gives, for a two-week and a four-year domain", () => {
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
    const years: [Date, Date] = [d("2014-01-01"), d("2017-06-01")];
    expect(utcScale(years, [0, 500]).ticks(6)).toEqual(scaleUtc().domain(years).ticks(6));
  });
});
