import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EVENT_ORDER, LAUNCH_ORDER, loadStory, rawEvents, rawStances, STORY, storyFacts } from "../../test/story";
import { type Block, normalizeWhitespace, parseSeed } from "../article/parse";
import type { Group } from "./story";
import { validateFacts } from "./validate";

const real = storyFacts();
const { blocks } = real;
const G7: Group = { code: "G7", name: "G7", members: ["US", "GB", "DE", "IT", "FR", "JP", "CA"] };

// Bad-data fixtures: small side files written inline as YAML, the way an editor writes them, against the
// Syria story's text.
const EVENTS = "seeds/test.events.yaml";
const STANCES = "seeds/test.stances.yaml";

/** Fields as raw YAML source; `undefined` leaves the field out. */
type Fields = Record<string, string | undefined>;

const GOOD_EVENT: Fields = {
  id: "chemical-attack",
  title: "Chemical attack in Khan Shaykhun",
  date: "2017-04-04",
  category: "syria-conflict",
  summary: "A sarin attack killed dozens of civilians.",
  quotes: '\n      - "chemical attacks on Syrian civilians which took place April 4"',
};

const GOOD_STANCE: Fields = {
  id: "france-government",
  country: "FR",
  actor: "Government",
  stance: "wait",
  summary: "France put off any decision until after its elections.",
  quotes: '\n      - "France said they would wait until their elections"',
};

/** One list item of YAML, indented under its header: the good record with some fields replaced or removed. */
function item(base: Fields, overrides: Fields = {}): string {
  return Object.entries({ ...base, ...overrides })
    .filter(([, v]) => v !== undefined)
    .map(([k, v], i) => `${i === 0 ? "  - " : "    "}${k}: ${v}`)
    .join("\n");
}
const event = (overrides?: Fields) => item(GOOD_EVENT, overrides);
const stance = (overrides?: Fields) => item(GOOD_STANCE, overrides);

const EVENTS_HEADER = "categories:\n  syria-conflict: Syria conflict\n  diplomacy: Diplomacy\nevents:\n";
const STANCES_HEADER = `question: tighter sanctions against Russia
positions:
  pushed: Pushed for tighter sanctions
  wait: { label: Not now / wait, phrase: said not now }
target: Target of the sanctions
group: G7
stances:
`;
const eventsFile = (...records: string[]) => EVENTS_HEADER + records.join("\n");
const stancesFile = (...records: string[]) => STANCES_HEADER + records.join("\n");

function check(eventsYaml?: string, stancesYaml?: string, groups: Group[] = [G7], text: readonly Block[] = blocks) {
  return validateFacts(
    "test",
    text,
    groups,
    eventsYaml === undefined ? undefined : { file: EVENTS, data: parse(eventsYaml) },
    stancesYaml === undefined ? undefined : { file: STANCES, data: parse(stancesYaml) },
  );
}

/** The problems of an events file with a single event. */
const eventProblems = (overrides: Fields) => check(eventsFile(event(overrides))).problems;
/** The problems of a stances file with a single stance (and no events file). */
const stanceProblems = (overrides: Fields) => check(undefined, stancesFile(stance(overrides))).problems;

