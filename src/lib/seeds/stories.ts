// The one pass over the seeds folder: every article (in any of its forms), its metadata, its events and
// stances, its images, read once and validated together, with every problem of every file collected before
// anything is reported. The content layer's loader (src/loaders/seeds.ts) runs it and stores what it
// returns; nothing else reads the seeds folder.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { htmlToText, readHtml } from "../article/html";
import { type Block, type Inline, passages } from "../article/tree";
import type { Problem } from "../errors";
import { RecordProblems } from "../facts/problems";
import type { CheckedEvent, EventMedia, FactEvent, FactStance } from "../facts/schema";
import { checkGroups, type Vocabulary } from "../facts/story";
import { type SideFile, validateFacts } from "../facts/validate";
import { readXlsx } from "../import";
import { timelineModel } from "../timeline/model";
import { loadSeeds, type SeedArticle, sideFile } from "./articles";
import { htmlRuns, importedEvents, type SheetRows } from "./imports";
import {
  type FetchOptions,
  fetchRemote,
  type Media,
  type MediaInput,
  mediaCacheDir,
  mediaKind,
  providerOf,
  resolveMedia,
} from "./media";
import { placeGraphics } from "./placement";
import { readYaml } from "./read";

/** An event's image as the pipeline resolved it: the file (relative to the root) the image pipeline draws from. */
export type StoryEvent = Omit<FactEvent, "media"> & { media?: EventMedia };

export interface Story extends Omit<SeedArticle, "media"> {
  /** The article's tree, every graphic in its place. */
  blocks: Block[];
  /** Its images, each a file the build can process, or one it could not get. */
  media: Media[];
  vocabulary: Vocabulary;
  /** The file the events come from (their images are named relative to it), when the story has events. */
  eventsFile?: string;
  events: StoryEvent[];
  stances: FactStance[];
}

export interface Stories {
  stories: Story[];
  problems: Problem[];
  /** Draft files (`<name>.events.draft.yaml`), which the build never publishes. */
  drafts: string[];
  /** What the build should tell the editor without failing: what a reader dropped, an image it could not fetch. */
  notes: string[];
  /** Remote images not in the media cache yet. */
  pending: string[];
}

/** The seed's name: `seeds/my-story.md` → `my-story`. */
export const seedName = (seedFile: string) =>
  seedFile.slice(seedFile.lastIndexOf("/") + 1).replace(/\.(?:timeline\.json|events\.csv|events\.xlsx|[a-z]+)$/, "");

export interface LoadOptions {
  /** Remote images that could not be fetched, with why: shown as links, and said in the notes. */
  failed?: ReadonlyMap<string, string>;
  /** The rows of every .xlsx sheet in the folder, read beforehand (readStories does). */
  sheets?: SheetRows;
}

