// Reads every article in a seeds folder, in whichever form it was written: plain text (`<name>.txt`),
// Markdown (`.md`), MDX (`.mdx`) or a CMS's HTML (`.html`), each into the article's one tree
// (src/lib/article/tree.ts), with an optional `<name>.meta.yaml` beside it. Collects every problem of every
// file before reporting, so one build tells an editor all there is to fix.

import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { htmlToText, readHtml } from "../article/html";
import { readMarkdown } from "../article/markdown";
import type { MediaRef } from "../article/mdast";
import { type ArticleMeta, deriveMeta, type MetaFile, validateMetaFile } from "../article/meta";
import { parseSeed, textToTree } from "../article/parse";
import { slugify } from "../article/slug";
import type { Block } from "../article/tree";
import type { Problem } from "../errors";
import type { ImportedStory } from "../import/types";
import { htmlRuns, IMPORT_SUFFIXES, importFile, readImport, type SheetRows } from "./imports";
import { mediaKind, providerOf } from "./media";
import { readUtf8, readYaml } from "./read";

/** The forms an article may be written in, by extension, in the order one name is looked for. */
export const ARTICLE_FORMS = { txt: "text", md: "markdown", mdx: "mdx", html: "html" } as const;
export type ArticleForm = (typeof ARTICLE_FORMS)[keyof typeof ARTICLE_FORMS];
/** What a story is told in: an article in one of its forms, or its timeline alone (a TimelineJS file, a sheet). */
export type StoryForm = ArticleForm | "timelinejs" | "sheet";
const EXTENSIONS = Object.keys(ARTICLE_FORMS) as (keyof typeof ARTICLE_FORMS)[];
const FORMS_TEXT = ".txt, .md, .mdx or .html";

