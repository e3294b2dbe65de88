// Knight Lab's own TimelineJS3 files, as shipped in @knight-lab/timelinejs (a devDependency): the templates
// and test sheets every importer must read without a problem. For tests only.

import { readFileSync } from "node:fs";

const root = new URL("../../node_modules/@knight-lab/timelinejs/src/", import.meta.url);

export const KNIGHT_LAB_JSON = ["all-media-types.json", "cosmo.json", "cosmo-mixed.json", "eras.json"] as const;
export const KNIGHT_LAB_SHEETS = ["template/my-own-timeline.csv", "js/core/__tests__/women_in_computing.csv"] as const;
/** TimelineJS's test of its CSV reader: quoted commas, doubled quotes and a line break inside a field. */
export const KNIGHT_LAB_PARSER_TEST = "js/core/__tests__/parser_test.csv";

/** A file of the package's src/ folder, as text. */
export const knightLabFile = (path: string) => readFileSync(new URL(path, root), "utf8");
/** One of its templates, as text. */
export const knightLabTemplate = (name: string) => knightLabFile(`template/${name}`);
