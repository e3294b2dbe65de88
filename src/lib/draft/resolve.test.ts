import { describe, expect, it } from "vitest";
import { draftEvents } from "./draft";
import { futureCue } from "./resolve";

/** The draft record of `phrase` in `text`, for a story dated `story` (null: a story without a date). */
function resolved(text: string, phrase: string, story: string | null = "2017-04-11") {
  const records = draftEvents(text, story ?? undefined).records;
  const r = records.find((x) => x.phrase === phrase);
  if (!r) throw new Error(`no record for "${phrase}"; found ${records.map((x) => `"${x.phrase}"`).join(", ")}`);
  return { date: r.date, end: r.end, resolution: r.resolution, resolved: r.resolved };
}

describe("weekdays, counted from the story's date", () => {
  it("on the story's own weekday: the same day", () => {
    expect(resolved("Tillerson told reporters on Tuesday that Russia had erred.", "on Tuesday")).toEqual({
      date: "2017-04-11",
      end: undefined,
      resolution: 'The article says "on Tuesday"; the story is dated Tuesday 11 April 2017, so the same day.',
      resolved: true,
    });
  });

  it("another weekday, in a passage about the past: the last one before the story, a deadline said so", () => {
    expect(resolved("They finalized a plan by Monday before their meeting.", "by Monday")).toMatchObject({
      date: "2017-04-10",
      resolution:
        'The article says "by Monday"; the story is dated Tuesday 11 April 2017, so the last Monday before it: 10 April 2017 (a deadline: it may have happened earlier).',
    });
  });

  it("in a passage about what is to come: the next one", () => {
    expect(resolved("A funeral will be held on Friday.", "on Friday", "2007-05-15")).toMatchObject({
      date: "2007-05-18",
      resolution:
        'The article says "on Friday"; the story is dated Tuesday 15 May 2007 and the passage speaks of what is to come ("will"), so the next Friday: 18 May 2007.',
    });
  });

  it("later Friday: the story's Friday, or the next one", () => {
    expect(resolved("The president will speak later Friday.", "later Friday", "2017-04-07")).toMatchObject({
      date: "2017-04-07",
      resolution: 'The article says "later Friday"; the story is dated Friday 7 April 2017, so the same day.',
    });
    expect(resolved("He speaks later Friday.", "later Friday", "2017-04-05")).toMatchObject({ date: "2017-04-07" });
  });

  it("last and next Friday", () => {
    expect(resolved("He left last Friday.", "last Friday")).toMatchObject({ date: "2017-04-07" });
    expect(resolved("He leaves next Friday.", "next Friday")).toMatchObject({ date: "2017-04-14" });
  });
});

describe("phrases counted from the date the text last named", () => {
  it("by Friday of that week: the Friday of the week of the date last named", () => {
    const text = "Attacks took place April 4 and the strike came by Friday of that week.";
    expect(resolved(text, "by Friday of that week")).toMatchObject({
      date: "2017-04-07",
      resolution:
        'The article says "by Friday of that week"; the date it last named is Tuesday 4 April 2017 ("April 4"), so the Friday of that week, 7 April 2017 (a deadline: it may have happened earlier).',
    });
  });

  it("the following year: the year after the date last named", () => {
    const text = "Penhale came home in June 1919 and took a job at the light the following year.";
    expect(resolved(text, "the following year", "2007-05-15")).toEqual({
      date: "1920",
      end: undefined,
      resolution:
        'The article says "the following year"; the date it last named is June 1919 ("in June 1919"), so the year after: 1920.',
      resolved: true,
    });
  });

  it("40 minutes later: the day of the time last named, with the time in words", () => {
    const text = "A hold was called at 7:45 a.m.; the count resumed 40 minutes later.";
    const r = resolved(text, "40 minutes later", "2011-05-16");
    expect(r.date).toBe("2011-05-16");
    expect(r.resolution).toMatch(
      /^The article says "40 minutes later"; the time it last named is 7:45 a\.m\. on Monday 16 May 2011 \("at 7:45 a\.m\."\), so 8:25 a\.m\. that day\. The text gives the time, 8:25 a\.m\., but no time zone/,
    );
  });

  it("says so when there is nothing to count from, and gives only the story's year", () => {
    expect(resolved("The strike came by Friday of that week.", "by Friday of that week")).toEqual({
      date: "2017",
      end: undefined,
      resolution:
        'Not resolved: the article says "by Friday of that week", but it counts from a date named before it, and the text names none. The date here is only the story\'s year, 2017: set the real date or delete this record.',
      resolved: false,
    });
  });
});

