import { describe, expect, it } from "vitest";
import { countryName, countryProblem } from "./countries";

describe("countryName(): any ISO 3166-1 alpha-2 code, named from the runtime's CLDR data", () => {
  it("names the story's countries and any other, with no list kept in the code", () => {
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("US")).toBe("United States");
    expect(countryName("DE")).toBe("Germany");
    expect(countryName("RU")).toBe("Russia");
    expect(countryName("AT")).toBe("Austria");
    expect(countryName("RO")).toBe("Romania");
    expect(countryName("BE")).toBe("Belgium");
  });

  it("names no deprecated code (UK, SU, YU): only the canonical one is a country", () => {
    expect(countryName("UK")).toBeUndefined();
    expect(countryName("SU")).toBeUndefined();
    expect(countryName("YU")).toBeUndefined();
  });

  it("names no region that is not a country: the EU, the UN, the unknown region", () => {
    for (const code of ["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]) expect(countryName(code)).toBeUndefined();
  });

  it("names no code in lower case, of the wrong length, or a number", () => {
    for (const code of ["gb", "Gb", "GBR", "G", "", "826", "G7"]) expect(countryName(code)).toBeUndefined();
  });
});

describe("countryProblem(): what to write instead", () => {
  it("names the country a deprecated code meant, and its code today", () => {
    expect(countryProblem("UK")).toBe('"UK" is not the ISO 3166-1 code of United Kingdom: write GB');
    expect(countryProblem("SU")).toBe('"SU" is not the ISO 3166-1 code of Russia: write RU');
  });

  it("asks for capitals when the code is a country's in lower case", () => {
    expect(countryProblem("gb")).toBe('"gb" must be in capitals: GB');
    expect(countryProblem("fr")).toBe('"fr" must be in capitals: FR');
  });

  it("says a region that is not a country, or no region at all, is neither a code nor a declared group", () => {
    const neither = (code: string) =>
      `"${code}" is not an ISO 3166-1 alpha-2 country code (GB, US, DE…), nor a group declared under groups in the story's .meta.yaml`;
    for (const code of ["EU", "ZZ", "G7", "Germany", "XX"]) expect(countryProblem(code)).toBe(neither(code));
  });
});
