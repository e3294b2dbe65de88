import { utcDay } from "d3-time";
import { describe, expect, it } from "vitest";
import { apart } from "../../test/geometry";
import { random } from "../../test/random";
import { type DateSpec, interval } from "../facts/dates";
import { estimateTextWidth } from "../text-metrics";
import {
  DEFAULT_MARGIN,
  FOCUS_ID,
  focusWindow,
  LABEL_MAX_LINES,
  LABEL_MAX_WIDTH,
  LABEL_PADDING,
  layoutTimeline,
  MARK_EXTENT,
  MARK_GAP,
  MIN_FONT_SIZE,
  MIN_SPAN_WIDTH,
  paddedDomain,
  splitBands,
  TICK_PADDING,
  type TimelineItem,
  type TimelineLayout,
} from "./layout";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

function item(id: string, spec: DateSpec, label: string): TimelineItem {
  const { start, end } = interval(spec);
  return { id, start, end, kind: spec.precision === "day" ? "point" : "span", label };
}

const day = (id: string, date: string, label: string) => item(id, { date, precision: "day" }, label);

/** The article's events, from the annexation of Crimea to the French election, as the fact base dates them. */
const EVENTS: TimelineItem[] = [
  day("crimea", "2014-03-18", "Russia annexes Crimea"),
  day("g8-suspension", "2014-03-24", "G7 suspends Russia from the G8"),
  day("russian-strikes", "2015-09-30", "Russia starts air strikes in Syria"),
  item("aleppo", { date: "2016", precision: "year" }, "Russian-backed siege and fall of Aleppo"),
  day("expulsions", "2016-12-29", "US expels 35 Russian diplomats over election hacking"),
  day("tillerson-hearing", "2017-01-11", "Tillerson's confirmation hearing"),
  day("flynn", "2017-02-13", "Flynn resigns as National Security Adviser"),
  day("nato-skip", "2017-03-24", "Tillerson to skip NATO ministers' meeting"),
  day("khan-shaykhun", "2017-04-04", "Sarin attack on Khan Shaykhun"),
  day("shayrat", "2017-04-07", "US missile strike on Shayrat airbase"),
  day("johnson-sanctions", "2017-04-10", "Johnson calls for sanctions on Russian officers"),
  day("alfano-dialogue", "2017-04-10", "Italy urges dialogue with Moscow"),
  item("lucca", { date: "2017-04-10", end: "2017-04-11", precision: "range" }, "G7 foreign ministers meet in Lucca"),
  day("no-new-sanctions", "2017-04-11", "G7 agrees no new sanctions"),
  day("assad-reign", "2017-04-11", "Tillerson: Assad's reign is coming to an end"),
  day("kremlin-denial", "2017-04-11", "Kremlin denies Syria used chemical weapons"),
  item(
    "moscow",
    { date: "2017-04-11", end: "2017-04-12", precision: "range" },
    "Tillerson visits Moscow, meets Lavrov and Putin",
  ),
  day("french-election", "2017-04-23", "French presidential election, first round"),
];

const WORDS = ["G7", "sanctions", "on", "Russia", "Tillerson", "meets", "Lavrov", "in", "Moscow", "strike", "Syria"];
const UNICODE_WORDS = [
  "Москва",
  "東京で会談",
  "Überprüfung",
  "🇺🇸",
  "🚀🔥",
  "👩‍👩‍👧‍👦",
  "Ελλάδα",
  "e\u0301te\u0301",
  "مرحبا",
  "—",
];

function synthetic(
  count: number,
  seed: number,
  { words = WORDS, oneDay = false, labelLength = 0 } = {},
): TimelineItem[] {
  const next = random(seed);
  const pick = () => words[Math.floor(next() * words.length)] ?? "";
  const from = utc("2014-01-01").getTime();
  return Array.from({ length: count }, (_, i) => {
    const start = oneDay ? utc("2017-04-07") : utcDay.floor(new Date(from + next() * 4 * 365 * 864e5));
    const kind = !oneDay && next() < 0.3 ? "span" : "point";
    const end = utcDay.offset(start, kind === "span" ? 1 + Math.floor(next() * 400) : 1);
    let label = Array.from({ length: 1 + Math.floor(next() * 8) }, pick).join(" ");
    if (labelLength) label = `${label} ${"x".repeat(labelLength)}`.slice(0, labelLength);
    return { id: `e${i}`, start, end, kind, label };
  });
}

