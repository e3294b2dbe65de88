// Errors an editor can act on: every problem names the file, the record and the field, and says how to fix it.

export interface Problem {
  /** Path of the file, relative to the project root (e.g. "seeds/story.meta.yaml"). */
  file: string;
  /** The record inside the file (an event or stance id, or its position), when there is one. */
  record?: string;
  /** The field of the record, as a dotted path ("quotes.0"). */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.record && `record "${p.record}"`, p.field && `field "${p.field}"`]
    .filter(Boolean)
    .join(" › ");
  return `${where}: ${p.message}`;
}

/** One error carrying every problem found, so an editor fixes them all in one pass. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const lines = problems.map((p) => `  - ${formatProblem(p)}`);
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the content:\n${lines.join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Throws one ContentError when any problems were collected. */
export function assertNoProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
