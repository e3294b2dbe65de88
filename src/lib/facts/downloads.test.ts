import { readFileSync } from "node:fs";
import { csvParse, csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseSeed } from "../article/parse";
import { type DownloadContext, EVENT_COLUMNS, eventRow, STANCE_COLUMNS, stanceRow, toCsv, toJson } from "./downloads";
import type { FactEvent, FactStance } from "./schema";
import { validateFacts } from "./validate";

// The story's real fact base, validated as the build does.
const seedsDir = new URL("../../../seeds/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), "utf8");
const blocks =
  parseSeed(read("syria-strike-g7-sanctions.txt"), "seeds/syria-strike-g7-sanctions.txt").seed?.blocks ?? [];
const eventsFile = "seeds/syria-strike-g7-sanctions.events.yaml";
const stancesFile = "seeds/syria-strike-g7-sanctions.stances.yaml";
const eventsData = parse(read("syria-strike-g7-sanctions.events.yaml")) as unknown[];
const stancesData = parse(read("syria-strike-g7-sanctions.stances.yaml")) as unknown[];
const facts = validateFacts(
  "syria-strike-g7-sanctions",
  blocks,
  { file: eventsFile, data: eventsData },
  { file: stancesFile, data: stancesData },
);

const ctx: DownloadContext = {
  articleUrl: "https://explainers.example.org/articles/syria-strike-g7-sanctions/",
  articleTitle: "Syria strike, G7 sanctions",
};
const eventRows = () => facts.events.map((e) => eventRow(e, ctx));
const stanceRows = () => facts.stances.map((s) => stanceRow(s, ctx));
const byId = <T extends { id: string }>(xs: T[], id: string): T => {
  const found = xs.find((x) => x.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};

/** d3's parsed rows carry a `columns` property; compare only the rows. */
const plain = (rows: object[]) => rows.map((r) => ({ ...r }));

// A record with every awkward character a CSV can meet: commas, double quotes, line breaks, typographic quotes.
const hostile: FactEvent = {
  id: "hostile",
  title: 'Johnson: "stick like glue", or not',
  date: "2017-03-30",
  end: "2017-04-02",
  precision: "range",
  resolution: "Line one,\nline two",
  category: "diplomacy",
  countries: ["GB", "RU"],
  people: ["Boris Johnson", "Vladimir Putin"],
  summary: "Said “stick like glue”, then 'work with'; a \"political solution\".",
  quotes: [
    { text: "stick like glue to the Assad regime...", paragraph: "p-much-like-tillersons-statement-about" },
    {
      text: "or to work with the rest of the world [for] a political solution,”",
      paragraph: "p-much-like-tillersons-statement-about",
    },
  ],
  sources: [
    { title: "ITV, 10 April", url: "https://www.itv.com/a?b=1,2" },
    { title: 'The "Guardian"', url: "https://www.theguardian.com/b" },
  ],
  note: "Ends with CRLF\r\nand a trailing space ",
  article: "syria-strike-g7-sanctions",
};

describe("eventRow()", () => {
  it("writes every column of a record as text", () => {
    expect(eventRow(hostile, ctx)).toEqual({
      id: "hostile",
      title: 'Johnson: "stick like glue", or not',
      date: "2017-03-30",
      end: "2017-04-02",
      precision: "range",
      date_label: "30 Mar – 2 Apr 2017",
      resolution: "Line one,\nline two",
      category: "diplomacy",
      countries: "GB; RU",
      people: "Boris Johnson; Vladimir Putin",
      summary: "Said “stick like glue”, then 'work with'; a \"political solution\".",
      quotes:
        "stick like glue to the Assad regime...\nor to work with the rest of the world [for] a political solution,”",
      quote_links:
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about\n" +
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about",
      sources: 'ITV, 10 April <https://www.itv.com/a?b=1,2>\nThe "Guardian" <https://www.theguardian.com/b>',
      note: "Ends with CRLF\r\nand a trailing space ",
    });
  });

  it("leaves the optional columns empty, not 'undefined'", () => {
    const row = eventRow(byId(facts.events, "chemical-attack"), ctx);
    expect(row).toMatchObject({ end: "", people: "", note: "", countries: "SY", date_label: "4 Apr 2017" });
  });

  it("labels each real date at its precision", () => {
    const label = (id: string) => eventRow(byId(facts.events, id), ctx).date_label;
    expect(label("us-strike")).toBe("7 Apr 2017");
    expect(label("us-campaign-2016")).toBe("2016");
    expect(label("g7-lucca")).toBe("10–11 Apr 2017");
    expect(label("tillerson-moscow")).toBe("11–12 Apr 2017");
  });

  it("has exactly the documented columns, in their order, for every real event", () => {
    for (const row of eventRows()) expect(Object.keys(row)).toEqual(Object.keys(EVENT_COLUMNS));
  });
});

describe("stanceRow()", () => {
  it("writes names and labels beside the codes", () => {
    expect(stanceRow(byId(facts.stances, "g7"), ctx)).toMatchObject({
      id: "g7",
      country: "G7",
      country_name: "G7",
      actor: "Foreign ministers, as a body",
      stance: "rejected",
      stance_label: "Rejected",
      date: "2017-04-11",
      events: "g7-lucca; g7-rejects-sanctions",
      quote_links:
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about\n" +
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#uk-and-us-sanction-efforts-rejected",
    });
    expect(stanceRow(byId(facts.stances, "united-kingdom"), ctx)).toMatchObject({
      country: "GB",
      country_name: "United Kingdom",
      stance_label: "Pushed for tighter sanctions",
    });
  });

  it("leaves quotes, links, date and events empty for a stance the article does not report", () => {
    expect(stanceRow(byId(facts.stances, "japan"), ctx)).toEqual({
      id: "japan",
      country: "JP",
      country_name: "Japan",
      actor: "Government",
      stance: "not-reported",
      stance_label: "Not reported in the article",
      date: "",
      events: "",
      summary:
        "Japan, a G7 member, took part in the Lucca meeting, but the article does not say where it stood on new sanctions.",
      quotes: "",
      quote_links: "",
      sources: "G7 foreign ministers meeting in Lucca (AP) <https://apnews.com/5d2a1679931141f69be56628d45d0c21>",
      note: "",
    });
  });

  it("has exactly the documented columns, in their order, for every real stance", () => {
    for (const row of stanceRows()) expect(Object.keys(row)).toEqual(Object.keys(STANCE_COLUMNS));
  });
});

describe("the documented columns", () => {
  it("describe every column in words", () => {
    for (const doc of [...Object.values(EVENT_COLUMNS), ...Object.values(STANCE_COLUMNS)]) {
      expect(doc.trim().length).toBeGreaterThan(5);
    }
  });

  it("list the vocabularies they allow", () => {
    expect(EVENT_COLUMNS.category).toBe("One of: syria-conflict, diplomacy, sanctions, us-politics, european-politics");
    expect(STANCE_COLUMNS.stance).toBe("One of: pushed, wait, rejected, lift, not-reported, target");
  });
});

describe("toCsv(): RFC 4180", () => {
  const columns = { name: "A name", text: "Some text", empty: "Nothing" };
  const rows = [
    { name: "plain", text: "no specials", empty: "" },
    { name: "comma", text: "a, b", empty: "" },
    { name: "quote", text: 'say "hi"', empty: "" },
    { name: "newline", text: "line 1\nline 2", empty: "" },
    { name: "crlf", text: "line 1\r\nline 2", empty: "" },
    { name: "all", text: '"a",\n“b”, c', empty: "" },
  ];
  const csv = toCsv(columns, rows);

  it("writes a header row of the column keys, then one row per record, each ended by CRLF", () => {
    expect(csv).toBe(
      [
        "name,text,empty",
        "plain,no specials,",
        'comma,"a, b",',
        'quote,"say ""hi""",',
        'newline,"line 1\nline 2",',
        'crlf,"line 1\r\nline 2",',
        'all,"""a"",\n“b”, c",',
      ]
        .map((line) => `${line}\r\n`)
        .join(""),
    );
  });

  it("round-trips every field exactly through a CSV parser", () => {
    expect(csvParseRows(csv)).toEqual([Object.keys(columns), ...rows.map((r) => [r.name, r.text, r.empty])]);
    const parsed = csvParse(csv);
    expect(parsed.columns).toEqual(["name", "text", "empty"]);
    expect(plain(parsed)).toEqual(rows);
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(columns, [])).toBe("name,text,empty\r\n");
  });

  it("round-trips the story's events and stances, hostile characters included", () => {
    const events = [...eventRows(), eventRow(hostile, ctx)];
    const parsedEvents = csvParse(toCsv(EVENT_COLUMNS, events));
    expect(parsedEvents.columns).toEqual(Object.keys(EVENT_COLUMNS));
    expect(plain(parsedEvents)).toEqual(events);

    const stances = stanceRows();
    const parsedStances = csvParse(toCsv(STANCE_COLUMNS, stances));
    expect(parsedStances.columns).toEqual(Object.keys(STANCE_COLUMNS));
    expect(plain(parsedStances)).toEqual(stances);
  });

  it("ends every record with CRLF, outside quoted fields", () => {
    const text = toCsv(STANCE_COLUMNS, stanceRows());
    // Drop quoted fields (which may hold bare line breaks); what is left must only break lines with CRLF.
    const outside = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(outside.match(/\r\n/g)).toHaveLength(facts.stances.length + 1);
    expect(outside.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.endsWith("\r\n")).toBe(true);
  });
});

describe("toJson()", () => {
  const json = toJson("events", facts.events, ctx);
  const data = JSON.parse(json);

  it("names the article, then lists the records under their kind", () => {
    expect(Object.keys(data)).toEqual(["article", "events"]);
    expect(data.article).toEqual({
      title: "Syria strike, G7 sanctions",
      url: "https://explainers.example.org/articles/syria-strike-g7-sanctions/",
    });
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(facts.events.map((e) => e.id));
  });

  it("gives each quote its text, paragraph and link", () => {
    expect(data.events.find((e: { id: string }) => e.id === "g7-rejects-sanctions").quotes).toEqual([
      {
        text: "U.K. and U.S. sanction efforts rejected",
        paragraph: "uk-and-us-sanction-efforts-rejected",
        url: "https://explainers.example.org/articles/syria-strike-g7-sanctions/#uk-and-us-sanction-efforts-rejected",
      },
      {
        text: "But the same body that forced Russia out of what was once called the G8 over their annexation of Crimea, rejected that effort.",
        paragraph: "p-much-like-tillersons-statement-about",
        url: "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about",
      },
    ]);
  });

  it("round-trips every other field as validated, without the internal article field", () => {
    const back = data.events as Record<string, unknown>[];
    facts.events.forEach(({ article: _article, quotes, ...rest }, i) => {
      expect(back[i]).toEqual({
        ...rest,
        quotes: quotes.map((q) => ({ ...q, url: `${ctx.articleUrl}#${q.paragraph}` })),
      });
      expect(back[i]).not.toHaveProperty("article");
    });
  });

  it("keeps a stable key order: the schema's, with the quotes last", () => {
    expect(Object.keys(byId(data.events, "g7-lucca"))).toEqual([
      "id",
      "title",
      "date",
      "end",
      "precision",
      "resolution",
      "category",
      "countries",
      "people",
      "summary",
      "sources",
      "note",
      "quotes",
    ]);
  });

  it("writes stances under 'stances', an unreported one with no quotes", () => {
    const stances = JSON.parse(toJson("stances", facts.stances, ctx));
    expect(Object.keys(stances)).toEqual(["article", "stances"]);
    expect(stances.stances).toHaveLength(10);
    expect(byId(stances.stances, "japan")).toMatchObject({ stance: "not-reported", quotes: [], events: [] });
  });

  it("round-trips hostile characters", () => {
    const back = JSON.parse(toJson("events", [hostile], ctx)).events[0];
    expect(back.title).toBe(hostile.title);
    expect(back.summary).toBe(hostile.summary);
    expect(back.note).toBe(hostile.note);
    expect(back.quotes.map((q: { text: string }) => q.text)).toEqual(hostile.quotes.map((q) => q.text));
  });

  it("is indented with two spaces and ends with a newline", () => {
    expect(json.startsWith('{\n  "article": {\n    "title": "Syria strike, G7 sanctions",')).toBe(true);
    expect(json.endsWith("}\n")).toBe(true);
  });
});

describe("determinism: the same fact base gives the same bytes", () => {
  const all = (f: { events: FactEvent[]; stances: FactStance[] }) => [
    toCsv(
      EVENT_COLUMNS,
      f.events.map((e) => eventRow(e, ctx)),
    ),
    toCsv(
      STANCE_COLUMNS,
      f.stances.map((s) => stanceRow(s, ctx)),
    ),
    toJson("events", f.events, ctx),
    toJson("stances", f.stances, ctx),
  ];

  it("twice in a row", () => {
    expect(all(facts)).toEqual(all(facts));
  });

  it("from a fresh validation of the same files, events written in another order", () => {
    const again = validateFacts(
      "syria-strike-g7-sanctions",
      blocks,
      { file: eventsFile, data: parse(read("syria-strike-g7-sanctions.events.yaml")).reverse() },
      { file: stancesFile, data: parse(read("syria-strike-g7-sanctions.stances.yaml")) },
    );
    expect(again.problems).toEqual([]);
    expect(all(again)).toEqual(all(facts));
  });

  it("with no timestamp or other build-time value in the output", () => {
    for (const text of all(facts)) expect(text).not.toMatch(/20(?:2\d|3\d)-\d\d-\d\d/);
  });
});
