// Resolves dated phrases to dates in the events file's forms, each with a sentence that states the rule in
// words a reader understands. Phrases are resolved in reading order, because some count from the date the
// text last named ("by Friday of that week", "the following year", "40 minutes later"); weekdays, months
// without a year and "yesterday" count from the story's date, forward when the passage speaks of what is to
// come ("will", "planned", "due") and back otherwise. Inside a quotation they count from the day the words
// were said, where the attribution gives it ("said on Friday"); where it does not, the story's date is taken
// and the record marked to check. What cannot be resolved is said so, never guessed.
//
// The tense is read in the story's language (English, French, German and Arabic words below); in another, a
// weekday or a month without a year counts back from the story's date and is marked to check. The sentences
// themselves are the tool's, in English, whatever the story's language.

import {
  addDays,
  addMonths,
  clock,
  compare,
  dayPart,
  label,
  MONTHS,
  mondayOf,
  type Point,
  precisionOf,
  WEEKDAYS,
  weekdayOf,
  written,
} from "./calendar";
import { languageName, wordsFor } from "./language";
import { type Fields, type Phrase, readRelative, type Season, type Time } from "./phrases";

export interface Resolution {
  /** In the events file's form; "TODO" when there is no honest date to give. */
  date: string;
  end?: string;
  /** One or two sentences: the rule used, or why the phrase is not resolved. */
  resolution: string;
  resolved: boolean;
  /** What the editor should check on a resolved date, marked on its line. */
  check?: string;
}

/** A phrase to resolve, with the passage it is quoted in (for its tense) and its paragraph. */
export interface Located {
  phrase: Phrase;
  passage: string;
  block: number;
  /**
   * Set when the phrase stands inside a quotation: `speaker` is the index, among the phrases resolved
   * together, of the one that dates its words ("said on Friday"), when the text gives one.
   */
  quotation?: { speaker?: number };
}

const QUOTED_CHECK = "relative date inside a quotation";

/** The date the text last named, which anchored phrases count from. */
interface Anchor {
  point: Point;
  text: string;
  block: number;
}

type Day = Point & { month: number; day: number };

/**
 * Words that make a passage speak of what is to come; the match is quoted in the resolution. "At the
 * earliest" and "no earlier than" bound a date still to come whatever the verb's tense ("postponed until
 * Tuesday at the earliest").
 */
