import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem } from "../errors";
import { EVENT_COLUMNS, eventRow, toCsv } from "../facts/downloads";
import { parseTimelineJs } from "../import";
import { storyToTimelineJs } from "./export";
import { loadStories, readStories, type Story } from "./stories";

// Each case builds a seeds folder of its own, so a file is read exactly as an editor would drop it in.
let root: string | undefined;
const seeds = () => join(root ?? "", "seeds");
function folder(files: Record<string, string | Buffer>) {
  root = mkdtempSync(join(tmpdir(), "imports-test-"));
  mkdirSync(join(seeds(), "media"), { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(seeds(), name), content);
  return seeds();
}
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});
const load = (files: Record<string, string | Buffer>) => loadStories(folder(files), root ?? "");
const messages = (files: Record<string, string | Buffer>) => load(files).problems.map(formatProblem);

const FIXTURES = new URL("../../../e2e/fixtures/seeds/", import.meta.url).pathname;
const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const JPEG = readFileSync(join(FIXTURES, "media/storm-ferry.jpg"));
/** The harbour-storm timeline's images, under a test folder's media/. */
const STORM_MEDIA = Object.fromEntries(
  ["storm-warning.jpg", "storm-ferry.jpg", "storm-surge.jpg", "storm-cleanup.jpg"].map((m) => [
    `media/${m}`,
    readFileSync(join(FIXTURES, "media", m)),
  ]),
);

const HEADER =
  "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background";

describe("a timeline-only story: a TimelineJS file alone", () => {
  it("becomes a story: its title slide the introduction, its slides the events, its words its authors'", () => {
    const { stories, problems } = load({
      "storm.timeline.json": fixture("harbour-storm.timeline.json"),
      ...STORM_MEDIA,
    });
    expect(problems).toEqual([]);
    const [story] = stories as [Story];
    expect(story.slug).toBe("storm");
    expect(story.form).toBe("timelinejs");
    expect(story.meta.title).toBe("Three days of the Ingrid storm");
    expect(story.blocks.map((b) => b.type)).toEqual(["figure", "paragraph", "graphic"]);
    expect(story.events.map((e) => [e.id, e.title, e.date, e.quotes.length])).toEqual([
      ["warning-flags", "The coastguard raises the storm flags", "2025-01-20T07:15", 0],
      ["ferry-cancelled", "The island ferry stays in port", "2025-01-20T12:00", 0],
      ["surge-over-quay", "The surge breaks over the quay", "2025-01-21T23:40", 0],
      ["clean-up", "Volunteers clear the quay", "2025-01-22", 0],
      ["harbourmaster-video", "The harbourmaster walks the damage", "2025-01-22T09:00", 0],
      // A slide with no headline is still an event, named by its first words.
      ["the-council-puts-the-repairs", "The council puts the repairs at 1.2 million…", "2025-02", 0],
    ]);
    expect(story.vocabulary.categories.map((c) => c.label)).toEqual(["Warnings", "Transport", "Clean-up"]);
  });

  it("keeps each event's text as its authors wrote it, sanitised, and its media: an image from the site, else a link", () => {
    const { stories } = load({ "storm.timeline.json": fixture("harbour-storm.timeline.json"), ...STORM_MEDIA });
    expect(stories[0]?.events.find((e) => e.id === "warning-flags")?.media).toMatchObject({
      kind: "image",
      src: "seeds/media/storm-warning.jpg",
      alt: "Two red storm pennants on a mast over the harbour",
      caption: [{ type: "text", value: "The flags went up before dawn." }],
      credit: [
        {
          type: "link",
          href: "https://gazette.example.org/photos",
          children: [{ type: "text", value: "Skerrow Gazette" }],
        },
      ],
    });
    const warning = stories[0]?.events.find((e) => e.id === "warning-flags");
    expect(warning?.body).toEqual([
      {
        type: "paragraph",
        id: "p-two-red-pennants-go-up",
        children: [
          { type: "text", value: "Two red pennants go up over the harbour office: " },
          {
            type: "link",
            href: "https://coastguard.example.org/warnings",
            children: [{ type: "text", value: "a severe gale warning" }],
          },
          { type: "text", value: " for the next 48 hours." },
        ],
      },
    ]);
    const video = stories[0]?.events.find((e) => e.id === "harbourmaster-video");
    expect(video?.media).toMatchObject({
      kind: "link",
      provider: "YouTube",
      url: "https://www.youtube.com/watch?v=skerrow-storm-fixture",
    });
  });

  it("takes its eras as the timeline's periods, in time order whatever the file's", () => {
    const { stories, problems } = load({ "eras.timeline.json": fixture("knight-lab-eras.timeline.json") });
    expect(problems).toEqual([]);
    expect(stories[0]?.vocabulary.eras?.map((e) => [e.label, e.date, e.end])).toEqual([
      ["Era Test 600-650", "0600", "0650"],
      ["Era Test 650-700", "0650", "0700"],
      ["Era Test 700-720", "0700", "0720"],
    ]);
  });
});