export interface SeedArticle {
  slug: string;
  /** The article's path relative to the project root, as problems and the page name it. */
  seedFile: string;
  form: StoryForm;
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

type ReadArticle = {
  title?: string;
  /** Where the title came from, for the build's log: "the seed's first line", "its title slide". */
  titleFrom?: string;
  blocks: Block[];
  media: MediaRef[];
  dropped: string[];
  problems: Problem[];
};

/** Reads one article's file in its form into the tree. */
function readSeedArticle(path: string, form: ArticleForm, file: string, linkBase: string | undefined): ReadArticle {
  const read = readUtf8(path, file);
  if (read.text === undefined) return { blocks: [], media: [], dropped: [], problems: read.problems };
  return readArticle(read.text, form, file, linkBase);
}

/**
 * A story told by its timeline alone: its title slide (headline, text, media) is the introduction, in the
 * same tree as an article's.
 */
function introArticle(story: ImportedStory): ReadArticle {
  const intro = story.intro;
  const text = intro?.text_html ? readHtml(intro.text_html, story.file) : undefined;
  // A slide's text is words: an image inside it is not shown (a slide's image is its media).
  const blocks: Block[] = (text?.blocks ?? []).filter((b) => b.type !== "figure");
  const dropped = [...(text?.dropped ?? [])];
  const images = (text?.blocks.length ?? 0) - blocks.length;
  if (images)
    dropped.push(
      `${images} image${images === 1 ? "" : "s"} inside the title slide's text (a slide's image is its media)`,
    );
  const media: MediaRef[] = [];
  const title = intro?.headline_html ? htmlToText(intro.headline_html) : undefined;
  const url = intro?.media?.url.trim();
  if (intro?.media && url && !url.startsWith("<")) {
    const caption = htmlRuns(intro.media.caption, story.file);
    const credit = htmlRuns(intro.media.credit, story.file);
    if (mediaKind(url) === "image") {
      // A file from elsewhere may give no alt text: its caption's words, or the timeline's title, stand in.
      const alt = intro.media.alt ?? ((intro.media.caption && htmlToText(intro.media.caption)) || title || "");
      media.push({ key: "m1", src: url, alt, where: "title slide" });
      blocks.unshift({
        type: "figure",
        id: "figure-title-slide",
        media: "m1",
        ...(caption ? { caption } : {}),
        ...(credit ? { credit } : {}),
      });
    } else if (/^https?:\/\//i.test(url)) {
      const words = `${providerOf(url)}: ${intro.media.title ? htmlToText(intro.media.title) : url}`;
      blocks.push({
        type: "paragraph",
        id: "p-title-slide-media",
        children: [{ type: "link", href: url, children: [{ type: "text", value: words }] }],
      });
    }
  }
  return {
    ...(title ? { title, titleFrom: "its title slide" } : {}),
    blocks,
    media,
    dropped,
    problems: text?.problems ?? [],
  };
}

/** Reads one article's text in its form into the tree. */
function readArticle(text: string, form: ArticleForm, file: string, linkBase: string | undefined): ReadArticle {
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

export function loadSeeds(
  seedsDir: string,
  root: string,
  sheets: SheetRows = new Map(),
): { articles: SeedArticle[]; imports: Map<string, ImportedStory>; problems: Problem[] } {
  const rel = (p: string) => relative(root, p).split("\\").join("/");
  const problems: Problem[] = [];
  if (!existsSync(seedsDir)) {
    return {
      articles: [],
      imports: new Map(),
      problems: [
        { file: rel(seedsDir), message: "the seeds folder does not exist; create it and put a .txt article in it" },
      ],
    };
  }
  const names = readdirSync(seedsDir).sort();
  // An article's name and its form: `story.txt`, `story.md`, … (side files like story.meta.yaml are not articles).
  const articleFiles = names.flatMap((n) => {
    const m = n.match(/^(.+)\.(txt|md|mdx|html)$/);
    return m && !/\.(events|stances|meta)$/.test(m[1] ?? "")
      ? [{ name: m[1] as string, ext: m[2] as keyof typeof ARTICLE_FORMS }]
      : [];
  });
  // A timeline a newsroom already has: a story of its own, or the events of an article beside it.
  const importNames = names.flatMap(
    (n) => n.match(/^(.+)\.(?:timeline\.json|events\.csv|events\.xlsx)$/)?.slice(1, 2) ?? [],
  );
  const seedNames = [...new Set([...articleFiles.map((s) => s.name), ...importNames])].sort();

  // A side file whose seed is missing is an editor's slip (a renamed seed): say so rather than ignore it.
  for (const n of names) {
    const side = n.match(/^(.*)\.(meta|events|stances|events\.draft)\.ya?ml$/);
    if (side && !seedNames.includes(side[1] ?? "")) {
      problems.push({
        file: rel(join(seedsDir, n)),
        message: `has no seed beside it: expected ${side[1]}.txt (or .md, .mdx, .html, or a .timeline.json)`,
      });
    }
  }

  const articles: SeedArticle[] = [];
  const imports = new Map<string, ImportedStory>();
  const bySlug = new Map<string, string>();
  for (const name of seedNames) {
    const forms = articleFiles.filter((s) => s.name === name);
    const [article, ...twins] = forms.sort((a, b) => EXTENSIONS.indexOf(a.ext) - EXTENSIONS.indexOf(b.ext));
    for (const twin of twins) {
      problems.push({
        file: rel(join(seedsDir, `${name}.${twin.ext}`)),
        message: `is a second article named ${name} (beside ${name}.${article?.ext}); keep one of them`,
      });
    }
    const imported = importFile(seedsDir, name);
    const extra =
      imported && IMPORT_SUFFIXES.filter((x) => x !== imported.suffix && existsSync(join(seedsDir, `${name}.${x}`)));
    const eventsYaml = sideFile(seedsDir, name, "events");
    for (const other of [...(extra ?? []), ...(imported && eventsYaml ? ["events.yaml"] : [])]) {
      problems.push({
        file: rel(join(seedsDir, `${name}.${other}`)),
        message: `is a second events file for ${name} (beside ${name}.${imported?.suffix}); keep one of them`,
      });
    }
    const seedFile = rel(article ? join(seedsDir, `${name}.${article.ext}`) : (imported?.path ?? ""));
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

    const metaPath = sideFile(seedsDir, name, "meta");
    let metaFile: MetaFile = {};
    if (metaPath) {
      const yaml = readYaml(metaPath, rel(metaPath));
      problems.push(...yaml.problems);
      const valid = yaml.problems.length ? { problems: [] } : validateMetaFile(yaml.data, rel(metaPath));
      problems.push(...valid.problems);
      if ("meta" in valid && valid.meta) metaFile = valid.meta;
    }
    let story: ImportedStory | undefined;
    if (imported) {
      story = readImport(imported.path, imported.suffix, rel(imported.path), sheets);
      problems.push(...story.problems);
      imports.set(name, story);
    }
    const parsed = article
      ? readSeedArticle(
          join(seedsDir, `${name}.${article.ext}`),
          ARTICLE_FORMS[article.ext],
          seedFile,
          metaFile.source?.url,
        )
      : story && introArticle(story);
    if (!parsed) continue;
    problems.push(...parsed.problems);
    if (parsed.problems.length === 0) {
      const { groups, ...given } = metaFile;
      articles.push({
        slug,
        seedFile,
        form: article ? ARTICLE_FORMS[article.ext] : imported?.suffix === "timeline.json" ? "timelinejs" : "sheet",
        blocks: parsed.blocks,
        media: parsed.media,
        dropped: parsed.dropped,
        meta: deriveMeta(
          slug,
          {
            ...(parsed.title ? { title: parsed.title } : {}),
            ...(parsed.titleFrom ? { titleFrom: parsed.titleFrom } : {}),
            blocks: parsed.blocks,
          },
          given,
        ),
        ...(metaPath ? { metaFile: rel(metaPath), groups } : {}),
      });
    }
  }

  if (seedNames.length === 0) {
    problems.push({
      file: rel(seedsDir),
      message: `holds no seed; add at least one article (${FORMS_TEXT}) or timeline (.timeline.json, .events.csv or .events.xlsx)`,
    });
  }
  const featured = articles.filter((a) => a.meta.featured);
  if (featured.length > 1) {
    for (const a of featured.slice(1)) {
      problems.push({
        file: a.seedFile.replace(/\.(txt|md|mdx|html|timeline\.json|events\.csv|events\.xlsx)$/, ".meta.yaml"),
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
  return { articles, imports, problems };
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