describe("days and weeks counted from the story's date", () => {
  it("yesterday", () => {
    expect(resolved("The minister said yesterday that talks failed.", "yesterday")).toMatchObject({
      date: "2017-04-10",
      resolution:
        'The article says "yesterday"; the story is dated Tuesday 11 April 2017, so the day before: Monday 10 April 2017.',
    });
  });

  it("earlier this week: a span from the Monday to the day before the story", () => {
    expect(resolved("He spoke earlier this week about it.", "earlier this week", "2017-04-13")).toEqual({
      date: "2017-04-10",
      end: "2017-04-12",
      resolution:
        'The article says "earlier this week"; the story is dated Thursday 13 April 2017, so from Monday 10 April 2017 to Wednesday 12 April 2017 (weeks taken to start on Monday).',
      resolved: true,
    });
  });

  it("within two weeks: a span from the story's date", () => {
    expect(resolved("Data will arrive within two weeks.", "within two weeks", "2011-05-16")).toMatchObject({
      date: "2011-05-16",
      end: "2011-05-30",
    });
  });

  it("by the end of the month: the story's month", () => {
    expect(
      resolved("Austria would put forward a draft by the end of the month.", "by the end of the month", "2020-03-02"),
    ).toMatchObject({
      date: "2020-03",
      resolution: 'The article says "by the end of the month"; the story is dated Monday 2 March 2020, so March 2020.',
    });
  });
});

describe("months without a year", () => {
  it("in a passage about the past: the most recent such month up to the story's", () => {
    expect(resolved("He spoke with Russian officials in December, discussing sanctions.", "in December")).toEqual({
      date: "2016-12",
      end: undefined,
      resolution:
        'The article says "in December" without a year; the story is dated Tuesday 11 April 2017, so the most recent December: December 2016.',
      resolved: true,
    });
  });

  it("in a passage about what is to come: the next such month", () => {
    expect(resolved("The next launch is planned for December.", "for December", "2011-05-16")).toMatchObject({
      date: "2011-12",
    });
    expect(resolved("Hungary said it would wait for the report, due in May.", "in May", "2020-03-02")).toMatchObject({
      date: "2020-05",
    });
  });

  it("a day without a year: the most recent one", () => {
    expect(resolved("Attacks took place April 4 near Idlib.", "April 4")).toMatchObject({
      date: "2017-04-04",
      resolution:
        'The article says "April 4" without a year; the story is dated Tuesday 11 April 2017, so the most recent 4 April: Tuesday 4 April 2017.',
    });
  });

  it("after an earlier year named in the same paragraph: that year", () => {
    const text = "In 1917 he joined the army. He was wounded on April 9 at Vimy Ridge.";
    expect(resolved(text, "on April 9", "2007-05-15")).toMatchObject({
      date: "1917-04-09",
      resolution:
        'The article says "on April 9" without a year; the date it last named is 1917 ("In 1917"), in the same paragraph, so Monday 9 April 1917.',
    });
  });

  it("without a story date or a year in the text: not resolved, no date given", () => {
    expect(resolved("He spoke in December.", "in December", null)).toEqual({
      date: "TODO",
      end: undefined,
      resolution:
        'Not resolved: the article says "in December" without a year, and the story has no date to take it from (add date: to its .meta.yaml). There is no date to fall back on: write one here.',
      resolved: false,
    });
  });
});

describe("years, decades, seasons and spans", () => {
  it("a year after a preposition", () => {
    expect(resolved("their conflict with the Ukraine in 2014 when", "in 2014")).toMatchObject({
      date: "2014",
      resolution: 'The article gives the year, "in 2014".',
    });
  });

  it("since a year: that year, the text not saying when in it", () => {
    expect(resolved("who have had a presence there since 2013.", "since 2013")).toMatchObject({
      date: "2013",
      resolution: 'The article says "since 2013": the year it began, 2013; the text does not say when in that year.',
    });
  });

  it("a year inside a noun phrase", () => {
    expect(
      resolved("haunted them since the 2016 presidential campaign where", "the 2016 presidential campaign"),
    ).toMatchObject({
      date: "2016",
      resolution: 'The article names "the 2016 presidential campaign": the year 2016.',
    });
  });

  it("a decade", () => {
    expect(resolved("In the 1990s he became a guest.", "In the 1990s", "2007-05-15")).toMatchObject({
      date: "1990s",
      resolution: 'The article names a decade, "In the 1990s".',
    });
  });

  it("a season of a year: a span of months", () => {
    expect(resolved("He sailed for England in the spring of 1916.", "in the spring of 1916", "2007-05-15")).toEqual({
      date: "1916-03",
      end: "1916-05",
      resolution:
        'The article says "in the spring of 1916"; spring is taken as March to May (the northern hemisphere\'s), so March 1916 to May 1916.',
      resolved: true,
    });
  });

  it("a span of years", () => {
    const text = "From 1919 on to his retirement in 1966, he never missed a winter.";
    expect(resolved(text, "From 1919 on to his retirement in 1966", "2007-05-15")).toEqual({
      date: "1919",
      end: "1966",
      resolution: 'The article says "From 1919 on to his retirement in 1966": from 1919 to 1966.',
      resolved: true,
    });
  });

  it("an explicit date", () => {
    expect(resolved("Born on February 26, 1901, in the village.", "on February 26, 1901", "2007-05-15")).toMatchObject({
      date: "1901-02-26",
      resolution: 'The article gives the date, "on February 26, 1901".',
    });
  });
});

