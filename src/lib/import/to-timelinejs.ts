// Our story as a TimelineJS3 JSON file, for a newsroom that shows its timelines with TimelineJS: each event a
// slide whose unique_id is our id (so #event-<id> links name the same event in both), each era an era.
//
// What TimelineJS cannot say, and how it is said instead:
// - A decade ("1980s") is its first year, shown as the decade: {year: 1980, display_date: "1980s"}, unless
//   the event has its own display_date, which TimelineJS shows instead anyway. parseTimelineJs reads that
//   back as the decade.
// - A time's UTC offset: TimelineJS's times are floating (a browser Date built from the parts), so the slide
//   keeps the clock as written (09:30 stays 09:30 for every reader, as on our timeline), and, unless the
//   event has its own display_date, the slide's display_date is the date as the explainer prints it, offset
//   included ("16 May 2011, 08:56 UTC−4"). Dropping the offset silently would make two events written at
//   09:00+02:00 and 09:00Z look simultaneous; converting to one zone would show a clock nobody read.
// Titles, the headline and era labels are plain text here and HTML in TimelineJS, so their &, < and > are
// written as character references; text_html, captions and credits are HTML already and go as they are.

import { dateFormat } from "../dates/format";
import { parseWhen } from "../dates/when";
import { type Scale, type TimelineDate, timelineDateOf } from "./dates";
import { escapeText } from "./html";
import type { ExportStory, ImportedMedia } from "./types";

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  media?: ImportedMedia;
}

export interface TimelineJsFile {
  title?: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras: { start_date: TimelineDate; end_date: TimelineDate; text: { headline: string } }[];
  scale: Scale;
}

/** A written date as TimelineJS's parts; throws on a date the site's validation would have refused. */
function partsOf(written: string, where: string): { date: TimelineDate; zone?: string } {
  const parts = timelineDateOf(written);
  if (!parts) {
    throw new Error(
      `${where}: "${written}" is not a written date (1980s, 2021, 2021-06, 2021-06-14, 2021-06-14T09:30+02:00, -0044, 13800000000 years ago)`,
    );
  }
  return parts;
}

/** A date without the display_date of a decade, for a slide that has its own display_date. */
const plainDate = ({ display_date: _shown, ...date }: TimelineDate): TimelineDate => date;

function mediaOf(media: ImportedMedia): ImportedMedia {
  const out: ImportedMedia = { url: media.url };
  for (const key of ["caption", "credit", "alt", "title", "link", "thumbnail"] as const) {
    const value = media[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

/** The story as a TimelineJS3 file's object, ready for JSON.stringify. */
export function toTimelineJs(story: ExportStory): TimelineJsFile {
  const file: TimelineJsFile = { events: [], eras: [], scale: story.scale };
  if (story.headline !== "" || story.text_html !== undefined || story.media !== undefined) {
    file.title = {
      text: { headline: escapeText(story.headline), text: story.text_html ?? "" },
      ...(story.media ? { media: mediaOf(story.media) } : {}),
    };
  }
  for (const event of story.events) {
    const start = partsOf(event.date, `event "${event.id}", date`);
    const end = event.end === undefined ? undefined : partsOf(event.end, `event "${event.id}", end`);
    const own = event.display_date !== undefined && event.display_date !== "";
    const slide: TimelineJsSlide = {
      unique_id: event.id,
      start_date: own ? plainDate(start.date) : start.date,
      ...(end ? { end_date: own ? plainDate(end.date) : end.date } : {}),
      text: { headline: escapeText(event.title), text: event.text_html ?? "" },
    };
    if (own) slide.display_date = event.display_date;
    else if (start.zone !== undefined || end?.zone !== undefined) {
      const shown = printed(event);
      if (shown !== undefined) slide.display_date = shown;
    }
    if (event.group) slide.group = event.group;
    if (event.media) slide.media = mediaOf(event.media);
    file.events.push(slide);
  }
  for (const era of story.eras) {
    file.eras.push({
      start_date: partsOf(era.date, `era "${era.label}", date`).date,
      end_date: partsOf(era.end, `era "${era.label}", end`).date,
      text: { headline: escapeText(era.label) },
    });
  }
  return file;
}

/** The event's dates as the explainer prints them, when the site's date parser reads them both. */
function printed(event: { date: string; end?: string }): string | undefined {
  const readable = [event.date, event.end].every((d) => d === undefined || typeof parseWhen(d) !== "string");
  return readable ? dateFormat().dated(event) : undefined;
}
