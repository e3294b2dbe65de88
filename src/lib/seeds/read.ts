// Reading an editor's files: strict UTF-8 (a file that is not is a problem, never mojibake on the page) and
// YAML whose syntax errors name their line and column and say, for the usual slips, what to write instead.

import { readFileSync } from "node:fs";
import {
  isAlias,
  isCollection,
  isScalar,
  LineCounter,
  type Node,
  parseDocument,
  Scalar,
  visit,
  type YAMLError,
} from "yaml";
import type { Problem } from "../errors";

/** Reads a text file as strict UTF-8; a file that is not UTF-8 is a problem. */
export function readUtf8(path: string, file: string): { text?: string; problems: Problem[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      problems: [{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }],
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""), problems: [] };
  } catch {
    return { problems: [{ file, message: "is not valid UTF-8 text; save it as UTF-8" }] };
  }
}

/** Parses a YAML file; a syntax error becomes a problem naming its line and column. */
export function readYaml(path: string, file: string): { data?: unknown; problems: Problem[] } {
  const { text, problems } = readUtf8(path, file);
  if (text === undefined) return { problems };
  return parseYaml(text, file);
}

/** What the build says after a syntax error: the rest of the file waits for it. */
const UNTIL_FIXED = "Nothing else in this file is checked until this is fixed.";

/** At most this many characters of the editor's text are quoted in a message. */
const SHOWN = 60;
function shorten(s: string): string {
  if (s.length <= SHOWN) return s;
  const space = s.lastIndexOf(" ", SHOWN);
  return `${s.slice(0, space > 20 ? space : SHOWN)}…`;
}

/**
 * Parses YAML text. The first syntax error (the later ones are mostly its echoes) is one problem with its
 * line and column (1-based, in characters) and, for the slips editors make, what to write instead.
 */
export function parseYaml(text: string, file: string): { data?: unknown; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const problem = (offset: number, what: string): Problem => {
    const { line, col } = lines.linePos(offset);
    return { file, line, column: col, message: `is not valid YAML: ${what}. ${UNTIL_FIXED}` };
  };
  const [error] = doc.errors;
  if (error) {
    const { offset, what } = explain(text, error, doc.contents);
    return { problems: [problem(offset, what)] };
  }
  // An alias (*name) whose anchor (&name) the file never sets: "*Breaking* news" at the start of a text.
  let alias: { offset: number; source: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return;
      alias = { offset: node.range?.[0] ?? 0, source: node.source };
      return visit.BREAK;
    },
  });
  if (alias) {
    const { line } = lineAt(text, alias.offset);
    const value = VALUE_LINE.exec(line)?.[3];
    const fix = value?.startsWith("*") ? `: ${rewritten(line, quoted(value))}` : "";
    return {
      problems: [
        problem(
          alias.offset,
          `a text that starts with * must be in quotes, or YAML reads it as a reference (to an anchor &${alias.source} the file does not set)${fix}`,
        ),
      ],
    };
  }
  try {
    return { data: doc.toJS(), problems: [] };
  } catch (error) {
    // What the parser accepts but cannot turn into data (references that expand past its limit: an alias
    // bomb) is said, never a crash. yaml throws a ReferenceError for it; anything else is a fault of ours.
    if (!(error instanceof ReferenceError)) throw error;
    const what = /excessive alias count/i.test(error.message)
      ? "its references (*name) repeat other parts (&name) so many times that the file would expand past what the build reads: write those parts out"
      : error.message;
    return { problems: [problem(0, what)] };
  }
}

/** The line of `text` that holds `offset`, and where it starts. */
function lineAt(text: string, offset: number): { start: number; line: string } {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return { start, line: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, "") };
}

/** The innermost node whose source spans `offset`, of those `keep` takes. */
function nodeAt(root: Node | null, offset: number, keep: (node: Node) => boolean): Node | undefined {
  let found: Node | undefined;
  visit(root, (_, node) => {
    if (!(isScalar(node) || isCollection(node) || isAlias(node))) return;
    const range = node.range;
    if (range && range[0] <= offset && offset <= range[2] && keep(node)) found = node;
  });
  return found;
}

