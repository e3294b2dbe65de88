// The one pass over the seeds folder: every article (in any of its forms), its metadata, its events and
// stances, its images, read once and validated together, with every problem of every file collected before
// anything is reported. The content layer's loader (src/loaders/seeds.ts) runs it and stores what it
// returns; nothing else reads the seeds folder.

import { relative, sep } from "node:path";
import { type Block, passages } from "../article/tree";
import type { Problem } from "../errors";
import { RecordProblems } from "../facts/problems";
import type { FactEvent, FactStance } from "../facts/schema";
import { checkGroups, type Vocabulary } from "../facts/story";
import { type SideFile, validateFacts } from "../facts/validate";
import { loadSeeds, type SeedArticle, sideFile } from "./articles";
import { type FetchOptions, fetchRemote, type Media, mediaCacheDir, resolveMedia } from "./media";
import { placeGraphics } from "./placement";
import { readYaml } from "./read";

export interface Story extends Omit<SeedArticle, "media"> {
  /** The article's tree, every graphic in its place. */
  blocks: Block[];
  /** Its images, each a file the build can process, or one it could not get. */
  media: Media[];
  vocabulary: Vocabulary;
  events: FactEvent[];
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
export const seedName = (seedFile: string) => seedFile.slice(seedFile.lastIndexOf("/") + 1).replace(/\.[a-z]+$/, "");

export interface LoadOptions {
  /** Remote images that could not be fetched, with why: shown as links, and said in the notes. */
  failed?: ReadonlyMap<string, string>;
}

export function loadStories(seedsDir: string, root: string, options: LoadOptions = {}): Stories {
  const rel = (p: string) => relative(root, p).split(sep).join("/");
  const { articles, problems } = loadSeeds(seedsDir, root);
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
    const meta = new RecordProblems(a.metaFile ?? a.seedFile.replace(/\.[a-z]+$/, ".meta.yaml"), undefined);
    const groups = checkGroups(a.groups, meta);
    problems.push(...meta.list);
    const facts = validateFacts(a.slug, passages(a.blocks), groups, side(name, "events"), side(name, "stances"));
    problems.push(...facts.problems);
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
    return {
      ...a,
      blocks: place.blocks,
      media,
      vocabulary: {
        categories: facts.categories,
        groups,
        ...(facts.stanceQuestion ? { stances: facts.stanceQuestion } : {}),
      },
      events: facts.events,
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

/**
 * The one pass, with the network: reads the folder, fetches the remote images it names that the cache does
 * not hold yet, and reads it again (from the cache now). Without remote images, one pass.
 */
export async function readStories(seedsDir: string, root: string, fetchOptions: FetchOptions = {}): Promise<Stories> {
  const first = loadStories(seedsDir, root);
  if (first.pending.length === 0) return first;
  const failed = await fetchRemote(first.pending, mediaCacheDir(root), fetchOptions);
  return loadStories(seedsDir, root, { failed });
}
