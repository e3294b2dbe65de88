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
