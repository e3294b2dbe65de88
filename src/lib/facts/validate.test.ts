import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EVENT_ORDER } from "../../test/story";
import { type Block, normalizeWhitespace, parseSeed } from "../article/parse";
import { type SideFile, validateFacts } from "./validate";

// The story's real seed and side files.
const seedsDir = new URL("../../../seeds/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), "utf8");

function blocksOf(text: string): Block[] {
  const { seed, problems } = parseSeed(text, "seeds/test.txt");
  expect(problems).toEqual([]);
  if (!seed) throw new Error("no seed");
  return seed.blocks;
}

const blocks = blocksOf(read("syria-strike-g7-sanctions.txt"));
const realEvents: SideFile = {
  file: "seeds/syria-strike-g7-sanctions.events.yaml",
  data: parse(read("syria-strike-g7-sanctions.events.yaml")),
};
const realStances: SideFile = {
  file: "seeds/syria-strike-g7-sanctions.stances.yaml",
  data: parse(read("syria-strike-g7-sanctions.stances.yaml")),
};

// Bad-data fixtures: small side files written inline as YAML, the way an editor writes them.
const EVENTS = "seeds/test.events.yaml";
const STANCES = "seeds/test.stances.yaml";

/** Fields as raw YAML source; `undefined` leaves the field out. */
type Fields = Record<string, string | undefined>;

const GOOD_EVENT: Fields = {
  id: "chemical-attack",
  title: "Chemical attack in Khan Shaykhun",
  date: "2017-04-04",
  precision: "day",
  category: "syria-conflict",
  summary: "A sarin attack killed dozens of civilians.",
  quotes: '\n    - "chemical attacks on Syrian civilians which took place April 4"',
};

const GOOD_STANCE: Fields = {
  id: "france-government",
  country: "FR",
  actor: "Government",
  stance: "wait",
  summary: "France put off any decision until after its elections.",
  quotes: '\n    - "France said they would wait until their elections"',
};

/** One list item of YAML: the good record with some fields replaced or removed. */
function item(base: Fields, overrides: Fields = {}): string {
  return Object.entries({ ...base, ...overrides })
    .filter(([, v]) => v !== undefined)
    .map(([k, v], i) => `${i === 0 ? "- " : "  "}${k}: ${v}`)
    .join("\n");
}
const event = (overrides?: Fields) => item(GOOD_EVENT, overrides);
const stance = (overrides?: Fields) => item(GOOD_STANCE, overrides);

function check(eventsYaml?: string, stancesYaml?: string) {
  return validateFacts(
    "test",
    blocks,
    eventsYaml === undefined ? undefined : { file: EVENTS, data: parse(eventsYaml) },
    stancesYaml === undefined ? undefined : { file: STANCES, data: parse(stancesYaml) },
  );
}

/** The problems of a single events file with a single event. */
const eventProblems = (overrides: Fields) => check(event(overrides)).problems;
/** The problems of a single stances file with a single stance (and no events file). */
const stanceProblems = (overrides: Fields) => check(undefined, stance(overrides)).problems;

describe("validateFacts() on the story's real fact base", () => {
  const result = validateFacts("syria-strike-g7-sanctions", blocks, realEvents, realStances);

  it("finds no problem", () => {
    expect(result.problems).toEqual([]);
  });

  it("keeps all 18 events, in time order (start, then shorter first, then id)", () => {
    expect(result.events.map((e) => e.id)).toEqual(EVENT_ORDER);
  });

  it("keeps all 10 stances, in the file's order", () => {
    expect(result.stances.map((s) => s.id)).toEqual([
      "united-states",
      "united-kingdom",
      "germany",
      "italy",
      "france-government",
      "france-le-pen",
      "japan",
      "canada",
      "russia",
      "g7",
    ]);
  });

  it("ties every record to its article", () => {
    for (const r of [...result.events, ...result.stances]) expect(r.article).toBe("syria-strike-g7-sanctions");
  });

  it("resolves every quote to the paragraph that contains it, keeping the quotes and their order", () => {
    const byId = new Map(blocks.map((b) => [b.id, b]));
    type Raw = { id: string; quotes: string[] };
    const raw = [...(realEvents.data as Raw[]), ...(realStances.data as Raw[])];
    const inputs = new Map(raw.map((r) => [r.id, r.quotes]));
    let count = 0;
    for (const r of [...result.events, ...result.stances]) {
      expect(r.quotes.map((q) => q.text)).toEqual(inputs.get(r.id));
      for (const q of r.quotes) {
        expect(byId.get(q.paragraph)?.text).toContain(normalizeWhitespace(q.text));
        count++;
      }
    }
    expect(count).toBe(34);
  });

  it("gives the exact anchors of known quotes, subheads included", () => {
    const paragraphs = (id: string) =>
      [...result.events, ...result.stances].find((r) => r.id === id)?.quotes.map((q) => q.paragraph);
    expect(paragraphs("us-strike")).toEqual(["p-prior-to-visiting-moscow-us"]);
    expect(paragraphs("flynn-resigns")).toEqual(["p-sanctions-on-russia-has-been"]);
    expect(paragraphs("g7-rejects-sanctions")).toEqual([
      "uk-and-us-sanction-efforts-rejected",
      "p-much-like-tillersons-statement-about",
    ]);
    expect(paragraphs("may-trump-call")).toEqual(["p-but-it-was-also-reported", "p-but-it-was-also-reported"]);
    expect(paragraphs("france-le-pen")).toEqual(["p-germany-rejected-it-saying-that"]);
    expect(paragraphs("japan")).toEqual([]);
  });

  it("reads a year as text and fills in the defaults", () => {
    const campaign = result.events.find((e) => e.id === "us-campaign-2016");
    expect(campaign).toMatchObject({ date: "2016", precision: "year", countries: ["US", "RU"] });
    const attack = result.events.find((e) => e.id === "chemical-attack");
    expect(attack).toMatchObject({ countries: ["SY"], people: [] });
    expect(attack).not.toHaveProperty("end");
  });

  it("gives the same events whatever the order of the file", () => {
    const reversed = { ...realEvents, data: [...(realEvents.data as unknown[])].reverse() };
    const again = validateFacts("syria-strike-g7-sanctions", blocks, reversed, realStances);
    expect(again.problems).toEqual([]);
    expect(again.events).toEqual(result.events);
  });

  it("accepts an article without side files", () => {
    expect(validateFacts("a", blocks)).toEqual({ events: [], stances: [], problems: [] });
  });
});

describe("validateFacts(): quotes", () => {
  it("reports a quote not in the article with the nearest passage and its paragraph", () => {
    // One letter off: "civillians".
    expect(
      eventProblems({ quotes: '\n    - "chemical attacks on Syrian civillians which took place April 4"' }),
    ).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "quotes.0",
        message:
          '"chemical attacks on Syrian civillians which took place April 4" is not in the article; the nearest passage is ' +
          '"chemical attacks on Syrian civilians which took place April 4" (paragraph #p-prior-to-visiting-moscow-us). ' +
          "Copy the words exactly from the seed.",
      },
    ]);
  });

  it("names the index of the missing quote among good ones, in a stance too", () => {
    const problems = stanceProblems({
      quotes: '\n    - "France said they would wait until their elections"\n    - "Germany rejectd it"',
    });
    expect(problems).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "quotes.1",
        message:
          '"Germany rejectd it" is not in the article; the nearest passage is "Germany rejected it" ' +
          "(paragraph #p-germany-rejected-it-saying-that). Copy the words exactly from the seed.",
      },
    ]);
  });

  it("keeps the typographic quotes: straight ones do not match curly ones", () => {
    const problems = eventProblems({ quotes: `\n    - 'had "aligned themselves with an unreliable partner'` });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "quotes.0" });
    expect(problems[0].message).toContain(
      'the nearest passage is "had “aligned themselves with an unreliable partner"',
    );
  });

  describe("on a small inline article", () => {
    const small = blocksOf("A first paragraph that ends here.\n\nA second paragraph,\nbroken across lines.\n");
    const quotes = (...qs: string[]) =>
      validateFacts("small", small, {
        file: EVENTS,
        data: [{ ...parse(event())[0], quotes: qs }],
      });

    it("matches a quote across the seed's line break and extra spaces", () => {
      const r = quotes("second  paragraph, broken");
      expect(r.problems).toEqual([]);
      expect(r.events[0].quotes).toEqual([{ text: "second  paragraph, broken", paragraph: small[1].id }]);
      expect(small.map((b) => b.id)).toEqual(["p-a-first-paragraph-that-ends", "p-a-second-paragraph-broken-across"]);
    });

    it("does not match a quote that spans two paragraphs", () => {
      const r = quotes("ends here. A second");
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({ file: EVENTS, record: "chemical-attack", field: "quotes.0" });
      expect(r.problems[0].message).toMatch(/^"ends here\. A second" is not in the article; the nearest passage is /);
      expect(r.events[0].quotes).toEqual([]);
    });
  });
});

