import { describe, expect, it } from "vitest";
import { messages } from "../i18n";
import { say } from "./say";

/** A message as the page hands it to its script, said as the script says it. */
const said = (lang: string, key: Parameters<ReturnType<typeof messages>["client"]>[0], values = {}) => {
  return say(JSON.parse(JSON.stringify(messages(lang).client(key))), values);
};

describe("what a page's script says, in the page's language", () => {
  it("says how many explainers were found, and how many are shown when not all are", () => {
    expect(said("en", "search.found", { n: 3 })).toBe("3 explainers found");
    expect(said("en", "search.found", { n: 1 })).toBe("1 explainer found");
    const found = said("en", "search.found", { n: 1234 });
    expect(said("en", "search.shown", { n: 20, found })).toBe("1,234 explainers found, the first 20 shown");
  });

  it("names the query that found nothing", () => {
    expect(said("en", "search.none", { query: "tram" })).toBe("No explainer found for “tram”");
  });

  it("says each message exactly as the build formats it, whatever the count", () => {
    for (const lang of ["en", "fr", "de", "es", "pt", "ar"]) {
      const m = messages(lang);
      for (const n of [0, 1, 2, 3, 11, 100, 101, 1234]) {
        expect(said(lang, "search.found", { n }), `${lang} ${n}`).toBe(m.t("search.found", { n }));
        expect(said(lang, "archive.count" as never, { n }), `${lang} ${n}`).toBe(m.t("archive.count", { n }));
      }
    }
  });

  it("refuses, at build, a message a script cannot fill in (a select, a nested plural)", () => {
    expect(() => messages("en").client("date.known")).toThrow(/date.known: a message a script fills in/);
  });
});
