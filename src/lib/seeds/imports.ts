// A timeline a newsroom already has, dropped into seeds/ as it is: a TimelineJS3 file (`<name>.timeline.json`)
// or a sheet (`<name>.events.csv`, `<name>.events.xlsx`) in TimelineJS3's template or our own events.csv
// columns. The importers (src/lib/import/) read it as an editor would have written it; here it becomes the
// story's events file for the one validation pass, its title slide the story's introduction, its eras the
// timeline's periods. Every word of it is HTML from elsewhere: it is sanitised (src/lib/article/html.ts)
// before anything shows it.

import { existsSync } from "node:fs";
import { join } from "node:path";
import { htmlToText, readHtml } from "../article/html";
import type { Inline } from "../article/tree";
import { dateFormat } from "../dates/format";
import { parseWhen, spanOf } from "../dates/when";
import type { Problem } from "../errors";
import type { SideFile } from "../facts/validate";
import { parseSheet, parseTimelineJs, readCsv } from "../import";
import type { ImportedMedia, ImportedStory } from "../import/types";
import { readUtf8 } from "./read";

/** The files a timeline may come in, by their suffix, in the order one name is looked for. */
export const IMPORT_SUFFIXES = ["timeline.json", "events.csv", "events.xlsx"] as const;
export type ImportSuffix = (typeof IMPORT_SUFFIXES)[number];

/** A sheet's rows, read beforehand (an .xlsx is unzipped asynchronously, before the one synchronous pass). */
export type SheetRows = ReadonlyMap<string, string[][] | { error: string }>;

/** The import file of a story name, if there is one. */
export function importFile(seedsDir: string, name: string): { path: string; suffix: ImportSuffix } | undefined {
  for (const suffix of IMPORT_SUFFIXES) {
    const path = join(seedsDir, `${name}.${suffix}`);
    if (existsSync(path)) return { path, suffix };
  }
  return undefined;
}

/** Reads an import file into a story, every problem named with the file, the record and the field. */
export function readImport(
  path: string,
  suffix: ImportSuffix,
  file: string,
  sheets: SheetRows = new Map(),
): ImportedStory {
  const failed = (message: string): ImportedStory => ({
    file,
    format: suffix === "timeline.json" ? "timelinejs-json" : "timelinejs-sheet",
    scale: "human",
    categories: [],
    eras: [],
    events: [],
    notCarried: [],
    problems: [{ file, message }],
  });
  if (suffix === "events.xlsx") {
    const rows = sheets.get(path);
    if (!rows) return failed("was not read: .xlsx sheets are read before the build checks the seeds (readStories)");
    return "error" in rows ? failed(rows.error) : parseSheet(rows, file);
  }
  const { text, problems } = readUtf8(path, file);
  if (text === undefined) return { ...failed(""), problems };
  return suffix === "timeline.json" ? parseTimelineJs(text, file) : parseSheet(readCsv(text), file);
}

/** HTML from elsewhere as the article tree's runs: sanitised, its paragraphs' words in a row. */
export function htmlRuns(html: string | undefined, file: string): Inline[] | undefined {
  if (!html?.trim()) return undefined;
  const read = readHtml(`<p>${html}</p>`, file);
  const runs: Inline[] = [];
  for (const block of read.blocks) {
    if (block.type !== "paragraph") continue;
    if (runs.length) runs.push({ type: "text", value: " " });
    runs.push(...block.children);
  }
  return runs.length ? runs : undefined;
}

/** The first words of a text, for a slide that has no headline: at most `n`, with an ellipsis when cut. */
function firstWords(text: string, n = 8): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(" ") : `${words.slice(0, n).join(" ")}…`;
}

/** A media URL as written: a URL, or the first https address inside an embed's HTML (TimelineJS takes both). */
function mediaUrl(media: ImportedMedia): string | undefined {
  const url = media.url.trim();
  if (!url.startsWith("<")) return url;
  return url.match(/\b(?:src|href)\s*=\s*["'](https:\/\/[^"']+)["']/i)?.[1];
}

export interface ImportedEvents {
  /** The events as an events file would give them, for the one validation pass. */
  side: SideFile;
  /** Each event's text as its authors wrote it (HTML), by id, kept for the page once the record is checked. */
  texts: Map<string, string>;
  /** The eras, their dates checked. */
  eras: { label: string; date: string; end: string }[];
  problems: Problem[];
  /** What the file holds that the story does not carry over, said once each in the build's log. */
  notes: string[];
}

/** An imported story's events as the events file of the one validation pass. */
export function importedEvents(story: ImportedStory): ImportedEvents {
  const fmt = dateFormat();
  const texts = new Map<string, string>();
  const notes = story.notCarried.map((line) => `${story.file}: not carried over: ${line}`);
  const records = story.events.map((e) => {
    const text = e.text_html ? htmlToText(e.text_html) : "";
    const headline = e.title_html ? htmlToText(e.title_html) : "";
    // A slide with no headline is still an event: its first words name it, or else its date.
    let title = headline || (text && firstWords(text));
    if (!title) {
      const when = parseWhen(e.date, { floating: true });
      title =
        e.display_date ??
        (typeof when === "string" ? e.date : fmt.dated({ date: e.date, ...(e.end ? { end: e.end } : {}) }));
    }
    if (e.text_html) texts.set(e.id, e.text_html);
    const url = e.media && mediaUrl(e.media);
    if (e.media && !url)
      notes.push(`${story.file}: ${e.record}: its media is HTML with no https address in it; not shown`);
    return {
      id: e.id,
      title,
      date: e.date,
      ...(e.end ? { end: e.end } : {}),
      ...(e.display_date ? { display_date: htmlToText(e.display_date) } : {}),
      ...(e.category ? { category: e.category } : {}),
      ...(e.media && url
        ? {
            media: {
              url,
              ...(e.media.alt ? { alt: htmlToText(e.media.alt) } : {}),
              ...(e.media.caption ? { caption: e.media.caption } : {}),
              ...(e.media.credit ? { credit: e.media.credit } : {}),
              ...(e.media.title ? { title: htmlToText(e.media.title) } : {}),
              ...(e.media.link ? { link: e.media.link } : {}),
            },
          }
        : {}),
      ...(e.turning ? { turning: true } : {}),
      ...(e.resolution ? { resolution: e.resolution } : {}),
      ...(e.countries?.length ? { countries: e.countries } : {}),
      ...(e.people?.length ? { people: e.people } : {}),
      summary: e.summary ?? (text || title),
      ...(e.quotes?.length ? { quotes: e.quotes } : {}),
      ...(e.sources?.length ? { sources: e.sources } : {}),
      ...(e.note ? { note: e.note } : {}),
    };
  });
  const problems: Problem[] = [];
  const eras = story.eras.flatMap((era, i) => {
    const bad = [era.date, era.end].map((d) => parseWhen(d, { floating: true })).find((w) => typeof w === "string");
    if (typeof bad === "string") {
      problems.push({ file: story.file, record: `era ${i + 1} (${era.label})`, message: bad });
      return [];
    }
    return [{ label: htmlToText(era.label) || `Era ${i + 1}`, date: era.date, end: era.end }];
  });
  // Eras in time order, whatever the file's: they name the timeline's periods, which run in time order.
  eras.sort((a, b) => spanOf(a).start - spanOf(b).start);
  return {
    side: {
      file: story.file,
      data: {
        categories: Object.fromEntries(story.categories.map((c) => [c.id, htmlToText(c.label) || c.id])),
        events: records,
      },
      imported: true,
      names: story.events.map((e) => e.record),
    },
    texts,
    eras,
    problems,
    notes,
  };
}