describe("validateFacts(): ids", () => {
  it("reports an id used twice, naming both records", () => {
    const { problems } = check([event(), event({ title: "Another" })].join("\n"));
    expect(problems).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "id",
        message: "is used twice (records 1 and 2); ids must be unique",
      },
    ]);
  });

  it("reports a duplicate stance id with the positions of the first and the repeat", () => {
    const { problems } = check(
      undefined,
      [stance(), stance({ id: "italy", country: "IT" }), stance({ country: "FR" })].join("\n"),
    );
    expect(problems).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "id",
        message: "is used twice (records 1 and 3); ids must be unique",
      },
    ]);
  });

  it("names a record without an id by its position", () => {
    const { problems } = check([event({ id: "us-strike" }), event({ id: undefined })].join("\n"));
    expect(problems).toEqual([
      {
        file: EVENTS,
        record: "#2",
        field: "id",
        message: "is required: a short id in lower case with hyphens, e.g. us-strike",
      },
    ]);
  });

  it("rejects an id that is not lower case with hyphens", () => {
    expect(eventProblems({ id: "Chemical Attack" })).toEqual([
      {
        file: EVENTS,
        record: "Chemical Attack",
        field: "id",
        message: "must be lower case letters, digits and hyphens, e.g. us-strike",
      },
    ]);
  });
});

