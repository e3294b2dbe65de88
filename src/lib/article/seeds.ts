// Reads every article in a seeds folder: `<name>.txt` with an optional `<name>.meta.yaml` beside it.
// Collects every problem of every file before reporting, so one build tells an editor all there is to fix.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Problem } from "../errors";
import { type ArticleMeta, deriveMeta, type MetaFile, validateMetaFile } from "./meta";
import { type ParsedSeed, parseSeed } from "./parse";
import { slugify } from "./slug";

export interface SeedArticle {
  slug: string;
  /** The seed's path relative to the project root, as problems and the page name it. */
  seedFile: string;
  seed: ParsedSeed;
  meta: ArticleMeta;
  /** The metadata file, when there is one, and its groups as written (src/lib/stories.ts checks them). */
  metaFile?: string;
  groups?: unknown;
}

/** The seeds folder: `seeds/` at the root, or SEEDS_DIR from the environment (test fixtures build with it). */
export function seedsDirFor(root: string): string {
  return resolve(root, process.env.SEEDS_DIR ?? "seeds");
}

/** Data files that may stand beside a seed, named `<name>.<kind>.yaml`. */
export const SIDE_FILE_KINDS = ["meta", "events", "stances"] as const;

/** Reads a text file as strict UTF-8; a file that is not UTF-8 is a problem, never mojibake on the page. */
export function readUtf8(path: string, file: string): { text?: string; problems: Problem[] } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      problems: [{ file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` }],
    };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), problems: [] };
  } catch {
    return { problems: [{ file, message: "is not valid UTF-8 text; save it as UTF-8" }] };
  }
}

/** Parses a YAML side file; a syntax error becomes a problem naming the line. */
export function readYaml(path: string, file: string): { data?: unknown; problems: Problem[] } {
  const { text, problems } = readUtf8(path, file);
  if (text === undefined) return { problems };
  try {
    return { data: parseYaml(text), problems: [] };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      return {
        problems: [
          { file, message: `is not valid YAML${line ? ` (line ${line})` : ""}: ${error.message.split("\n")[0]}` },
        ],
      };
    }
    throw error;
  }
}

/** The side file of a seed, if it exists: `.yaml` or `.yml`. */
export function sideFile(
  seedsDir: string,
  name: string,
  kind: (typeof SIDE_FILE_KINDS)[number] | "events.draft",
): string | undefined {
  return [".yaml", ".yml"].map((ext) => join(seedsDir, `${name}.${kind}${ext}`)).find((p) => existsSync(p));
}

export function loadSeeds(seedsDir: string, root: string): { articles: SeedArticle[]; problems: Problem[] } {
  const rel = (p: string) => relative(root, p).split("\\").join("/");
  const problems: Problem[] = [];
  if (!existsSync(seedsDir)) {
    return {
      articles: [],
      problems: [
        { file: rel(seedsDir), message: "the seeds folder does not exist; create it and put a .txt article in it" },
      ],
    };
  }
  const names = readdirSync(seedsDir).sort();
  const seedNames = names.filter((n) => n.endsWith(".txt")).map((n) => n.slice(0, -4));

  // A side file whose seed is missing is an editor's slip (a renamed seed): say so rather than ignore it.
  for (const n of names) {
    const side = n.match(/^(.*)\.(meta|events|stances|events\.draft)\.ya?ml$/);
    if (side && !seedNames.includes(side[1])) {
      problems.push({ file: rel(join(seedsDir, n)), message: `has no seed beside it: expected ${side[1]}.txt` });
    }
  }

  const articles: SeedArticle[] = [];
  const bySlug = new Map<string, string>();
  for (const name of seedNames) {
    const seedFile = rel(join(seedsDir, `${name}.txt`));
    const slug = slugify(name);
    if (!slug) {
      problems.push({
        file: seedFile,
        message: "its file name has no letters or digits to make a URL from; rename it, e.g. my-story.txt",
      });
      continue;
    }
    if (bySlug.has(slug)) {
      problems.push({
        file: seedFile,
        message: `makes the same URL (/articles/${slug}/) as ${bySlug.get(slug)}; rename one of them`,
      });
      continue;
    }
    bySlug.set(slug, seedFile);

    const read = readUtf8(join(seedsDir, `${name}.txt`), seedFile);
    problems.push(...read.problems);
    if (read.text === undefined) continue;
    const parsed = parseSeed(read.text, seedFile);
    problems.push(...parsed.problems);

    const metaPath = sideFile(seedsDir, name, "meta");
    let metaFile: MetaFile = {};
    if (metaPath) {
      const yaml = readYaml(metaPath, rel(metaPath));
      problems.push(...yaml.problems);
      const valid = yaml.problems.length ? { problems: [] } : validateMetaFile(yaml.data, rel(metaPath));
      problems.push(...valid.problems);
      if ("meta" in valid && valid.meta) metaFile = valid.meta;
    }
    if (parsed.seed) {
      const { groups, ...given } = metaFile;
      articles.push({
        slug,
        seedFile,
        seed: parsed.seed,
        meta: deriveMeta(slug, parsed.seed, given),
        ...(metaPath ? { metaFile: rel(metaPath), groups } : {}),
      });
    }
  }

  if (seedNames.length === 0) {
    problems.push({ file: rel(seedsDir), message: "holds no .txt seed; add at least one article" });
  }
  const featured = articles.filter((a) => a.meta.featured);
  if (featured.length > 1) {
    for (const a of featured.slice(1)) {
      problems.push({
        file: a.seedFile.replace(/\.txt$/, ".meta.yaml"),
        field: "featured",
        message: `only one article can be featured, and ${featured[0].seedFile} already is`,
      });
    }
  }
  if (featured.length === 0) {
    const newest = featuredArticle(articles);
    if (newest) {
      newest.meta.featured = true;
      newest.meta.derived.push("featured (no article is marked featured: the newest is)");
    }
  }
  return { articles, problems };
}

/** The home page's explainer: the article marked featured, or else the newest (then the first by name). */
export function featuredArticle<T extends { slug: string; meta: Pick<ArticleMeta, "featured" | "date"> }>(
  articles: readonly T[],
): T | undefined {
  return (
    articles.find((a) => a.meta.featured) ??
    [...articles].sort(
      (a, b) => (b.meta.date ?? "").localeCompare(a.meta.date ?? "") || a.slug.localeCompare(b.slug),
    )[0]
  );
}
