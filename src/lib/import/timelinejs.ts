// A TimelineJS3 JSON file as our story, read the way TimelineJS reads it (core/TimelineConfig.js,
// date/TLDate.js, slider/Slide.js, media/Media.js of @knight-lab/timelinejs): its title slide, its slides
// (events) and eras, and its scale. The file is only parsed, never run; its HTML is carried as given, for the
// site's pipeline to sanitise.

import { given, mediaOf, StoryBuilder } from "./builder";
import { beyondHumanScale, DATE_PARTS, type DateParts, decadeOf, integerOf, type Scale, writeDate } from "./dates";
import { jsonSyntaxError } from "./json-syntax";
import { count } from "./not-carried";
import type { ImportedEra, ImportedMedia, ImportedStory } from "./types";

type Json = Record<string, unknown>;

/** What a TimelineJS file needs, for the problems of a file that is not one. */
export const TIMELINE_NEEDS =
  'a TimelineJS file is one JSON object with its slides in an "events" list, e.g. {"events": [{"start_date": {"year": 2017}, "text": {"headline": "…"}}]}';

// The fields TimelineJS reads; anything else in a file is noted as not carried over.
const TOP_FIELDS = new Set(["title", "events", "eras", "scale"]);
// A slide's own "scale" only tells TimelineJS the file is cosmological (TimelineConfig._ensureValidScale).
const SLIDE_FIELDS = new Set([
  "start_date",
  "end_date",
  "text",
  "media",
  "group",
  "display_date",
  "background",
  "autolink",
  "unique_id",
  "scale",
]);
const DATE_FIELDS = new Set<string>([...DATE_PARTS, "display_date", "format"]);
const TEXT_FIELDS = new Set(["headline", "text"]);
const MEDIA_FIELDS = new Set(["url", "caption", "credit", "alt", "title", "link", "thumbnail", "link_target"]);
const ERA_FIELDS = new Set(["start_date", "end_date", "text"]);

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Reads a TimelineJS3 JSON file. Every problem names the file, the slide and the field. */
export function parseTimelineJs(text: string, file: string): ImportedStory {
  const b = new StoryBuilder(file, "timelinejs-json");
  const source = text.replace(/^\uFEFF/, "");
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    const fault = jsonSyntaxError(source);
    b.problem(
      undefined,
      undefined,
      fault ? `is not valid JSON: ${fault.reason} (line ${fault.line}, column ${fault.column})` : "is not valid JSON",
    );
    return b.story("human", undefined, []);
  }
  if (!isObject(data)) {
    const kind = Array.isArray(data) ? "a JSON list" : data === null ? "JSON null" : `a JSON ${typeof data}`;
    b.problem(undefined, undefined, `is ${kind}, not a TimelineJS timeline: ${TIMELINE_NEEDS}`);
    return b.story("human", undefined, []);
  }
  const events = data.events;
  if (!Array.isArray(events) || events.length === 0) {
    const what = events === undefined ? "is missing" : Array.isArray(events) ? "lists no slides" : "is not a list";
    b.problem(undefined, "events", `${what}: ${TIMELINE_NEEDS}`);
    return b.story("human", undefined, []);
  }
  for (const key of Object.keys(data)) {
    if (!TOP_FIELDS.has(key)) {
      b.notCarried.add(`top:${key}`, () => `the top-level field "${key}" (TimelineJS does not read it either)`);
    }
  }

  const scale = scaleOf(data, events, b);
  const reader = new SlideReader(b, scale);
  const intro = isObject(data.title) ? reader.title(data.title) : undefined;
  if (data.title !== undefined && !isObject(data.title)) {
    b.problem("title", undefined, 'must be a slide, e.g. {"text": {"headline": "…", "text": "<p>…</p>"}}');
  }
  events.forEach((slide, i) => {
    reader.event(slide, i);
  });
  const eras: ImportedEra[] = [];
  if (Array.isArray(data.eras)) {
    data.eras.forEach((era, i) => {
      const read = reader.era(era, i);
      if (read) eras.push(read);
    });
  } else if (data.eras !== undefined) {
    b.problem(
      undefined,
      "eras",
      'must be a list of eras, each {"start_date": …, "end_date": …, "text": {"headline": "…"}}',
    );
  }
  return b.story(scale, intro, eras);
}

/**
 * The file's scale as TimelineJS settles it: as the file says, else cosmological as soon as a slide says so
 * or starts in a year a JavaScript Date cannot hold.
 */
