import { describe, expect, it } from "vitest";
import { random } from "../../test/random";
import { storiesWithEvents, story } from "../../test/stories";
import { dateFormat } from "../dates/format";
import { cutPoints, MAX_COLLAPSED, MAX_PERIODS, OPEN_LIMIT, periodCount, periods } from "./groups";
import { timelineModel } from "./model";

const utc = (iso: string) => Date.parse(`${iso}Z`);
const periodLabel = dateFormat("en").period;
const modelOf = (slug: string) => {
  const s = story(slug);
  return timelineModel(s.events, s.vocabulary.categories);
};
const labels = (slug: string) => periods(modelOf(slug).events).map((p) => p.label);

describe("periods(): the timeline's groups, chosen from the data", () => {
  it("cuts the Syria story at its long silences: the background, the months before, the crisis", () => {
    expect(labels("syria-strike-g7-sanctions")).toEqual([
      "18–24 March 2014",
      "2015–2017",
      "March\u2009–\u2009April 2017",
    ]);
  });

  it("keeps a century's dense war years together, apart from the keeper's years and the old age", () => {
    expect(labels("lighthouse-keeper")).toEqual(["1901–1919", "1920–1935", "1989–2007"]);
  });

  it("gives a story of one morning and two other days one period, and a story of six events one", () => {
    expect(labels("launch-day")).toEqual(["May\u2009–\u2009December 2011"]);
    expect(labels("river-treaty")).toEqual(["1998–2020"]);
  });

  it("always cuts at a silence longer than the rest of the story, however uneven the periods it leaves", () => {
    // Nine events in four days, then one known only to the next year: an even split would put two of the
    // days in a column with the next year, under "2026–2027".
    expect(labels("ferry-strike")).toEqual(["23–26 November 2026", "2027"]);
    // Ada Lovelace's notes, then a century later the rest: no period spans the silence.
    expect(labels("women-in-computing")).toEqual(["10 December 1815", "1943–1985"]);
  });

  it("covers every event once, in order, and never cuts between two events of one day", () => {
    for (const s of storiesWithEvents()) {
      const events = timelineModel(s.events, s.vocabulary.categories).events;
      const ps = periods(events);
      expect(ps[0]?.from).toBe(0);
      expect(ps.at(-1)?.to).toBe(events.length);
      for (const [i, p] of ps.entries()) {
        expect(p.to).toBeGreaterThan(p.from);
        if (i > 0) expect(p.from).toBe(ps[i - 1]?.to);
        const before = events[p.from - 1];
        const first = events[p.from];
        // Days counted from 1970, which holds for a day years ago as for any other.
        const day = (ms: number) => Math.floor(ms / 86_400_000);
        if (before && first) expect(day(before.start)).not.toBe(day(first.start));
      }
    }
  });

  it("asks for about one period per six events, at most four", () => {
    expect([1, 5, 6, 9, 18, 40, 60].map(periodCount)).toEqual([1, 1, 1, 2, 3, 4, 4]);
    expect(periodCount(60)).toBeLessThanOrEqual(MAX_PERIODS);
  });

  it("groups a large story by calendar unit, each group starting closed, at most MAX_COLLAPSED of them", () => {
    const rnd = random(3);
    const events = Array.from({ length: 1000 }, (_, i) => ({
      start: Date.UTC(1950, 0, 1) + Math.floor(rnd() * 70 * 365) * 86_400_000,
      precision: "day" as const,
      i,
    })).sort((a, b) => a.start - b.start);
    const ps = periods(events);
    expect(events.length).toBeGreaterThan(OPEN_LIMIT);
    expect(ps.length).toBeLessThanOrEqual(MAX_COLLAPSED);
    expect(ps.every((p) => p.collapsed)).toBe(true);
    expect(ps.reduce((n, p) => n + p.to - p.from, 0)).toBe(1000);
    expect(ps.map((p) => p.label)).toContain("1950s");
  });

  it("is deterministic: the same events, the same periods", () => {
    const events = modelOf("syria-strike-g7-sanctions").events;
    expect(periods(events)).toEqual(periods([...events]));
  });
});

describe("cutPoints()", () => {
  const at = (...isos: string[]) => isos.map((iso) => ({ start: utc(`${iso}T00:00:00`) }));

  it("cuts at the longest silence when the runs would be even either way", () => {
    expect(cutPoints(at("2020-01-01", "2020-01-02", "2020-06-01", "2020-06-02"), 2)).toEqual([2]);
  });

  it("prefers a cut where the calendar turns a page", () => {
    // 30 Jan → 5 Feb (6 days, a new month) against 10 → 16 Jan (6 days, the same month).
    expect(
      cutPoints(at("2020-01-10", "2020-01-16", "2020-01-30", "2020-02-05", "2020-02-06", "2020-02-07"), 2),
    ).toEqual([3]);
  });

  it("makes no cut inside one day, however many runs are asked for", () => {
    expect(cutPoints(at("2011-05-16", "2011-05-16", "2011-05-16"), 3)).toEqual([]);
  });
});

describe("periodLabel()", () => {
  const d = (iso: string) => utc(`${iso}T00:00:00`);
  it("names a period as the calendar does, at the coarsest precision of its events", () => {
    expect(periodLabel(d("2011-05-16"), d("2011-05-16"), "minute")).toBe("16 May 2011");
    expect(periodLabel(d("2011-05-15"), d("2011-05-16"), "day")).toBe("15–16 May 2011");
    expect(periodLabel(d("2017-04-04"), d("2017-04-23"), "day")).toBe("April 2017");
    expect(periodLabel(d("2017-01-11"), d("2017-03-24"), "day")).toBe("January\u2009–\u2009March 2017");
    expect(periodLabel(d("2016-12-29"), d("2017-03-24"), "day")).toBe("Dec 2016\u2009–\u2009Mar 2017");
    expect(periodLabel(d("2014-03-18"), d("2017-04-23"), "day")).toBe("2014–2017");
    expect(periodLabel(d("2016-01-01"), d("2016-12-29"), "year")).toBe("2016");
    expect(periodLabel(d("1990-01-01"), d("2007-05-18"), "decade")).toBe("1990–2007");
  });
});
