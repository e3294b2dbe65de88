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

/** The count that closes a list of problems: "3 problems in the content; the build stops until they are fixed." */
export function problemCount(problems: readonly Problem[]): string {
  const n = problems.length;
  return `${n} problem${n === 1 ? "" : "s"} in the content; the build stops until ${n === 1 ? "it is" : "they are"} fixed.`;
}

/** Every problem, one per line, then their count: what the build prints, so an editor fixes them all in one pass. */
export function problemReport(problems: readonly Problem[]): string[] {
  return [...problems.map(formatProblem), problemCount(problems)];
}