function scaleOf(data: Json, events: unknown[], b: StoryBuilder): Scale {
  const said = data.scale;
  if (said === "human" || said === "cosmological") return said;
  if (said !== undefined && said !== "") {
    b.problem(
      undefined,
      "scale",
      `"${String(said)}" is not a scale TimelineJS knows: write human or cosmological, or leave it out`,
    );
  }
  const deep = events.some((slide) => {
    if (!isObject(slide)) return false;
    if (slide.scale === "cosmological") return true;
    const year = isObject(slide.start_date) ? integerOf(slide.start_date.year) : undefined;
    return typeof year === "number" && beyondHumanScale(year);
  });
  return deep ? "cosmological" : "human";
}

/** Reads slides and eras into the builder, noting what it leaves behind. */
class SlideReader {
  constructor(
    private readonly b: StoryBuilder,
    private readonly scale: Scale,
  ) {}

  title(slide: Json): ImportedStory["intro"] {
    this.unknown(slide, SLIDE_FIELDS, "title slide");
    this.decoration(slide);
    if (["start_date", "end_date", "display_date", "group"].some((k) => slide[k] !== undefined)) {
      this.b.notCarried.add(
        "title-date",
        () => "the title slide's date and group (TimelineJS does not show them either)",
      );
    }
    const { headline, text } = this.text(slide, "title");
    const media = this.media(slide, "title");
    return {
      ...(headline === undefined ? {} : { headline_html: headline }),
      ...(text === undefined ? {} : { text_html: text }),
      ...(media === undefined ? {} : { media }),
    };
  }

  event(slide: unknown, i: number): void {
    if (!isObject(slide)) {
      this.b.problem(`events[${i}]`, undefined, "is not a slide: each slide is an object with a start_date and text");
      return;
    }
    const uniqueId = typeof slide.unique_id === "number" ? String(slide.unique_id) : given(slide.unique_id);
    const record = uniqueId?.trim() ?? `events[${i}]`;
    this.unknown(slide, SLIDE_FIELDS, "slide");
    this.decoration(slide);
    const { headline, text } = this.text(slide, record);
    const media = this.media(slide, record);
    const group = this.plain(slide.group, record, "group")?.trim();

    if (slide.start_date === undefined) {
      this.b.problem(
        record,
        "start_date",
        'is missing: every slide needs a start_date with at least a year, e.g. {"year": 2017}',
      );
      return;
    }
    const start = this.date(slide.start_date, record, "start_date");
    const end = slide.end_date === undefined ? null : this.date(slide.end_date, record, "end_date");
    if (start === undefined || end === undefined) return;
    if (start === null) {
      this.b.problem(
        record,
        "start_date.year",
        'is missing: every slide needs a start_date with at least a year, e.g. {"year": 2017}',
      );
      return;
    }
    const display = this.display(slide, start, end, record);
    this.b.event({
      record,
      ...(uniqueId === undefined ? {} : { uniqueId }),
      ...(headline === undefined ? {} : { title_html: headline }),
      ...(text === undefined ? {} : { text_html: text }),
      date: start.date,
      ...(end === null ? {} : { end: end.date }),
      ...(display === undefined ? {} : { display_date: display }),
      ...(group ? { group } : {}),
      ...(media === undefined ? {} : { media }),
    });
  }

  era(era: unknown, i: number): ImportedEra | undefined {
    const record = `eras[${i}]`;
    if (!isObject(era)) {
      this.b.problem(
        record,
        undefined,
        'is not an era: each era is {"start_date": …, "end_date": …, "text": {"headline": "…"}}',
      );
      return undefined;
    }
    this.unknown(era, ERA_FIELDS, "era");
    const { headline, text } = this.text(era, record);
    if (text !== undefined) {
      this.b.notCarried.add(
        "era-text",
        (n) => `the text of ${count(n, "era")} (TimelineJS shows only an era's headline too)`,
      );
    }
    const start = era.start_date === undefined ? null : this.date(era.start_date, record, "start_date");
    const end = era.end_date === undefined ? null : this.date(era.end_date, record, "end_date");
    for (const [field, d] of [["start_date", start] as const, ["end_date", end] as const]) {
      if (d === null)
        this.b.problem(record, field, 'is missing: an era needs a start_date and an end_date, e.g. {"year": 1914}');
      if (d?.display !== undefined) {
        this.b.notCarried.add(
          "era-display",
          (n) => `the display_date of ${count(n, "era date")} (an era is labelled with its name)`,
        );
      }
    }
    if (headline === undefined) {
      this.b.problem(record, "text.headline", "is missing: an era needs a name, which labels it on the timeline");
    }
    if (!start || !end || headline === undefined) return undefined;
    return { label: headline, date: start.date, end: end.date };
  }

