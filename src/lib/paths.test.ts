import { describe, expect, it } from "vitest";
import { namedTitle, sourceLength } from "./paths";

describe("namedTitle()", () => {
  it("keeps a title that fits whole, with the site's name", () => {
    expect(namedTitle("Data & sources: A short story", "Explainers")).toBe(
      "Data & sources: A short story · Explainers",
    );
  });

  it("cuts a long title after a whole word, never the site's name, within 70 characters", () => {
    const title = "Data & sources: Ministers split over a review of the river's water-sharing treaty";
    const named = namedTitle(title, "Explainers");
    expect(named).toBe("Data & sources: Ministers split over a review of the… · Explainers");
    expect(named.length).toBeLessThanOrEqual(70);
  });

  it("drops the punctuation before the cut", () => {
    expect(namedTitle("Data & sources: After the storm, the harbour board says no to new moorings", "Explainers")).toBe(
      "Data & sources: After the storm, the harbour board says… · Explainers",
    );
    expect(namedTitle("One two, three", "Site", 15)).toBe("One two… · Site");
  });

  it("cuts a title of one long word where the room ends", () => {
    expect(namedTitle("Supercalifragilistic", "Site", 15)).toBe("Superca… · Site");
  });

  it("measures as it is told: the page's source, entities and all", () => {
    const title = "Data & sources: After the storm, the harbour board says no to new moorings";
    const named = namedTitle(title, "Explainers", 70, sourceLength);
    expect(named).toBe("Data & sources: After the storm, the harbour board… · Explainers");
    expect(sourceLength(named)).toBeLessThanOrEqual(70);
  });
});

describe("sourceLength()", () => {
  it("counts each character Astro escapes as its entity", () => {
    expect(sourceLength("a & b")).toBe("a &amp; b".length);
    expect(sourceLength(`it's "<b>"`)).toBe("it&#39;s &quot;&lt;b&gt;&quot;".length);
    expect(sourceLength("🙂 – …")).toBe(5);
  });
});
