import { describe, expect, it } from "vitest";
import { formatProblem } from "../errors";
import { parseYaml } from "./read";

// A YAML file's syntax error is one problem, where it is (line and column) and, for the usual slips, what to
// write instead; the rest of the file waits for it, and every other file is still checked (stories.test.ts).

const FILE = "seeds/s.events.yaml";
/** The one line the build prints for a file's text. */
const said = (text: string) => parseYaml(text, FILE).problems.map(formatProblem);
const UNTIL = "Nothing else in this file is checked until this is fixed.";

describe("parseYaml()", () => {
  it("reads good YAML, with anchors an editor may use", () => {
    expect(parseYaml("- id: a\n  countries: &g7 [US, GB]\n- id: b\n  countries: *g7\n", FILE)).toEqual({
      data: [
        { id: "a", countries: ["US", "GB"] },
        { id: "b", countries: ["US", "GB"] },
      ],
      problems: [],
    });
  });

  it("says where a quote that is never closed opens, not where the file ends", () => {
    const text = [
      "- id: vote",
      "  title: The council votes",
      "  quotes:",
      '    - "The council voted on Monday',
      "- id: repairs",
      "  title: Repairs start",
      "",
    ].join("\n");
    expect(parseYaml(text, FILE)).toEqual({
      problems: [
        {
          file: FILE,
          line: 4,
          column: 7,
          message: `is not valid YAML: the quote that opens here ("The council voted on Monday) is never closed: end it with " on the same line. ${UNTIL}`,
        },
      ],
    });
  });

  it("says where a list that is never closed opens", () => {
    expect(said("- id: a\n  countries: [US, GB\n  date: 2020\n")).toEqual([
      `${FILE}:2:14: is not valid YAML: the list that opens here ([US, GB) is never closed: end it with ] on the same line. ${UNTIL}`,
    ]);
  });

  it("puts a text that holds a colon in quotes", () => {
    expect(said("- id: a\n  title: Vote: the result\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: a text that holds ": " must be in quotes, or YAML reads a field inside it: title: "Vote: the result". ${UNTIL}`,
    ]);
  });

  it("quotes a text that goes on after its closing quote with the other kind of quotes", () => {
    expect(said('- id: a\n  title: "The vote" was held\n')).toEqual([
      `${FILE}:2:10: is not valid YAML: the text goes on after its closing quote: quote the whole text, with quotes it does not hold: title: '"The vote" was held'. ${UNTIL}`,
    ]);
    expect(said('- id: a\n  quotes:\n    - "He said "no" to it"\n')).toEqual([
      `${FILE}:3:7: is not valid YAML: the text goes on after its closing quote: quote the whole text, with quotes it does not hold: - 'He said "no" to it'. ${UNTIL}`,
    ]);
    expect(said("- id: a\n  title: 'it's here'\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: the text goes on after its closing quote: quote the whole text, with quotes it does not hold: title: "it's here". ${UNTIL}`,
    ]);
  });

  it("names a field given twice, a tab in the indentation and a list item out of line", () => {
    expect(said("- id: a\n  title: x\n  title: y\n")).toEqual([
      `${FILE}:3:3: is not valid YAML: the field "title" is given twice in the same record: keep one. ${UNTIL}`,
    ]);
    expect(said("- id: a\n  title: x\n\t  date: 2020\n")).toEqual([
      `${FILE}:3:1: is not valid YAML: this line is indented with a tab: indent with spaces only. ${UNTIL}`,
    ]);
    expect(said("- id: a\n  title: x\n - id: b\n")).toEqual([
      `${FILE}:3:2: is not valid YAML: this item is not in line with the items above it: start every "- " of a list at the same column. ${UNTIL}`,
    ]);
  });

  it("refuses a text that starts with * (a reference to nothing) instead of failing later", () => {
    expect(said("- id: a\n  title: *Breaking* news\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: a text that starts with * must be in quotes: title: "*Breaking* news". ${UNTIL}`,
    ]);
    expect(said("- id: a\n  title: *Breaking\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: a text that starts with * must be in quotes, or YAML reads it as a reference (to an anchor &Breaking the file does not set): title: "*Breaking". ${UNTIL}`,
    ]);
    expect(said("- id: a\n  title: @minister speaks\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: a text that starts with @ must be in quotes: title: "@minister speaks". ${UNTIL}`,
    ]);
    expect(said("- id: a\n  people: [@minister]\n")).toEqual([
      `${FILE}:2:12: is not valid YAML: a text that starts with @ must be in quotes (the line reads "people: [@minister]"). ${UNTIL}`,
    ]);
  });

  it("refuses references that expand past the parser's limit (an alias bomb), instead of crashing or hanging", () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [from, to] of ["ab", "bc", "cd", "de"])
      rows.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(", ")}]`);
    expect(said(`${rows.join("\n")}\n`)).toEqual([
      `${FILE}:1:1: is not valid YAML: its references (*name) repeat other parts (&name) so many times that the file would expand past what the build reads: write those parts out. ${UNTIL}`,
    ]);
  });

  it("gives any other error in the parser's words, with the line", () => {
    expect(said("- id: a\n  title: x\n   date: 2020\n")).toEqual([
      `${FILE}:2:10: is not valid YAML: Nested mappings are not allowed in compact mappings (the line reads "title: x"). ${UNTIL}`,
    ]);
  });
});