export function loadStories(seedsDir: string, root: string, options: LoadOptions = {}): Stories {
  const rel = (p: string) => relative(root, p).split(sep).join("/");
  const { articles, imports, problems } = loadSeeds(seedsDir, root, options.sheets);
  const notes: string[] = [];
  const pending: string[] = [];
  const cacheDir = mediaCacheDir(root);
  const side = (name: string, kind: "events" | "stances"): SideFile | undefined => {
    const path = sideFile(seedsDir, name, kind);
    if (!path) return undefined;
    const yaml = readYaml(path, rel(path));
    problems.push(...yaml.problems);
    // A file that cannot be read is reported once, as itself; the stances' references to its events wait for it.
    return yaml.problems.length
      ? { file: rel(path), data: undefined, unreadable: true }
      : { file: rel(path), data: yaml.data };
  };
  const stories = articles.map((a): Story => {
    const name = seedName(a.seedFile);
    const meta = new RecordProblems(
      a.metaFile ?? `${a.seedFile.slice(0, a.seedFile.lastIndexOf("/") + 1)}${name}.meta.yaml`,
      undefined,
    );
    const groups = checkGroups(a.groups, meta);
    problems.push(...meta.list);
    const imported = imports.get(name);
    const fromFile = imported && imported.problems.length === 0 ? importedEvents(imported) : undefined;
    if (fromFile) {
      problems.push(...fromFile.problems);
      notes.push(...fromFile.notes);
    }
    const hasArticle = a.form !== "timelinejs" && a.form !== "sheet";
    const eventsSide = fromFile?.side ?? (imported ? undefined : side(name, "events"));
    const facts = validateFacts(
      a.slug,
      hasArticle ? passages(a.blocks) : [],
      groups,
      eventsSide,
      side(name, "stances"),
      { hasArticle },
    );
    problems.push(...facts.problems);
    const events = resolveEvents(facts.events, {
      file: eventsSide?.file ?? a.seedFile,
      imported: eventsSide?.imported === true,
      texts: fromFile?.texts,
      seedsDir,
      root,
      cacheDir,
      failed: options.failed,
    });
    problems.push(...events.problems);
    pending.push(...events.pending);
    notes.push(...events.notes);
    const place = placeGraphics(a.blocks, { file: a.seedFile, events: facts.events, stances: facts.stances });
    problems.push(...place.problems);
    const images = resolveMedia(
      a.media.map((m) => ({ key: m.key, src: m.src, alt: m.alt, where: m.where })),
      { file: a.seedFile, seedsDir, root, cacheDir },
    );
    problems.push(...images.problems);
    const media: Media[] = [...images.media];
    for (const url of images.pending) {
      const why = options.failed?.get(url);
      if (why === undefined) pending.push(url);
      const ref = a.media.find((m) => m.src.trim() === url || safeUrl(m.src) === url);
      if (ref && why !== undefined) {
        media.push({ key: ref.key, alt: ref.alt, url, missing: why });
        notes.push(`${a.seedFile}: the image ${url} could not be fetched (${why}); the page links to it instead`);
      }
    }
    for (const line of a.dropped) notes.push(`${a.seedFile}: dropped ${line}`);
    // A timeline whose title slide says nothing still needs a dek: the summary its timeline computes.
    if (!a.meta.dek && events.events.length) {
      a.meta.dek = timelineModel(events.events, facts.categories).summary;
      a.meta.derived = a.meta.derived.map((d) =>
        d.startsWith("dek") ? "dek (the timeline's summary: its title slide has no text)" : d,
      );
    }
    return {
      ...a,
      blocks: place.blocks,
      media,
      vocabulary: {
        categories: facts.categories,
        groups,
        ...(facts.stanceQuestion ? { stances: facts.stanceQuestion } : {}),
        ...(fromFile?.eras.length ? { eras: fromFile.eras } : {}),
      },
      ...(eventsSide && !eventsSide.unreadable ? { eventsFile: eventsSide.file } : {}),
      events: events.events,
      stances: facts.stances,
    };
  });
  const drafts = stories.flatMap((s) => {
    const path = sideFile(seedsDir, seedName(s.seedFile), "events.draft");
    return path ? [rel(path)] : [];
  });
  return { stories, problems, drafts, notes, pending };
}

const safeUrl = (src: string) => {
  try {
    return new URL(src.trim()).href;
  } catch {
    return undefined;
  }
};

interface EventsContext {
  /** The events' file, for problems and for naming their images. */
  file: string;
  imported: boolean;
  /** Imported events' texts as their authors wrote them (HTML), by id. */
  texts: Map<string, string> | undefined;
  seedsDir: string;
  root: string;
  cacheDir: string;
  failed: ReadonlyMap<string, string> | undefined;
}

/** Plain words as the tree's runs, or HTML from elsewhere sanitised into them. */
const runsOf = (text: string | undefined, imported: boolean, file: string): Inline[] | undefined =>
  !text ? undefined : imported ? htmlRuns(text, file) : [{ type: "text", value: text }];

/**
 * The events' images and links, checked and fetched as an article's are, and an imported event's text as the
 * article tree's blocks. An editor's image needs its alt text; an imported one without it takes its caption's
 * words, or else the event's title, and the build says so.
 */
