import { describe, expect, it } from "vitest";
import { escapeText, WORDS_READ, wordsOf } from "./html";

describe("wordsOf()", () => {
  it("reads the words of HTML as a reader sees them, without running anything", () => {
    expect(wordsOf("Euclid's <i>Optica</i>")).toBe("Euclid's  Optica ");
    expect(wordsOf("Fish &amp; chips")).toBe("Fish & chips");
    expect(wordsOf('<script>alert("x")</script>Launch')).toBe("Launch");
    expect(wordsOf("no markup at all")).toBe("no markup at all");
  });
});

describe("wordsOf() on a hostile headline", () => {
  it("reads only the start, so tags nested a hundred thousand deep cannot overflow the stack", () => {
    expect(wordsOf(`${"<b>".repeat(100_000)}deep`)).not.toContain("deep");
    expect(wordsOf(`${"x".repeat(WORDS_READ - 1)} and more`)).toHaveLength(WORDS_READ);
  });
});

describe("escapeText()", () => {
  it("writes plain text as HTML that shows it as it is, and wordsOf reads it back", () => {
    const text = 'Q&A: <3 rockets, "quoted" & <b>not bold</b>';
    expect(escapeText(text)).toBe('Q&amp;A: &lt;3 rockets, "quoted" &amp; &lt;b&gt;not bold&lt;/b&gt;');
    expect(wordsOf(escapeText(text))).toBe(text);
  });
});
