import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { checkFields, type FieldSpec, friendly, RecordProblems } from "./problems";

const FILE = "seeds/test.events.yaml";

const SPECS: Record<string, FieldSpec> = {
  id: { schema: z.string(), required: true, hint: "a short id, e.g. minister-resigns" },
  title: { schema: z.string().min(1).max(10), required: true, hint: "a short title" },
  turning: { schema: z.boolean().default(false), hint: "true for a turning point" },
  people: { schema: z.array(z.string()).default([]), hint: "names, as a list" },
  quotes: { schema: z.array(z.string()).min(1).optional(), hint: "the article's words" },
  sources: {
    schema: z.array(z.strictObject({ title: z.string(), url: z.url() })).default([]),
    hint: "each { title: …, url: https://… }",
  },
  date: { schema: z.union([z.string(), z.number().int()]).optional(), hint: "a date written 2016 or 2017-04-07" },
  extra: { schema: z.record(z.string(), z.string()).optional(), hint: "a map of words" },
};

/** The problems of one record checked against SPECS. */
function check(raw: unknown, renamed?: Record<string, string>) {
  const problems = new RecordProblems(FILE, "rec");
  const fields = checkFields(raw, SPECS, problems, renamed);
  return { fields, problems: problems.list.map((p) => [p.field, p.message]) };
}

describe("checkFields(): every field of a record, in one pass", () => {
  it("returns the fields that pass, with defaults for those left out", () => {
    expect(check({ id: "a", title: "T" })).toEqual({
      fields: { id: "a", title: "T", turning: false, people: [], sources: [] },
      problems: [],
    });
  });

  it("reports every bad field at once, and still returns the good ones", () => {
    const { fields, problems } = check({ title: "", turning: "yes", people: "Ann", date: 2016 });
    expect(fields).toEqual({ date: 2016, sources: [] });
    expect(problems).toEqual([
      ["id", "is required: a short id, e.g. minister-resigns"],
      ["title", "must not be empty: a short title"],
      ["turning", 'must be true or false, not string "yes": true for a turning point'],
      [
        "people",
        'must be a list (one item per line, each starting with “- ”, or [a, b]), not string "Ann": names, as a list',
      ],
    ]);
  });

  it("reports an unknown field, listing the known ones, or the story's own word for a field it renamed", () => {
    expect(check({ id: "a", title: "T", titel: "x" }).problems).toEqual([
      [
        "titel",
        "is not a known field: check its spelling, or remove it (known: id, title, turning, people, quotes, sources, date, extra)",
      ],
    ]);
    expect(check({ id: "a", title: "T", precision: "day" }, { precision: "is no longer written" }).problems).toEqual([
      ["precision", "is no longer written"],
    ]);
  });

  it("names a nested field by its path: the item of a list, the field of a source", () => {
    expect(
      check({
        id: "a",
        title: "T",
        people: ["Ann", 5],
        sources: [{ title: "x", url: "https://a.org", link: "y" }, { url: "https://b.org" }],
      }).problems,
    ).toEqual([
      ["people.1", "must be text, not number 5: names, as a list"],
      ["sources.0.link", "is not a known field: check its spelling, or remove it (each { title: …, url: https://… })"],
      ["sources.1.title", "is required: each { title: …, url: https://… }"],
    ]);
  });

  it("refuses a record that is not a map, suggesting its first fields", () => {
    expect(check("just a string")).toEqual({
      fields: undefined,
      problems: [[undefined, 'must be a map of fields (id: …, title: …), not string "just a string"']],
    });
    expect(check(null).problems).toEqual([[undefined, "must be a map of fields (id: …, title: …), not nothing"]]);
    expect(check([1]).problems).toEqual([[undefined, "must be a map of fields (id: …, title: …), not a list"]]);
  });
});

describe("friendly(): schema issues in the editor's words", () => {
  /** The message for `value` against `schema`, as checkFields writes it. */
  const say = (schema: z.ZodType, value: unknown, hint = "HINT") => {
    const problems = new RecordProblems(FILE, "rec");
    checkFields({ f: value }, { f: { schema, hint } }, problems);
    return problems.list.map((p) => p.message);
  };

  it("says what was wanted and what was written, never the library's own text", () => {
    expect(say(z.string(), ["a"])).toEqual(["must be text, not a list: HINT"]);
    expect(say(z.string(), null)).toEqual(["must be text, not nothing: HINT"]);
    expect(say(z.string(), { a: 1 })).toEqual(["must be text, not a map of fields: HINT"]);
    expect(say(z.boolean(), 1)).toEqual(["must be true or false, not number 1: HINT"]);
    expect(say(z.object({}), "x")).toEqual(['must be a map of fields, not string "x": HINT']);
    expect(say(z.record(z.string(), z.string()), ["x"])).toEqual(["must be a map of fields, not a list: HINT"]);
    expect(say(z.number(), "x")).toEqual(['must be a number, not string "x": HINT']);
  });

  it("says what a field that takes several kinds cannot be", () => {
    expect(say(z.union([z.string(), z.number().int()]), [2016])).toEqual(["cannot be a list: HINT"]);
    expect(say(z.union([z.string(), z.number().int()]), 16.5)).toEqual(["cannot be number 16.5: HINT"]);
  });

  it("says a list needs items, text must not be empty, and text may be only so long", () => {
    expect(say(z.array(z.string()).min(1), [])).toEqual(["needs at least 1: HINT"]);
    expect(say(z.string().trim().min(1), "  ")).toEqual(["must not be empty: HINT"]);
    expect(say(z.string().max(60), "x".repeat(61))).toEqual(["must be at most 60 characters long"]);
  });

  it("asks for an http(s) URL with an example", () => {
    expect(say(z.url({ protocol: /^https?$/ }), "ftp://example.org/a")).toEqual([
      "must be an http(s) URL, like https://example.org/page",
    ]);
  });

  it("keeps the message of a check written for editors", () => {
    expect(say(z.string().regex(/^[a-z]+$/, "must be lower case letters"), "ABC")).toEqual([
      "must be lower case letters: HINT",
    ]);
    const custom = z.string().refine((s) => s !== "TODO", { message: "still holds the placeholder" });
    expect(say(custom, "TODO")).toEqual(["still holds the placeholder"]);
  });

  it("is what checkFields uses for each issue", () => {
    const issue = z.string().safeParse(5, { reportInput: true }).error?.issues[0];
    if (!issue) throw new Error("no issue");
    expect(friendly(issue, "HINT")).toBe("must be text, not number 5: HINT");
  });
});

describe("RecordProblems", () => {
  it("names the file, and the record and field when there are some", () => {
    const withRecord = new RecordProblems(FILE, "us-strike");
    withRecord.add("date", "is wrong");
    withRecord.add(undefined, "is not a map");
    const header = new RecordProblems(FILE, undefined);
    header.add("categories", "is wrong");
    expect([...withRecord.list, ...header.list]).toEqual([
      { file: FILE, record: "us-strike", field: "date", message: "is wrong" },
      { file: FILE, record: "us-strike", message: "is not a map" },
      { file: FILE, field: "categories", message: "is wrong" },
    ]);
  });
});
