// The draft in the story's language (its .meta.yaml `lang`): dates read by chrono-node's parser for the
// language and our own phrases (French, German and Arabic beside English), the tense read in the language's
// words, and what a language the draft cannot read gets: a plain statement of it, and the dates in digits.

import { describe, expect, it } from "vitest";
import { draftEvents } from "./draft";
import { findPhrases } from "./phrases";

/** The records of a text drafted in a language: phrase, date (and end), and the check where there is one. */
const drafted = (lang: string, storyDate: string, text: string) =>
  draftEvents(text, storyDate, "seeds/x.txt", lang).records.map((r) => ({
    phrase: r.phrase,
    date: r.end ? `${r.date}/${r.end}` : r.date,
    ...(r.check ? { check: r.check } : {}),
    ...(r.resolved ? {} : { resolved: false }),
  }));

// Thursday 13 April 2017.
const THURSDAY = "2017-04-13";

describe("French", () => {
  it("resolves a day and month, and weekdays with dernier and prochain", () => {
    expect(
      drafted("fr", THURSDAY, "Il est parti le 4 avril. Il est revenu mardi dernier. Il repartira mardi prochain."),
    ).toEqual([
      { phrase: "le 4 avril", date: "2017-04-04" },
      { phrase: "mardi dernier", date: "2017-04-11" },
      { phrase: "mardi prochain", date: "2017-04-18" },
    ]);
  });

  it("reads the tense in French: the future and what is promised count forward", () => {
    expect(
      drafted(
        "fr",
        THURSDAY,
        "Les quotas entreront en vigueur le 1er janvier. La Commission s'est engagée à revoir le dossier en juin. En octobre, les scientifiques avaient alerté.",
      ),
    ).toEqual([
      { phrase: "le 1er janvier", date: "2018-01-01" },
      { phrase: "en juin", date: "2017-06" },
      { phrase: "En octobre", date: "2016-10" },
    ]);
  });

  it("finds years, decades, seasons, spans and what counts from the date last named", () => {
    expect(
      drafted(
        "fr",
        THURSDAY,
        "Dans les années 1980, le stock s'est effondré. Un plan a été adopté en 2009; trois ans plus tard, il a été revu. Entre 2016 et 2019, les prises ont baissé. Un accord a été signé le 4 avril 2016; le lendemain, la Belgique a protesté. Il s'appliquera au printemps 2018.",
      ),
    ).toEqual([
      { phrase: "Dans les années 1980", date: "1980s" },
      { phrase: "en 2009", date: "2009" },
      { phrase: "trois ans plus tard", date: "2012" },
      { phrase: "Entre 2016 et 2019", date: "2016/2019" },
      { phrase: "le 4 avril 2016", date: "2016-04-04" },
      { phrase: "le lendemain", date: "2016-04-05" },
      { phrase: "au printemps 2018", date: "2018-03/2018-05" },
    ]);
  });

  it("reads no weekday in la mer, and no date in a rule that recurs every year", () => {
    expect(
      drafted("fr", THURSDAY, "La mer était calme. On change d'heure le dernier dimanche de mars.").map(
        (r) => r.phrase,
      ),
    ).toEqual([]);
  });
});

describe("German", () => {
  it("resolves a day and month, a month alone, and weekdays with letzten and nächsten", () => {
    expect(
      drafted(
        "de",
        THURSDAY,
        "Er ging am 4. April. Er kam im Dezember. Sie tagten letzten Dienstag und tagen wieder am nächsten Dienstag.",
      ),
    ).toEqual([
      { phrase: "am 4. April", date: "2017-04-04" },
      { phrase: "im Dezember", date: "2016-12" },
      { phrase: "letzten Dienstag", date: "2017-04-11" },
      { phrase: "am nächsten Dienstag", date: "2017-04-18" },
    ]);
  });

  it("reads the tense in German, and a span whose end names the year", () => {
    expect(
      drafted(
        "de",
        THURSDAY,
        "Die Kommission kündigte an, im Dezember einen Vorschlag vorzulegen. Die Umfrage lief vom 4. Juli bis zum 16. August 2016.",
      ),
    ).toEqual([
      { phrase: "im Dezember", date: "2017-12" },
      { phrase: "vom 4. Juli bis zum 16. August 2016", date: "2016-07-04/2016-08-16" },
    ]);
  });

  it("finds years, decades and what counts from the date last named", () => {
    expect(
      drafted(
        "de",
        THURSDAY,
        // In one paragraph, "Am 28. März" would take the year last named, 1996.
        "Viele Länder hatten die Sommerzeit in den 1970er-Jahren eingeführt. Seit 1996 gilt ein Termin.\n\nAm 28. März tagte der Rat, eine Woche später die Kommission. Gestern sprach der Minister.",
      ),
    ).toEqual([
      { phrase: "in den 1970er-Jahren", date: "1970s" },
      { phrase: "Seit 1996", date: "1996" },
      { phrase: "Am 28. März", date: "2017-03-28" },
      { phrase: "eine Woche später", date: "2017-04-04" },
      { phrase: "Gestern", date: "2017-04-12" },
    ]);
  });

  it("reads no tomorrow in der Morgen, no Sunday in so, and no date in a rule that recurs every year", () => {
    expect(
      drafted(
        "de",
        THURSDAY,
        "Am Morgen war es so kalt wie nie. Die Uhren werden am letzten Sonntag im März vorgestellt.",
      ),
    ).toEqual([]);
  });

  it("counts a quoted weekday from the day it was said, in the tense of the quotation", () => {
    expect(drafted("de", THURSDAY, "„Wir werden am Montag entscheiden“, sagte die Ministerin am Freitag.")).toEqual([
      { phrase: "am Montag", date: "2017-04-10" },
      { phrase: "am Freitag", date: "2017-04-07" },
    ]);
  });
});

