// The environment `npm run build:fixtures` builds the fixture stories with (SEEDS_DIR, MEDIA_CACHE_DIR and
// the small archive sizes that give their few stories several pages), read from package.json's script so
// the benchmark's fixture build and the end-to-end tests' expectations cannot drift from it.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./util.mjs";

/** `NAME=value` pairs before `astro build` in the build:fixtures script. */
export function fixtureBuildEnv(root = ROOT) {
  const script = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts["build:fixtures"];
  return Object.fromEntries([...script.matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
}
