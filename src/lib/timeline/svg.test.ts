import { describe, expect, it } from "vitest";
import { storyFacts } from "../../test/story";
import { type EventLike, timelineModel } from "./model";
import { detailTitle, eventData, TIMELINE_WIDTHS, timelineVariant } from "./svg";

// The server render of the story's real events, validated as the build validates them.
const facts = storyFacts();
const model = timelineModel(facts.events);

/**
 * Just enough of the site's stylesheet that a snapshot reads when opened in a browser, written out as Biome
 * formats CSS so that `biome check --write` leaves the snapshot files alone.
 */
const RULES: [selectors: string[], declarations: string[]][] = [
  [["text"], ["font-family: system-ui, sans-serif", "font-size: 13px", "fill: #1a1a1a"]],
  [[".tl-tick-label", ".tl-band-title"], ["fill: #555"]],
  [[".tl-band-title"], ["font-weight: 600"]],
  [[".tl-axis-line", ".tl-tick", ".tl-leader"], ["stroke: #8a8d93"]],
  [[".tl-leader"], ["stroke-dasharray: 2 2"]],
  [[".tl-label"], ["stroke: #fff", "stroke-width: 4px", "stroke-linejoin: round", "paint-order: stroke"]],
  [[".tl-focus"], ["fill: none", "stroke: #1a1a1a"]],
  [[".tl-target"], ["fill: none"]],
  [[".tl-bracket"], ["fill: #eef2fc"]],
  [[".cat-syria-conflict"], ["fill: #c2410c"]],
  [[".cat-diplomacy"], ["fill: #1d4ed8"]],
  [[".cat-sanctions"], ["fill: #7e22ce"]],
  [[".cat-us-politics"], ["fill: #0f766e"]],
  [[".cat-european-politics"], ["fill: #a16207"]],
];
const STYLE = RULES.map(([sel, decl]) => `${sel.join(",\n")} {\n${decl.map((d) => `  ${d};`).join("\n")}\n}`).join(
  "\n",
);

/** A variant as a complete SVG document, as Timeline.astro wraps it. */
function document(width: number, events = model.events, focus = model.focus): string {
  const v = timelineVariant(events, focus, width);
  return [
    "<!-- biome-ignore format: a snapshot of the server render, compared character for character by svg.test.ts -->",
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.width} ${v.height}" width="${v.width}" height="${v.height}">`,
    `<title>The story's timeline at ${width} px, as the build draws it (src/lib/timeline/svg.test.ts)</title>`,
    `<style>${STYLE}</style>`,
    // One element a line where whitespace is harmless (never inside a <text>), so a change reads as a diff.
    v.markup.replace(/<(a |g |\/g>|path |line class="tl-tick"|text class="tl-band-title")/g, "\n<$1"),
    "</svg>",
    "",
  ].join("\n");
}

/** Each event's link in the markup: its id, attributes and inner markup. */
function links(markup: string): { id: string; attrs: string; inner: string }[] {
  return [...markup.matchAll(/<a ([^>]*data-event="([^"]*)"[^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    id: m[2] ?? "",
    attrs: m[1] ?? "",
    inner: m[3] ?? "",
  }));
}

const decode = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replace(/&amp;/g, "&");

