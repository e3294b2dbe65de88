// A story's timeline in TimelineJS3's own format (src/lib/import/to-timelinejs.ts), from the records the site
// holds: titles, texts (an imported event's own, or our summary), dates at their precision with their display
// dates, media, groups and eras. The route /articles/<slug>/timeline.json writes it; the round-trip tests read
// it back.

import { blocksToHtml, inlinesToHtml } from "../article/html-out";
import type { Block, Inline } from "../article/tree";
import { parseWhen } from "../dates/when";
import type { Category, Era } from "../facts/story";
import { type TimelineJsFile, toTimelineJs } from "../import";
import type { ImportedMedia } from "../import/types";

/** What the export reads of an event: any form the site holds one in (the collections', or the one pass's). */
export interface ExportedEvent {
  id: string;
  title: string;
  date: string;
  end?: string | undefined;
  display_date?: string | undefined;
  summary: string;
  body?: Block[] | undefined;
  category?: string | undefined;
  media?:
    | {
        kind: "image" | "link";
        url?: string | undefined;
        alt?: string | undefined;
        title?: string | undefined;
        caption?: Inline[] | undefined;
        credit?: Inline[] | undefined;
      }
    | undefined;
}

export interface ExportedStory {
  title: string;
  dek: string;
  /** The explainer's absolute URL, linked from the title slide. */
  url: string;
  categories: readonly Category[];
  eras?: readonly Era[] | undefined;
  events: readonly ExportedEvent[];
}

const text = (value: string) => inlinesToHtml([{ type: "text", value }]);

/**
 * The TimelineJS3 file of a story. `imageUrl` gives an image's address on this site (an image is served from
 * here, never hot-linked); a link keeps its own.
 */
export async function storyToTimelineJs(
  story: ExportedStory,
  imageUrl: (event: ExportedEvent) => Promise<string | undefined>,
): Promise<TimelineJsFile> {
  const label = (id: string | undefined) => story.categories.find((c) => c.id === id)?.label;
  const events = await Promise.all(
    story.events.map(async (e) => {
      const url = e.media?.kind === "image" ? await imageUrl(e) : e.media?.url;
      const media: ImportedMedia | undefined =
        e.media && url
          ? {
              url,
              ...(e.media.alt ? { alt: e.media.alt } : {}),
              ...(e.media.caption ? { caption: inlinesToHtml(e.media.caption) } : {}),
              ...(e.media.credit ? { credit: inlinesToHtml(e.media.credit) } : {}),
              ...(e.media.kind === "link" && e.media.title ? { title: e.media.title } : {}),
            }
          : undefined;
      const group = label(e.category);
      return {
        id: e.id,
        title: e.title,
        date: e.date,
        ...(e.end ? { end: e.end } : {}),
        ...(e.display_date ? { display_date: e.display_date } : {}),
        text_html: e.body ? blocksToHtml(e.body) : `<p>${text(e.summary)}</p>`,
        ...(group ? { group } : {}),
        ...(media ? { media } : {}),
      };
    }),
  );
  const cosmological = story.events.some((e) => {
    const when = parseWhen(e.date, { floating: true });
    return typeof when !== "string" && when.precision === "ago";
  });
  return toTimelineJs({
    headline: story.title,
    text_html: `<p>${text(story.dek)}</p><p><a href="${text(story.url)}">The explainer</a></p>`,
    scale: cosmological ? "cosmological" : "human",
    eras: [...(story.eras ?? [])],
    events,
  });
}