describe("validateFacts(): dates", () => {
  it("rejects a date that does not exist (2017-02-30)", () => {
    expect(eventProblems({ date: "2017-02-30" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "date",
        message: '"2017-02-30" is not a date that exists in the calendar',
      },
    ]);
  });

  it('rejects a malformed date ("April 4") with an example of the right form', () => {
    expect(eventProblems({ date: "April 4" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "date",
        message: '"April 4" is not a day written like 2017-04-07',
      },
    ]);
  });

  it("rejects a date that does not match its precision (a month with precision day)", () => {
    expect(eventProblems({ date: "2016-12", precision: "day" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "date",
        message: '"2016-12" is not a day written like 2017-04-07',
      },
    ]);
    expect(eventProblems({ date: "2016-12-29", precision: "month" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "date",
        message: '"2016-12-29" is not a month written like 2016-12',
      },
    ]);
  });

  it("accepts each precision written as it should be, an unquoted year included", () => {
    expect(eventProblems({ date: "2016-12", precision: "month" })).toEqual([]);
    expect(eventProblems({ date: "2016", precision: "year" })).toEqual([]);
    const r = check(event({ date: "2016", precision: "year" }));
    expect(r.events[0].date).toBe("2016");
    expect(eventProblems({ date: "2017-04-10", end: "2017-04-11", precision: "range" })).toEqual([]);
  });

  it("rejects a range whose end is before its start", () => {
    expect(eventProblems({ date: "2017-04-11", end: "2017-04-10", precision: "range" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: "the range ends (2017-04-10) before or on the day it starts (2017-04-11)",
      },
    ]);
  });

  it("rejects a range that ends on the day it starts (that is a day)", () => {
    expect(eventProblems({ date: "2017-04-11", end: "2017-04-11", precision: "range" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: "the range ends (2017-04-11) before or on the day it starts (2017-04-11)",
      },
    ]);
  });

  it("rejects a range without an end", () => {
    expect(eventProblems({ date: "2017-04-10", precision: "range" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: "a range needs an end date (YYYY-MM-DD)",
      },
    ]);
  });

  it("rejects a range whose end is not a day", () => {
    expect(eventProblems({ date: "2017-04-10", end: "2017-05", precision: "range" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: '"2017-05" is not a day written like 2017-04-07',
      },
    ]);
  });

  it("rejects an end on a record that is not a range", () => {
    expect(eventProblems({ end: "2017-04-05" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: 'only a range has an end: set precision to "range" or remove end',
      },
    ]);
  });

  it("rejects an unknown precision", () => {
    expect(eventProblems({ precision: "week" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "precision",
        message: '"week" is unknown; expected one of: day, month, year, range',
      },
    ]);
  });

  it("rejects a stance date that is not a day", () => {
    expect(stanceProblems({ date: "2017-4-11" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "date",
        message: '"2017-4-11" is not a day written like 2017-04-07',
      },
    ]);
  });
});

