#!/usr/bin/env node
// `npm run draft -- <slug>`: drafts a story's events from its text. Reads the article (seeds/<slug>.txt, .md,
// .mdx or .html, as the build reads it) and the story's
// date and language from seeds/<slug>.meta.yaml, writes seeds/<slug>.events.draft.yaml (never over an existing
// file), and prints how many dated passages it found and how many it could not resolve, and what it could not
// read in the story's language. SEEDS_DIR points it at another seeds folder, as it does the build.
//
// The drafting code is TypeScript (src/lib/draft/); like bench/lib/scale.mjs, this bundles it with esbuild
// into a temporary module and imports that, so it runs on the project's Node without a loader.

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { parse as parseYaml } from "yaml";

const ROOT = new URL("../", import.meta.url).pathname.replace(/\/$/, "");
/** The forms an article may be written in, in the order the build looks for them. */
const FORMS = ["txt", "md", "mdx", "html"];

/** The drafting modules (src/lib/draft/index.ts), bundled for Node and imported. */
export async function loadDrafter() {
  const dir = mkdtempSync(join(tmpdir(), "explainer-draft-"));
  try {
    const outfile = join(dir, "draft.mjs");
    await build({
      entryPoints: [join(ROOT, "src/lib/draft/index.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      logLevel: "error",
      // yaml's CommonJS build requires Node's modules by name.
      banner: { js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);' },
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The story's date from its metadata (`date: YYYY-MM-DD`), or undefined with the reason; and its language
 * (`lang:`, English when it has none).
 */
export function storyMeta(metaPath) {
  if (!existsSync(metaPath)) return { reason: "it has no .meta.yaml", lang: "en" };
  const meta = parseYaml(readFileSync(metaPath, "utf8")) ?? {};
  const lang = meta.lang === undefined ? "en" : String(meta.lang);
  if (meta.date === undefined) return { reason: "its .meta.yaml has no date", lang };
  return { date: String(meta.date), lang };
}

async function main(argv) {
  const slug = argv.find((a) => !a.startsWith("-"));
  const seedsDir = resolve(ROOT, process.env.SEEDS_DIR ?? "seeds");
  const shown = relative(ROOT, seedsDir) || ".";
  if (!slug) {
    console.error(
      `Usage: npm run draft -- <slug>   (drafts ${shown}/<slug>.events.draft.yaml from ${shown}/<slug>.txt, .md, .mdx or .html)`,
    );
    return 2;
  }
  const form = FORMS.find((ext) => existsSync(join(seedsDir, `${slug}.${ext}`)));
  if (!/^[a-z0-9][a-z0-9_-]*$/i.test(slug) || !form) {
    const stories = readdirSync(seedsDir).flatMap((f) => f.match(/^(.+)\.(txt|md|mdx|html)$/)?.slice(1, 2) ?? []);
    console.error(
      `No story "${slug}" in the seeds folder ${shown}/: there is no ${shown}/${slug}.txt (or .md, .mdx, .html). ` +
        `Stories there: ${stories.join(", ") || "none"}. Save the article as ${shown}/<slug>.txt first.`,
    );
    return 1;
  }
  const seed = join(seedsDir, `${slug}.${form}`);
  const out = join(seedsDir, `${slug}.events.draft.yaml`);
  if (existsSync(out)) {
    console.error(
      `${shown}/${slug}.events.draft.yaml already exists, and a draft never overwrites one (it may hold an ` +
        "editor's work). Rename or delete it, then draft again.",
    );
    return 1;
  }

  const { date, reason, lang } = storyMeta(join(seedsDir, `${slug}.meta.yaml`));
  const drafter = await loadDrafter();
  const seedFile = `${shown}/${slug}.${form}`;
  const text = readFileSync(seed, "utf8");
  // A plain-text seed is drafted from its text; any other form from the passages the build reads in it.
  const article = form === "txt" ? { blocks: text, problems: [] } : drafter.articlePassages(text, form, seedFile);
  const draft = article.problems.length
    ? { problems: article.problems, records: [] }
    : drafter.draftEvents(article.blocks, date, seedFile, lang);
  if (draft.problems.length) {
    for (const p of draft.problems) console.error(`${p.file}${p.field ? ` › ${p.field}` : ""}: ${p.message}`);
    return 1;
  }
  const yaml = drafter.draftYaml(draft, { seedFile, eventsFile: `${slug}.events.yaml` });
  // "wx": created here or not at all, even if another run got there first.
  writeFileSync(out, yaml, { flag: "wx" });

  const records = draft.records;
  const unresolved = records.filter((r) => !r.resolved);
  const lines = [
    `Drafted ${records.length} dated passage${records.length === 1 ? "" : "s"} of ${seedFile}` +
      (date
        ? ` (story dated ${date}).`
        : ` (no story date: ${reason}, so weekdays and months without a year are not resolved).`),
    `Resolved ${records.length - unresolved.length}; not resolved ${unresolved.length}${unresolved.length ? `: ${unresolved.map((r) => r.id).join(", ")}` : ""}.`,
    ...draft.language.notes,
    `Wrote ${shown}/${slug}.events.draft.yaml. Check each record, write its title and summary, then rename the file to ${slug}.events.yaml (README: "Drafting a story's events").`,
  ];
  if (existsSync(join(seedsDir, `${slug}.events.yaml`))) {
    lines.push(
      `${shown}/${slug}.events.yaml exists too: the draft stands beside it for comparison; the build reads only the events file.`,
    );
  }
  console.log(lines.join("\n"));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await main(process.argv.slice(2)));
}
