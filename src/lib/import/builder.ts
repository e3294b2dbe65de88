// The one way every importer assembles its story: events get their ids and categories here, in one place, so a
// TimelineJS file, a TimelineJS sheet and our own events.csv name and number things alike.

import { slugify } from "../article/slug";
import type { Problem } from "../errors";
import { decadeOf, type Scale } from "./dates";
import { Categories, eventIdBase, IdAllocator } from "./ids";
import { count, NotCarried } from "./not-carried";
import type { ImportedEra, ImportedEvent, ImportedMedia, ImportedStory } from "./types";

/** An event as an importer reads it, before its id and category are given. */
export interface EventDraft extends Omit<ImportedEvent, "id" | "category"> {
  /** The file's own id for it (TimelineJS's unique_id, our id column), as given. */
  uniqueId?: string;
  /** The group's name, or our category id. */
  group?: string;
  /** Our category's label, when the file gives ids and labels apart (our events.csv). */
  groupLabel?: string;
}

/** A text field as given, or undefined when it is missing or blank. */
export const given = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

export class StoryBuilder {
  readonly problems: Problem[] = [];
  readonly notCarried = new NotCarried();
  private readonly categories = new Categories();
  private readonly labelled = new Map<string, string>();
  private readonly drafts: { event: Omit<ImportedEvent, "id">; base: string; own: boolean }[] = [];

  constructor(
    readonly file: string,
    readonly format: ImportedStory["format"],
  ) {}

  problem(record: string | undefined, field: string | undefined, message: string): void {
    this.problems.push({
      file: this.file,
      ...(record === undefined ? {} : { record }),
      ...(field === undefined ? {} : { field }),
      message,
    });
  }

  /** Says once what writing a date dropped: its seconds, or what is finer than a year long ago. */
  dropped(written: { seconds: boolean; belowYear: boolean }): void {
    if (written.seconds) {
      this.notCarried.add("seconds", (n) => `the seconds of ${count(n, "date")} (times are kept to the minute)`);
    }
    if (written.belowYear) {
      this.notCarried.add(
        "below-year",
        (n) => `the month, day or time of ${count(n, "date")} written as years ago (which counts whole years)`,
      );
    }
  }

  /**
   * Adds an event. As TimelineJS does, an end the same as the start is dropped (editors often repeat the
   * start), and a year shown as its decade ("1980" shown as "1980s") is that decade.
   */
  event(draft: EventDraft): void {
    const { uniqueId, group, groupLabel, ...event } = draft;
    if (event.end === event.date) delete event.end;
    const decade = event.end === undefined ? decadeOf(event.date, event.display_date) : undefined;
    if (decade) {
      event.date = decade;
      delete event.display_date;
    }
    const own = slugify(uniqueId ?? "") !== "";
    const base = eventIdBase({ uniqueId, headline: event.title_html, text: event.text_html, date: event.date });
    const category = group === undefined ? undefined : this.category(group, groupLabel, event.record);
    this.drafts.push({ event: category === undefined ? event : { ...event, category }, base, own });
  }

  private category(group: string, label: string | undefined, record: string): string {
    if (label === undefined) return this.categories.idOf(group);
    // Our own columns give the id and its label apart: keep the id, and the first label it is given.
    const known = this.labelled.get(group);
    if (known === undefined) {
      this.labelled.set(group, label);
      this.categories.list.push({ id: group, label });
    } else if (known !== label) {
      this.problem(
        record,
        "category_label",
        `"${label}" differs from "${known}", the label an earlier row gives category "${group}": give each category one label`,
      );
    }
    return group;
  }

  story(scale: Scale, intro: ImportedStory["intro"], eras: ImportedEra[]): ImportedStory {
    // A slide's own unique_id keeps its name (it may be linked to); made-up ids give way to it.
    const ids = new IdAllocator();
    const taken = new Map<number, string>();
    this.drafts.forEach((d, i) => {
      if (d.own) taken.set(i, ids.take(d.base));
    });
    const events = this.drafts.map((d, i) => ({ id: taken.get(i) ?? ids.take(d.base), ...d.event }));
    return {
      file: this.file,
      format: this.format,
      scale,
      ...(intro === undefined ? {} : { intro }),
      categories: this.categories.list,
      eras,
      events,
      notCarried: this.notCarried.list(),
      problems: this.problems,
    };
  }
}

const MEDIA_FIELDS = ["caption", "credit", "alt", "title", "link", "thumbnail"] as const;

/**
 * A slide's media, its fields as given; undefined without a URL, as TimelineJS shows no media without one.
 * `lost` is called when the slide gives a caption or the like but no URL.
 */
export function mediaOf(
  fields: Partial<Record<keyof ImportedMedia, unknown>>,
  lost: () => void,
): ImportedMedia | undefined {
  const url = given(fields.url);
  if (url === undefined) {
    if (MEDIA_FIELDS.some((key) => given(fields[key]) !== undefined)) lost();
    return undefined;
  }
  const media: ImportedMedia = { url };
  for (const key of MEDIA_FIELDS) {
    const value = given(fields[key]);
    if (value !== undefined) media[key] = value;
  }
  return media;
}
