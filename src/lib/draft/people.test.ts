import { describe, expect, it } from "vitest";
import { namesIn, proposePeople } from "./people";

const ARTICLE = [
  "Prior to visiting Moscow, U.S. Secretary of State Rex Tillerson traveled to Italy for the G7 Summit.",
  "Rex Tillerson told reporters that Russia had “aligned themselves with an unreliable partner in Bashar al-Assad,” the Syrian president.",
  "British Foreign Secretary Boris Johnson said that Putin had a choice, as reported by IBT. Both Johnson and Tillerson worked together.",
  "France said they would wait until their elections which currently have Marine Le Pen as a candidate.",
  "It was reported that British Prime Minister Theresa May spoke with President Trump, and that Russian president Vladimir Putin annexed Crimea.",
];
const known = namesIn(ARTICLE);

describe("namesIn()", () => {
  it("collects the article's full names, titles taken off", () => {
    expect(known).toEqual([
      "Rex Tillerson",
      "Bashar al-Assad",
      "Boris Johnson",
      "Marine Le Pen",
      "Theresa May",
      "Vladimir Putin",
    ]);
  });
});

describe("proposePeople()", () => {
  it("gives a surname alone as the full name the article uses", () => {
    expect(proposePeople("Both Johnson and Tillerson worked together and finalized a plan by Monday.", known)).toEqual({
      names: ["Boris Johnson", "Rex Tillerson"],
      from: ["Johnson", "Tillerson"],
    });
    expect(proposePeople("to stick like glue to the Assad regime", known).names).toEqual(["Bashar al-Assad"]);
  });

  it("keeps a name after a title as written when the article has no fuller one", () => {
    expect(proposePeople("May spoke with President Trump about sanctions", known)).toEqual({
      names: ["Theresa May", "Trump"],
      from: ["May", "Trump"],
    });
  });

  it("does not take places, organisations, days or acronyms for people", () => {
    const text =
      "He kept the light at Cape Sable, served in the Canadian Expeditionary Force in the First World War, went to Remembrance Day ceremonies in Halifax, joined the Order of Nova Scotia, read the International Business Times (IBT) and walked down Downing Street on Monday.";
    expect(proposePeople(text, known).names).toEqual([]);
  });

  it("is honest about its limits: a company with a person's shape is proposed, to be checked", () => {
    expect(proposePeople("Exxon Mobile was brought up", known).names).toEqual(["Exxon Mobile"]);
  });
});

describe("people in another language", () => {
  it("proposes no one outside English, whose names' shape it knows", () => {
    const de = ["Die Verkehrsminister der Europäischen Union tagten in Luxemburg, sagte Anna Schmidt."];
    expect(namesIn(de, "de")).toEqual([]);
    expect(proposePeople(de[0], [], "de")).toEqual({ names: [], from: [] });
    expect(proposePeople("Boris Johnson said", [], "en-GB").names).toEqual(["Boris Johnson"]);
  });
});