describe("times of day", () => {
  it("without a zone: the day, and how to write the time", () => {
    expect(resolved("Fuelling began at 2:10 a.m., two hours late.", "at 2:10 a.m.", "2011-05-16")).toEqual({
      date: "2011-05-16",
      end: undefined,
      resolution:
        'The article says "at 2:10 a.m.", a time without a day; the story is dated Monday 16 May 2011, so that day. The text gives the time, 2:10 a.m., but no time zone, so the draft gives the day; for the time, write 2011-05-16T02:10 followed by the place\'s UTC offset, such as -04:00.',
      resolved: true,
    });
  });

  it("with a zone the text names: the time, with its offset", () => {
    expect(resolved("It landed at 9:41 a.m. EDT.", "at 9:41 a.m. EDT", "2011-05-16")).toMatchObject({
      date: "2011-05-16T09:41-04:00",
    });
  });
});

describe("a period the text does not bound", () => {
  it("is not resolved, and says so", () => {
    expect(resolved("Over the past several months the sanctions remained.", "Over the past several months")).toEqual({
      date: "2017",
      end: undefined,
      resolution:
        'Not resolved: the article says "Over the past several months", a period before the story (dated Tuesday 11 April 2017) that the text does not bound. The date here is only the story\'s year, 2017: set the real date or delete this record.',
      resolved: false,
    });
  });
});

describe("futureCue()", () => {
  it("finds words of what is to come, not a plan that was made", () => {
    expect(futureCue("A funeral will be held")).toBe("will");
    expect(futureCue("the report, due in May")).toBe("due");
    expect(futureCue("agreed only to meet again in June")).toBe("agreed only to");
    expect(futureCue("finalized a plan by Monday")).toBeUndefined();
    expect(futureCue("died on Sunday")).toBeUndefined();
  });

  it("finds a date bounded as the earliest, and the earliest of what is to come, not of what happened", () => {
    expect(futureCue("postponed until Tuesday at the earliest")).toBe("at the earliest");
    expect(futureCue("sits again no earlier than Tuesday")).toBe("no earlier than");
    expect(futureCue("Tuesday is the earliest date for a vote")).toBe("earliest");
    expect(futureCue("The earliest reports of the attack came on Tuesday")).toBeUndefined();
  });
});

describe("a weekday named as the earliest date of what is to come", () => {
  // The story is dated Friday 6 March 2026: "Tuesday" at the earliest is the Tuesday after it, not the one before.
  const FRIDAY = "2026-03-06";

  it("at the earliest, after a forward-looking verb: the next Tuesday", () => {
    expect(
      resolved("The vote will be held on Tuesday at the earliest, officials said.", "on Tuesday", FRIDAY),
    ).toMatchObject({ date: "2026-03-10" });
  });

  it("at the earliest, with no other word of what is to come: the next Tuesday, the words quoted", () => {
    expect(resolved("The vote, officials said, could come on Tuesday at the earliest.", "on Tuesday", FRIDAY)).toEqual({
      date: "2026-03-10",
      end: undefined,
      resolution:
        'The article says "on Tuesday"; the story is dated Friday 6 March 2026 and the passage speaks of what is to come ("at the earliest"), so the next Tuesday: 10 March 2026.',
      resolved: true,
    });
    expect(resolved("The vote was postponed until Tuesday at the earliest.", "until Tuesday", FRIDAY)).toMatchObject({
      date: "2026-03-10",
    });
    expect(resolved("Parliament sits again no earlier than Tuesday.", "Tuesday", FRIDAY)).toMatchObject({
      date: "2026-03-10",
    });
  });

  it("the earliest date, in the present tense: the next Tuesday", () => {
    expect(resolved("Tuesday is the earliest date for a vote, the speaker said.", "Tuesday", FRIDAY)).toMatchObject({
      date: "2026-03-10",
    });
  });

  it("the earliest of what happened, in the past tense: still the last Tuesday", () => {
    expect(resolved("The earliest reports of the attack came on Tuesday.", "on Tuesday", FRIDAY)).toMatchObject({
      date: "2026-03-03",
    });
  });
});

