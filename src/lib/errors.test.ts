import { describe, expect, it } from "vitest";
import { formatProblem, type Problem, problemReport } from "./errors";

const quoteProblem: Problem = {
  file: "seeds/story.events.yaml",
  record: "us-strike",
  field: "quotes.0",
  message: '"59 tomahawks" is not in the article',
};
const listProblem: Problem = { file: "seeds/story.stances.yaml", message: "must be a YAML list of stances" };

describe("formatProblem()", () => {
  it("names the file › the record › the field, then says what is wrong", () => {
    expect(formatProblem(quoteProblem)).toBe(
      'seeds/story.events.yaml › record "us-strike" › field "quotes.0": "59 tomahawks" is not in the article',
    );
  });

  it("leaves out a record or a field the problem does not have", () => {
    expect(formatProblem(listProblem)).toBe("seeds/story.stances.yaml: must be a YAML list of stances");
    expect(formatProblem({ file: "seeds/a.events.yaml", record: "#2", message: "expected an object" })).toBe(
      'seeds/a.events.yaml › record "#2": expected an object',
    );
    expect(formatProblem({ file: "seeds/a.meta.yaml", field: "title", message: "must not be empty" })).toBe(
      'seeds/a.meta.yaml › field "title": must not be empty',
    );
  });

  it("says where a problem of a file's syntax is as file:line:column, which an editor's terminal opens", () => {
    expect(formatProblem({ file: "seeds/a.events.yaml", line: 6, column: 7, message: "is not valid YAML: …" })).toBe(
      "seeds/a.events.yaml:6:7: is not valid YAML: …",
    );
  });
});

describe("problemReport()", () => {
  it("lists every problem, one per line, file by file, then their count", () => {
    const second: Problem = {
      file: "seeds/story.events.yaml",
      record: "g7",
      field: "title",
      message: "must not be empty",
    };
    expect(problemReport([quoteProblem, listProblem, second])).toEqual([
      'seeds/story.events.yaml › record "us-strike" › field "quotes.0": "59 tomahawks" is not in the article',
      'seeds/story.events.yaml › record "g7" › field "title": must not be empty',
      "seeds/story.stances.yaml: must be a YAML list of stances",
      "3 problems in 2 files: nothing was built.",
    ]);
  });

  it("says 'problem' and 'file' for one", () => {
    expect(problemReport([listProblem]).at(-1)).toBe("1 problem in 1 file: nothing was built.");
  });

  it("says in `astro dev` that the site keeps its last content without problems", () => {
    expect(problemReport([quoteProblem, listProblem], { dev: true }).at(-1)).toBe(
      "2 problems in 2 files: the site shows the content it last read without problems until they are fixed.",
    );
  });
});
