// What the draft tools (scripts/draft.mjs, bench/lib/draft.mjs) use, bundled for Node by esbuild: drafting
// a seed, writing the draft file, and scoring a draft against a hand-made events file.

export { type Draft, type DraftRecord, draftEvents } from "./draft";
export { keyEvents, type Score, scoreDraft } from "./score";
export { draftYaml } from "./yaml";
