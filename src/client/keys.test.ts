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
  });
});