  /**
   * A date object as a written date with its display_date: undefined when it is wrong (a problem says why),
   * null when it gives no parts at all.
   */
  private date(value: unknown, record: string, field: string): { date: string; display?: string } | undefined | null {
    if (!isObject(value)) {
      this.b.problem(record, field, 'must be a date object with at least a year, e.g. {"year": 2017, "month": 6}');
      return undefined;
    }
    this.unknown(value, DATE_FIELDS, "date");
    if (value.format !== undefined) {
      this.b.notCarried.add(
        "format",
        (n) => `the date format of ${count(n, "date")} (the site prints every date in its own style)`,
      );
    }
    const display = this.plain(value.display_date, record, `${field}.display_date`);
    const parts: DateParts = Object.fromEntries(DATE_PARTS.map((p) => [p, value[p]]));
    if (DATE_PARTS.every((p) => integerOf(parts[p]) === undefined)) return null;
    const written = writeDate(parts, this.scale);
    if (!written.ok) {
      this.b.problem(record, `${field}.${written.part}`, written.message);
      return undefined;
    }
    this.b.dropped(written);
    // A decade, as toTimelineJs writes one: its first year shown as "1980s".
    const decade = decadeOf(written.date, display);
    if (decade) return { date: decade };
    return display === undefined ? { date: written.date } : { date: written.date, display };
  }

  /**
   * The slide's display_date, as TimelineJS shows it: the slide's own, else the start's (with the end's, after
   * a dash, as TimelineJS joins them).
   */
  private display(slide: Json, start: { display?: string }, end: { display?: string } | null, record: string) {
    const own = this.plain(slide.display_date, record, "display_date");
    if (own !== undefined) return own;
    if (end === null) return start.display;
    if (start.display !== undefined && end.display !== undefined) return `${start.display} — ${end.display}`;
    if (start.display !== undefined || end.display !== undefined) {
      this.b.notCarried.add(
        "half-display",
        (n) => `a display_date on one end of ${count(n, "span")} only (the site prints such a span from its dates)`,
      );
    }
    return undefined;
  }

  private text(slide: Json, record: string): { headline?: string; text?: string } {
    if (slide.text === undefined) return {};
    if (!isObject(slide.text)) {
      this.b.problem(
        record,
        "text",
        'must be an object with a headline and text, e.g. {"headline": "…", "text": "<p>…</p>"}',
      );
      return {};
    }
    this.unknown(slide.text, TEXT_FIELDS, "text");
    const headline = this.plain(slide.text.headline, record, "text.headline");
    const text = this.plain(slide.text.text, record, "text.text");
    return {
      ...(headline === undefined ? {} : { headline }),
      ...(text === undefined ? {} : { text }),
    };
  }

  private media(slide: Json, record: string): ImportedMedia | undefined {
    const media = slide.media;
    if (media === undefined) return undefined;
    if (!isObject(media)) {
      this.b.problem(record, "media", 'must be an object with a url, e.g. {"url": "https://…", "caption": "…"}');
      return undefined;
    }
    this.unknown(media, MEDIA_FIELDS, "media");
    if (given(media.link_target) !== undefined) {
      this.b.notCarried.add(
        "link_target",
        (n) => `the link_target of ${count(n, "media link")} (the site opens links its own way)`,
      );
    }
    const fields = Object.fromEntries(
      ["url", "caption", "credit", "alt", "title", "link", "thumbnail"].map((k) => [
        k,
        this.plain(media[k], record, `media.${k}`),
      ]),
    );
    return mediaOf(fields, () =>
      this.b.notCarried.add(
        "media-without-url",
        (n) => `media without a url on ${count(n, "slide")} (nothing to show)`,
      ),
    );
  }

  /** Text as given (a number as its digits), undefined when blank; anything else is a problem. */
  private plain(value: unknown, record: string, field: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "number") return String(value);
    if (typeof value !== "string") {
      this.b.problem(record, field, `must be text, not ${Array.isArray(value) ? "a list" : typeof value}`);
      return undefined;
    }
    return given(value);
  }

  /** What is drawn around a slide: its background, and links TimelineJS would make of bare addresses. */
  private decoration(slide: Json): void {
    if (slide.autolink !== undefined) {
      this.b.notCarried.add(
        "autolink",
        (n) => `autolink on ${count(n, "slide")} (the site links only what the text marks as a link)`,
      );
    }
    const bg = slide.background;
    const drawn = isObject(bg) ? Object.values(bg).some((v) => given(v) !== undefined) : given(bg) !== undefined;
    if (drawn) {
      this.b.notCarried.add(
        "background",
        (n) => `background on ${count(n, "slide")} (colours and images behind slides are not drawn)`,
      );
    }
  }

  private unknown(object: Json, known: ReadonlySet<string>, where: string): void {
    for (const key of Object.keys(object)) {
      if (known.has(key)) continue;
      this.b.notCarried.add(
        `${where}:${key}`,
        (n) => `the field "${key}" on ${count(n, where)} (TimelineJS does not read it either)`,
      );
    }
  }
}
