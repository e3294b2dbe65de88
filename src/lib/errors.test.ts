import { describe, expect, it } from "vitest";
import { assertNoProblems, ContentError, formatProblem, type Problem } from "./errors";

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
});

describe("ContentError", () => {
  it("lists every problem, one per line, under a count", () => {
    const error = new ContentError([quoteProblem, listProblem]);
    expect(error.message).toBe(
      [
        "2 problems in the content:",
        '  - seeds/story.events.yaml › record "us-strike" › field "quotes.0": "59 tomahawks" is not in the article',
        "  - seeds/story.stances.yaml: must be a YAML list of stances",
      ].join("\n"),
    );
  });

  it("says 'problem' for one", () => {
    expect(new ContentError([listProblem]).message).toBe(
      "1 problem in the content:\n  - seeds/story.stances.yaml: must be a YAML list of stances",
    );
  });

  it("is an Error named ContentError that keeps the problems", () => {
    const error = new ContentError([quoteProblem, listProblem]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("ContentError");
    expect(error.problems).toEqual([quoteProblem, listProblem]);
  });
});

describe("assertNoProblems()", () => {
  it("does nothing when there is no problem", () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });

  it("throws one ContentError carrying every problem", () => {
    let thrown: unknown;
    try {
      assertNoProblems([quoteProblem, listProblem]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems).toEqual([quoteProblem, listProblem]);
  });
});