describe("relative dates inside a quotation", () => {
  // The story is dated Saturday 7 March 2026; the minister spoke the day before.
  const SATURDAY = "2026-03-07";

  it("counts from the day the attribution gives: said on Friday", () => {
    expect(
      resolved('"We agreed this morning to reopen the border," the minister said on Friday.', "this morning", SATURDAY),
    ).toEqual({
      date: "2026-03-06",
      end: undefined,
      resolution:
        'The article says "this morning"; it stands inside a quotation said on Friday 6 March 2026 ("on Friday"), so the same day.',
      resolved: true,
    });
  });

  it("with curly quotes, a bare weekday, or a day and month in the attribution", () => {
    const curly = "“We agreed this morning to reopen the border,” the minister said Thursday.";
    expect(resolved(curly, "this morning", SATURDAY)).toMatchObject({ date: "2026-03-05" });
    const yesterday = "“We agreed this morning to reopen the border,” the minister said yesterday.";
    expect(resolved(yesterday, "this morning", SATURDAY)).toMatchObject({ date: "2026-03-06" });
    const told = "“We agreed yesterday to reopen the border,” the minister told reporters on 5 March.";
    expect(resolved(told, "yesterday", SATURDAY)).toMatchObject({ date: "2026-03-04" });
    const guillemets = "« We reopen the border tomorrow », the minister said on Friday.";
    expect(resolved(guillemets, "tomorrow", SATURDAY)).toMatchObject({ date: "2026-03-07" });
  });

  it("the attribution before the quotation, and what is to come counted from the speaker's day", () => {
    const text =
      "The minister said on Thursday: “The border will reopen on Monday, after the talks we held on Friday.”";
    expect(resolved(text, "on Monday", SATURDAY)).toMatchObject({ date: "2026-03-09" });
    expect(resolved(text, "on Friday", SATURDAY)).toMatchObject({
      date: "2026-02-27",
      resolution:
        'The article says "on Friday"; it stands inside a quotation said on Thursday 5 March 2026 ("on Thursday"), so the last Friday before it: 27 February 2026.',
    });
  });

  it("a quotation that spans the sentence, and more than one", () => {
    const text =
      "“We agreed this morning to reopen the border. Trucks can cross from tomorrow,” the minister said on Friday.";
    expect(resolved(text, "this morning", SATURDAY)).toMatchObject({ date: "2026-03-06" });
    expect(resolved(text, "from tomorrow", SATURDAY)).toMatchObject({ date: "2026-03-07" });
  });

  it("without the speaker's day: the story's date, marked to check", () => {
    for (const text of [
      '"We agreed this morning to reopen the border," the minister said.',
      "“We agreed this morning to reopen the border,” the minister said.",
      "“We agreed this morning to reopen the border.”",
    ]) {
      const record = draftEvents(text, SATURDAY).records[0];
      expect(record).toMatchObject({
        phrase: "this morning",
        date: SATURDAY,
        check: "relative date inside a quotation",
      });
      expect(record.resolution).toBe(
        'The article says "this morning"; the story is dated Saturday 7 March 2026, so the same day. It stands inside a quotation, and the text does not say on which day it was said: if not on the story\'s day, count from that one.',
      );
    }
  });

  it("a date the attribution gives for something else is not the speaker's day", () => {
    const text = "“We agreed this morning to reopen the border,” the minister said ahead of talks on Monday.";
    expect(draftEvents(text, SATURDAY).records[0]).toMatchObject({
      date: SATURDAY,
      check: "relative date inside a quotation",
    });
  });

  it("leaves alone what does not count from the story's date, and what is outside the quotation", () => {
    const text = "“We first met in 1998,” he said this morning, before the vote on Tuesday.";
    const records = draftEvents(text, SATURDAY).records;
    expect(records.map((r) => [r.phrase, r.date, r.check])).toEqual([
      ["in 1998", "1998", undefined],
      ["this morning", SATURDAY, undefined],
      ["on Tuesday", "2026-03-03", undefined],
    ]);
  });
});