const focus = focusWindow(EVENTS);
const { detail, overview } = splitBands(EVENTS, focus);

const withDomain = (name: string, items: TimelineItem[]): [string, TimelineItem[], [Date, Date]] => [
  name,
  items,
  paddedDomain(items),
];

const CASES: [name: string, items: TimelineItem[], domain: [Date, Date]][] = [
  ["the April 2017 detail", detail, focus],
  withDomain("the overview", overview),
  withDomain("all events on one axis", EVENTS),
  ...[1, 2, 50, 200].map((n) => withDomain(`${n} random events`, synthetic(n, n))),
  withDomain("30 events on one day", synthetic(30, 3, { oneDay: true })),
  withDomain("40 labels of 60 characters", synthetic(40, 4, { labelLength: 60 })),
  withDomain("40 unicode labels", synthetic(40, 5, { words: UNICODE_WORDS })),
];

const WIDTHS = Array.from({ length: (1600 - 320) / 10 + 1 }, (_, i) => 320 + 10 * i);

/** Every way the labels break the rules; collected rather than asserted one by one, as there are millions. */
function labelFaults(l: TimelineLayout): string[] {
  const faults: string[] = [];
  for (const [i, a] of l.labels.entries()) {
    if (a.x < 0 || a.x + a.width > l.width) faults.push(`${a.id} leaves [0, ${l.width}] at width ${l.width}`);
    if (a.y + a.height > l.height) faults.push(`${a.id} falls below the chart at width ${l.width}`);
    for (const b of l.labels.slice(i + 1)) {
      if (!apart(a, b, LABEL_PADDING)) faults.push(`${a.id} and ${b.id} collide at width ${l.width}`);
    }
  }
  return faults;
}

function checkTicks(l: TimelineLayout): void {
  const boxes = l.ticks.map((t) => ({ x: t.labelX - t.labelWidth / 2, width: t.labelWidth }));
  for (const [i, box] of boxes.entries()) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(l.width);
    const next = boxes[i + 1];
    if (next) expect(box.x + box.width + TICK_PADDING).toBeLessThanOrEqual(next.x);
  }
}

