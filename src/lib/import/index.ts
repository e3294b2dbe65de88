// What the importers offer: TimelineJS3 files and sheets (CSV or .xlsx, TimelineJS's template or our own
// events.csv) read as our story for the site's one validation pass, and our story written back out as a
// TimelineJS3 file. Every function is pure but readXlsx, which only unzips the bytes it is given.

export { readCsv } from "./csv";
export { parseSheet } from "./sheet";
export { parseTimelineJs } from "./timelinejs";
export { type TimelineJsFile, type TimelineJsSlide, toTimelineJs } from "./to-timelinejs";
export type { ExportStory, ImportedEra, ImportedEvent, ImportedMedia, ImportedStory } from "./types";
export { readXlsx } from "./xlsx";
