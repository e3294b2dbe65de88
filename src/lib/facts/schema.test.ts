import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SUMMARY_PLACEHOLDER, TITLE_PLACEHOLDER } from "../draft/placeholder";
import { checkFields, RecordProblems } from "./problems";
import { eventFields, stanceFields } from "./schema";
import type { Category, Group, StanceQuestion } from "./story";

// Each field of an event and a stance on its own: what it accepts, and what it says when it refuses.
// The whole pass over a file, with its checks across fields and records, is tested in validate.test.ts.

const CATEGORIES: Category[] = [
  { id: "war", label: "The war", slot: 1 },
  { id: "light", label: "The light", slot: 2 },
];
const GROUPS: Group[] = [{ code: "G7", name: "G7", members: ["US", "GB", "DE", "IT", "FR", "JP", "CA"] }];
const QUESTION: StanceQuestion = {
  question: "a review of the treaty",
  positions: [
    { id: "supports", label: "Supports", short: "Supports", phrase: "supported it", slot: 1 },
    { id: "opposes", label: "Opposes", short: "Opposes", phrase: "opposed it", slot: 2 },
  ],
  notReported: { label: "Has not said", phrase: "has not said" },
};

const EVENT = { id: "liftoff", title: "Liftoff", date: "2011-05-16T08:56-04:00", summary: "It flew.", quotes: ["x"] };
const STANCE = {
  id: "austria",
  country: "AT",
  actor: "Government",
  stance: "supports",
  summary: "Yes.",
  quotes: ["x"],
};

/** An event with some fields replaced (YAML values, as an editor writes them); its fields and problems. */
function event(yaml: string, categories = CATEGORIES, groups = GROUPS) {
  const problems = new RecordProblems("e.yaml", "liftoff");
  const fields = checkFields({ ...EVENT, ...parse(yaml || "{}") }, eventFields(categories, groups), problems);
  return { fields, problems: problems.list.map((p) => [p.field, p.message]) };
}
/** A stance likewise; `null` for a story whose stances header is broken. */
function stance(yaml: string, question: StanceQuestion | null = QUESTION, groups = GROUPS) {
  const problems = new RecordProblems("s.yaml", "austria");
  const specs = stanceFields(question ?? undefined, groups);
  const fields = checkFields({ ...STANCE, ...parse(yaml || "{}") }, specs, problems);
  return { fields, problems: problems.list.map((p) => [p.field, p.message]) };
}