describe("validateFacts(): one pass finds every problem of every record", () => {
  const events = eventsFile(
    event(),
    event({ id: "bad-category", category: "war" }),
    event({ id: "bad-date", date: "2017-02-30" }),
    event({ id: "bad-quote", quotes: '\n      - "chemical attacks on Syrian civillians which took place April 4"' }),
    event({ id: "misspelt", summary: undefined, sumary: "A typo of summary." }),
    event({ id: "old-precision", precision: "day" }),
    event({ id: "backwards", date: "2017-04-11", end: "2017-04-10" }),
    event({ id: "placeholder", title: '"TODO: a title under 60 characters"' }),
    event({ title: "The same id again" }),
  );
  const stances = stancesFile(
    stance({ id: "no-quotes", quotes: "[]" }),
    stance({ id: "broken-reference", events: "[chemical-attack, french-election]" }),
    stance({ id: "germany", country: "DE", stance: "rejected" }),
    stance(),
  );
  const result = check(events, stances);

  it("reports them all at once, each naming its file, record and field", () => {
    expect(result.problems.map((p) => [p.file, p.record, p.field])).toEqual([
      [EVENTS, "bad-category", "category"],
      [EVENTS, "bad-date", "date"],
      [EVENTS, "bad-quote", "quotes.0"],
      [EVENTS, "misspelt", "summary"],
      [EVENTS, "misspelt", "sumary"],
      [EVENTS, "old-precision", "precision"],
      [EVENTS, "backwards", "end"],
      [EVENTS, "placeholder", "title"],
      [EVENTS, "chemical-attack", "id"],
      [STANCES, "no-quotes", "quotes"],
      [STANCES, "broken-reference", "events.1"],
      [STANCES, "germany", "stance"],
    ]);
  });

  it("says what to write in every message, never the schema library's own words", () => {
    for (const p of result.problems) {
      expect(p.message).not.toMatch(/Invalid input|Unrecognized|expected \w+, received|undefined|\[object/);
      expect(p.message.length).toBeGreaterThan(20);
    }
  });

  it("keeps the good records, and publishes none with a problem", () => {
    expect(result.events.map((e) => e.id)).toEqual(["chemical-attack"]);
    expect(result.stances.map((s) => s.id)).toEqual(["france-government"]);
  });

  it("still reads the story's vocabulary from the headers", () => {
    expect(result.categories.map((c) => c.id)).toEqual(["syria-conflict", "diplomacy"]);
    expect(result.stanceQuestion?.positions.map((p) => p.id)).toEqual(["pushed", "wait"]);
  });

  it("names several problems of one record, and of its nested fields, each on its own", () => {
    const r = check(
      eventsFile(
        event({
          countries: "[UK, SY]",
          quotes: "[]",
          sources: "\n      - title: Le Monde\n        url: https://www.lemonde.fr/\n        link: x",
        }),
      ),
    );
    expect(r.problems.map((p) => [p.record, p.field])).toEqual([
      ["chemical-attack", "countries.0"],
      ["chemical-attack", "sources.0.link"],
      ["chemical-attack", "quotes"],
    ]);
  });
});

describe("validateFacts() on the story's real fact base", () => {
  it("finds no problem", () => {
    expect(real.problems).toEqual([]);
  });

  it("keeps all 18 events in time order: by start, then as the file lists them", () => {
    expect(real.events.map((e) => e.id)).toEqual(EVENT_ORDER);
  });

  it("keeps all 10 stances in the file's order, each with its place in the file", () => {
    expect(real.stances.map((s) => [s.id, s.order])).toEqual(
      [
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
      ].map((id, i) => [id, i]),
    );
  });

  it("reads the story's categories, in the order of the header, and what its stances are about", () => {
    expect(real.categories.map((c) => [c.id, c.slot])).toEqual([
      ["diplomacy", 1],
      ["syria-conflict", 2],
      ["us-politics", 3],
      ["sanctions", 4],
      ["european-politics", 5],
    ]);
    expect(real.stanceQuestion).toMatchObject({
      question: "tighter sanctions against Russia",
      group: "G7",
      target: { label: "Target of the sanctions" },
    });
    expect(real.stanceQuestion?.positions.map((p) => p.id)).toEqual(["pushed", "wait", "rejected", "lift"]);
  });

  it("ties every record to its article", () => {
    for (const r of [...real.events, ...real.stances]) expect(r.article).toBe(STORY);
  });

  it("resolves every quote to the paragraph that contains it, keeping the quotes and their order", () => {
    const byId = new Map(blocks.map((b) => [b.id, b]));
    type Raw = { id: string; quotes: string[] };
    const raw = [...(rawEvents().events as Raw[]), ...(rawStances().stances as Raw[])];
    const inputs = new Map(raw.map((r) => [r.id, r.quotes]));
    let count = 0;
    for (const r of [...real.events, ...real.stances]) {
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
      [...real.events, ...real.stances].find((r) => r.id === id)?.quotes.map((q) => q.paragraph);
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

  it("reads a quoted year as text and fills in the defaults", () => {
    const campaign = real.events.find((e) => e.id === "us-campaign-2016");
    expect(campaign).toMatchObject({ date: "2016", countries: ["US", "RU"] });
    expect(campaign).not.toHaveProperty("precision");
    const attack = real.events.find((e) => e.id === "chemical-attack");
    expect(attack).toMatchObject({ countries: ["SY"], people: [], turning: true });
    expect(attack).not.toHaveProperty("end");
  });

  it("orders events that start on the same day by the file, so moving one in the file moves it on the page", () => {
    const data = rawEvents();
    const reversed = validateFacts(STORY, blocks, [G7], {
      file: `seeds/${STORY}.events.yaml`,
      data: { ...data, events: [...data.events].reverse() },
    });
    expect(reversed.problems).toEqual([]);
    const tenth = (r: typeof reversed) => r.events.filter((e) => e.date === "2017-04-10").map((e) => e.id);
    expect(tenth(real)).toEqual(["sanctions-plan", "johnson-stick-like-glue", "g7-lucca", "may-trump-call"]);
    expect(tenth(reversed)).toEqual(["may-trump-call", "g7-lucca", "johnson-stick-like-glue", "sanctions-plan"]);
    // Records that start apart keep the time order whatever the file says.
    const days = (r: typeof reversed) => [...new Set(r.events.map((e) => e.date))];
    expect(days(reversed)).toEqual(days(real));
  });

  it("accepts an article without side files", () => {
    expect(validateFacts("a", blocks, [])).toEqual({ categories: [], events: [], stances: [], problems: [] });
  });
});

describe("validateFacts() on the end-to-end fixtures", () => {
  it("orders a shuffled morning by the clock, with the day before first and the month after last", () => {
    expect(loadStory("launch-day").events.map((e) => e.id)).toEqual(LAUNCH_ORDER);
  });

  it("reads decades and spans, each end at its own precision, and orders a span by its start", () => {
    const events = loadStory("lighthouse-keeper").events;
    expect(events.find((e) => e.id === "keeper-years")).toMatchObject({ date: "1919", end: "1966" });
    expect(events.find((e) => e.id === "remembrance-guest")).toMatchObject({ date: "1990s" });
    const ids = events.map((e) => e.id);
    expect(ids.indexOf("keeper-years")).toBeLessThan(ids.indexOf("comes-home"));
    expect(ids.slice(-2)).toEqual(["dies", "funeral"]);
  });

  it("keeps a stance's quotes for an actor whose stance the article leaves open", () => {
    const romania = loadStory("river-treaty").stances.find((s) => s.id === "romania");
    expect(romania).toMatchObject({
      stance: "not-reported",
      quotes: [{ text: "the ministry has not said where it stands" }],
    });
  });
});

describe("validateFacts(): quotes", () => {
  it("reports a quote not in the article with the nearest passage and its paragraph", () => {
    // One letter off: "civillians".
    expect(
      eventProblems({ quotes: '\n      - "chemical attacks on Syrian civillians which took place April 4"' }),
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
    expect(
      stanceProblems({
        quotes: '\n      - "France said they would wait until their elections"\n      - "Germany rejectd it"',
      }),
    ).toEqual([
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
    const problems = eventProblems({ quotes: `\n      - 'had "aligned themselves with an unreliable partner'` });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(
      'the nearest passage is "had “aligned themselves with an unreliable partner"',
    );
  });

  it("requires a quote for every event", () => {
    expect(eventProblems({ quotes: "[]" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "quotes",
        message: "needs at least one quote from the article: the words that give this event",
      },
    ]);
    expect(eventProblems({ quotes: undefined })).toHaveLength(1);
  });

  it("requires a quote for a stance the article reports, and none for one it does not", () => {
    expect(stanceProblems({ quotes: "[]" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "quotes",
        message: 'needs at least one quote from the article, or the stance "not-reported"',
      },
    ]);
    expect(stanceProblems({ stance: "not-reported", quotes: "[]" })).toEqual([]);
    expect(stanceProblems({ stance: "not-reported", quotes: undefined })).toEqual([]);
  });

  describe("on a small inline article", () => {
    const small =
      parseSeed("A first paragraph that ends here.\n\nA second paragraph,\nbroken across lines.\n", "s.txt").seed
        ?.blocks ?? [];
    const quotes = (...qs: string[]) =>
      validateFacts("small", small, [], {
        file: EVENTS,
        data: [{ ...parse(eventsFile(event())).events[0], category: undefined, quotes: qs }],
      });

    it("matches a quote across the seed's line break and extra spaces", () => {
      const r = quotes("second  paragraph, broken");
      expect(r.problems).toEqual([]);
      expect(r.events[0]?.quotes).toEqual([{ text: "second  paragraph, broken", paragraph: small[1]?.id }]);
    });

    it("does not match a quote that spans two paragraphs, and shows each paragraph's part", () => {
      const r = quotes("ends here. A second");
      expect(r.problems).toEqual([
        {
          file: EVENTS,
          record: "chemical-attack",
          field: "quotes.0",
          message:
            '"ends here. A second" runs across two paragraphs, and a quote must stay within one paragraph: ' +
            `"ends here." (paragraph #${small[0]?.id}), "A second" (paragraph #${small[1]?.id}). ` +
            "Make it two quotes, one from each paragraph (or keep the part that supports the record).",
        },
      ]);
    });

    it("shows every part of a quote that runs across three paragraphs", () => {
      const three = parseSeed("It ends here.\n\nA middle one.\n\nThe last one starts.\n", "s.txt").seed?.blocks ?? [];
      const r = validateFacts("small", three, [], {
        file: EVENTS,
        data: [
          {
            ...parse(eventsFile(event())).events[0],
            category: undefined,
            quotes: ["ends here. A middle one. The last"],
          },
        ],
      });
      expect(r.problems.map((p) => p.message)).toEqual([
        '"ends here. A middle one. The last" runs across 3 paragraphs, and a quote must stay within one paragraph: ' +
          `"ends here." (paragraph #${three[0]?.id}), "A middle one." (paragraph #${three[1]?.id}), ` +
          `"The last" (paragraph #${three[2]?.id}). ` +
          "Make it 3 quotes, one from each paragraph (or keep the part that supports the record).",
      ]);
    });

    it("gives the nearest passage when a quote across paragraphs is also misspelt", () => {
      expect(quotes("ends hear. A second").problems[0]?.message).toMatch(
        /^"ends hear\. A second" is not in the article; the nearest passage is /,
      );
    });
  });
});

describe("validateFacts(): ids", () => {
  it("reports an id used twice, naming both records", () => {
    expect(check(eventsFile(event(), event({ title: "Another" }))).problems).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "id",
        message: "is used twice (records 1 and 2); ids must be unique",
      },
    ]);
  });

  it("reports a duplicate stance id with the places of the first and the repeat", () => {
    const r = check(
      undefined,
      stancesFile(stance(), stance({ id: "italy", country: "IT" }), stance({ country: "FR" })),
    );
    expect(r.problems).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "id",
        message: "is used twice (records 1 and 3); ids must be unique",
      },
    ]);
  });

  it("names a record without an id by its place in the file", () => {
    expect(check(eventsFile(event({ id: "us-strike" }), event({ id: undefined }))).problems).toEqual([
      {
        file: EVENTS,
        record: "#2",
        field: "id",
        message: "is required: a short id in lower case with hyphens, e.g. minister-resigns",
      },
    ]);
  });

  it("names a record that is not a map by its place in the file", () => {
    const r = check(eventsFile(event({ id: "first" }), "  - just a string", event({ id: "third" })));
    expect(r.events.map((e) => e.id)).toEqual(["first", "third"]);
    expect(r.problems).toEqual([
      { file: EVENTS, record: "#2", message: 'must be a map of fields (id: …, title: …), not string "just a string"' },
    ]);
  });
});

describe("validateFacts(): dates", () => {
  it("refuses the precision field, which the way a date is written now says", () => {
    expect(eventProblems({ precision: "day" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "precision",
        message:
          "is no longer written: a date's precision is how it is written (1980s, 2021, 2021-06, 2021-06-14, or a time of day like 2021-06-14T09:30+02:00); remove this field",
      },
    ]);
    expect(stanceProblems({ precision: "day" })).toHaveLength(1);
  });

  it("refuses a span whose end does not come after its start", () => {
    expect(eventProblems({ date: "2017-04-11", end: "2017-04-10" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: 'the span must end after its start: "2017-04-10" does not come after "2017-04-11"',
      },
    ]);
    expect(eventProblems({ date: "2016", end: "2016-12" })).toHaveLength(1);
  });

  it("reports a bad end once, as a date, not again as a span", () => {
    expect(eventProblems({ end: "2017-02-30" })).toEqual([
      {
        file: EVENTS,
        record: "chemical-attack",
        field: "end",
        message: '"2017-02-30" is not a date that exists in the calendar',
      },
    ]);
  });

  it("accepts a span whose ends have different precisions, and a time of day with its offset", () => {
    expect(eventProblems({ date: "1919", end: "1966-05" })).toEqual([]);
    expect(eventProblems({ date: "2017-04-04T06:30+03:00" })).toEqual([]);
    expect(check(eventsFile(event({ date: "2016" }))).events[0]?.date).toBe("2016");
  });
});

describe("validateFacts(): the story's vocabulary", () => {
  it("takes a group declared in the story's metadata as a country, and refuses it in a story without", () => {
    const body = stance({ id: "g7", country: "G7", actor: "Foreign ministers, as a body", stance: "pushed" });
    expect(check(undefined, stancesFile(body)).problems).toEqual([]);
    expect(check(undefined, stancesFile(body).replace("group: G7\n", ""), []).problems).toEqual([
      {
        file: STANCES,
        record: "g7",
        field: "country",
        message:
          '"G7" is not an ISO 3166-1 alpha-2 country code (GB, US, DE…), nor a group declared under groups in the story\'s .meta.yaml',
      },
    ]);
  });

  it("reads an events file written as a plain list as a story without categories", () => {
    const r = check(event({ category: undefined }).replace(/^ {2}/gm, ""));
    expect(r.problems).toEqual([]);
    expect(r.categories).toEqual([]);
    expect(r.events.map((e) => e.id)).toEqual(["chemical-attack"]);
  });

  it("refuses an events file whose events are not a list, or that has fields besides categories and events", () => {
    expect(check(`${EVENTS_HEADER}  id: x`).problems).toEqual([
      { file: EVENTS, field: "events", message: 'must be a list of events, each starting with "- id: …"' },
    ]);
    expect(check(`catgories: { a: A }\n${EVENTS_HEADER}${event()}`).problems).toEqual([
      {
        file: EVENTS,
        field: "catgories",
        message: "is not a known field: check its spelling, or remove it (known: categories, events)",
      },
    ]);
    expect(check("categories: { a: A }").problems).toEqual([
      { file: EVENTS, field: "events", message: "is required: the list of events" },
    ]);
  });

  it("refuses an empty events file", () => {
    expect(check("# nothing yet\n").problems).toEqual([
      { file: EVENTS, message: "must be a map of fields (categories: …, events: …), not nothing" },
    ]);
  });

  it("reports a broken stances header, still checks each stance, and keeps none", () => {
    const r = check(
      undefined,
      stancesFile(stance(), stance({ id: "italy", country: "UK" })).replace("question:", "q:"),
    );
    expect(r.problems.map((p) => [p.file, p.record, p.field])).toEqual([
      [STANCES, undefined, "question"],
      [STANCES, undefined, "q"],
      [STANCES, "italy", "country"],
    ]);
    expect(r.stances).toEqual([]);
    expect(r).not.toHaveProperty("stanceQuestion");
  });
});

describe("validateFacts(): references from stances to events", () => {
  it("refuses a reference to an event that is not in the events file", () => {
    expect(
      check(eventsFile(event()), stancesFile(stance({ events: "[chemical-attack, french-election]" }))).problems,
    ).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "events.1",
        message: `refers to an event "french-election" that is not in ${EVENTS}`,
      },
    ]);
  });

  it("refuses a reference when the story has no events file", () => {
    expect(stanceProblems({ events: "[french-election]" })).toEqual([
      {
        file: STANCES,
        record: "france-government",
        field: "events.0",
        message: 'refers to an event "french-election" that does not exist: this story has no events file',
      },
    ]);
  });

  it("does not report an invalid event a second time as a broken reference", () => {
    const r = check(
      eventsFile(event({ date: "2017-02-30" }), event({ id: "us-strike" })),
      stancesFile(stance({ events: "[chemical-attack, us-strike]" })),
    );
    expect(r.problems.map((p) => [p.file, p.record, p.field])).toEqual([[EVENTS, "chemical-attack", "date"]]);
    expect(r.stances.map((s) => s.events)).toEqual([["chemical-attack", "us-strike"]]);
  });
});