describe("validateFacts(): vocabularies", () => {
  it("rejects an unknown category, listing the allowed ones", () => {
    expect(eventProblems({ category: "war" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "category",
        message:
          '"war" is unknown; expected one of: syria-conflict, diplomacy, sanctions, us-politics, european-politics',
      },
    ]);
  });

  it("rejects an unknown stance value, listing the scale", () => {
    expect(stanceProblems({ stance: "maybe" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "stance",
        message: '"maybe" is unknown; expected one of: pushed, wait, rejected, lift, not-reported, target',
      },
    ]);
  });

  it('rejects "UK" as a country code (ISO 3166-1 says GB), in a stance and in an event\'s list', () => {
    const message = '"UK" is unknown; expected one of: US, GB, DE, IT, FR, JP, CA, RU, SY, UA, G7';
    expect(stanceProblems({ country: "UK" })).toEqual([
      { file: STANCES, record: "france-government", field: "country", message },
    ]);
    expect(eventProblems({ countries: "[SY, UK]" })).toEqual([
      { file: EVENTS, record: "chemical-attack", field: "countries.1", message },
    ]);
  });
});

describe("validateFacts(): stances", () => {
  it("rejects a reference to an event that is not in the events file", () => {
    const { problems } = check(event(), stance({ events: "[chemical-attack, french-election]" }));
    expect(problems).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "events.1",
        message: `refers to an event "french-election" that is not in ${EVENTS}`,
      },
    ]);
  });

  it("rejects a reference to an event when the article has no events file", () => {
    expect(stanceProblems({ events: "[french-election]" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "events.0",
        message: 'refers to an event "french-election" that does not exist: this article has no events file',
      },
    ]);
  });

  it('rejects a "not-reported" stance with quotes', () => {
    expect(stanceProblems({ stance: "not-reported" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "quotes",
        message: "a stance the article does not report cannot have quotes: choose the stance they show",
      },
    ]);
  });

  it('accepts a "not-reported" stance with an empty list of quotes', () => {
    expect(stanceProblems({ stance: "not-reported", quotes: "[]" })).toEqual([]);
  });

  it("rejects a reported stance without quotes", () => {
    expect(stanceProblems({ quotes: "[]" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "quotes",
        message: 'needs at least one quote from the article, or the stance "not-reported"',
      },
    ]);
  });

  it("rejects an event without quotes", () => {
    expect(eventProblems({ quotes: "[]" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "quotes",
        message: "needs at least one quote from the article",
      },
    ]);
  });
});