describe("Arabic", () => {
  it("reads chrono-node's Arabic and our own phrases: weekdays, months, years, decades, spans", () => {
    // Wednesday 13 May 2026.
    expect(
      drafted(
        "ar",
        "2026-05-13",
        "اجتمع الوزراء يوم الثلاثاء. طُرحت الفكرة في ثمانينيات القرن الماضي، وتأسست الهيئة عام 2001. واكتمل الربط بين عامي 2009 و2011. ومن المنتظر أن تُعرض النتائج في سبتمبر المقبل.",
      ),
    ).toEqual([
      { phrase: "يوم الثلاثاء", date: "2026-05-12" },
      { phrase: "في ثمانينيات القرن الماضي", date: "1980s" },
      { phrase: "عام 2001", date: "2001" },
      { phrase: "بين عامي 2009 و2011", date: "2009/2011" },
      { phrase: "في سبتمبر", date: "2026-09" },
    ]);
  });

  it("gives records whose words an id cannot hold an id from their date", () => {
    const ids = draftEvents("اجتمع الوزراء يوم الثلاثاء، وتأسست الهيئة عام 2001.", "2026-05-13", "x", "ar").records.map(
      (r) => r.id,
    );
    expect(ids).toEqual(["event-2026-05-12", "event-2001"]);
  });
});

describe("a language chrono-node reads and we have no words for", () => {
  it("reads chrono-node's dates, and marks what it counted back without reading the tense", () => {
    expect(
      drafted("es", THURSDAY, "El ministro llegó el 4 de abril. Se reunió el martes con la prensa en 2016."),
    ).toEqual([
      { phrase: "4 de abril", date: "2017-04-04", check: "tense not read in Spanish" },
      { phrase: "martes", date: "2017-04-11", check: "tense not read in Spanish" },
      { phrase: "2016", date: "2016" },
    ]);
  });

  it("leaves relative phrases not resolved, not knowing whether they count from the story or the date before", () => {
    expect(drafted("it", THURSDAY, "Il ministro è arrivato due settimane fa. Tre giorni dopo è ripartito.")).toEqual([
      { phrase: "due settimane fa", date: "2017", resolved: false },
      { phrase: "Tre giorni dopo", date: "2017", resolved: false },
    ]);
  });

  it("says so in the draft", () => {
    const { language } = draftEvents("El 4 de abril.", THURSDAY, "x", "es");
    expect(language).toMatchObject({ tag: "es", name: "Spanish", dates: "chrono" });
    expect(language.notes[0]).toContain("Dates were read in Spanish by chrono-node's parser alone");
  });
});

describe("a language chrono-node cannot read", () => {
  const text = "הפגישה התקיימה ביום שלישי, 2026-05-12. ההסכם נחתם בשנת 2009.";
  const draft = draftEvents(text, "2026-05-13", "seeds/x.txt", "he");

  it("says plainly that it cannot read dates in it yet, and which languages it can", () => {
    expect(draft.language).toMatchObject({ tag: "he", name: "Hebrew", dates: "digits" });
    const [first] = draft.language.notes;
    expect(first).toMatch(/^The draft cannot read dates in Hebrew yet: chrono-node has no parser for it/);
    expect(first).toContain("only dates written in digits were drafted");
    expect(first).toContain("Arabic, English, French and German (chrono-node's parser and phrases of its own)");
    expect(first).toContain("Spanish");
  });

  it("drafts only the dates written in digits, never an English reading of its words", () => {
    expect(drafted("he", "2026-05-13", text)).toEqual([
      { phrase: "2026-05-12", date: "2026-05-12" },
      { phrase: "2009", date: "2009" },
    ]);
    expect(findPhrases("He left on Tuesday, April 4.", undefined, "he")).toEqual([]);
  });
});

describe("the story's language tag", () => {
  it("reads numeric dates day first where the language writes the day first", () => {
    expect(drafted("en-GB", THURSDAY, "The deal was signed on 4/11/2016.")).toEqual([
      { phrase: "on 4/11/2016", date: "2016-11-04" },
    ]);
    expect(drafted("en", THURSDAY, "The deal was signed on 4/11/2016.")).toEqual([
      { phrase: "on 4/11/2016", date: "2016-04-11" },
    ]);
  });

  it("reports a tag that is no language tag", () => {
    expect(draftEvents("He left on Monday.", THURSDAY, "seeds/x.txt", "fr_FR").problems).toEqual([
      {
        file: "seeds/x.txt",
        field: "lang",
        message: '"fr_FR" is not a language tag such as fr, de, ar or pt-BR (BCP 47)',
      },
    ]);
  });

  it("says in every other language that resolutions are in English, which readers see", () => {
    expect(draftEvents("x", THURSDAY, "x", "de").language.notes).toEqual([
      "Dates were read in German: chrono-node's German parser and the draft's own German phrases.",
      "People are not proposed: the draft knows how names are written in English only.",
      "Each resolution is written in English, the draft's own language, and readers see it on the story's pages: write it in German, or delete it, before you publish.",
    ]);
    expect(draftEvents("x", THURSDAY, "x").language.notes).toEqual([]);
  });
});
