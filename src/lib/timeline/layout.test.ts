import { describe, expect, it } from "vitest";
import { storiesWithEvents, story } from "../../test/stories";
import { dateFormat } from "../dates/format";
import { parseWhen, type When } from "../dates/when";
import { type EventRow, type LaidPeriod, layoutTimeline } from "./layout";
import { timelineModel } from "./model";

const laid = (slug: string) => {
  const s = story(slug);
  return layoutTimeline(timelineModel(s.events, s.vocabulary.categories).events);
};
const eventRows = (p: LaidPeriod) => p.rows.filter((r): r is EventRow => r.kind === "events");
/** A period as text: "gutter/year: ids", subheads in brackets, for reading a layout in a test. */
const sketch = (p: LaidPeriod) =>
  p.rows.map((r) =>
    r.kind === "subhead"
      ? `[${r.label}]`
      : `${r.gutter}${r.year ? `/${r.year}` : ""}: ${r.events.map((e) => e.event.id + (e.until ? ` (${e.until})` : "")).join(", ")}`,
  );

describe("layoutTimeline(): every event under its date, printed once", () => {
  it("lays out the Syria story's crisis with a row per day, the four events of 10 April under one date", () => {
    const crisis = laid("syria-strike-g7-sanctions").at(-1) as LaidPeriod;
    expect(crisis.label).toBe("March\u2009–\u2009April 2017");
    expect(crisis.gap).toBe("6 weeks later");
    expect(sketch(crisis)).toEqual([
      "24 Mar: le-pen-kremlin",
      "4 Apr: chemical-attack",
      "7 Apr: us-strike",
      "10 Apr: sanctions-plan, johnson-stick-like-glue, g7-lucca (until 11 Apr), may-trump-call",
      "11 Apr: tillerson-remarks, g7-rejects-sanctions, tillerson-moscow (until 12 Apr)",
      "23 Apr: french-election",
    ]);
  });

  it("prints the year under the date where a period spans years, once per year; a year-long event says its own", () => {
    const middle = laid("syria-strike-g7-sanctions")[1] as LaidPeriod;
    expect(sketch(middle)).toEqual([
      "30 Sept/2015: russia-in-syria",
      "2016: us-campaign-2016",
      "29 Dec: flynn-kislyak-talks",
      "11 Jan/2017: tillerson-hearing",
      "13 Feb: flynn-resigns",
    ]);
  });

  it("orders one morning's events by their times, not by the file or their ids, under the day and its zone", () => {
    expect(sketch(laid("launch-day")[0] as LaidPeriod)).toEqual([
      "15 May: valve-replaced",
      "[16 May, times UTC−4]",
      "02:10: fuelling",
      "07:45: hold",
      "08:25: count-resumes",
      "08:56: liftoff",
      "09:41: separation",
      "11:00: news-conference",
      "Dec: next-launch",
    ]);
  });

  it("writes a century with its decade, its spans of years and months", () => {
    const [war, , late] = laid("lighthouse-keeper");
    expect(sketch(war as LaidPeriod)).toEqual([
      "26 Feb/1901: born",
      "1915: enlists",
      "Mar/1916: sails-for-england (until May)",
      "9 Apr/1917: wounded-at-vimy",
      "11 Nov/1918: armistice",
      "1919: keeper-years (until 1966)",
      "Jun: comes-home",
    ]);
    expect(sketch(late as LaidPeriod)).toContain("1990s: remembrance-guest");
    expect(late?.gap).toBe("54 years later");
  });

  it("holds every event exactly once, in time order, in every story", () => {
    for (const s of storiesWithEvents()) {
      const events = timelineModel(s.events, s.vocabulary.categories).events;
      const ids = layoutTimeline(events).flatMap((p) => eventRows(p).flatMap((r) => r.events.map((e) => e.event.id)));
      expect(ids).toEqual(events.map((e) => e.id));
    }
  });

  it("never prints one date twice in a row, and every row has a date", () => {
    for (const s of storiesWithEvents()) {
      for (const p of layoutTimeline(timelineModel(s.events, s.vocabulary.categories).events)) {
        const rows = eventRows(p);
        for (const [i, r] of rows.entries()) {
          expect(r.gutter).not.toBe("");
          if (i > 0 && !r.year) expect(r.gutter).not.toBe(rows[i - 1]?.gutter);
        }
      }
    }
  });
});