describe("layoutTimeline, for every width from 320 to 1600 px", () => {
  describe.each(CASES)("%s", (_, items, domain) => {
    const layouts = WIDTHS.map((width) => layoutTimeline(items, { width, domain }));

    it("keeps every label box inside [0, width] and clear of every other by the padding", () => {
      expect(layouts.flatMap(labelFaults)).toEqual([]);
    });

    it("keeps tick labels inside the chart and apart from each other", () => {
      for (const l of layouts) checkTicks(l);
    });

    it("gives every item a mark inside the axis range and a label, in time order", () => {
      const ids = [...items].sort((a, b) => +a.start - +b.start || +a.end - +b.end || a.id.localeCompare(b.id));
      for (const l of layouts) {
        const [r0, r1] = [DEFAULT_MARGIN.left, l.width - DEFAULT_MARGIN.right];
        expect(l.marks.map((m) => m.id)).toEqual(ids.map((i) => i.id));
        expect(l.labels.map((m) => m.id)).toEqual(ids.map((i) => i.id));
        for (const [i, m] of l.marks.entries()) {
          expect(m.x).toBeGreaterThanOrEqual(r0);
          expect(m.x2 ?? m.x).toBeLessThanOrEqual(r1);
          expect(m.x).toBeGreaterThanOrEqual(l.marks[i - 1]?.x ?? r0);
        }
      }
    });

    it("never draws one mark over another: marks in one row keep apart, whatever their dates", () => {
      const faults: string[] = [];
      for (const l of layouts) {
        const extent = (m: (typeof l.marks)[number]) => [m.x - MARK_EXTENT, Math.max(m.x + MARK_EXTENT, m.x2 ?? m.x)];
        for (const [i, a] of l.marks.entries()) {
          if (a.y < l.axisY) faults.push(`${a.id} sits above the axis at width ${l.width}`);
          for (const b of l.marks.slice(i + 1)) {
            if (a.y !== b.y) continue;
            const [a0 = 0, a1 = 0] = extent(a);
            const [b0 = 0, b1 = 0] = extent(b);
            if (!(a1 + MARK_GAP <= b0 + 1e-9 || b1 + MARK_GAP <= a0 + 1e-9)) {
              faults.push(`${a.id} and ${b.id} overlap at width ${l.width}`);
            }
          }
        }
      }
      expect(faults).toEqual([]);
    });

    it("puts labels below the marks, with leader lines from each mark down to its label", () => {
      for (const l of layouts) {
        const marksBottom = Math.max(...l.marks.map((m) => m.y));
        for (const [i, label] of l.labels.entries()) {
          const mark = l.marks[i];
          expect(label.y).toBeGreaterThan(marksBottom);
          expect(label.leader).toEqual({ x: mark?.x, y1: mark?.y, y2: label.leader.y2 });
          expect(label.anchorX).toBe(mark?.x);
          expect(label.leader.y2).toBeGreaterThanOrEqual(label.y);
          expect(label.leader.y2).toBeLessThanOrEqual(label.y + label.height);
        }
      }
    });

    it("loses no character of any label, and draws text at no less than 12 px", () => {
      for (const l of layouts) {
        expect(l.fontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
        for (const [i, label] of l.labels.entries()) {
          const text = items.find((it) => it.id === l.marks[i]?.id)?.label ?? "";
          expect(label.lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
          for (const line of label.lines) expect(estimateTextWidth(line, l.fontSize)).toBeLessThanOrEqual(label.width);
        }
      }
    });
  });
});

describe("layoutTimeline", () => {
  const domain = paddedDomain(EVENTS);

  it("lays out the same events identically, whatever their order", () => {
    const a = layoutTimeline(EVENTS, { width: 700, domain });
    expect(layoutTimeline(EVENTS, { width: 700, domain })).toEqual(a);
    expect(layoutTimeline([...EVENTS].reverse(), { width: 700, domain })).toEqual(a);
  });

  it("never sets text below 12 px, and uses 13 px unless told otherwise", () => {
    expect(layoutTimeline(EVENTS, { width: 700, domain }).fontSize).toBe(13);
    expect(layoutTimeline(EVENTS, { width: 700, domain, fontSize: 9 }).fontSize).toBe(12);
    expect(layoutTimeline(EVENTS, { width: 700, domain, fontSize: 16 }).fontSize).toBe(16);
  });

  it("wraps a long label to at most three lines no wider than 220 px", () => {
    const long = synthetic(1, 9, { labelLength: 60 });
    for (const width of [320, 800, 1600]) {
      const [label] = layoutTimeline(long, { width, domain: paddedDomain(long) }).labels;
      expect(label?.lines.length).toBeGreaterThan(1);
      expect(label?.lines.length).toBeLessThanOrEqual(LABEL_MAX_LINES);
      expect(label?.width).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
    }
  });

  it("wraps at least an em wide, however narrow a labelMaxWidth it is given", () => {
    const l = layoutTimeline(EVENTS, { width: 600, domain, labelMaxWidth: 0 });
    for (const label of l.labels) expect(label.width).toBeGreaterThanOrEqual(l.fontSize);
  });

  it("honours a narrower labelMaxWidth", () => {
    const l = layoutTimeline(EVENTS, { width: 1200, domain, labelMaxWidth: 160 });
    for (const label of l.labels) expect(label.width).toBeLessThanOrEqual(160);
  });

  it("widens a label rather than drop words when it would need more than three lines", () => {
    const [label] = layoutTimeline([{ ...EVENTS[0], label: "word ".repeat(40) } as TimelineItem], {
      width: 600,
      domain,
      labelMaxWidth: 60,
    }).labels;
    expect(label?.lines.length).toBeLessThanOrEqual(LABEL_MAX_LINES);
    expect(label?.lines.join(" ")).toBe("word ".repeat(40).trim());
  });

  it("makes each lane as tall as its tallest label, and stacks lanes a padding apart", () => {
    const l = layoutTimeline(EVENTS, { width: 500, domain });
    const lanes = Math.max(...l.labels.map((label) => label.lane)) + 1;
    const laneOf = (n: number) => l.labels.filter((label) => label.lane === n);
    for (let n = 1; n < lanes; n++) {
      const above = laneOf(n - 1);
      const tallest = Math.max(...above.map((label) => label.lines.length)) * l.lineHeight;
      for (const label of laneOf(n)) expect(label.y).toBeCloseTo((above[0]?.y ?? 0) + tallest + LABEL_PADDING);
    }
  });

  it("pulls a label left at the right edge, keeping its mark's leader above it", () => {
    const last = [{ id: "end", kind: "point", start: domain[1], end: domain[1], label: "At the very end" }] as const;
    const [label] = layoutTimeline(last, { width: 400, domain }).labels;
    expect((label?.x ?? 0) + (label?.width ?? 0)).toBe(400);
    expect(label?.anchorX).toBeGreaterThan(label?.x ?? 0);
    expect(label?.leader.y2).toBe(label?.y);
  });

  it("keeps a day-long span visible over years of axis, and clamps spans to the axis", () => {
    const spans: TimelineItem[] = [
      item("one-day", { date: "2015-06-01", end: "2015-06-01", precision: "range" }, "One day"),
      item("beyond", { date: "2013", precision: "year" }, "Starts before the domain"),
    ];
    const l = layoutTimeline(spans, { width: 400, domain: [utc("2014-01-01"), utc("2018-01-01")] });
    const [beyond, oneDay] = l.marks;
    expect((oneDay?.x2 ?? 0) - (oneDay?.x ?? 0)).toBeCloseTo(MIN_SPAN_WIDTH);
    expect(beyond?.x).toBe(DEFAULT_MARGIN.left);
    expect(beyond?.x2).toBe(DEFAULT_MARGIN.left + MIN_SPAN_WIDTH);
  });

  it("stacks overlapping spans so neither hides the other", () => {
    const l = layoutTimeline(detail, { width: 800, domain: focus });
    const lucca = l.marks.find((m) => m.id === "lucca");
    const moscow = l.marks.find((m) => m.id === "moscow");
    expect(lucca?.y).toBe(l.axisY);
    expect(moscow?.y).toBeGreaterThan(l.axisY);
  });

  it("stacks events of one day in rows below the axis, so every mark is visible and can be hit", () => {
    const sameDay = [
      day("a", "2017-04-10", "First of the day"),
      day("b", "2017-04-10", "Second of the day"),
      day("c", "2017-04-10", "Third of the day"),
    ];
    for (const width of [320, 800, 1600]) {
      const l = layoutTimeline(sameDay, { width, domain: focus });
      const ys = l.marks.map((m) => m.y);
      expect(new Set(l.marks.map((m) => m.x)).size).toBe(1);
      expect(ys[0]).toBe(l.axisY);
      expect(new Set(ys).size).toBe(3);
      // Rows far enough apart that no shape covers the middle of the next one's.
      const sorted = [...ys].sort((p, q) => p - q);
      for (const [i, y] of sorted.slice(1).entries()) expect(y - (sorted[i] ?? 0)).toBeGreaterThanOrEqual(MARK_EXTENT);
      // And labels start below the lowest mark.
      for (const label of l.labels) expect(label.y).toBeGreaterThan(Math.max(...ys) + MARK_EXTENT);
    }
    // The article's 11 April: three points and the Moscow visit, each in its own row of the detail band.
    const l = layoutTimeline(detail, { width: 320, domain: focus });
    const april11 = l.marks.filter((m) =>
      ["no-new-sanctions", "assad-reign", "kremlin-denial", "moscow"].includes(m.id),
    );
    expect(new Set(april11.map((m) => m.y)).size).toBe(4);
  });

  it("refuses a width with no room inside the margins, and an empty domain", () => {
    expect(() => layoutTimeline(EVENTS, { width: 30, domain })).toThrow(RangeError);
    expect(() => layoutTimeline(EVENTS, { width: 800, domain: [domain[0], domain[0]] })).toThrow(RangeError);
  });
});

describe("ticks", () => {
  const labels = (from: string, to: string, width: number) =>
    layoutTimeline([], { width, domain: [utc(from), utc(to)] }).ticks.map((t) => t.label);

  it("name years over years", () => {
    expect(labels("2014-01-01", "2018-01-01", 400)).toEqual(["2014", "2015", "2016", "2017", "2018"]);
  });

  it("name months with their year over months", () => {
    expect(labels("2017-01-01", "2017-07-01", 600)).toEqual([
      "Jan 2017",
      "Feb 2017",
      "Mar 2017",
      "Apr 2017",
      "May 2017",
      "Jun 2017",
      "Jul 2017",
    ]);
  });

  it("name days day first, with the year on the first tick and where the year changes", () => {
    expect(labels("2017-04-03", "2017-04-17", 800)).toEqual([
      "4 Apr 2017",
      "6 Apr",
      "8 Apr",
      "10 Apr",
      "12 Apr",
      "14 Apr",
      "16 Apr",
    ]);
    const turn = labels("2016-12-26", "2017-01-06", 1000);
    expect(turn[0]).toBe("26 Dec 2016");
    expect(turn.filter((t) => /\d{4}$/.test(t))).toEqual(["26 Dec 2016", "1 Jan 2017"]);
  });

  it("never fall between midnights, even on an axis two days long", () => {
    const l = layoutTimeline([], { width: 1600, domain: [utc("2017-04-07"), utc("2017-04-09")] });
    for (const t of l.ticks) expect(+utcDay.floor(t.date)).toBe(+t.date);
  });

  it("come about one per 90 px", () => {
    for (const width of [320, 900, 1600]) {
      const n = layoutTimeline([], { width, domain: paddedDomain(EVENTS) }).ticks.length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(Math.ceil(width / 60));
    }
  });
});

describe("focusWindow", () => {
  it("picks 3 to 17 April 2017 for the article's events", () => {
    expect(focusWindow(EVENTS)).toEqual([utc("2017-04-03"), utc("2017-04-17")]);
  });

  it("is as many days long as asked, padding included", () => {
    const [start, end] = focusWindow(EVENTS, { days: 30 });
    expect(utcDay.count(start, end)).toBe(30);
  });

  it("prefers the later of two equally busy stretches", () => {
    const items = [
      ...synthetic(3, 1, { oneDay: true }),
      day("a", "2015-01-01", "A"),
      day("b", "2015-01-02", "B"),
      day("c", "2015-01-03", "C"),
    ];
    expect(focusWindow(items)).toEqual([utc("2017-04-06"), utc("2017-04-20")]);
  });

  it("finds the window that counting every start against every other finds, on random stories", () => {
    // The plain quadratic definition: the latest start whose window of days - 2 holds the most starts.
    const naive = (items: TimelineItem[], inner = 12) => {
      const starts = items.map((i) => utcDay.floor(i.start)).sort((a, b) => +a - +b);
      let best = { start: starts[0] as Date, count: -1 };
      for (const s of starts) {
        const count = starts.filter((x) => x >= s && x < utcDay.offset(s, inner)).length;
        if (count >= best.count) best = { start: s, count };
      }
      return [utcDay.offset(best.start, -1), utcDay.offset(best.start, inner + 1)];
    };
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const items = Array.from({ length: 1 + Math.floor(next() * 80) }, (_, k) =>
        day(
          `e${k}`,
          new Date(utc("2016-01-01").getTime() + Math.floor(next() * 400) * 86_400_000).toISOString().slice(0, 10),
          "x",
        ),
      );
      expect(focusWindow(items), `seed ${seed}`).toEqual(naive(items));
    }
  });

  it("refuses no items, and a window with no room inside its padding", () => {
    expect(() => focusWindow([])).toThrow(RangeError);
    expect(() => focusWindow(EVENTS, { days: 2 })).toThrow(RangeError);
  });
});

describe("splitBands", () => {
  it("sends the events starting in the window to the detail band", () => {
    expect(detail.map((e) => e.id)).toEqual([
      "khan-shaykhun",
      "shayrat",
      "johnson-sanctions",
      "alfano-dialogue",
      "lucca",
      "no-new-sanctions",
      "assad-reign",
      "kremlin-denial",
      "moscow",
    ]);
  });

  it("keeps the rest in the overview, with one span showing where the detail is", () => {
    expect(overview).toHaveLength(EVENTS.length - detail.length + 1);
    expect(overview.find((e) => e.id === FOCUS_ID)).toEqual({
      id: FOCUS_ID,
      kind: "span",
      start: utc("2017-04-03"),
      end: utc("2017-04-17"),
      label: "Apr 2017 · 9 events",
    });
  });

  it("names the months the detail's events start in, and counts them", () => {
    const label = (items: TimelineItem[]) => splitBands(items, focusWindow(items)).overview.at(-1)?.label;
    expect(label([day("a", "2017-03-30", "A"), day("b", "2017-04-02", "B")])).toBe("Mar–Apr 2017 · 2 events");
    expect(label([day("a", "2016-12-30", "A"), day("b", "2017-01-02", "B")])).toBe("Dec 2016–Jan 2017 · 2 events");
    expect(label([day("a", "2017-04-07", "A")])).toBe("Apr 2017 · 1 event");
  });
});