describe("the server render of the story's timeline", () => {
  it.each([280, 740])("matches the reviewed picture at %i px", async (width) => {
    await expect(document(width)).toMatchFileSnapshot(`__snapshots__/timeline-${width}.svg`);
  });

  it.each(TIMELINE_WIDTHS)("draws every event exactly once at %i px, in one band or the other", (width) => {
    const { markup } = timelineVariant(model.events, model.focus, width);
    const ids = links(markup).map((l) => l.id);
    expect([...ids].sort()).toEqual(model.events.map((e) => e.id).sort());
    for (const e of model.events) expect(markup.split(`data-event="${e.id}"`)).toHaveLength(2);
    // The detail band holds the April 2017 events, the overview the rest.
    const detail = markup.slice(markup.indexOf('class="tl-band tl-detail"'));
    expect(links(detail).map((l) => l.id)).toEqual(model.detailIds);
  });

  it.each(TIMELINE_WIDTHS)("labels every event with its whole title at %i px", (width) => {
    for (const l of links(timelineVariant(model.events, model.focus, width).markup)) {
      const title = model.events.find((e) => e.id === l.id)?.label ?? "";
      const words = [...l.inner.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => decode(m[1] ?? ""));
      expect(words.join(" ")).toBe(title);
    }
  });

  it("gives the browser each event's dates and kind once, for its list entry, not on every drawing", () => {
    const strike = model.events.find((e) => e.id === "us-strike");
    if (!strike) throw new Error("no us-strike");
    expect(eventData(strike)).toEqual({ "data-start": "2017-04-07", "data-end": "2017-04-08", "data-kind": "point" });
    expect(timelineVariant(model.events, model.focus, 280).markup).not.toContain("data-start");
  });

  it("draws day events as points and year and range events as spans", () => {
    for (const width of [280, 740]) {
      for (const l of links(timelineVariant(model.events, model.focus, width).markup)) {
        const e = model.events.find((x) => x.id === l.id);
        expect(l.inner.includes('class="tl-span"'), l.id).toBe(e?.kind === "span");
        expect(l.inner).toContain('class="tl-shape"');
      }
    }
    const kinds = Object.fromEntries(model.events.map((e) => [e.id, e.kind]));
    expect(kinds).toMatchObject({ "us-strike": "point", "us-campaign-2016": "span", "g7-lucca": "span" });
  });

  it("names each event's date, as printed, in its accessible name", () => {
    const { markup } = timelineVariant(model.events, model.focus, 740);
    const strike = links(markup).find((l) => l.id === "us-strike");
    expect(strike?.attrs).toContain('aria-label="59 US Tomahawks hit Shayrat airbase, 7 Apr 2017"');
    expect(strike?.attrs).toContain('href="#event-us-strike"');
  });

  it("titles the bands with unambiguous dates", () => {
    const { markup } = timelineVariant(model.events, model.focus, 740);
    expect(markup).toContain(">Background, 2014–2017</text>");
    expect(markup).toContain(">In detail, 3 Apr 2017 to 16 Apr 2017</text>");
  });

  it("names the days a zoomed detail band shows, from the first it touches to the last", () => {
    const d = (iso: string) => new Date(iso);
    expect(detailTitle([d("2017-04-03T00:00Z"), d("2017-04-17T00:00Z")])).toBe("In detail, 3 Apr 2017 to 16 Apr 2017");
    expect(detailTitle([d("2017-04-06T18:00Z"), d("2017-04-12T06:00Z")])).toBe("In detail, 6 Apr 2017 to 12 Apr 2017");
    expect(detailTitle([d("2016-12-31T12:00Z"), d("2017-01-01T12:00Z")])).toBe("In detail, 31 Dec 2016 to 1 Jan 2017");
  });
});

describe("timelineVariant() with other events", () => {
  const ev = (id: string, title: string, date: string, precision: EventLike["precision"], end?: string): EventLike => ({
    id,
    title,
    category: "sanctions",
    date,
    precision,
    ...(end ? { end } : {}),
  });
  const EVENTS = [
    ev("tag", '<b>&"x"', "2017-04-07", "day"),
    ev("month", "A month", "2016-12", "month"),
    ev("year", "A year", "2015", "year"),
    ev("range", "A range", "2017-04-09", "range", "2017-04-11"),
    ev("day", "A day", "2017-04-10", "day"),
  ];
  const m = timelineModel(EVENTS);

  it("escapes labels: a title with markup in it is text, never markup", () => {
    for (const width of [280, 740]) {
      const { markup } = timelineVariant(m.events, m.focus, width);
      expect(markup).not.toContain("<b>");
      expect(markup).not.toMatch(/&(?!#\d+;|amp;)/);
      const tag = links(markup).find((l) => l.id === "tag");
      expect(tag?.attrs).toContain('aria-label="&#60;b&#62;&#38;&#34;x&#34;, 7 Apr 2017"');
      const text = [...(tag?.inner ?? "").matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((x) => x[1]).join("");
      expect(text).toBe("&#60;b&#62;&#38;&#34;x&#34;");
      expect(decode(text)).toBe('<b>&"x"');
    }
  });

  it("makes a date's precision visible: a day is a point, a month, a year or a range a bar", () => {
    for (const width of [280, 740]) {
      const byId = new Map(links(timelineVariant(m.events, m.focus, width).markup).map((l) => [l.id, l.inner]));
      expect(byId.get("tag")).not.toContain('class="tl-span"');
      expect(byId.get("day")).not.toContain('class="tl-span"');
      for (const id of ["month", "year", "range"]) expect(byId.get(id), id).toContain('<rect class="tl-span"');
    }
  });

  it("gives a month a bar about a month long, and a year one about twelve times longer", () => {
    const { markup } = timelineVariant(m.events, m.focus, 740);
    const width = (id: string) =>
      Number(
        links(markup)
          .find((l) => l.id === id)
          ?.inner.match(/class="tl-span"[^>]* width="([\d.]+)"/)?.[1],
      );
    expect(width("year") / width("month")).toBeGreaterThan(10);
    expect(width("year") / width("month")).toBeLessThan(14);
  });
});