describe("untilLabel() and gapLabel()", () => {
  const { until: untilLabel, gap: gapLabel } = dateFormat("en");
  const when = (text: string, precision: "year" | "month" | "day" | "minute", iso: string, offset?: number) => ({
    text,
    precision,
    start: Date.parse(iso),
    end: Date.parse(iso),
    ...(offset === undefined ? {} : { offset }),
  });

  it("writes a span's end against its start, with no more than it needs", () => {
    const apr10 = when("2017-04-10", "day", "2017-04-10T00:00Z");
    expect(untilLabel(apr10, when("2017-04-11", "day", "2017-04-11T00:00Z"))).toBe("until 11 Apr");
    expect(untilLabel(apr10, when("2018-01-02", "day", "2018-01-02T00:00Z"))).toBe("until 2 Jan 2018");
    expect(untilLabel(when("1919", "year", "1919-01-01T00:00Z"), when("1966", "year", "1966-01-01T00:00Z"))).toBe(
      "until 1966",
    );
    expect(
      untilLabel(when("1916-03", "month", "1916-03-01T00:00Z"), when("1916-05", "month", "1916-05-01T00:00Z")),
    ).toBe("until May");
    const launch = when("2011-05-16T08:56-04:00", "minute", "2011-05-16T08:56Z", -240);
    expect(untilLabel(launch, when("2011-05-16T09:41-04:00", "minute", "2011-05-16T09:41Z", -240))).toBe("until 09:41");
  });

  it("says how long after the previous period the next one starts, in the unit a reader would use", () => {
    const d = (text: string) => parseWhen(text) as When;
    expect(gapLabel(d("2017-04-07"), d("2017-04-08"))).toBe("the next day");
    expect(gapLabel(d("2017-04-07"), d("2017-04-10"))).toBe("3 days later");
    expect(gapLabel(d("2017-02-13"), d("2017-03-24"))).toBe("6 weeks later");
    expect(gapLabel(d("2014-03-24"), d("2015-09-30"))).toBe("18 months later");
    expect(gapLabel(d("1935-01-01"), d("1989-01-01"))).toBe("54 years later");
    expect(gapLabel(d("2011-05-15"), d("2011-05-16T02:10-04:00"))).toBe("the next day");
  });

  it("counts in the coarser precision of the two, so the phrase is true wherever in its year or month a date falls", () => {
    const d = (text: string) => parseWhen(text) as When;
    // Eight weeks after 3 November is New Year's Day, but an event known only to its year may come in December.
    expect(gapLabel(d("2026-11-03"), d("2027"))).toBe("the next year");
    expect(gapLabel(d("2026-11-26"), d("2029"))).toBe("3 years later");
    expect(gapLabel(d("2026"), d("2026-11-03"))).toBe("the same year");
    expect(gapLabel(d("2017-03-20"), d("2017-04"))).toBe("the next month");
    expect(gapLabel(d("2011-05-16T11:00-04:00"), d("2011-12"))).toBe("7 months later");
    expect(gapLabel(d("2017-04"), d("2017-04-12"))).toBe("the same month");
    expect(gapLabel(d("2015-11"), d("2018-02-01"))).toBe("2 years later");
    expect(gapLabel(d("1990s"), d("2004"))).toBe("the next decade");
    expect(gapLabel(d("1950s"), d("1989-01-01"))).toBe("3 decades later");
    expect(gapLabel(d("44 BCE"), d("0014"))).toBe("57 years later");
  });
});
