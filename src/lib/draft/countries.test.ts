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
