// Where a text stops being JSON, as a line and a column an editor can go to, and what was expected there.
// JSON.parse says whether a text is JSON, but where and why it fails it words differently from one runtime to
// the next, and some of its messages give no position at all; this scanner finds the first fault itself, with
// a stack instead of recursion so that a hostile file nested a million deep cannot overflow it.

export interface JsonSyntaxError {
  line: number;
  column: number;
  /** What is wrong there, and what JSON wants instead. */
  reason: string;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];

/** The first fault of a text that is not JSON, or undefined when it is JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const at = (offset: number, reason: string): JsonSyntaxError => {
    const before = text.slice(0, offset);
    const lineStart = before.lastIndexOf("\n") + 1;
    return { line: before.split("\n").length, column: offset - lineStart + 1, reason };
  };
  const skip = () => {
    while (i < text.length && WS.has(text.charAt(i))) i++;
  };
  const end = (what: string) =>
    at(i, `the file ends where ${what} should be: a closing bracket, brace or quote is missing`);
  /** Reads a string from its opening quote; returns a fault, or undefined once past the closing quote. */
  const string = (): JsonSyntaxError | undefined => {
    const start = i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < " ") return at(i, "a line break or control character inside a string: write it as \\n or \\t");
      if (c === "\\") {
        const after = text.slice(i + 1, i + 6);
        if (/^["\\/bfnrt]/.test(after)) i += 2;
        else if (/^u[0-9a-fA-F]{4}/.test(after)) i += 6;
        else return at(i, 'a backslash that starts no escape: write \\\\ for a backslash, \\" for a quote');
      } else i++;
    }
    return at(start, "a string that starts here has no closing quote");
  };
  /** Reads a property name and its colon; returns a fault, or undefined when a value comes next. */
  const key = (): JsonSyntaxError | undefined => {
    skip();
    if (i >= text.length) return end("a property name");
    if (text.charAt(i) !== '"') return at(i, "expected a property name in double quotes");
    const fault = string();
    if (fault) return fault;
    skip();
    if (text.charAt(i) !== ":") return i >= text.length ? end('a ":"') : at(i, 'expected ":" after the property name');
    i++;
    return undefined;
  };

  const stack: ("{" | "[")[] = [];
  let wantValue = true;
  for (;;) {
    skip();
    if (wantValue) {
      if (i >= text.length) return end("a value");
      const c = text.charAt(i);
      if (c === "{" || c === "[") {
        stack.push(c);
        i++;
        skip();
        if (text.charAt(i) === (c === "{" ? "}" : "]")) {
          stack.pop();
          i++;
          wantValue = false;
        } else if (c === "{") {
          const fault = key();
          if (fault) return fault;
        }
        continue;
      }
      if (c === '"') {
        const fault = string();
        if (fault) return fault;
      } else {
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        const literal = LITERALS.find((word) => text.startsWith(word, i));
        if (number) i += number[0].length;
        else if (literal) i += literal.length;
        else
          return at(i, "expected a value: an object, a list, a string in double quotes, a number, true, false or null");
      }
      wantValue = false;
      continue;
    }
    const open = stack.at(-1);
    if (open === undefined) return i < text.length ? at(i, "more text after the end of the JSON value") : undefined;
    if (i >= text.length) return end(`a "," or "${open === "{" ? "}" : "]"}"`);
    const c = text.charAt(i);
    const close = open === "{" ? "}" : "]";
    if (c === close) {
      stack.pop();
      i++;
    } else if (c !== ",") {
      return at(i, `expected "," or "${close}"`);
    } else {
      i++;
      skip();
      if (text.charAt(i) === close) return at(i, `a comma before "${close}": JSON allows none, remove it`);
      if (open === "{") {
        const fault = key();
        if (fault) return fault;
      }
      wantValue = true;
    }
  }
}
