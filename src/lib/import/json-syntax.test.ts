import { describe, expect, it } from "vitest";
import { jsonSyntaxError } from "./json-syntax";

describe("jsonSyntaxError()", () => {
  it("finds nothing wrong with JSON", () => {
    for (const text of ['{"a": [1, -2.5e3, "x\\u00e9\\n", true, false, null, {}, []]}', " 3 ", '""']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonSyntaxError(text)).toBeUndefined();
    }
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'a comma before "}": JSON allows none, remove it'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," or "}"'],
    ["[1, 2", 1, 6, 'the file ends where a "," or "]" should be: a closing bracket, brace or quote is missing'],
    ["{a: 1}", 1, 2, "expected a property name in double quotes"],
    ['{"a" 1}', 1, 6, 'expected ":" after the property name'],
    [
      '{"a": tru}',
      1,
      7,
      "expected a value: an object, a list, a string in double quotes, a number, true, false or null",
    ],
    [
      "{\"a\": 'x'}",
      1,
      7,
      "expected a value: an object, a list, a string in double quotes, a number, true, false or null",
    ],
    ['{"a": "x}', 1, 7, "a string that starts here has no closing quote"],
    ['{"a": "x\ny"}', 1, 9, "a line break or control character inside a string: write it as \\n or \\t"],
    ['{"a": "\\x"}', 1, 8, 'a backslash that starts no escape: write \\\\ for a backslash, \\" for a quote'],
    ['{"a": 1} x', 1, 10, "more text after the end of the JSON value"],
    ["", 1, 1, "the file ends where a value should be: a closing bracket, brace or quote is missing"],
  ])("%j: line %i, column %i: %s", (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxError(text)).toEqual({ line, column, reason });
  });

  it("survives nesting a million deep", () => {
    expect(jsonSyntaxError("[".repeat(1_000_000))?.line).toBe(1);
  });
});