describe("what an imported file must not be", () => {
  it.each([
    [
      "an empty sheet",
      { "s.events.csv": "" },
      [/^seeds\/s\.events\.csv: is empty: write a header row, TimelineJS's \(Year, Month/],
    ],
    [
      "a sheet with a wrong header",
      { "s.events.csv": "When,What,Body\n2020,A,B\n" },
      [/^seeds\/s\.events\.csv › record "row 1": names neither TimelineJS's .* nor ours .*: it has When, What, Body$/],
    ],
    [
      "a date that does not exist, 31 February",
      { "s.events.csv": `${HEADER}\n2024,2,31,,,,,,,A day that is not,,,,,,,,\n` },
      [
        /^seeds\/s\.events\.csv › record "row 2" › field "date": "2024-02-31" is not a date that exists in the calendar$/,
      ],
    ],
    [
      "a Year that is no year",
      { "s.events.csv": `${HEADER}\n20x7,,,,,,,,,A,,,,,,,,\n` },
      [/^seeds\/s\.events\.csv › record "row 2" › field "Year": /],
    ],
    [
      "JSON that does not parse",
      { "s.timeline.json": '{ "events": [ { "start_date": ' },
      [/^seeds\/s\.timeline\.json: is not valid JSON: .* \(line 1, column 31\)$/],
    ],
    [
      "a local image that is not there",
      {
        "s.timeline.json": JSON.stringify({
          events: [{ start_date: { year: 2024 }, text: { headline: "A" }, media: { url: "media/gone.jpg", alt: "x" } }],
        }),
      },
      [
        /^seeds\/s\.timeline\.json › record "a" › field "media\.url": "media\/gone\.jpg" is not there: put the image at seeds\/media\/gone\.jpg/,
      ],
    ],
    [
      "two events files for one story",
      { "s.txt": "Text.\n", "s.events.yaml": "[]\n", "s.events.csv": `${HEADER}\n` },
      [/^seeds\/s\.events\.yaml: is a second events file for s \(beside s\.events\.csv\); keep one of them$/],
    ],
  ])("refuses %s, naming the file, the record and the field", (_, files, expected) => {
    const found = messages(files as Record<string, string>);
    for (const pattern of expected) expect(found).toContainEqual(expect.stringMatching(pattern));
  });

  it("keeps today's rule for a story with an article: every event quotes it", () => {
    const sheet = `${HEADER}\n2024,3,1,,,,,,,The vote,<p>It passed.</p>,,,,,,,\n`;
    expect(messages({ "s.txt": "The council voted on 1 March 2024.\n", "s.events.csv": sheet })).toEqual([
      'seeds/s.events.csv › record "row 2" › field "quotes": needs at least one quote from the article: the words that give this event',
    ]);
  });

  it("drops what a file from elsewhere must never carry, and says so: scripts, handlers, javascript: and data: media", () => {
    const { stories, problems, notes } = load({
      "h.timeline.json": fixture("hostile-timeline.timeline.json"),
      "media/huge.png": JPEG,
    });
    expect(problems).toEqual([]);
    // The story as the site holds it (its log of what was dropped aside): no markup, handler or script left, no link but http(s).
    const all = JSON.stringify(stories.map(({ dropped: _dropped, ...s }) => s));
    for (const bad of ["<script", "alert(", "onerror", "onclick", "<iframe"]) expect(all).not.toContain(bad);
    const hrefs = [...all.matchAll(/"(?:href|url)":"([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.filter((h) => !/^https:\/\//.test(h ?? ""))).toEqual([]);
    expect(stories[0]?.events.find((e) => e.id === "script-headline")?.title).toBe("A headline with a script");
    expect(stories[0]?.events.find((e) => e.id === "javascript-media")?.media).toBeUndefined();
    expect(notes).toEqual(
      expect.arrayContaining([
        `seeds/h.timeline.json: javascript-media: its media "javascript:alert('media')" is not an https address or a file under media/; not shown`,
        "seeds/h.timeline.json: script-headline: dropped 1 inline event handler: onerror on <img>",
        "seeds/h.timeline.json: script-headline: dropped 1 link to javascript: or data: (its text kept)",
      ]),
    );
  });

  it("asks an editor's own event image for its alt text, and lets an imported one take its caption's words", () => {
    const yaml = "- id: a\n  title: A\n  date: 2024\n  summary: S.\n  quotes: [Text]\n  media: { url: media/p.jpg }\n";
    expect(messages({ "s.txt": "Text.\n", "s.events.yaml": yaml, "media/p.jpg": JPEG })).toEqual([
      'seeds/s.events.yaml › record "a" › field "media.alt": "media/p.jpg" needs alt text: say what the image shows, for readers who cannot see it',
    ]);
    const json = {
      events: [
        {
          start_date: { year: 2024 },
          text: { headline: "A" },
          media: { url: "media/p.jpg", caption: "The <b>ferry</b>" },
        },
      ],
    };
    const { stories, notes } = load({ "t.timeline.json": JSON.stringify(json), "media/p.jpg": JPEG });
    expect(stories[0]?.events[0]?.media).toMatchObject({ kind: "image", alt: "The ferry", src: "seeds/media/p.jpg" });
    expect(notes).toContain(
      "seeds/t.timeline.json: 1 image has no alt text; its caption or its event's title stands in: add alt to say what each shows",
    );
  });
});

describe("an .xlsx sheet, read before the one pass", () => {
  it("comes in like its CSV", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Timeline");
    sheet.addRow(HEADER.split(","));
    sheet.addRow([
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "A sheet's timeline",
      "<p>Its title slide.</p>",
      "",
      "",
      "",
      "",
      "title",
    ]);
    sheet.addRow([2024, 3, 1, "", "", "", "", "", "", "The vote", "<p>It passed.</p>", "", "", "", "", "", "Council"]);
    const dir = folder({ "x.events.xlsx": Buffer.from(await workbook.xlsx.writeBuffer()) });
    const { stories, problems } = await readStories(dir, root ?? "");
    expect(problems).toEqual([]);
    expect(stories[0]?.form).toBe("sheet");
    expect(stories[0]?.meta.title).toBe("A sheet's timeline");
    expect(stories[0]?.events.map((e) => [e.title, e.date, e.category])).toEqual([
      ["The vote", "2024-03-01", "council"],
    ]);
  });

  it("that cannot be unzipped is a problem naming the file", async () => {
    const { problems } = await readStories(folder({ "x.events.xlsx": "not a workbook" }), root ?? "");
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^seeds\/x\.events\.xlsx: is not an \.xlsx workbook that can be read/),
    ]);
  });
});

