import { describe, expect, it } from "vitest";
import { words } from "./words";

describe("the search's status", () => {
  it("says how many explainers were found, and how many are shown when not all are", () => {
    expect(words.found(3, 3)).toBe("3 explainers found");
    expect(words.found(1, 1)).toBe("1 explainer found");
    expect(words.found(1234, 20)).toBe("1,234 explainers found, the first 20 shown");
  });

  it("names the query that found nothing", () => {
    expect(words.none("tram")).toBe("No explainer found for “tram”");
  });
});
