// What a built page's scripts make the browser fetch: each entry (a script or stylesheet under dist/) and
// every module a script imports, statically or on demand (Vite writes import(`./x.js`)), as paths under
// dist/. Shared by `npm run bench` and the byte-budget test, so both count the same files. A file that is
// not there throws: a page that links it is broken.

import { readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;

/** @param {string} dist @param {readonly string[]} entries paths under dist/ @returns {string[]} */
export function importClosure(dist, entries) {
  const seen = new Set();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    for (const m of readFileSync(join(dist, file), "utf8").matchAll(IMPORT)) {
      queue.push(normalize(join(dirname(file), m[1])));
    }
  }
  return [...seen];
}
