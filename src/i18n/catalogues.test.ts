// Every catalogue against English: the same keys, and in each message the same arguments (and tags) of the
// same kinds, so no page loses a word or a number in any shipped language. A language may have plural forms
// English has not (Arabic's zero, two, few and many): they are its own.

import { readdirSync, readFileSync } from "node:fs";
import { isStructurallySame, parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "./catalogues/en.json";
import { messages, RICH, shippedLanguages } from "./index";

const dir = new URL("./catalogues/", import.meta.url);
const catalogues = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(f, dir), "utf8"))] as const);
const keys = Object.keys(en) as (keyof typeof en)[];
const ast = (key: string, text: string) => parse(text, { ignoreTag: !RICH.has(key as keyof typeof en) });

describe("the message catalogues", () => {
  it("ship English, French, German, Spanish, Portuguese and Arabic", () => {
    expect(shippedLanguages()).toEqual(expect.arrayContaining(["ar", "de", "en", "es", "fr", "pt"]));
  });

  for (const [lang, catalogue] of catalogues) {
    describe(lang, () => {
      it("has every message English has, and none English has not", () => {
        expect(keys.filter((k) => !(k in catalogue))).toEqual([]);
        expect(Object.keys(catalogue).filter((k) => !(k in en))).toEqual([]);
      });

      it("gives each message the arguments and tags English gives it", () => {
        const wrong = keys
          .filter((k) => typeof catalogue[k] === "string")
          .map((k) => [k, isStructurallySame(ast(k, en[k]), ast(k, catalogue[k]))] as const)
          .filter(([, same]) => !same.success)
          .map(([k, same]) => `${k}: ${"error" in same ? same.error?.message : ""}`);
        expect(wrong).toEqual([]);
      });

      it("formats every message (no syntax a parser refuses)", () => {
        for (const k of keys) expect(() => ast(k, catalogue[k] ?? en[k]), k).not.toThrow();
      });
    });
  }

  it("falls back to English for a language it has no catalogue for, and lists what was missing", async () => {
    const { missingMessages } = await import("./index");
    const m = messages("sw");
    expect(m.t("timeline.title")).toBe("Timeline of events");
    expect(missingMessages().get("sw")).toContain("timeline.title");
  });
});