function resolveEvents(checked: readonly CheckedEvent[], ctx: EventsContext) {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const pending: string[] = [];
  const images: MediaInput[] = [];
  let standIns = 0;
  for (const e of checked) {
    if (!e.media || mediaKind(e.media.url) !== "image") continue;
    let alt = e.media.alt ?? "";
    if (!alt && ctx.imported) {
      alt = (e.media.caption && htmlToText(e.media.caption)) || e.title;
      standIns++;
    }
    images.push({ key: e.id, src: e.media.url, alt, where: e.id, field: "media.url" });
  }
  if (standIns) {
    notes.push(
      `${ctx.file}: ${standIns} image${standIns === 1 ? " has" : "s have"} no alt text; ${standIns === 1 ? "its caption or its event's title stands" : "their captions or their events' titles stand"} in: add alt to say what each shows`,
    );
  }
  const resolved = resolveMedia(images, {
    file: ctx.file,
    seedsDir: ctx.seedsDir,
    root: ctx.root,
    cacheDir: ctx.cacheDir,
  });
  problems.push(
    ...resolved.problems.map((p) =>
      ctx.imported || !/needs alt text/.test(p.message) ? p : { ...p, field: "media.alt" },
    ),
  );
  const files = new Map(resolved.media.map((m) => [m.key, m]));
  const events = checked.map((e): StoryEvent => {
    const { media, ...rest } = e;
    const body = ctx.texts?.get(e.id);
    const read = body ? readHtml(body, ctx.file) : undefined;
    // A slide's text is words: an image inside it is not shown (a slide's image is its media).
    const blocks = read?.blocks.filter((b) => b.type !== "figure");
    const dropped = [...(read?.dropped ?? [])];
    if (read && blocks && blocks.length < read.blocks.length)
      dropped.push("an image inside the slide's text (a slide's image is its media)");
    for (const line of dropped) notes.push(`${ctx.file}: ${e.id}: dropped ${line}`);
    const out: StoryEvent = { ...rest, ...(blocks?.length ? { body: blocks } : {}) };
    if (!media) return out;
    const caption = runsOf(media.caption, ctx.imported, ctx.file);
    const credit = runsOf(media.credit, ctx.imported, ctx.file);
    const words = { ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) };
    const url = media.url.trim();
    if (mediaKind(url) === "link") {
      const href = /^https?:\/\//i.test(url) ? url : undefined;
      if (!href) {
        // An editor's own file is fixed at once; a file from elsewhere loses what it should never have held.
        const message = `"${url.slice(0, 60)}" is not an https address or a file under media/`;
        if (ctx.imported) notes.push(`${ctx.file}: ${e.id}: its media ${message}; not shown`);
        else problems.push({ file: ctx.file, record: e.id, field: "media.url", message });
        return out;
      }
      return {
        ...out,
        media: {
          kind: "link",
          url: href,
          provider: providerOf(href),
          ...(media.title ? { title: media.title } : {}),
          ...words,
        },
      };
    }
    const image = files.get(e.id);
    if (image?.file)
      return {
        ...out,
        media: { kind: "image", src: image.file, alt: image.alt, ...(image.url ? { url: image.url } : {}), ...words },
      };
    // A remote image not in the cache: fetched by readStories, or shown as a link with its credit when it cannot be.
    if (/^https:/i.test(url)) {
      const why = ctx.failed?.get(safeUrl(url) ?? url);
      if (why === undefined) pending.push(safeUrl(url) ?? url);
      else
        notes.push(
          `${ctx.file}: ${e.id}: the image ${url} could not be fetched (${why}); the event links to it instead`,
        );
      return {
        ...out,
        media: { kind: "link", url, provider: providerOf(url), title: media.alt ?? media.title ?? e.title, ...words },
      };
    }
    return out;
  });
  return { events, problems, notes, pending };
}

/**
 * The one pass, with the network: reads the folder (its .xlsx sheets unzipped first), fetches the remote
 * images it names that the cache does not hold yet, and reads it again (from the cache now). Without remote
 * images, one pass.
 */
export async function readStories(seedsDir: string, root: string, fetchOptions: FetchOptions = {}): Promise<Stories> {
  const sheets = new Map<string, string[][] | { error: string }>();
  let names: string[] = [];
  try {
    names = readdirSync(seedsDir);
  } catch {
    // No folder: the one pass says so.
  }
  for (const name of names.filter((n) => n.endsWith(".events.xlsx"))) {
    const path = join(seedsDir, name);
    try {
      sheets.set(path, await readXlsx(readFileSync(path)));
    } catch (error) {
      sheets.set(path, { error: (error as Error).message });
    }
  }
  const first = loadStories(seedsDir, root, { sheets });
  if (first.pending.length === 0) return first;
  const failed = await fetchRemote(first.pending, mediaCacheDir(root), fetchOptions);
  return loadStories(seedsDir, root, { failed, sheets });
}
