// Astro integration: the search index, written by Pagefind (pagefind.app) when the build is done. Pagefind
// splits the index into small chunks that the browser fetches as a query needs them, so what a search costs
// grows little with the archive. The records come from src/pages/search/records.json.ts (one per story:
// title, dek, event titles, people, places); the file is removed once indexed, and so are Pagefind's own
// ready-made interfaces, which set inline styles the site's CSP refuses: the search page has its own.

import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { close, createIndex } from "pagefind";
import type { SearchRecord } from "../lib/search/record";
import { SITE } from "../site.config";

/** Where the records are written by the build, and where the index goes, under the output folder. */
export const RECORDS = "search/records.json";
export const INDEX_DIR = "pagefind";
/** What Pagefind writes that the site does not load (its interfaces, their styles, its highlighter). */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

export default function search(): AstroIntegration {
  return {
    name: "search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const recordsFile = fileURLToPath(new URL(RECORDS, dir));
        const records: SearchRecord[] = JSON.parse(readFileSync(recordsFile, "utf8"));
        // One index for every story, whatever its language: Pagefind would otherwise search only the index of
        // the search page's own language, and a story in French would never be found from the site's search.
        // Words are stemmed the site's way; a story's own words still match as written.
        const { index, errors } = await createIndex({ forceLanguage: SITE.lang });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        try {
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) throw new Error(`Pagefind: ${record.url}: ${added.errors.join("; ")}`);
          }
          const outputPath = fileURLToPath(new URL(`${INDEX_DIR}/`, dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
          rmSync(recordsFile);
          const { files } = await index.getFiles();
          for (const f of files) if (UNUSED.test(f.path)) rmSync(`${outputPath}${f.path}`, { force: true });
          logger.info(`indexed ${records.length} stories for search into ${INDEX_DIR}/`);
        } finally {
          await close();
        }
      },
    },
  };
}
