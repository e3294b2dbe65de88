// The content layer's one loader of the seeds folder, shared by the three collections (articles, events,
// stances): the folder is read and validated once per change (src/lib/seeds/stories.ts), and each collection
// stores its part. Every problem of every file is printed as one list with its count, and the build stops
// there; in `astro dev` the site keeps its last good content until the files are fixed.

import { readdirSync, statSync } from "node:fs";
import { dirname, join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { catalogueGaps } from "../i18n";
import { problemCount, problemReport } from "../lib/errors";
import { seedsDirFor } from "../lib/seeds/articles";
import { mediaCacheDir } from "../lib/seeds/media";
import { readStories, type Stories, type Story } from "../lib/seeds/stories";

type Kind = "articles" | "events" | "stances";

let read: { key: string; stories: Promise<Stories>; reported: boolean } | undefined;

/** What the folder holds now: its files' names, sizes and times (and its media's), so a change reads it again. */
function signature(seedsDir: string, cacheDir: string): string {
  const list = (dir: string) => {
    try {
      return readdirSync(dir).map((n) => {
        const s = statSync(join(dir, n));
        return `${n}:${s.size}:${s.mtimeMs}`;
      });
    } catch {
      return [];
    }
  };
  return [...list(seedsDir), ...list(join(seedsDir, "media")), ...list(cacheDir)].join("|");
}

function storiesOnce(root: string, seedsDir: string) {
  const key = signature(seedsDir, mediaCacheDir(root));
  if (read?.key !== key) read = { key, stories: readStories(seedsDir, root), reported: false };
  return read;
}

/** A file's path as Astro's image pipeline reads it: relative to the article's own file. */
const relativeTo = (from: string, to: string) => {
  const path = relative(dirname(from), to).split(sep).join(posix.sep);
  return path.startsWith(".") ? path : `./${path}`;
};

const seedFile = (story: Story) => story.seedFile;

async function storeStory(kind: Kind, story: Story, ctx: LoaderContext, root: string): Promise<void> {
  const { store, parseData, generateDigest } = ctx;
  const put = async (id: string, data: Record<string, unknown>, filePath?: string) => {
    const parsed = await parseData({ id, data, ...(filePath ? { filePath } : {}) });
    store.set({ id, data: parsed, digest: generateDigest(data), ...(filePath ? { filePath } : {}) });
  };
  if (kind === "articles") {
    const { slug, meta, form, seedFile, blocks, media, vocabulary } = story;
    await put(
      slug,
      {
        ...meta,
        form,
        seed: seedFile,
        blocks,
        media: media.map((m) => ({
          key: m.key,
          alt: m.alt,
          ...(m.file ? { src: relativeTo(join(root, seedFile), join(root, m.file)) } : {}),
          ...(m.url ? { url: m.url } : {}),
          ...(m.missing ? { missing: m.missing } : {}),
        })),
        vocabulary,
        counts: { events: story.events.length, stances: story.stances.length },
      },
      seedFile,
    );
  } else if (kind === "events") {
    // An event's image is named relative to the file the events come from, as Astro's image pipeline reads it.
    const from = join(root, story.eventsFile ?? seedFile(story));
    for (const e of story.events) {
      const media = e.media?.src ? { ...e.media, src: relativeTo(from, join(root, e.media.src)) } : e.media;
      await put(`${story.slug}/${e.id}`, { ...e, ...(media ? { media } : {}) }, story.eventsFile);
    }
  } else {
    for (const s of story.stances)
      await put(`${story.slug}/${s.id}`, { ...s, events: s.events.map((e) => `${story.slug}/${e}`) });
  }
}

/** For each language the stories are in whose catalogue lacks messages: which, and which stories it concerns. */
function languageNotes(stories: readonly Story[]): string[] {
  const byLang = Map.groupBy(stories, (s) => s.meta.lang ?? "en");
  return [...byLang].flatMap(([lang, inIt]) => {
    const gaps = catalogueGaps(lang);
    if (gaps.missing.length === 0) return [];
    const who = inIt.map((s) => s.slug).join(", ");
    const what =
      gaps.catalogue === undefined
        ? `no catalogue for "${lang}": every word the site adds is English (add src/i18n/catalogues/${lang.split("-")[0]}.json)`
        : `${gaps.missing.length} messages missing from ${gaps.catalogue}, said in English: ${gaps.missing.join(", ")}`;
    return [`${who}: ${what}`];
  });
}

export function seedsLoader(kind: Kind): Loader {
  return {
    name: `seeds-${kind}`,
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const seedsDir = seedsDirFor(root);
      const dev = ctx.watcher !== undefined;
      const load = async () => {
        const once = storiesOnce(root, seedsDir);
        const { stories, problems, notes, drafts } = await once.stories;
        // One collection speaks for the folder, once per reading.
        if (kind === "articles" && !once.reported) {
          once.reported = true;
          for (const note of notes) ctx.logger.warn(note);
          for (const d of drafts)
            ctx.logger.info(`${d}: a draft, not published (edit it, then rename it to .events.yaml)`);
          for (const s of stories) {
            if (s.meta.derived.length) ctx.logger.info(`${s.slug}: derived ${s.meta.derived.join(", ")}`);
          }
          for (const line of languageNotes(stories)) ctx.logger.warn(line);
          if (problems.length) {
            for (const line of problemReport(problems, { dev })) ctx.logger.error(line);
            // In a build, a list of an editor's mistakes is the whole answer: no stack trace (DEBUG=1 shows it).
            if (!dev) {
              if (process.env.DEBUG) console.error(new Error(problemCount(problems)).stack);
              process.exit(1);
            }
          }
        }
        if (problems.length) return;
        ctx.store.clear();
        for (const story of stories) await storeStory(kind, story, ctx, root);
      };
      await load();
      ctx.watcher?.add(seedsDir);
      ctx.watcher?.on("all", (_event, path) => {
        if (path.startsWith(seedsDir)) void load();
      });
    },
  };
}