describe("validateFacts(): the shape of a file and of a record", () => {
  it("rejects a file that is not a list", () => {
    const notAList = "id: chemical-attack\ntitle: Chemical attack\n";
    expect(check(notAList).problems).toEqual([
      { file: EVENTS, message: 'must be a YAML list of events (each starting with "- id: ...")' },
    ]);
    expect(check(undefined, notAList).problems).toEqual([
      { file: STANCES, message: 'must be a YAML list of stances (each starting with "- id: ...")' },
    ]);
  });

  it("rejects an empty file as not a list", () => {
    expect(check("# nothing yet\n")).toEqual({
      events: [],
      stances: [],
      problems: [{ file: EVENTS, message: 'must be a YAML list of events (each starting with "- id: ...")' }],
    });
  });

  it("rejects a record without a required field (summary)", () => {
    expect(eventProblems({ summary: undefined })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "summary",
        message: "Invalid input: expected string, received undefined",
      },
    ]);
  });

  it("rejects an empty title and a title too long for a timeline mark", () => {
    expect(eventProblems({ title: '""' })).toEqual([
      { file: EVENTS, record: "chemical-attack", field: "title", message: "must not be empty" },
    ]);
    expect(eventProblems({ title: "x".repeat(61) })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "title",
        message: "keep a title under 60 characters: it labels a mark on the timeline",
      },
    ]);
  });

  it("rejects a source whose URL is not http(s)", () => {
    expect(eventProblems({ sources: "\n    - title: Archive\n      url: ftp://example.org/a" })).toEqual([
      { file: EVENTS, record: "chemical-attack", field: "sources.0.url", message: "expected an http(s) URL" },
    ]);
  });

  // Records are strict objects: a misspelt field must not be silently ignored, and the problem names it.
  it("rejects an unknown field, naming it as the field", () => {
    const problems = eventProblems({ sumary: "A typo of summary." });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: EVENTS, record: "chemical-attack", field: "sumary" });
    expect(problems[0].message).toMatch(/unknown|not a known|unrecognized/i);
  });

  it("rejects each unknown field of a record and of a nested source on its own", () => {
    const problems = stanceProblems({
      country_name: "France",
      sources: "\n    - title: Le Monde\n      url: https://www.lemonde.fr/\n      link: https://www.lemonde.fr/",
    });
    expect(problems.map((p) => [p.file, p.record, p.field])).toEqual([
      [STANCES, "france-government", "sources.0.link"],
      [STANCES, "france-government", "country_name"],
    ]);
  });
});

describe("validateFacts(): a good record is never dropped because a neighbour is bad", () => {
  const three = (second: string) => [event({ id: "first" }), second, event({ id: "third" })].join("\n");

  it("returns #1 and #3 when #2 is bad, and reports only #2", () => {
    const r = check(three(event({ id: "second", date: "2017-02-30" })));
    expect(r.events.map((e) => e.id)).toEqual(["first", "third"]);
    expect(r.problems).toEqual([
      {
        file: EVENTS,
        record: "second",
        field: "date",
        message: '"2017-02-30" is not a date that exists in the calendar',
      },
    ]);
  });

  it("returns #1 and #3 when #2 is not even a record", () => {
    const r = check(three("- just a string"));
    expect(r.events.map((e) => e.id)).toEqual(["first", "third"]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: EVENTS, record: "#2" });
  });

  it("lists every bad record's problems at once", () => {
    const r = check(
      [
        event({ id: "bad-date", date: "April 4" }),
        event({ id: "good" }),
        event({ id: "bad-category", category: "war" }),
      ].join("\n"),
    );
    expect(r.events.map((e) => e.id)).toEqual(["good"]);
    expect(r.problems.map((p) => [p.record, p.field])).toEqual([
      ["bad-date", "date"],
      ["bad-category", "category"],
    ]);
  });

  it("lists the problems of several fields of one record, and of both files, at once", () => {
    const r = check(
      event({ id: "bad", countries: "[UK]", quotes: "[]" }),
      [stance({ id: "also-bad", stance: "maybe" }), stance()].join("\n"),
    );
    expect(r.problems.map((p) => [p.file, p.record, p.field])).toEqual([
      [EVENTS, "bad", "countries.0"],
      [EVENTS, "bad", "quotes"],
      [STANCES, "also-bad", "stance"],
    ]);
    expect(r.stances.map((s) => s.id)).toEqual(["france-government"]);
  });

  it("keeps a record whose quote is missing, with the quotes that were found, and reports the missing one", () => {
    const r = check(
      event({
        quotes: '\n    - "chemical attacks on Syrian civilians which took place April 4"\n    - "no such words"',
      }),
    );
    expect(r.events.map((e) => e.quotes)).toEqual([
      [
        {
          text: "chemical attacks on Syrian civilians which took place April 4",
          paragraph: "p-prior-to-visiting-moscow-us",
        },
      ],
    ]);
    expect(r.problems.map((p) => p.field)).toEqual(["quotes.1"]);
  });

  it("does not report an invalid event a second time as a broken reference", () => {
    const r = check(
      [event({ id: "chemical-attack", date: "2017-02-30" }), event({ id: "us-strike" })].join("\n"),
      stance({ events: "[chemical-attack, us-strike]" }),
    );
    expect(r.problems).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "date",
        message: '"2017-02-30" is not a date that exists in the calendar',
      },
    ]);
    expect(r.stances.map((s) => s.events)).toEqual([["chemical-attack", "us-strike"]]);
  });
});
