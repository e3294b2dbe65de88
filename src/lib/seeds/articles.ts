// Reads every article in a seeds folder, in whichever form it was written: plain text (`<name>.txt`),
// Markdown (`.md`), MDX (`.mdx`) or a CMS's HTML (`.html`), each into the article's one tree
// (src/lib/article/tree.ts), with an optional `<name>.meta.yaml` beside it. Collects every problem of every
// file before reporting, so one build tells an editor all there is to fix.

import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { readHtml } from "../article/html";
import { readMarkdown } from "../article/markdown";
import type { MediaRef } from "../article/mdast";
import { type ArticleMeta, deriveMeta, type MetaFile, validateMetaFile } from "../article/meta";
import { parseSeed, textToTree } from "../article/parse";
import { slugify } from "../article/slug";
import type { Block } from "../article/tree";
import type { Problem } from "../errors";
import { readUtf8, readYaml } from "./read";

/** The forms an article may be written in, by extension, in the order one name is looked for. */
export const ARTICLE_FORMS = { txt: "text", md: "markdown", mdx: "mdx", html: "html" } as const;
export type ArticleForm = (typeof ARTICLE_FORMS)[keyof typeof ARTICLE_FORMS];
const EXTENSIONS = Object.keys(ARTICLE_FORMS) as (keyof typeof ARTICLE_FORMS)[];
const FORMS_TEXT = ".txt, .md, .mdx or .html";

export interface SeedArticle {
  slug: string;
  /** The article's path relative to the project root, as problems and the page name it. */
  seedFile: string;
  form: ArticleForm;
  /** The article as the one tree, before the graphics are placed. */
  blocks: Block[];
  /** The images it shows, as written (checked and fetched by ./media.ts). */
  media: MediaRef[];
  /** What its reader left out (a CMS page's scripts, a javascript: link), for the build's log. */
  dropped: string[];
  meta: ArticleMeta;
  /** The metadata file, when there is one, and its groups as written (./stories.ts checks them). */
  metaFile?: string;
  groups?: unknown;
}

/** The seeds folder: `seeds/` at the root, or SEEDS_DIR from the environment (test fixtures build with it). */
export function seedsDirFor(root: string): string {
  return resolve(root, process.env.SEEDS_DIR ?? "seeds");
}

/** Data files that may stand beside a seed, named `<name>.<kind>.yaml`. */
export const SIDE_FILE_KINDS = ["meta", "events", "stances"] as const;

/** The side file of a seed, if it exists: `.yaml` or `.yml`. */
export function sideFile(
  seedsDir: string,
  name: string,
  kind: (typeof SIDE_FILE_KINDS)[number] | "events.draft",
): string | undefined {
  return [".yaml", ".yml"].map((ext) => join(seedsDir, `${name}.${kind}${ext}`)).find((p) => existsSync(p));
}

/** Reads one article's text in its form into the tree. */
function readArticle(
  text: string,
  form: ArticleForm,
  file: string,
  linkBase: string | undefined,
): { title?: string; blocks: Block[]; media: MediaRef[]; dropped: string[]; problems: Problem[] } {
  if (form === "text") {
    const parsed = parseSeed(text, file);
    return {
      ...(parsed.seed?.title ? { title: parsed.seed.title } : {}),
      blocks: parsed.seed ? textToTree(parsed.seed) : [],
      media: [],
      dropped: [],
      problems: parsed.problems,
    };
  }
  const read =
    form === "html"
      ? readHtml(text, file, linkBase)
      : readMarkdown(text, file, { mdx: form === "mdx", ...(linkBase ? { linkBase } : {}) });
  if (read.problems.length === 0 && !read.blocks.some((b) => b.type === "paragraph")) {
    read.problems.push({ file, message: "has no paragraph of text: write the article's words in it" });
  }
  return read;
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
  // An article's name and its form: `story.txt`, `story.md`, … (side files like story.meta.yaml are not articles).
  const seeds = names.flatMap((n) => {
    const m = n.match(/^(.+)\.(txt|md|mdx|html)$/);
    return m && !/\.(events|stances|meta)$/.test(m[1] ?? "")
      ? [{ name: m[1] as string, ext: m[2] as keyof typeof ARTICLE_FORMS }]
      : [];
  });
  const seedNames = seeds.map((s) => s.name);

  // A side file whose seed is missing is an editor's slip (a renamed seed): say so rather than ignore it.
  for (const n of names) {
    const side = n.match(/^(.*)\.(meta|events|stances|events\.draft)\.ya?ml$/);
    if (side && !seedNames.includes(side[1] ?? "")) {
      problems.push({
        file: rel(join(seedsDir, n)),
        message: `has no seed beside it: expected ${side[1]}.txt (or .md, .mdx, .html)`,
      });
    }
  }

  const articles: SeedArticle[] = [];
  const bySlug = new Map<string, string>();
  for (const { name, ext } of seeds) {
    const seedFile = rel(join(seedsDir, `${name}.${ext}`));
    const form = ARTICLE_FORMS[ext];
    const twin = seeds.find((s) => s.name === name && s.ext !== ext);
    if (twin && EXTENSIONS.indexOf(twin.ext) < EXTENSIONS.indexOf(ext)) {
      problems.push({
        file: seedFile,
        message: `is a second article named ${name} (beside ${name}.${twin.ext}); keep one of them`,
      });
      continue;
    }
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

    const read = readUtf8(join(seedsDir, `${name}.${ext}`), seedFile);
    problems.push(...read.problems);
    if (read.text === undefined) continue;

    const metaPath = sideFile(seedsDir, name, "meta");
    let metaFile: MetaFile = {};
    if (metaPath) {
      const yaml = readYaml(metaPath, rel(metaPath));
      problems.push(...yaml.problems);
      const valid = yaml.problems.length ? { problems: [] } : validateMetaFile(yaml.data, rel(metaPath));
      problems.push(...valid.problems);
      if ("meta" in valid && valid.meta) metaFile = valid.meta;
    }
    const parsed = readArticle(read.text, form, seedFile, metaFile.source?.url);
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      const { groups, ...given } = metaFile;
      articles.push({
        slug,
        seedFile,
        form,
        blocks: parsed.blocks,
        media: parsed.media,
        dropped: parsed.dropped,
        meta: deriveMeta(slug, { ...(parsed.title ? { title: parsed.title } : {}), blocks: parsed.blocks }, given),
        ...(metaPath ? { metaFile: rel(metaPath), groups } : {}),
      });
    }
  }

  if (seedNames.length === 0) {
    problems.push({ file: rel(seedsDir), message: `holds no seed; add at least one article (${FORMS_TEXT})` });
  }
  const featured = articles.filter((a) => a.meta.featured);
  if (featured.length > 1) {
    for (const a of featured.slice(1)) {
      problems.push({
        file: a.seedFile.replace(/\.(txt|md|mdx|html)$/, ".meta.yaml"),
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
