import { describe, expect, it } from "vitest";
import { createIdAllocator, slugify } from "./slug";

describe("slugify()", () => {
  it.each([
    ["More sanctions on Russia?", "more-sanctions-on-russia"],
    ["U.K. and U.S. sanction efforts rejected", "uk-and-us-sanction-efforts-rejected"],
    ["Tillerson's visit", "tillersons-visit"],
    ["Élysée – Kremlin", "elysee-kremlin"],
    ["e.g. this", "eg-this"],
    ["🙂 ﻿مرحبا", ""],
  ])("%j → %j", (text, slug) => expect(slugify(text)).toBe(slug));

  it("keeps only the first words when asked", () => {
    expect(slugify("Prior to visiting Moscow, U.S. Secretary", 5)).toBe("prior-to-visiting-moscow-us");
  });
});

describe("createIdAllocator()", () => {
  it("numbers repeats and avoids reserved ids", () => {
    const next = createIdAllocator(["main"]);
    expect([next("a"), next("a"), next("main"), next("a")]).toEqual(["a", "a-2", "main-2", "a-3"]);
  });
});
