// Errors an editor can act on: every problem names the file, the record and the field, and says how to fix it.

export interface Problem {
  /** Path of the file, relative to the project root (e.g. "seeds/story.meta.yaml"). */
  file: string;
  /** The record inside the file (an event or stance id, or its position), when there is one. */
  record?: string;
  /** The field of the record, as a dotted path ("quotes.0"). */
  field?: string;
  /** Where in the file, for a problem of its syntax: line and column, from 1 (an editor jumps to file:line:column). */
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  const at = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ""}` : p.file;
  const where = [at, p.record && `record "${p.record}"`, p.field && `field "${p.field}"`].filter(Boolean).join(" › ");
  return `${where}: ${p.message}`;
}

/**
 * The count that closes a list of problems: "3 problems in 2 files: nothing was built." In `astro dev` the site
 * keeps the content it last read without problems.
 */
export function problemCount(problems: readonly Problem[], { dev = false }: { dev?: boolean } = {}): string {
  const n = problems.length;
  const files = new Set(problems.map((p) => p.file)).size;
  const what = `${n} problem${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`;
  return dev
    ? `${what}: the site shows the content it last read without problems until ${n === 1 ? "it is" : "they are"} fixed.`
    : `${what}: nothing was built.`;
}

/**
 * Every problem, one per line, file by file (in each file, in its order), then their count: what the build
 * prints, so an editor fixes them all in one pass.
 */
export function problemReport(problems: readonly Problem[], options: { dev?: boolean } = {}): string[] {
  const byFile = [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return [...byFile.map(formatProblem), problemCount(problems, options)];
}
