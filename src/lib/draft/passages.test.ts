import { describe, expect, it } from "vitest";
import { passages, sentences } from "./passages";

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
/** The spans of each phrase (by its text) in `text`. */
const at = (text: string, ...phrases: string[]) =>
  phrases.map((p) => {
    const start = text.indexOf(p);
    return { start, end: start + p.length };
  });

describe("sentences()", () => {
  it("splits at full stops, not after titles, initials or clock times", () => {
    const text =
      "This forced Gen. Michael Flynn to resign. U.S. Secretary of State Rex Tillerson spoke at 8 a.m. Monday. “We heard the bells,” he said. Then he left!";
    expect(slices(text, sentences(text))).toEqual([
      "This forced Gen. Michael Flynn to resign.",
      "U.S. Secretary of State Rex Tillerson spoke at 8 a.m. Monday.",
      "“We heard the bells,” he said.",
      "Then he left!",
    ]);
  });
});

describe("passages()", () => {
  it("quotes the whole sentence of a phrase that is alone in it", () => {
    const text = "First sentence. Edith died in 1989. Last one.";
    expect(slices(text, passages(text, at(text, "in 1989")))).toEqual(["Edith died in 1989."]);
  });

  it("cuts a sentence between its phrases at the strongest, last clause break", () => {
    const text =
      "From 1919 on to his retirement in 1966, he never missed a winter at the cape, his daughter said on Monday.";
    expect(slices(text, passages(text, at(text, "From 1919 on to his retirement in 1966", "on Monday")))).toEqual([
      "From 1919 on to his retirement in 1966, he never missed a winter at the cape",
      "his daughter said on Monday.",
    ]);
  });

  it("cuts before a conjunction and leaves it out", () => {
    const text = "Penhale came home in June 1919 and took a job at the light the following year.";
    expect(slices(text, passages(text, at(text, "in June 1919", "the following year")))).toEqual([
      "Penhale came home in June 1919",
      "took a job at the light the following year.",
    ]);
  });

  it("prefers a semicolon to a comma, and keeps a subordinating word", () => {
    const text = "A hold was called at 7:45 a.m., when a boat strayed in; the count resumed 40 minutes later.";
    expect(slices(text, passages(text, at(text, "at 7:45 a.m.", "40 minutes later")))).toEqual([
      "A hold was called at 7:45 a.m., when a boat strayed in",
      "the count resumed 40 minutes later.",
    ]);
    const other = "Fuelling began at 2:10 a.m. after engineers replaced a valve on Sunday night.";
    expect(slices(other, passages(other, at(other, "at 2:10 a.m.", "on Sunday night")))).toEqual([
      "Fuelling began at 2:10 a.m.",
      "after engineers replaced a valve on Sunday night.",
    ]);
  });

  it("gives each phrase its own words even with no break between them", () => {
    const text = "He flew on Monday to sign on Friday.";
    const [a, b] = slices(text, passages(text, at(text, "on Monday", "on Friday")));
    expect(a).toContain("on Monday");
    expect(b).toContain("on Friday");
    expect(a).not.toBe(b);
  });
});

describe("sentences() in the story's language", () => {
  it("does not end a German sentence at a day of the month, nor a French one at a title", () => {
    const de =
      "Das Parlament stimmte am 26. März 2019 dafür. Die beiden deutschen Staaten folgten 1980. Seit 1996 gilt das.";
    expect(slices(de, sentences(de, "de"))).toEqual([
      "Das Parlament stimmte am 26. März 2019 dafür.",
      "Die beiden deutschen Staaten folgten 1980.",
      "Seit 1996 gilt das.",
    ]);
    const fr = "M. Dupont est arrivé mardi. Mme Martin est partie.";
    expect(slices(fr, sentences(fr, "fr"))).toEqual(["M. Dupont est arrivé mardi.", "Mme Martin est partie."]);
  });

  it("ends sentences in scripts without capitals, and at 。 without a space", () => {
    const ar = "وأيدت السعودية إنشاء السوق. هل توافق الكويت؟ لم تعلن موقفها بعد.";
    expect(slices(ar, sentences(ar, "ar"))).toEqual([
      "وأيدت السعودية إنشاء السوق.",
      "هل توافق الكويت؟",
      "لم تعلن موقفها بعد.",
    ]);
    const ja = "会議は火曜日に開かれた。合意は四月に発効する。";
    expect(slices(ja, sentences(ja, "ja"))).toEqual(["会議は火曜日に開かれた。", "合意は四月に発効する。"]);
  });
});

describe("passages() in the story's language", () => {
  it("cuts at the language's commas and conjunctions, and leaves them out", () => {
    const fr = "Les discussions ont commencé lundi et l'accord a été signé mardi.";
    expect(slices(fr, passages(fr, at(fr, "lundi", "mardi"), "fr"))).toEqual([
      "Les discussions ont commencé lundi",
      "l'accord a été signé mardi.",
    ]);
    const ar = "اجتمع الوزراء يوم الثلاثاء، وأعلنوا الاتفاق في سبتمبر.";
    expect(slices(ar, passages(ar, at(ar, "يوم الثلاثاء", "في سبتمبر"), "ar"))).toEqual([
      "اجتمع الوزراء يوم الثلاثاء",
      "وأعلنوا الاتفاق في سبتمبر.",
    ]);
  });
});
