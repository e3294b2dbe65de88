import { describe, expect, it } from "vitest";
import { storiesWithEvents, story } from "../../test/stories";
import { dateFormat } from "../dates/format";
import { announce, type EventLike, summarize, timelineModel, toTimelineEvents } from "./model";

const modelOf = (slug: string) => {
  const s = story(slug);
  return timelineModel(s.events, s.vocabulary.categories);
};
const ev = (id: string, date: string, order: number, extra: Partial<EventLike> = {}): EventLike => ({
  id,
  title: id,
  date,
  order,
  ...extra,
});

describe("toTimelineEvents()", () => {
  it("orders by start, then by the file, never by id", () => {
    const events = toTimelineEvents(
      [
        ev("b-second", "2017-04-10", 0),
        ev("a-first", "2017-04-10", 1),
        ev("z-earlier", "2017-04-09", 2),
        ev("timed", "2017-04-10T08:00+02:00", 3),
      ],
      [],
    );
    expect(events.map((e) => e.id)).toEqual(["z-earlier", "b-second", "a-first", "timed"]);
    expect(events.map((e) => e.position)).toEqual([1, 2, 3, 4]);
  });

  it("gives each event its category's style, and a neutral one without categories", () => {
    const events = toTimelineEvents(
      [ev("a", "2017", 0, { category: "talks" }), ev("b", "2018", 1)],
      [{ id: "talks", label: "The talks", slot: 2 }],
    );
    expect(events.map((e) => [e.category, e.style.className, e.style.shape])).toEqual([
      ["The talks", "cat-2", "circle"],
      [undefined, "cat-none", "circle"],
    ]);
  });

  it("prints each date at its precision and says what the precision means", () => {
    const e = toTimelineEvents([ev("span", "1919", 0, { end: "1966" }), ev("time", "2011-05-16T08:56-04:00", 1)], []);
    expect(e.map((x) => [x.dateLabel, x.precisionLabel])).toEqual([
      ["1919–1966", "a span, known to the year"],
      ["16 May 2011, 08:56 UTC−4", "known to the minute"],
    ]);
  });
});

describe("the summary", () => {
  it("counts the events, gives their span and names the turning points", () => {
    expect(modelOf("syria-strike-g7-sanctions").summary).toBe(
      "18 events from Mar 2014 to Apr 2017. Turning points, in bold: Chemical attack in Khan Shaykhun, 59 US Tomahawks hit Shayrat airbase, G7 foreign ministers meet in Lucca and Tillerson in Moscow.",
    );
    expect(modelOf("river-treaty").summary).toBe(
      "6 events from 1998 to Jun 2020. Turning point, in bold: Ministers meet in Vienna.",
    );
  });

  it("is its span then its turning points, which a narrow screen counts instead of naming", () => {
    const { takeaway, summary } = modelOf("syria-strike-g7-sanctions");
    expect(takeaway.span).toBe("18 events from Mar 2014 to Apr 2017.");
    expect(`${takeaway.span} ${takeaway.turning}`).toBe(summary);
    expect(takeaway.turningShort).toBe("The 4 turning points are in bold.");
    expect(modelOf("river-treaty").takeaway.turningShort).toBe("The turning point is in bold.");
    // No turning point, nothing to count.
    expect(timelineModel([ev("a", "2010-05-02", 0)], []).takeaway).toEqual({ span: "One event, 2 May 2010." });
  });

  it("speaks of one event, and of events within one month, as a reader would", () => {
    expect(summarize(toTimelineEvents([ev("a", "2010-05-02", 0)], []))).toBe("One event, 2 May 2010.");
    expect(summarize(toTimelineEvents([ev("a", "2010-05-02", 0), ev("b", "2010-05-09", 1)], []))).toBe(
      "2 events in May 2010.",
    );
    expect(summarize([])).toBe("");
  });

  it("never names a year or a word that is not in the story's own data", () => {
    for (const s of storiesWithEvents()) {
      const { summary } = timelineModel(s.events, s.vocabulary.categories);
      for (const other of storiesWithEvents().filter((o) => o !== s)) {
        for (const e of other.events.filter((x) => x.turning)) expect(summary).not.toContain(e.title);
      }
    }
  });
});

describe("the legend's categories", () => {
  it("are the story's categories that its events use, in the story's order", () => {
    expect(modelOf("lighthouse-keeper").categories.map((c) => c.label)).toEqual([
      "The war",
      "The light",
      "Life and family",
    ]);
    expect(modelOf("launch-day").categories).toEqual([]);
  });
});

describe("announce()", () => {
  it("says an event's title, date, precision, category, turning point and place, each once, in the story's language", () => {
    const [plain, turning] = toTimelineEvents(
      [
        ev("a", "2017-04-07", 0, { title: "The strike", category: "war" }),
        ev("b", "2017-04-10", 1, { title: "Ministers meet", category: "talks", turning: true, end: "2017-04-11" }),
      ],
      [
        { id: "war", label: "Conflict", slot: 1 },
        { id: "talks", label: "Diplomacy", slot: 2 },
      ],
    );
    if (!plain || !turning) throw new Error("two events");
    expect(announce(plain, undefined, 2)).toBe("The strike, 7 Apr 2017, known to the day, category: Conflict, 1 of 2");
    expect(announce(turning, "until 11 Apr", 2)).toBe(
      "Ministers meet until 11 Apr, 10–11 Apr 2017, a span, known to the day, category: Diplomacy, turning point, 2 of 2",
    );
    const [fr] = toTimelineEvents(
      [ev("a", "2017-04-07", 0, { title: "La frappe", category: "war" })],
      [{ id: "war", label: "Conflit", slot: 1 }],
      dateFormat("fr"),
    );
    if (!fr) throw new Error("one event");
    expect(announce(fr, undefined, 1, dateFormat("fr"))).toMatch(
      /^La frappe, 7 avr\. 2017, .*catégorie : .*Conflit.*, 1 sur 1$/,
    );
  });

  it("says no category for an event without one", () => {
    const [e] = toTimelineEvents([ev("a", "2017", 0, { title: "A year" })], []);
    if (!e) throw new Error("one event");
    expect(announce(e, undefined, 1)).toBe("A year, 2017, known to the year, 1 of 1");
  });
});
