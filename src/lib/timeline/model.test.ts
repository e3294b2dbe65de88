import { describe, expect, it } from "vitest";
import { EVENT_ORDER, storyFacts } from "../../test/story";
import { byTime } from "./layout";
import { type EventLike, timelineModel, toTimelineEvents } from "./model";

// The story's real events, validated as the build validates them.
const facts = storyFacts();
const model = timelineModel(facts.events);

const TIME_ORDER = EVENT_ORDER;

const ev = (id: string, date: string, precision: EventLike["precision"], end?: string): EventLike => ({
  id,
  title: id,
  category: "diplomacy",
  date,
  precision,
  ...(end ? { end } : {}),
});

describe("timelineModel() on the story's events", () => {
  it("validates them without a problem", () => {
    expect(facts.problems).toEqual([]);
    expect(facts.events).toHaveLength(18);
  });

  it("says in one plain sentence what the timeline shows", () => {
    expect(model.summary).toBe(
      "18 events from 18 Mar 2014 to 23 Apr 2017; 9 of them fall in 4–12 Apr 2017, drawn in detail under the overview.",
    );
  });

  it("puts the events in time order: the list's order and the keyboard's", () => {
    expect(model.events.map((e) => e.id)).toEqual(TIME_ORDER);
  });

  it("orders them the same whatever order the fact base gives them in", () => {
    const reversed = timelineModel([...facts.events].reverse());
    expect(reversed.events.map((e) => e.id)).toEqual(TIME_ORDER);
    const shuffled = [...facts.events].sort((a, b) => a.title.localeCompare(b.title));
    expect(timelineModel(shuffled)).toEqual(model);
  });

  it("breaks ties on one day by length, then id: the G7 meeting (two days) after 10 April's single days", () => {
    const april10 = model.events.filter((e) => e.start.toISOString().startsWith("2017-04-10")).map((e) => e.id);
    expect(april10).toEqual(["johnson-stick-like-glue", "may-trump-call", "sanctions-plan", "g7-lucca"]);
    for (const [i, e] of model.events.slice(1).entries()) expect(byTime(model.events[i] ?? e, e)).toBeLessThan(0);
  });

  it("focuses on 3 to 17 April 2017 and names the nine events drawn there, in time order", () => {
    expect(model.focus.map((d) => d.toISOString())).toEqual(["2017-04-03T00:00:00.000Z", "2017-04-17T00:00:00.000Z"]);
    expect(model.detailIds).toEqual(TIME_ORDER.slice(8, 17));
  });

  it("draws days as points and years and ranges as spans, with their dates as printed", () => {
    const byId = new Map(model.events.map((e) => [e.id, e]));
    expect(byId.get("us-strike")).toMatchObject({ kind: "point", dateLabel: "7 Apr 2017", category: "syria-conflict" });
    expect(byId.get("us-campaign-2016")).toMatchObject({ kind: "span", dateLabel: "2016" });
    expect(byId.get("g7-lucca")).toMatchObject({ kind: "span", dateLabel: "10–11 Apr 2017" });
    expect(byId.get("tillerson-moscow")).toMatchObject({ kind: "span", dateLabel: "11–12 Apr 2017" });
    expect(byId.get("g7-lucca")?.end.toISOString()).toBe("2017-04-12T00:00:00.000Z");
  });
});

describe("toTimelineEvents()", () => {
  it("makes a month a span over the whole month, and keeps the title as the label", () => {
    const [e] = toTimelineEvents([{ ...ev("m", "2016-12", "month"), title: "In December" }]);
    expect(e).toEqual({
      id: "m",
      start: new Date("2016-12-01T00:00:00Z"),
      end: new Date("2017-01-01T00:00:00Z"),
      kind: "span",
      label: "In December",
      category: "diplomacy",
      dateLabel: "Dec 2016",
    });
  });
});

describe("timelineModel()'s summary", () => {
  it("counts one event in the singular, and says nothing of a detail band that holds every event", () => {
    expect(timelineModel([ev("a", "2017-04-07", "day")]).summary).toBe("1 event from 7 Apr 2017 to 7 Apr 2017.");
    expect(timelineModel([ev("a", "2017-04-07", "day"), ev("b", "2017-04-09", "day")]).summary).toBe(
      "2 events from 7 Apr 2017 to 9 Apr 2017.",
    );
  });

  it("names the detailed stretch from its first day to the last day any of its events covers", () => {
    const summary = timelineModel([
      ev("old", "2015", "year"),
      ev("a", "2017-04-07", "day"),
      ev("b", "2017-04-09", "range", "2017-04-12"),
    ]).summary;
    expect(summary).toBe(
      "3 events from 2015 to 9–12 Apr 2017; 2 of them fall in 7–12 Apr 2017, drawn in detail under the overview.",
    );
  });

  it("refuses an empty list (the component draws no timeline then)", () => {
    expect(() => timelineModel([])).toThrow(RangeError);
  });
});
