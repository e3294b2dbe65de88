// Checking an editor's records field by field, so every problem of every record is found in one pass (a
// schema that stops at the first bad field reports the rest only on the next build), each in the same voice:
// the field, what is wrong, what to write instead. Schema-library messages are rewritten in that voice too.

import type { z } from "astro/zod";
import type { Problem } from "../errors";

/** A field of a record: its schema, whether it must be given, and what to write, for messages. */
export interface FieldSpec {
  schema: z.ZodType;
  required?: boolean;
  /** What a good value looks like: "a short id in lower case with hyphens, e.g. minister-resigns". */
  hint: string;
}

const kindOf = (v: unknown) =>
  v === null
    ? "nothing"
    : Array.isArray(v)
      ? "a list"
      : typeof v === "object"
        ? "a map of fields"
        : `${typeof v} ${JSON.stringify(v)}`;

const EXPECTED: Record<string, string> = {
  string: "text",
  record: "a map of fields",
  array: "a list (one item per line, each starting with “- ”, or [a, b])",
  boolean: "true or false",
  object: "a map of fields",
  number: "a number",
};

/** One schema issue as an editor reads it. */
export function friendly(issue: z.core.$ZodIssue, hint: string): string {
  switch (issue.code) {
    case "invalid_type":
      // A field left out of a nested map (a source without its title) is missing, not of the wrong type.
      if (issue.input === undefined) return `is required: ${hint}`;
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(issue.input)}: ${hint}`;
    case "invalid_union":
      return `cannot be ${kindOf(issue.input)}: ${hint}`;
    case "too_small":
      return issue.origin === "array" ? `needs at least ${issue.minimum}: ${hint}` : `must not be empty: ${hint}`;
    case "too_big":
      return issue.origin === "string" ? `must be at most ${issue.maximum} characters long` : issue.message;
    case "invalid_format":
      return issue.format === "url"
        ? "must be an http(s) URL, like https://example.org/page"
        : `${issue.message}: ${hint}`;
    default:
      return issue.message;
  }
}

/** The problems of one record, each naming the file, the record and the field. */
export class RecordProblems {
  readonly list: Problem[] = [];
  constructor(
    readonly file: string,
    readonly record: string | undefined,
  ) {}
  add(field: string | undefined, message: string): void {
    this.list.push({
      file: this.file,
      ...(this.record ? { record: this.record } : {}),
      ...(field ? { field } : {}),
      message,
    });
  }
}

/**
 * Checks each field of `raw` against its spec and reports unknown fields; returns the fields that passed, so
 * checks across fields can still run on them. `raw` that is not a map is one problem.
 */
export function checkFields(
  raw: unknown,
  specs: Record<string, FieldSpec>,
  problems: RecordProblems,
  renamed: Record<string, string> = {},
): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    const example = Object.keys(specs)
      .slice(0, 2)
      .map((k) => `${k}: …`)
      .join(", ");
    problems.add(undefined, `must be a map of fields (${example}), not ${kindOf(raw)}`);
    return undefined;
  }
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const value = input[key];
    if (value === undefined) {
      if (spec.required) problems.add(key, `is required: ${spec.hint}`);
      else {
        const fallback = spec.schema.safeParse(undefined);
        if (fallback.success && fallback.data !== undefined) out[key] = fallback.data;
      }
      continue;
    }
    // The input in each issue says what the editor wrote ("not a list"); the schema library leaves it out unless asked.
    const result = spec.schema.safeParse(value, { reportInput: true });
    if (result.success) out[key] = result.data;
    else {
      for (const issue of result.error.issues) {
        const path = [key, ...issue.path];
        if (issue.code === "unrecognized_keys") {
          for (const k of issue.keys)
            problems.add(
              [...path, k].join("."),
              `is not a known field: check its spelling, or remove it (${spec.hint})`,
            );
        } else problems.add(path.join("."), friendly(issue, spec.hint));
      }
    }
  }
  for (const key of Object.keys(input)) {
    if (key in specs) continue;
    problems.add(
      key,
      renamed[key] ??
        `is not a known field: check its spelling, or remove it (known: ${Object.keys(specs).join(", ")})`,
    );
  }
  return out;
}
