import { csvParse, csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { loadStory, STORY, storyFacts } from "../../test/story";
import { type DownloadContext, EVENT_COLUMNS, eventRow, STANCE_COLUMNS, stanceRow, toCsv, toJson } from "./downloads";
import type { FactStance } from "./schema";

const syria = loadStory(STORY);
const ctx: DownloadContext = {
  articleUrl: "https://explainers.example.org/articles/syria-strike-g7-sanctions/",
  articleTitle: "Syria strike, G7 sanctions",
  vocabulary: syria.vocabulary,
};
/** The download context of another story, at its own address. */
const contextOf = (slug: string): DownloadContext => ({
  articleUrl: `https://explainers.example.org/articles/${slug}/`,
  articleTitle: loadStory(slug).meta.title,
  vocabulary: loadStory(slug).vocabulary,
});

const byId = <T extends { id: string }>(xs: readonly T[], id: string): T => {
  const found = xs.find((x) => x.id === id);
  if (!found) throw new Error(`no record ${id}`);
  return found;
};
/** An event as the downloads read one: checked, its media as written or resolved. */
type FactEvent = Parameters<typeof eventRow>[0] & { article?: string };
const eventRows = (events: readonly FactEvent[] = syria.events, c = ctx) => events.map((e) => eventRow(e, c));
const stanceRows = (stances: readonly FactStance[] = syria.stances, c = ctx) => stances.map((s) => stanceRow(s, c));

/** d3's parsed rows carry a `columns` property; compare only the rows. */
const plain = (rows: object[]) => rows.map((r) => ({ ...r }));

// A record with every awkward character a CSV can meet: commas, double quotes, line breaks, typographic quotes.
const hostile: FactEvent = {
  id: "hostile",
  title: 'Johnson: "stick like glue", or not',
  date: "2017-03-30",
  end: "2017-04-02",
  turning: true,
  resolution: "Line one,\nline two",
  category: "diplomacy",
  countries: ["GB", "G7"],
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
  order: 0,
  article: STORY,
};

describe("eventRow()", () => {
  it("writes every column of a record as text, labels from the story's own vocabulary", () => {
    expect(eventRow(hostile, ctx)).toEqual({
      id: "hostile",
      title: 'Johnson: "stick like glue", or not',
      date: "2017-03-30",
      end: "2017-04-02",
      precision: "day",
      end_precision: "day",
      date_label: "30 Mar\u2009–\u20092 Apr 2017",
      turning: "yes",
      resolution: "Line one,\nline two",
      category: "diplomacy",
      category_label: "Diplomacy",
      countries: "GB; G7",
      country_names: "United Kingdom; G7",
      people: "Boris Johnson; Vladimir Putin",
      summary: "Said “stick like glue”, then 'work with'; a \"political solution\".",
      quotes:
        "stick like glue to the Assad regime...\nor to work with the rest of the world [for] a political solution,”",
      quote_links:
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about\n" +
        "https://explainers.example.org/articles/syria-strike-g7-sanctions/#p-much-like-tillersons-statement-about",
      sources: 'ITV, 10 April <https://www.itv.com/a?b=1,2>\nThe "Guardian" <https://www.theguardian.com/b>',
      note: "Ends with CRLF\r\nand a trailing space ",
      display_date: "",
      media_url: "",
      media_alt: "",
      media_title: "",
      media_caption: "",
      media_credit: "",
    });
  });

  it("leaves the optional columns empty, not 'undefined'", () => {
    expect(eventRow(byId(syria.events, "crimea-annexation"), ctx)).toMatchObject({
      end: "",
      end_precision: "",
      turning: "",
      note: "",
    });
    expect(eventRow({ ...hostile, category: undefined, countries: [], people: [] }, ctx)).toMatchObject({
      category: "",
      category_label: "",
      countries: "",
      country_names: "",
      people: "",
    });
  });

  it("labels each real date and its precision", () => {
    const row = (id: string) => eventRow(byId(syria.events, id), ctx);
    expect(row("us-strike")).toMatchObject({ date_label: "7 Apr 2017", precision: "day", end_precision: "" });
    expect(row("us-campaign-2016")).toMatchObject({ date_label: "2016", precision: "year" });
    expect(row("g7-lucca")).toMatchObject({ date_label: "10–11 Apr 2017", precision: "day", end_precision: "day" });
    expect(row("tillerson-moscow").date_label).toBe("11–12 Apr 2017");
  });

  it("names the story's groups and countries, and its categories by their legend labels", () => {
    expect(eventRow(byId(syria.events, "g7-lucca"), ctx)).toMatchObject({
      category: "diplomacy",
      category_label: "Diplomacy",
      countries: "G7; US; GB; DE; IT; FR; JP; CA",
      country_names: "G7; United States; United Kingdom; Germany; Italy; France; Japan; Canada",
    });
  });

  it("writes a time of day with its offset, and a story without categories", () => {
    const launch = contextOf("launch-day");
    expect(eventRow(byId(loadStory("launch-day").events, "liftoff"), launch)).toMatchObject({
      date: "2011-05-16T08:56-04:00",
      precision: "minute",
      date_label: "16 May 2011, 08:56 UTC−4",
      turning: "yes",
      category: "",
      category_label: "",
      countries: "",
    });
  });

  it("writes decades and spans at each end's own precision", () => {
    const keeper = contextOf("lighthouse-keeper");
    const row = (id: string) => eventRow(byId(loadStory("lighthouse-keeper").events, id), keeper);
    expect(row("keeper-years")).toMatchObject({ precision: "year", end_precision: "year", date_label: "1919–1966" });
    expect(row("sails-for-england")).toMatchObject({
      precision: "month",
      end_precision: "month",
      date_label: "Mar\u2009–\u2009May 1916",
      category_label: "The war",
      country_names: "Canada; United Kingdom",
    });
    expect(row("remembrance-guest")).toMatchObject({ precision: "decade", date_label: "1990s" });
  });

  it("has exactly the documented columns, in their order, for every real event", () => {
    for (const row of eventRows()) expect(Object.keys(row)).toEqual(Object.keys(EVENT_COLUMNS));
  });
});

describe("stanceRow()", () => {
  it("writes names and labels beside the codes, in the story's own words", () => {
    expect(stanceRow(byId(syria.stances, "g7"), ctx)).toMatchObject({
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
    expect(stanceRow(byId(syria.stances, "united-kingdom"), ctx)).toMatchObject({
      country_name: "United Kingdom",
      stance_label: "Pushed for tighter sanctions",
    });
    expect(stanceRow(byId(syria.stances, "russia"), ctx).stance_label).toBe("Target of the sanctions");
  });

  it("leaves quotes, links, date and events empty for a stance the article does not report", () => {
    expect(stanceRow(byId(syria.stances, "japan"), ctx)).toEqual({
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

  it("labels another story's stances with that story's positions and words", () => {
    const river = contextOf("river-treaty");
    const rows = stanceRows(loadStory("river-treaty").stances, river);
    expect(rows.map((r) => [r.country_name, r.actor, r.stance_label])).toEqual([
      ["Austria", "Government", "Supports a review"],
      ["Austria", "Environmental groups, protesting in Vienna", "Supports a review"],
      ["Hungary", "Government", "Will wait for the experts"],
      ["Slovakia", "Government", "Opposes a review"],
      ["Romania", "Government", "Has not said"],
    ]);
  });

  it("writes the stance's id as its label for a story whose stances header is missing", () => {
    const noQuestion = { ...ctx, vocabulary: { ...ctx.vocabulary, stances: undefined } };
    expect(stanceRow(byId(syria.stances, "germany"), noQuestion).stance_label).toBe("rejected");
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

  it("speak of any story: no story's categories, countries or positions are written into them", () => {
    const docs = [...Object.values(EVENT_COLUMNS), ...Object.values(STANCE_COLUMNS)].join("\n");
    expect(docs).not.toMatch(/sanction|Russia|G7|syria|pushed|diplomacy/i);
    expect(EVENT_COLUMNS.category).toBe("The category's id, one of the story's own; empty when the story has none");
    expect(STANCE_COLUMNS.stance).toBe("The position's id, one of the story's own, or not-reported or target");
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

  it("writes only the header for no rows: a story without stances", () => {
    expect(toCsv(columns, [])).toBe("name,text,empty\r\n");
    expect(toCsv(STANCE_COLUMNS, stanceRows(loadStory("launch-day").stances, contextOf("launch-day")))).toBe(
      `${Object.keys(STANCE_COLUMNS).join(",")}\r\n`,
    );
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
    expect(outside.match(/\r\n/g)).toHaveLength(syria.stances.length + 1);
    expect(outside.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(text.endsWith("\r\n")).toBe(true);
  });
});

describe("toJson()", () => {
  const json = toJson("events", syria.events, ctx);
  const data = JSON.parse(json);

  it("names the article, then lists the records under their kind, in the page's order", () => {
    expect(Object.keys(data)).toEqual(["article", "events"]);
    expect(data.article).toEqual({
      title: "Syria strike, G7 sanctions",
      url: "https://explainers.example.org/articles/syria-strike-g7-sanctions/",
    });
    expect(data.events.map((e: { id: string }) => e.id)).toEqual(syria.events.map((e) => e.id));
  });

  it("gives each quote its text, paragraph and link", () => {
    expect(byId(data.events as { id: string; quotes: unknown }[], "g7-rejects-sanctions").quotes).toEqual([
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

  it("round-trips every other field as validated, without the build's article and order fields", () => {
    const back = data.events as Record<string, unknown>[];
    syria.events.forEach(({ article: _article, order: _order, quotes, ...rest }, i) => {
      expect(back[i]).toEqual({
        ...rest,
        quotes: quotes.map((q) => ({ ...q, url: `${ctx.articleUrl}#${q.paragraph}` })),
      });
      expect(back[i]).not.toHaveProperty("article");
      expect(back[i]).not.toHaveProperty("order");
    });
  });

  it("keeps a stable key order: the schema's, with the quotes last", () => {
    expect(Object.keys(byId(data.events as { id: string }[], "g7-lucca"))).toEqual([
      "id",
      "title",
      "date",
      "end",
      "turning",
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
    const stances = JSON.parse(toJson("stances", syria.stances, ctx));
    expect(Object.keys(stances)).toEqual(["article", "stances"]);
    expect(stances.stances).toHaveLength(10);
    expect(byId(stances.stances as { id: string }[], "japan")).toMatchObject({
      stance: "not-reported",
      quotes: [],
      events: [],
    });
  });

  it("writes an empty list for a story without stances", () => {
    const launch = contextOf("launch-day");
    expect(JSON.parse(toJson("stances", loadStory("launch-day").stances, launch))).toEqual({
      article: { title: launch.articleTitle, url: launch.articleUrl },
      stances: [],
    });
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
  const all = (f: { events: readonly FactEvent[]; stances: readonly FactStance[] }) => [
    toCsv(EVENT_COLUMNS, eventRows(f.events)),
    toCsv(STANCE_COLUMNS, stanceRows(f.stances)),
    toJson("events", f.events, ctx),
    toJson("stances", f.stances, ctx),
  ];

  it("twice in a row", () => {
    expect(all(syria)).toEqual(all(syria));
  });

  it("from a fresh validation of the same files", () => {
    const again = storyFacts();
    expect(again.problems).toEqual([]);
    expect(all(again)).toEqual(all(syria));
  });

  it("with no timestamp or other build-time value in the output", () => {
    for (const text of all(syria)) expect(text).not.toMatch(/20(?:2\d|3\d)-\d\d-\d\d/);
  });
});
