// Reading an editor's files: strict UTF-8 (a file that is not is a problem, never mojibake on the page) and
// YAML whose syntax errors name their line and column.

import { readFileSync } from "node:fs";
import { parse as parseYaml, YAMLParseError } from "yaml";
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

/** Parses a YAML file; a syntax error becomes a problem naming the line. */
export function readYaml(path: string, file: string): { data?: unknown; problems: Problem[] } {
  const { text, problems } = readUtf8(path, file);
  if (text === undefined) return { problems };
  try {
    return { data: parseYaml(text), problems: [] };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      return {
        problems: [
          { file, message: `is not valid YAML${line ? ` (line ${line})` : ""}: ${error.message.split("\n")[0]}` },
        ],
      };
    }
    throw error;
  }
}