describe("round trips: a timeline out and back in keeps every event, date and precision", () => {
  /** What a round trip must keep of each event. */
  const kept = (s: Story) =>
    s.events.map((e) => ({
      id: e.id,
      title: e.title,
      date: e.date,
      end: e.end,
      display_date: e.display_date,
      category: s.vocabulary.categories.find((c) => c.id === e.category)?.label,
      media: e.media?.kind === "link" ? e.media.url : e.media?.kind,
    }));

  for (const name of [
    "knight-lab-media-types.timeline.json",
    "knight-lab-cosmology.timeline.json",
    "knight-lab-cosmology-mixed.timeline.json",
    "knight-lab-eras.timeline.json",
    "knight-lab-template.events.csv",
    "women-in-computing.events.csv",
    "harbour-storm.timeline.json",
  ]) {
    it(`TimelineJS3 → our site → timeline.json → back, for ${name}`, async () => {
      const file = `a.${name.replace(/^[^.]+\./, "")}`;
      const first = load({ [file]: fixture(name), ...STORM_MEDIA });
      expect(first.problems).toEqual([]);
      const story = first.stories[0] as Story;
      const images = new Map(story.events.map((e) => [e.id, e.media?.src]));
      const out = await storyToTimelineJs(
        {
          title: story.meta.title,
          dek: story.meta.dek,
          url: "https://explainers.example.org/articles/a/",
          categories: story.vocabulary.categories,
          eras: story.vocabulary.eras,
          events: story.events,
        },
        // Images are served from the site; their address keeps the file's name, as a served copy would.
        async (e) => {
          const src = images.get(e.id);
          return src ? `media/${src.split("/").at(-1)}` : undefined;
        },
      );
      const again = load({ "a.timeline.json": JSON.stringify(out), ...STORM_MEDIA });
      expect(again.problems).toEqual([]);
      const back = again.stories[0];
      expect(parseTimelineJs(JSON.stringify(out), "out.json").problems).toEqual([]);
      expect(back && kept(back)).toEqual(kept(story));
      expect(back?.vocabulary.eras ?? []).toEqual(story.vocabulary.eras ?? []);
    });
  }

  it("our events.csv → a spreadsheet → back, beside the same article", () => {
    const { stories, problems } = loadStories(FIXTURES, join(FIXTURES, "../../.."));
    expect(problems).toEqual([]);
    const tram = stories.find((s) => s.slug === "tram-line") as Story;
    const ctx = {
      articleUrl: "https://explainers.example.org/articles/tram-line/",
      articleTitle: "",
      vocabulary: tram.vocabulary,
    };
    const csv = toCsv(
      EVENT_COLUMNS,
      tram.events.map((e) =>
        eventRow(
          {
            ...e,
            media: e.media && {
              ...e.media,
              url: e.media.url ?? (e.media.src ? `media/${e.media.src.split("/").at(-1)}` : undefined),
            },
          },
          ctx,
        ),
      ),
    );
    const dir = folder({
      "tram-line.md": fixture("tram-line.md"),
      "tram-line.meta.yaml": fixture("tram-line.meta.yaml"),
      "tram-line.events.csv": csv,
    });
    copyFileSync(join(FIXTURES, "media/tram-depot.jpg"), join(dir, "media/tram-depot.jpg"));
    copyFileSync(join(FIXTURES, "media/tram-map.png"), join(dir, "media/tram-map.png"));
    const back = loadStories(dir, root ?? "");
    expect(back.problems).toEqual([]);
    const strip = (s: Story) =>
      s.events.map(({ order: _o, article: _a, media, ...e }) => ({
        ...e,
        media: media && { ...media, src: media.src?.split("/").at(-1) },
      }));
    expect(strip(back.stories[0] as Story)).toEqual(strip(tram));
  });
});
