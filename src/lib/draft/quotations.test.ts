import { describe, expect, it } from "vitest";
import { quotations, quotedPhrases } from "./quotations";

const quoted = (text: string, lang?: string) => quotations(text, lang).map((s) => text.slice(s.start, s.end));

/** Spans of each phrase, found by its words, in reading order. */
function spans(text: string, ...phrases: string[]) {
  let from = 0;
  return phrases.map((p) => {
    const start = text.indexOf(p, from);
    if (start < 0) throw new Error(`no "${p}" in the text`);
    from = start + p.length;
    return { start, end: from };
  });
}

describe("quotations()", () => {
  it("finds straight quotes paired in order, typographic quotes and guillemets, marks included", () => {
    expect(quoted('"We agreed," the minister said, "and we will keep to it."')).toEqual([
      '"We agreed,"',
      '"and we will keep to it."',
    ]);
    expect(quoted("He called it “a long night” and left.")).toEqual(["“a long night”"]);
    expect(quoted("« Nous partons », dit-il.")).toEqual(["« Nous partons »"]);
  });

  it("runs a quotation left open to the paragraph's end, and closes one begun in the paragraph before", () => {
    expect(quoted("He said: “We leave at dawn. Nobody stays")).toEqual(["“We leave at dawn. Nobody stays"]);
    expect(quoted("or to work with the rest of the world,” as reported by IBT.")).toEqual([
      "or to work with the rest of the world,”",
    ]);
  });

  it("leaves apostrophes and a quotation's inner quotes alone", () => {
    expect(quoted("“It's what they call a 'deal',” he said.")).toEqual(["“It's what they call a 'deal',”"]);
  });
});

describe("quotedPhrases()", () => {
  it("gives the phrase next to the verb of speech, after the quotation or before it", () => {
    const after = '"We agreed this morning to reopen the border," the minister said on Friday.';
    expect(quotedPhrases(after, spans(after, "this morning", "on Friday"))).toEqual([{ speaker: 1 }, undefined]);
    const before = "On Friday, the minister said: “We agreed this morning to reopen the border.”";
    expect(quotedPhrases(before, spans(before, "On Friday", "this morning"))).toEqual([undefined, { speaker: 0 }]);
    const told = "“We agreed yesterday,” the minister told reporters in Brussels on 5 March.";
    expect(quotedPhrases(told, spans(told, "yesterday", "on 5 March"))).toEqual([{ speaker: 1 }, undefined]);
  });

  it("reads the attribution of a quotation that spans sentences from the sentence it ends in", () => {
    const text = "“We agreed this morning. Trucks cross from tomorrow,” the minister said Thursday.";
    expect(quotedPhrases(text, spans(text, "this morning", "from tomorrow", "Thursday"))).toEqual([
      { speaker: 2 },
      { speaker: 2 },
      undefined,
    ]);
  });

  it("gives no speaker when the attribution names no day, or dates something else", () => {
    const none = "“We agreed this morning,” the minister said.";
    expect(quotedPhrases(none, spans(none, "this morning"))).toEqual([{}]);
    const other = "“We agreed this morning,” the minister said ahead of talks on Monday.";
    expect(quotedPhrases(other, spans(other, "this morning", "on Monday"))).toEqual([{}, undefined]);
    const later = "“We agreed this morning.” The talks resume on Monday, the minister said.";
    expect(quotedPhrases(later, spans(later, "this morning", "on Monday"))).toEqual([{}, undefined]);
  });
});

describe("quotations in the story's language", () => {
  it("pairs each language's marks: French « », German „ “ and » «", () => {
    expect(quoted("« Nous partons », a déclaré le ministre.", "fr")).toEqual(["« Nous partons »"]);
    expect(quoted("„Wir haben lange genug gewartet“, sagte sie.", "de")).toEqual(["„Wir haben lange genug gewartet“"]);
    expect(quoted("»Wir warten«, sagte sie.", "de")).toEqual(["»Wir warten«"]);
    expect(quoted("وقال إن «السوق المشتركة ستخفض الكلفة».", "ar")).toEqual(["«السوق المشتركة ستخفض الكلفة»"]);
    // The mark that opens an English quotation closes a German one.
    expect(quoted("„Wir kommen“, sagte sie.", "en")).toEqual(["“, sagte sie."]);
  });

  it("finds the day a quotation was said from the language's verbs of speech", () => {
    const fr = "« Nous signerons lundi », a déclaré mardi le ministre.";
    expect(quotedPhrases(fr, spans(fr, "lundi", "mardi"), "fr")).toEqual([{ speaker: 1 }, undefined]);
    const de = "„Wir entscheiden am Montag“, sagte die Ministerin am Freitag.";
    expect(quotedPhrases(de, spans(de, "am Montag", "am Freitag"), "de")).toEqual([{ speaker: 1 }, undefined]);
  });

  it("in a language whose verbs of speech it does not know, finds quotations but no speaker's day", () => {
    const it = "«Firmeremo lunedì», ha detto martedì il ministro.";
    expect(quotedPhrases(it, spans(it, "lunedì", "martedì"), "it")).toEqual([{}, undefined]);
  });
});
