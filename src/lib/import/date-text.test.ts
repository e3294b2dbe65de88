import { describe, expect, it } from "vitest";
import { partsOfClock, partsOfDateText } from "./date-text";
import { writeDate } from "./dates";

/** A text date, through writeDate, as the written date it becomes. */
const written = (parts: ReturnType<typeof partsOfClock>) => {
  if (!parts) return undefined;
  const w = writeDate({ year: 2021, month: 6, day: 14, ...parts }, "human");
  return w.ok ? w.date : w.message;
};

describe("partsOfClock()", () => {
  it.each([
    ["9:30", "2021-06-14T09:30"],
    ["09:30", "2021-06-14T09:30"],
    ["09:30 AM", "2021-06-14T09:30"],
    ["9:30 PM", "2021-06-14T21:30"],
    ["9:30pm", "2021-06-14T21:30"],
    ["9:30 p.m.", "2021-06-14T21:30"],
    ["12:05 AM", "2021-06-14T00:05"],
    ["12:05 PM", "2021-06-14T12:05"],
    ["21:30", "2021-06-14T21:30"],
    ["0930", "2021-06-14T09:30"],
    ["21.30", "2021-06-14T21:30"],
    ["9", "2021-06-14T09:00"],
    ["9 PM", "2021-06-14T21:00"],
    ["9:30:15", "2021-06-14T09:30"],
    ["9:30:15.5", "2021-06-14T09:30"],
  ])("%j → %s", (text, date) => expect(written(partsOfClock(text))).toBe(date));

  it("hands on the seconds, for the importer to say it drops them", () => {
    expect(partsOfClock("9:30:15.5")).toMatchObject({ second: "15", millisecond: "5" });
  });

  it.each(["", "noon", "9h30", "9:30:15:10", "9::30"])("%j is not a time", (text) =>
    expect(partsOfClock(text)).toBeUndefined(),
  );

  it("leaves range checks to writeDate", () => {
    expect(written(partsOfClock("25:00"))).toBe("25 is not an hour: write 0 to 23");
    expect(written(partsOfClock("1:00 PM"))).toBe("2021-06-14T13:00");
  });
});

describe("partsOfDateText()", () => {
  it.each([
    ["2021", { year: "2021" }],
    ["2021-06", { year: "2021", month: "06" }],
    ["2021-06-14", { year: "2021", month: "06", day: "14" }],
    ["-44", { year: "-44" }],
    ["6/14/2021", { year: "2021", month: "6", day: "14" }],
    ["6/2021", { year: "2021", month: "6" }],
    ["6/14/2021 9:30 PM", { year: "2021", month: "6", day: "14", hour: "21", minute: "30" }],
    ["2021-06-14T09:30", { year: "2021", month: "06", day: "14", hour: "09", minute: "30" }],
    ["2021-06-14 09:30:15", { year: "2021", month: "06", day: "14", hour: "09", minute: "30", second: "15" }],
  ])("%j → %j", (text, parts) => expect(partsOfDateText(text)).toMatchObject(parts));

  it("hands back the zone of a zoned time, which TimelineJS cannot keep", () => {
    expect(partsOfDateText("2021-06-14T09:30+02:00")).toMatchObject({ hour: "09", minute: "30", zone: "+02:00" });
  });

  it.each(["June 2021", "14 June 2021", "2021/06/14", "6/14/2021 noon"])("%j is not a date TimelineJS reads", (text) =>
    expect(partsOfDateText(text)).toBeUndefined(),
  );
});
