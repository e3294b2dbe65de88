import { describe, expect, it } from "vitest";
import { proposeCountries } from "./countries";

describe("proposeCountries()", () => {
  it("reads names, initials, adjectives and demonyms as ISO 3166-1 alpha-2 codes, in order of mention", () => {
    expect(proposeCountries("the tension between the United States, Russia and Syria")).toEqual({
      codes: ["US", "RU", "SY"],
      from: ["United States", "Russia", "Syria"],
    });
    expect(proposeCountries("British Foreign Secretary Boris Johnson said Russian forces")).toEqual({
      codes: ["GB", "RU"],
      from: ["British", "Russian"],
    });
    expect(proposeCountries("the U.S. response to a Syrian airbase; U.K. officials")).toEqual({
      codes: ["US", "SY", "GB"],
      from: ["U.S.", "Syrian", "U.K."],
    });
  });

  it("writes GB for the United Kingdom, never UK", () => {
    expect(proposeCountries("He sailed for England, then Britain.").codes).toEqual(["GB"]);
  });

  it("names any country CLDR names, without a list of our own", () => {
    expect(proposeCountries("talks in Kazakhstan and Burkina Faso").codes).toEqual(["KZ", "BF"]);
    expect(proposeCountries("He was in Mons, Belgium, when").codes).toEqual(["BE"]);
  });

  it("prefers the longer name, and is no country inside a US state's or a word's name", () => {
    expect(proposeCountries("South Sudan and Sudan").codes).toEqual(["SS", "SD"]);
    expect(proposeCountries("New Mexico and New Jersey, a turkey, Americana").codes).toEqual([]);
  });

  it("proposes nothing for a passage that names no country", () => {
    expect(proposeCountries("The count resumed 40 minutes later.")).toEqual({ codes: [], from: [] });
  });
});

describe("proposeCountries() in the story's language", () => {
  it("reads the names CLDR gives in the language", () => {
    expect(
      proposeCountries("La Belgique réclamait un délai, les Pays-Bas une baisse; le Royaume-Uni se tait.", "fr"),
    ).toEqual({
      codes: ["BE", "NL", "GB"],
      from: ["Belgique", "Pays-Bas", "Royaume-Uni"],
    });
    // German declines names: "die Vereinigten Staaten" is not CLDR's "Vereinigte Staaten", and is missed.
    expect(
      proposeCountries("Finnland drängt, Portugal lehnt ab, die Vereinigten Staaten schweigen.", "de").codes,
    ).toEqual(["FI", "PT"]);
  });

  it("reads Arabic names after a joined و, with or without their short vowels, and quotes them as written", () => {
    expect(proposeCountries("أيدت السعودية والإمارات، وطلبت الكويت الانتظار، ولم تعلن عُمان موقفها.", "ar")).toEqual({
      codes: ["SA", "AE", "KW", "OM"],
      from: ["السعودية", "الإمارات", "الكويت", "عُمان"],
    });
  });

  it("reads English adjectives and demonyms in English only", () => {
    expect(proposeCountries("British officials", "en").codes).toEqual(["GB"]);
    expect(proposeCountries("British officials", "fr").codes).toEqual([]);
  });
});