const FUTURE =
  /\b(will|would|shall|won['’]t|going to|plans? to|planned|planning|due|expected|expects|scheduled|set (?:to|for)|next|upcoming|coming|forthcoming|intends?|promised|pledged|vowed|agreed (?:only )?to|at the earliest|no (?:earlier|sooner) than)\b|['’]ll\b/i;
// "Earliest" alone names the first of several dates, to come ("Tuesday is the earliest date for a vote") or
// past ("the earliest reports came on Tuesday"): it looks forward only where no verb puts the passage in the past.
const EARLIEST = /\bearliest\b/i;
const PAST = /\b(?:was|were|had|did|came|began|took|went|happened|occurred)\b/i;

interface Tense {
  /** Words that speak of what is to come, as a list (the first match is quoted). */
  future: RegExp[];
  /** A word that looks forward only where no verb puts the passage in the past. */
  earliest?: { word: RegExp; past: RegExp };
  /** The words that make a phrase a deadline: "by Monday", "d'ici lundi", "bis Montag". */
  deadline: RegExp;
}

const TENSES: Record<string, Tense> = {
  en: { future: [FUTURE], earliest: { word: EARLIEST, past: PAST }, deadline: /^(by|before|until)\b/i },
  fr: {
    future: [
      /(?<![\p{L}])(?:va|vont|doit|doivent|prévue?s?|programmée?s?|à\s+venir|prochaine?s?|s['’](?:est|sont)\s+engagée?s?\s+à|s['’]engagen?t?\s+à|promis|envisagen?t?|compten?t?|au\s+plus\s+tôt|pas\s+avant|d['’]ici)(?![\p{L}])/iu,
      // The future and the conditional: "sera", "entreront", "devrait"; not the nouns that end alike.
      /(?<![\p{L}])(?!(?:caméra|opéra|extra|ultra|cobra|mantra|sierra|tiara|flora|contra|hydra|portrait|retrait|attrait|extrait|abstrait|distrait|affront)(?![\p{L}]))\p{Ll}\p{L}*r(?:a|ont|ait|aient)(?![\p{L}])/u,
    ],
    deadline: /^(?:d['’]ici|avant|jusqu['’](?:au|à|en))(?![\p{L}])/iu,
  },
  de: {
    future: [
      /(?<![\p{L}])(?:wird|werden|würden?|soll|sollen|sollten?|will|wollen|plant|planen|geplant|voraussichtlich|nächste[nmrs]?|kommende[nmrs]?|angekündigt|kündigte|kündigten|kündigt|frühestens|nicht\s+vor|bevorstehende?[nmrs]?|vorgesehen|erwartet|künftig|demnächst)(?![\p{L}])/iu,
    ],
    deadline: /^(?:bis|spätestens|vor)(?![\p{L}])/iu,
  },
  ar: {
    future: [
      /(?<![\p{L}])[وف]?(?:سوف|المقبل|المقبلة|القادم|القادمة|المنتظر|المقرر|المتوقع|يعتزم|تعتزم|يتوقع|المرتقب|لن|سيتم|ستتم)(?![\p{L}])/u,
    ],
    deadline: /^(?:قبل|حتى|بحلول)/u,
  },
};

/** The words of a passage that make it speak of what is to come, in the story's language. */
export function futureCue(passage: string, lang = "en"): string | undefined {
  const tense = wordsFor(TENSES, lang);
  if (!tense) return undefined;
  // Arabic's short vowels, written or not, do not change the word.
  const text = passage.replace(/\p{Mn}/gu, "");
  for (const pattern of tense.future) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  const e = tense.earliest;
  return e && !e.past.test(text) ? e.word.exec(text)?.[0] : undefined;
}

const q = (text: string) => `"${text}"`;
const isDay = (p: Point | undefined): p is Day => p?.day !== undefined && p.month !== undefined;

/** The note a time of day needs: the zone the text gives, or how to add one. */
function timeNote(p: Point): string {
  if (!p.time) return "";
  if (p.time.offset !== undefined) return " The text names the time zone, so the time is kept.";
  const day = written(dayPart(p));
  const hhmm = `${String(p.time.hour).padStart(2, "0")}:${String(p.time.minute).padStart(2, "0")}`;
  return ` The text gives the time, ${clock(p.time)}, but no time zone, so the draft gives the day; for the time, write ${day}T${hhmm} followed by the place's UTC offset, such as -04:00.`;
}

const withTime = (day: Point, time: Time | undefined): Point => (time ? { ...dayPart(day), time } : dayPart(day));

const SEASON_MONTHS: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const SEASON_WORDS: Record<Season, string> = {
  spring: "March to May",
  summer: "June to August",
  autumn: "September to November",
  winter: "December to February",
};

const ordinalMonthDay = (month: number, day?: number) => (day ? `${day} ${MONTHS[month - 1]}` : MONTHS[month - 1]);

/**
 * Resolves every phrase of a story, in reading order. `story` is the story's date, when it has one; `lang` the
 * story's language, whose words say the tense.
 */
export function resolveAll(located: readonly Located[], story: Point | undefined, lang = "en"): Resolution[] {
  const day = isDay(story) ? story : undefined;
  const outcomes: Outcome[] = [];
  let anchor: Anchor | undefined;
  for (const item of located) {
    // The phrase that dates a quotation's words may follow it; then it is resolved ahead of its turn.
    const s = item.quotation?.speaker;
    const speaker =
      s === undefined
        ? undefined
        : { outcome: outcomes[s] ?? resolveOne(located[s], day, anchor, lang), text: located[s].phrase.text };
    const out =
      item.quotation && day && countsFromStory(item.phrase)
        ? resolveQuoted(item, day, anchor, speaker, lang)
        : resolveOne(item, day, anchor, lang);
    outcomes.push(out);
    if (out.point) anchor = { point: out.point, text: item.phrase.text, block: item.block };
  }
  return outcomes.map((o) => o.resolution);
}

/** Whether a phrase counts from the story's date, as a quoted one should count from the day it was said. */
function countsFromStory(phrase: Phrase): boolean {
  switch (phrase.kind) {
    case "weekday":
    case "day-offset":
    case "time":
    case "week":
    case "end-of":
      return true;
    case "relative":
      return phrase.from === "story";
    case "season":
      return phrase.relative !== undefined;
    case "date":
      return phrase.start.year === undefined;
    default:
      return false;
  }
}

/**
 * A phrase inside a quotation counts from the day its words were said, which the story's date is only when
 * the speaker spoke that day. `speaker` is the phrase of the attribution that names the day, resolved.
 */
function resolveQuoted(
  item: Located,
  story: Day,
  anchor: Anchor | undefined,
  speaker: { outcome: Outcome; text: string } | undefined,
  lang: string,
): Outcome {
  const said = speaker?.outcome;
  if (speaker && said?.resolution.resolved && !said.resolution.end && isDay(said.point)) {
    const day = dayPart(said.point) as Day;
    return resolveOne(
      item,
      day,
      anchor,
      lang,
      `it stands inside a quotation said on ${label(day)} (${q(speaker.text)})`,
    );
  }
  const out = resolveOne(item, story, anchor, lang);
  if (!out.resolution.resolved) return out;
  const note =
    " It stands inside a quotation, and the text does not say on which day it was said: if not on the story's day, count from that one.";
  return {
    ...out,
    resolution: { ...out.resolution, resolution: out.resolution.resolution + note, check: QUOTED_CHECK },
  };
}

interface Outcome {
  resolution: Resolution;
  /** What later anchored phrases count from: the date, or the end of a span. */
  point?: Point;
}

/** A date counted back from the story's in a language whose tenses the draft does not read: said, and marked. */
function countedBack(out: Outcome, language: string, instead: string): Outcome {
  const note = ` As the draft does not read tenses in ${language}, it counted back: if the passage speaks of what is to come, take ${instead}.`;
  return {
    ...out,
    resolution: {
      ...out.resolution,
      resolution: out.resolution.resolution + note,
      check: `tense not read in ${language}`,
    },
  };
}

function done(date: Point, resolution: string, end?: Point): Outcome {
  return {
    resolution: { date: written(date), ...(end ? { end: written(end) } : {}), resolution, resolved: true },
    point: end ?? date,
  };
}

/** `says` is the sentence's start ("The article says …"), `rest` what follows it to say why it is not resolved. */
function unresolved(says: string, rest: string, story: Point | undefined, anchor: Anchor | undefined): Outcome {
  const year = story?.year ?? anchor?.point.year;
  const fallback =
    year === undefined
      ? " There is no date to fall back on: write one here."
      : ` The date here is only the ${story ? "story's" : "last named"} year, ${year}: set the real date or delete this record.`;
  return {
    resolution: {
      date: year === undefined ? "TODO" : String(year),
      resolution: `Not resolved: ${says.replace(/^The/, "the")}${rest}.${fallback}`,
      resolved: false,
    },
  };
}

/** How a resolution names the day it counts from: the story's, or, inside a quotation, the day it was said. */
type Dated = (day: Day) => string;
const storyWords: Dated = (story) => `the story is dated ${label(story)}`;
const anchorWords = (a: Anchor) =>
  `the ${a.point.time ? "time" : "date"} it last named is ${a.point.time ? `${clock(a.point.time)} on ${label(a.point)}` : label(a.point)} (${q(a.text)})`;
const NO_STORY_DATE =
  "it counts from the story's date, and the story has none (add date: to its .meta.yaml and draft again)";

/** `said`, inside a quotation, names the day its words were said, which is then `story`. */
function resolveOne(
  { phrase, passage, block }: Located,
  story: Day | undefined,
  anchor: Anchor | undefined,
  lang: string,
  said?: string,
): Outcome {
  const says = `The article says ${q(phrase.text)}`;
  const dated: Dated = (day) => said ?? storyWords(day);
  const tense = wordsFor(TENSES, lang);
  const cue = futureCue(passage, lang);
  // Without the language's tenses, what counts back from the story's date may count forward: said, and marked.
  const untensed = tense ? undefined : languageName(lang);
  const deadline = tense?.deadline.test(phrase.text) ?? false;
  const deadlineNote = deadline ? ` (a deadline: it may have happened${cue ? " or happen" : ""} earlier)` : "";
  const noAnchor = (unit: string) =>
    anchor
      ? `it counts from the date the text last named, ${label(anchor.point)} (${q(anchor.text)}), which is not a ${unit}`
      : "it counts from a date named before it, and the text names none";

  switch (phrase.kind) {
    case "date":
      return resolveDate(phrase.text, phrase.start, phrase.end, { story, anchor, block, cue, dated, untensed });

    case "weekday": {
      if (!story) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
      const w = phrase.weekday;
      const name = WEEKDAYS[w];
      const back = (weekdayOf(story) - w + 7) % 7 || 7;
      const ahead = (w - weekdayOf(story) + 7) % 7 || 7;
      let day: Point;
      let rule: string;
      if (phrase.modifier === "last") {
        day = addDays(story, -back);
        rule = `the ${name} before it`;
      } else if (phrase.modifier === "next") {
        day = addDays(story, ahead);
        rule = `the ${name} after it`;
      } else if (phrase.modifier === "this") {
        day = addDays(mondayOf(story), (w + 6) % 7);
        rule = `the ${name} of that week`;
      } else if (weekdayOf(story) === w) {
        return done(
          withTime(story, phrase.time),
          `${says}; ${dated(story)}, so the same day.${timeNote(withTime(story, phrase.time))}`,
        );
      } else if (cue || /^later\b/i.test(phrase.text)) {
        day = addDays(story, ahead);
        rule = cue ? `the passage speaks of what is to come (${q(cue)}), so the next ${name}` : `the next ${name}`;
      } else {
        day = addDays(story, -back);
        rule = `the last ${name} before it`;
      }
      const point = withTime(day, phrase.time);
      const joiner = rule.startsWith("the passage") ? " and " : ", so ";
      const out = done(
        point,
        `${says}; ${dated(story)}${joiner}${rule}: ${label(day, { weekday: false })}${deadlineNote}.${timeNote(point)}`,
      );
      return rule.startsWith("the last") && untensed ? countedBack(out, untensed, `the next ${name}`) : out;
    }

    case "anchored-weekday": {
      if (!anchor || !isDay(anchor.point)) return unresolved(says, `, but ${noAnchor("day")}`, story, anchor);
      const a = anchor.point;
      const w = phrase.weekday;
      const name = WEEKDAYS[w];
      let day: Point;
      let rule: string;
      if (phrase.direction === "same-week") {
        day = addDays(mondayOf(a), (w + 6) % 7);
        // Only a Sunday's week depends on where weeks start.
        rule = `the ${name} of that week${weekdayOf(a) === 0 ? " (weeks taken to start on Monday)" : ""}`;
      } else if (phrase.direction === "after") {
        day = addDays(a, (w - weekdayOf(a) + 7) % 7 || 7);
        rule = `the next ${name}`;
      } else {
        day = addDays(a, -((weekdayOf(a) - w + 7) % 7 || 7));
        rule = `the ${name} before it`;
      }
      return done(
        day,
        `${says}; ${anchorWords({ ...anchor, point: dayPart(a) })}, so ${rule}, ${label(day, { weekday: false })}${deadlineNote}.`,
      );
    }

    case "day-offset": {
      if (!story) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
      const day = addDays(story, phrase.days);
      const rule =
        phrase.days === 0
          ? "the same day"
          : phrase.days < 0
            ? `the day before: ${label(day)}`
            : `the day after: ${label(day)}`;
      return done(day, `${says}; ${dated(story)}, so ${rule}.`);
    }

    case "time": {
      if (!story) return unresolved(says, `, a time without a day, but ${NO_STORY_DATE}`, story, anchor);
      const point = withTime(story, phrase.time);
      return done(point, `${says}, a time without a day; ${dated(story)}, so that day.${timeNote(point)}`);
    }

    case "week": {
      if (!story) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
      const monday = mondayOf(story);
      const sunday = addDays(monday, 6);
      const [from, to] = {
        "earlier-this": [monday, addDays(story, -1)],
        "later-this": [addDays(story, 1), sunday],
        this: [monday, sunday],
        last: [addDays(monday, -7), addDays(monday, -1)],
        next: [addDays(monday, 7), addDays(monday, 13)],
      }[phrase.which];
      if (compare(to, from) < 0) {
        return unresolved(says, `, but ${dated(story)}, which leaves no such day in its week`, story, anchor);
      }
      const span = compare(to, from) === 0 ? label(from) : `from ${label(from)} to ${label(to)}`;
      return done(
        from,
        `${says}; ${dated(story)}, so ${span} (weeks taken to start on Monday).`,
        compare(to, from) === 0 ? undefined : to,
      );
    }

    case "year": {
      const year = { year: phrase.year };
      if (phrase.how === "since") {
        return done(year, `${says}: the year it began, ${phrase.year}; the text does not say when in that year.`);
      }
      if (phrase.how === "embedded") return done(year, `The article names ${q(phrase.text)}: the year ${phrase.year}.`);
      return done(year, `The article gives the year, ${q(phrase.text)}.`);
    }

    case "decade":
      return done({ year: phrase.year, decade: true }, `The article names a decade, ${q(phrase.text)}.`);

    case "season": {
      const start = seasonStart(phrase.season, phrase.year, phrase.relative, story);
      if (!start) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
      const end = addMonths(start, 2);
      const span = `${label(start)} to ${label(end)}`;
      const rule = `${phrase.season} is taken as ${SEASON_WORDS[phrase.season]} (the northern hemisphere's)`;
      const from = phrase.relative && story ? `; ${dated(story)}` : "";
      return done(start, `${says}${from}; ${rule}, so ${span}.`, end);
    }

    case "following": {
      const needs = phrase.unit === "week" ? "day" : phrase.unit;
      const a = anchor?.point;
      const precise =
        a &&
        !a.decade &&
        (needs === "year" || (needs === "month" && a.month !== undefined) || (needs === "day" && isDay(a)));
      if (!anchor || !a || !precise) return unresolved(says, `, but ${noAnchor(needs)}`, story, anchor);
      const n = phrase.offset;
      const words = n === 0 ? `the same ${phrase.unit}` : `the ${phrase.unit} ${n > 0 ? "after" : "before"}`;
      let date: Point;
      let end: Point | undefined;
      if (phrase.unit === "year") date = { year: a.year + n };
      else if (phrase.unit === "month") date = addMonths(a, n);
      else if (phrase.unit === "day") date = addDays(a, n);
      else {
        date = addDays(mondayOf(a), 7 * n);
        end = addDays(date, 6);
      }
      const shown = end ? `${label(date)} to ${label(end)} (weeks taken to start on Monday)` : label(date);
      return done(
        date,
        `${says}; ${anchorWords({ ...anchor, point: a.time ? dayPart(a) : a })}, so ${words}: ${shown}.`,
        end,
      );
    }

    case "year-span":
      return done({ year: phrase.from }, `${says}: from ${phrase.from} to ${phrase.to}.`, { year: phrase.to });

    case "end-of": {
      if (!story) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
      const date =
        phrase.unit === "month" ? addMonths(story, phrase.next ? 1 : 0) : { year: story.year + (phrase.next ? 1 : 0) };
      return done(date, `${says}; ${dated(story)}, so ${label(date)}.`);
    }

    case "relative":
      if (phrase.from === "unknown") {
        return unresolved(
          says,
          `, and the draft does not know the words of ${languageName(lang)} that tell whether it counts from the story's date or from the date named before it`,
          story,
          anchor,
        );
      }
      return resolveRelative(phrase, phrase.from, lang, { story, anchor, says, dated });

    case "vague":
      return unresolved(
        says,
        `, a period ${story ? `before the story (dated ${label(story)})` : "of the story"} that the text does not bound`,
        story,
        anchor,
      );
  }
}

/** The first month of a season: of a given year, or the one relative to the story's date. */
function seasonStart(
  season: Season,
  year: number | undefined,
  relative: "this" | "last" | "next" | undefined,
  story: Day | undefined,
): Point | undefined {
  const first = SEASON_MONTHS[season];
  if (year !== undefined) return { year, month: first };
  if (!story || !relative) return undefined;
  const index = (p: Point) => p.year * 12 + (p.month ?? 1) - 1;
  const now = index(story);
  const starts = [-2, -1, 0, 1].map((dy) => ({ year: story.year + dy, month: first }));
  if (relative === "this") return starts.find((s) => index(s) <= now && now <= index(s) + 2) ?? starts[2];
  if (relative === "last") return [...starts].reverse().find((s) => index(s) + 2 < now);
  return starts.find((s) => index(s) > now);
}

interface DateContext {
  story: Day | undefined;
  dated: Dated;
  anchor: Anchor | undefined;
  block: number;
  cue: string | undefined;
  /** The story's language, when the draft does not read its tenses. */
  untensed?: string;
}

/** Explicit calendar fields: complete, or a month (and day) whose year comes from the story or the text. */
function resolveDate(text: string, start: Fields, end: Fields | undefined, ctx: DateContext): Outcome {
  const says = `The article says ${q(text)}`;
  const { story, anchor, cue, dated } = ctx;
  const endOf = (from: Point): Point | undefined => {
    if (!end) return undefined;
    const e: Point = {
      year: end.year ?? from.year,
      ...(end.month !== undefined || end.day !== undefined ? { month: end.month ?? from.month } : {}),
      ...(end.day !== undefined ? { day: end.day } : {}),
    };
    return compare(e, from) < 0 && end.year === undefined ? { ...e, year: e.year + 1 } : e;
  };
  const span = (from: Point) => {
    const e = endOf(from);
    return e ? ` to ${label(e)}` : "";
  };

  if (start.month === undefined) {
    if (start.year === undefined) return unresolved(says, `, which gives no month or year`, story, anchor);
    const date = { year: start.year };
    return done(date, `The article gives the year, ${q(text)}${span(date)}.`, endOf(date));
  }
  if (start.year !== undefined) {
    const date: Point = {
      year: start.year,
      month: start.month,
      ...(start.day !== undefined ? { day: start.day } : {}),
    };
    const point = start.time && start.day !== undefined ? { ...date, time: start.time } : date;
    const what = start.day === undefined ? "the month" : start.time ? "the date and time" : "the date";
    return done(point, `The article gives ${what}, ${q(text)}${span(date)}.${timeNote(point)}`, endOf(date));
  }
  if (end?.year !== undefined) {
    // "vom 4. Juli bis zum 16. August 2018", "July 4 to August 16, 2018": the start takes its end's year.
    const inEndYear: Point = {
      year: end.year,
      month: start.month,
      ...(start.day !== undefined ? { day: start.day } : {}),
    };
    const last: Point = {
      year: end.year,
      month: end.month ?? start.month,
      ...(end.day !== undefined ? { day: end.day } : {}),
    };
    const date = compare(inEndYear, last) > 0 ? { ...inEndYear, year: end.year - 1 } : inEndYear;
    return done(
      date,
      `The article gives a span, ${q(text)}, whose end names the year: ${label(date)}${span(date)}.`,
      endOf(date),
    );
  }

  // A month (and day) without a year.
  const { month, day } = start;
  const named = ordinalMonthDay(month, day);
  const at = (year: number): Point => ({ year, month, ...(day !== undefined ? { day } : {}) });
  const fromText =
    anchor && !anchor.point.decade && anchor.block === ctx.block && (!story || anchor.point.year < story.year) && !cue
      ? at(anchor.point.year)
      : undefined;
  let date: Point;
  let rule: string;
  if (story) {
    const storyRef = day === undefined ? { year: story.year, month: story.month } : story;
    const thisYear = at(story.year);
    const byStory = cue
      ? compare(thisYear, storyRef) >= 0
        ? thisYear
        : at(story.year + 1)
      : compare(thisYear, storyRef) <= 0
        ? thisYear
        : at(story.year - 1);
    if (fromText && compare(fromText, byStory) !== 0 && anchor) {
      date = fromText;
      rule = `${anchorWords(anchor)}, in the same paragraph, so ${label(date)}`;
    } else {
      date = byStory;
      const which = cue ? "next" : "most recent";
      rule = `${dated(story)}${cue ? ` and the passage speaks of what is to come (${q(cue)})` : ""}, so the ${which} ${named}: ${label(date)}`;
    }
  } else if (fromText && anchor) {
    date = fromText;
    rule = `${anchorWords(anchor)}, in the same paragraph, so ${label(date)}`;
  } else {
    return unresolved(
      says,
      ` without a year, and the story has no date to take it from (add date: to its .meta.yaml)`,
      story,
      anchor,
    );
  }
  const point = start.time && day !== undefined ? { ...date, time: start.time } : date;
  const out = done(point, `${says} without a year; ${rule}${span(date)}.${timeNote(point)}`, endOf(date));
  return ctx.untensed && rule.includes("most recent") ? countedBack(out, ctx.untensed, `the next ${named}`) : out;
}

/** A duration chrono reads from the story's date ("two weeks ago") or from the date last named ("40 minutes later"). */
function resolveRelative(
  phrase: Extract<Phrase, { kind: "relative" }>,
  from: "story" | "anchor",
  lang: string,
  { story, anchor, says, dated }: { story: Day | undefined; anchor: Anchor | undefined; says: string; dated: Dated },
): Outcome {
  const { text, within, offset } = phrase;
  if (from === "story") {
    if (!story) return unresolved(says, `, but ${NO_STORY_DATE}`, story, anchor);
    const f = offset ? offsetFrom(story, offset) : readRelative(text, story, lang);
    const date = f && pointOf(f);
    if (!date) return unresolved(says, `, which the draft cannot read as a date`, story, anchor);
    if (within && isDay(date)) {
      return done(
        story,
        `${says}; ${dated(story)}, so between ${label(story, { weekday: false })} and ${label(date, { weekday: false })}.`,
        date,
      );
    }
    return done(date, `${says}; ${dated(story)}, so ${label(date)}.`);
  }
  const a = anchor?.point;
  if (!anchor || !a)
    return unresolved(says, `, but it counts from a date named before it, and the text names none`, story, anchor);
  const base: Day = isDay(a) ? a : { year: a.year, month: a.month ?? 1, day: 1 };
  const f = offset ? offsetFrom(base, offset) : readRelative(text, base, lang);
  const read = f && pointOf(f);
  if (!read) return unresolved(says, `, which the draft cannot read as a date`, story, anchor);
  // Never more precise than the date counted from: "two weeks later" than "in 1915" is still only 1915.
  const rank = { decade: 0, year: 1, month: 2, day: 3, time: 4 } as const;
  const limit = rank[precisionOf(a)];
  const date: Point =
    rank[precisionOf(read)] <= limit
      ? read
      : limit === 1 || limit === 0
        ? { year: read.year }
        : limit === 2
          ? { year: read.year, month: read.month }
          : dayPart(read);
  const shown = date.time ? `${clock(date.time)} that day` : label(date);
  const kept =
    date.time && a.time?.offset !== undefined ? { ...date, time: { ...date.time, offset: a.time.offset } } : date;
  return done(kept, `${says}; ${anchorWords(anchor)}, so ${shown}.${timeNote(kept)}`);
}

/** A year, a month or a day counted from a day, as precise as its unit: "l'an prochain" is a year. */
function offsetFrom(day: Day, { unit, count }: { unit: "day" | "month" | "year"; count: number }): Fields {
  if (unit === "year") return { year: day.year + count };
  if (unit === "month") return addMonths(day, count);
  return addDays(day, count);
}

function pointOf(f: Fields): Point | undefined {
  if (f.year === undefined) return undefined;
  if (f.month === undefined) return { year: f.year };
  if (f.day === undefined) return { year: f.year, month: f.month };
  return { year: f.year, month: f.month, day: f.day, ...(f.time ? { time: f.time } : {}) };
}