describe("eventFields(): an event as an editor writes it", () => {
  it("fills in what a short event leaves out", () => {
    expect(event("")).toEqual({
      fields: { ...EVENT, turning: false, countries: [], people: [], sources: [] },
      problems: [],
    });
  });

  it("takes every field an event may have", () => {
    const full = event(`
end: 2011-05-16T09:41-04:00
turning: true
resolution: The article says "at 8:56 a.m."
category: war
countries: [US, G7]
people: [Ann Smith]
sources: [{ title: NASA, url: "https://nasa.gov/" }]
note: The article rounds the time.`);
    expect(full.problems).toEqual([]);
    expect(full.fields).toMatchObject({ category: "war", countries: ["US", "G7"], turning: true });
  });

  it("refuses an id that is not lower case with hyphens", () => {
    expect(event("id: Lift Off").problems).toEqual([
      [
        "id",
        "must be lower case letters, digits and hyphens, e.g. minister-resigns: a short id in lower case with hyphens, e.g. minister-resigns",
      ],
    ]);
  });

  it("reads an unquoted year, which YAML reads as a number, as the year it means", () => {
    expect(event("date: 2016").fields?.date).toBe("2016");
    expect(event("date: 1990s\nend: 2003").fields).toMatchObject({ date: "1990s", end: "2003" });
  });

  it("refuses a date the calendar does not have, or written in no known form, with the reason", () => {
    expect(event("date: 2017-02-30").problems).toEqual([
      ["date", '"2017-02-30" is not a date that exists in the calendar'],
    ]);
    expect(event("end: 11 April").problems).toEqual([
      ["end", '"11 April" is not a date written as one of 1980s, 2021, 2021-06, 2021-06-14, 2021-06-14T09:30+02:00'],
    ]);
    expect(event("date: [2017]").problems).toEqual([
      [
        "date",
        "cannot be a list: a date written 1980s, 2021, 2021-06, 2021-06-14 or 2021-06-14T09:30+02:00 (before the common era -0044 or 44 BCE; 13.8 billion years ago)",
      ],
    ]);
  });

  it("refuses a title or a summary a draft left for the editor", () => {
    expect(event(`title: "${TITLE_PLACEHOLDER}"\nsummary: "${SUMMARY_PLACEHOLDER}"`).problems).toEqual([
      ["title", `still holds the draft's placeholder "${TITLE_PLACEHOLDER}": write it`],
      ["summary", `still holds the draft's placeholder "${SUMMARY_PLACEHOLDER}": write it`],
    ]);
    expect(event("title: TODO").problems).toEqual([
      ["title", 'still holds the placeholder TODO ("TODO"): finish the text and remove the TODO'],
    ]);
  });

  it("refuses a placeholder anywhere in a title, summary, note, resolution or printed date, with the words around it", () => {
    expect(
      event(`
title: The harbour reopens (TODO check year)
summary: The harbour reopened after two years of works, and the ships came back within a week; TODOs left.
note: "TODO: ask the port authority"
resolution: The article says "last spring" (TODO)
display_date: Spring TODO`).problems,
    ).toEqual([
      [
        "title",
        'still holds the placeholder TODO ("The harbour reopens (TODO check year)"): finish the text and remove the TODO',
      ],
      [
        "resolution",
        'still holds the placeholder TODO ("…article says "last spring" (TODO)"): finish the text and remove the TODO',
      ],
      ["display_date", 'still holds the placeholder TODO ("Spring TODO"): finish the text and remove the TODO'],
      [
        "summary",
        'still holds the placeholder TODOs ("…came back within a week; TODOs left."): finish the text and remove the TODOs',
      ],
      [
        "note",
        'still holds the placeholder TODO ("TODO: ask the port authority"): finish the text and remove the TODO',
      ],
    ]);
  });

  it("takes the word inside another word, or in lower case, as words", () => {
    expect(event("summary: Everything went to plan (todo el plan, said the minister).").problems).toEqual([]);
    expect(event("title: The TODOIST app is launched").problems).toEqual([]);
  });

  it("refuses a placeholder in a stance's summary and note", () => {
    expect(stance("summary: Backs a review TODO\nnote: fine").problems).toEqual([
      ["summary", 'still holds the placeholder TODO ("Backs a review TODO"): finish the text and remove the TODO'],
    ]);
  });

  it("refuses a title longer than a timeline's label", () => {
    expect(event(`title: ${"x".repeat(60)}`).problems).toEqual([]);
    expect(event(`title: ${"x".repeat(61)}`).problems).toEqual([["title", "must be at most 60 characters long"]]);
  });

  it("takes one of the story's categories, listing them when it is not one", () => {
    expect(event("category: peace").problems).toEqual([
      [
        "category",
        '"peace" is not one of this story\'s categories: war, light (declared under categories at the top of the file)',
      ],
    ]);
  });

  it("says how to declare categories when the story has none", () => {
    expect(event("category: war", []).problems).toEqual([
      [
        "category",
        '"war" is not declared: list the story\'s categories at the top of the file (categories: then events:), or remove the category',
      ],
    ]);
    expect(event("", []).problems).toEqual([]);
  });

  it("takes countries by ISO code and the story's groups, naming each bad one by its place in the list", () => {
    expect(event("countries: [RO, G7, UK, EU]").problems).toEqual([
      ["countries.2", '"UK" is not the ISO 3166-1 code of United Kingdom: write GB'],
      [
        "countries.3",
        '"EU" is not an ISO 3166-1 alpha-2 country code (GB, US, DE…), nor a group declared under groups in the story\'s .meta.yaml',
      ],
    ]);
    expect(event("countries: [G7]", CATEGORIES, []).problems).toHaveLength(1);
  });

  it("refuses a turning point that is not true or false", () => {
    expect(event("turning: yes please").problems).toEqual([
      ["turning", 'must be true or false, not string "yes please": true for one of the story\'s turning points'],
    ]);
  });

  it("refuses a source without an http(s) address", () => {
    expect(event("sources: [{ title: Archive, url: ftp://example.org/a }]").problems).toEqual([
      ["sources.0.url", "must be an http(s) URL, like https://example.org/page"],
    ]);
  });
});

describe("stanceFields(): a stance as an editor writes it", () => {
  it("fills in what a short stance leaves out", () => {
    expect(stance("")).toEqual({ fields: { ...STANCE, events: [], sources: [] }, problems: [] });
  });

  it("takes a country, or a group as a body", () => {
    expect(stance("country: G7\nactor: Foreign ministers, as a body").problems).toEqual([]);
    expect(stance("country: SU").problems).toEqual([
      ["country", '"SU" is not the ISO 3166-1 code of Russia: write RU'],
    ]);
  });

  it("takes one of the story's positions or not-reported, listing them when it is neither", () => {
    expect(stance("stance: not-reported").problems).toEqual([]);
    expect(stance("stance: wait").problems).toEqual([
      ["stance", '"wait" is not one of this story\'s positions: supports, opposes, not-reported'],
    ]);
  });

  it("takes target only when the story names one", () => {
    expect(stance("stance: target").problems).toEqual([
      ["stance", '"target" is not one of this story\'s positions: supports, opposes, not-reported'],
    ]);
    const withTarget = { ...QUESTION, target: { label: "Target", phrase: "{is|are} the target" } };
    expect(stance("stance: target", withTarget).problems).toEqual([]);
  });

  it("leaves the stance unchecked when the header is broken, so its own problems are not repeated on every record", () => {
    expect(stance("stance: anything", null).problems).toEqual([]);
  });

  it("requires an actor, saying who it may be", () => {
    expect(stance("actor: null").problems).toEqual([
      [
        "actor",
        "must be text, not nothing: who holds the stance: Government, or a person or party, e.g. The opposition leader",
      ],
    ]);
  });

  it("takes event ids in the id form", () => {
    expect(stance("events: [vienna-meeting, Vienna Meeting]").problems).toEqual([
      [
        "events.1",
        "must be lower case letters, digits and hyphens, e.g. minister-resigns: ids of events in the same story that show this stance",
      ],
    ]);
  });

  it("takes a date of any precision for when the stance was reported", () => {
    expect(stance("date: 2017-04-11").problems).toEqual([]);
    expect(stance("date: 2017-04").problems).toEqual([]);
    expect(stance("date: 2017-4-11").problems).toEqual([
      ["date", '"2017-4-11" is not a date written as one of 1980s, 2021, 2021-06, 2021-06-14, 2021-06-14T09:30+02:00'],
    ]);
  });
});