/** A line of a record: `key: value`, `- key: value` or `- value`; its key (if any) and its value. */
const VALUE_LINE = /^(\s*(?:-\s+)?)(?:([^\s:#'"-][^:#]*?):[ \t]+)?(\S.*)$/;

/** The line with `value` written instead: `title: "Vote: the result"`, `- 'He said "no" to it'`. */
const rewritten = (line: string, value: string) => {
  const [, lead = "", key] = VALUE_LINE.exec(line) ?? [];
  return `${key ? `${key}: ` : lead.includes("-") ? "- " : ""}${value}`;
};

/** A text in quotes, of the kind that needs no escape for the quotes it holds: "a", 'say "a"'. */
function quoted(t: string): string {
  if (!t.includes('"') && !t.includes("\\")) return `"${t}"`;
  return `'${t.replace(/'/g, "''")}'`;
}

/** Where the error is, and what it is in an editor's words. */
function explain(text: string, error: YAMLError, root: Node | null): { offset: number; what: string } {
  const offset = error.pos[0];
  const { start, line } = lineAt(text, offset);
  const [, , key, value = ""] = VALUE_LINE.exec(line) ?? [];
  const valueAt = start + line.length - value.length;
  const fix = (v: string) => rewritten(line, quoted(v));

  // A quote or a list opened and never closed: said where it opens, with its first words.
  if (error.code === "MISSING_CHAR" || (error.code === "BAD_INDENT" && /end with a [\]}]/.test(error.message))) {
    const open = nodeAt(root, offset, (n) =>
      isScalar(n)
        ? n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE
        : isCollection(n) && n.flow === true,
    );
    const from = open?.range?.[0];
    if (from !== undefined) {
      const mark = text[from] ?? '"';
      const close = mark === "[" ? "]" : mark === "{" ? "}" : mark;
      const where = lineAt(text, from);
      const opened = where.line.slice(from - where.start).trimEnd();
      const what =
        mark === "[" || mark === "{"
          ? `the list that opens here (${shorten(opened)}) is never closed`
          : `the quote that opens here (${shorten(opened)}) is never closed`;
      return { offset: from, what: `${what}: end it with ${close} on the same line` };
    }
  }
  // A tab in the indentation: YAML indents with spaces only.
  if (/^[ ]*\t/.test(line)) {
    return { offset: start, what: "this line is indented with a tab: indent with spaces only" };
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^[^:]+/.exec(text.slice(offset))?.[0].trim() ?? "";
    return { offset, what: `the field "${key}" is given twice in the same record: keep one` };
  }
  // A colon and a space inside a text read as a field of its own: "title: Vote: the result".
  if ((error.code === "BLOCK_AS_IMPLICIT_KEY" || error.code === "MULTILINE_IMPLICIT_KEY") && key && /:\s/.test(value)) {
    return {
      offset: valueAt,
      what: `a text that holds ": " must be in quotes, or YAML reads a field inside it: ${fix(value)}`,
    };
  }
  // A text that starts with a character YAML reserves: *Breaking* news, @handle, `code`, %, &, !.
  if (/^[*&!%@`]/.test(value)) {
    return { offset: valueAt, what: `a text that starts with ${value[0]} must be in quotes: ${fix(value)}` };
  }
  // A text that goes on after its closing quote: "He said "no" to it", "The vote" was held, 'it's here'.
  if (error.code === "UNEXPECTED_TOKEN" && /^["']/.test(value)) {
    const meant = value.length > 1 && value.endsWith(value[0] as string) ? value.slice(1, -1) : value;
    return {
      offset: valueAt,
      what: `the text goes on after its closing quote: quote the whole text, with quotes it does not hold: ${fix(meant)}`,
    };
  }
  if (error.code === "BAD_SCALAR_START") {
    return {
      offset,
      what: `a text that starts with ${text[offset]} must be in quotes (the line reads "${shorten(line.trim())}")`,
    };
  }
  if (error.code === "BAD_INDENT" && /sequence items/.test(error.message)) {
    return {
      offset,
      what: 'this item is not in line with the items above it: start every "- " of a list at the same column',
    };
  }
  // Anything else, in the parser's words, with the line it stumbled on.
  const words = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, "");
  return { offset, what: `${words} (the line reads "${shorten(line.trim())}")` };
}
