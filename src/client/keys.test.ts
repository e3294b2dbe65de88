import { describe, expect, it } from "vitest";
import { arrowIndex } from "./keys";

describe("arrowIndex()", () => {
  it("steps with the arrows and jumps with Home and End, never past either end", () => {
    expect([arrowIndex("ArrowRight", 2, 5), arrowIndex("ArrowDown", 2, 5)]).toEqual([3, 3]);
    expect([arrowIndex("ArrowLeft", 2, 5), arrowIndex("ArrowUp", 2, 5)]).toEqual([1, 1]);
    expect([arrowIndex("Home", 2, 5), arrowIndex("End", 2, 5)]).toEqual([0, 4]);
    expect([arrowIndex("ArrowRight", 4, 5), arrowIndex("ArrowLeft", 0, 5)]).toEqual([4, 0]);
  });
  it("leaves every other key alone", () => {
    expect(arrowIndex("Enter", 2, 5)).toBeUndefined();
    expect(arrowIndex("a", 2, 5)).toBeUndefined();
    expect(arrowIndex("Enter", 2, 5, { rtl: true })).toBeUndefined();
  });
  it("is left to right unless told otherwise", () => {
    for (const key of ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"]) {
      expect(arrowIndex(key, 2, 5, { rtl: false }), key).toBe(arrowIndex(key, 2, 5));
      expect(arrowIndex(key, 2, 5, {}), key).toBe(arrowIndex(key, 2, 5));
    }
  });
  it("right to left, moves to the next with ← and back with →, where the items stand", () => {
    const rtl = { rtl: true };
    expect([arrowIndex("ArrowLeft", 2, 5, rtl), arrowIndex("ArrowRight", 2, 5, rtl)]).toEqual([3, 1]);
    // Never past either end.
    expect([arrowIndex("ArrowLeft", 4, 5, rtl), arrowIndex("ArrowRight", 0, 5, rtl)]).toEqual([4, 0]);
  });
  it("right to left, keeps ↑ ↓, Home and End as they are", () => {
    const rtl = { rtl: true };
    expect([arrowIndex("ArrowDown", 2, 5, rtl), arrowIndex("ArrowUp", 2, 5, rtl)]).toEqual([3, 1]);
    expect([arrowIndex("Home", 2, 5, rtl), arrowIndex("End", 2, 5, rtl)]).toEqual([0, 4]);
  });
});
