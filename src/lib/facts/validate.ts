// Validates an article's events and stances against their schemas and against the article itself: every
// quote must stand in the seed, ids must be unique, references must resolve. Every bad record is reported
// at once, each problem naming the file, the record and the field.

import type { z } from "astro/zod";
import type { Block } from "../article/parse";
import type { Problem } from "../errors";
import { compareByDate } from "./dates";
import { findQuote, nearestPassage } from "./quotes";
import {
  type EventInput,
  eventInputSchema,
  type FactEvent,
  type FactStance,
  type Quote,
  type StanceInput,
  stanceInputSchema,
} from "./schema";

export interface SideFile {
  /** Path relative to the project root, for problems. */
  file: string;
  /** The parsed YAML. */
  data: unknown;
}

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id ? id : `#${index + 1}`;
}

/** Validates each record of a list on its own, so one bad record never hides or drops another. */
function validateList<S extends z.ZodType>(side: SideFile, schema: S, what: string) {
  const problems: Problem[] = [];
  const records: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  if (!Array.isArray(side.data)) {
    problems.push({ file: side.file, message: `must be a YAML list of ${what} (each starting with "- id: ...")` });
    return { records, problems, ids: seen };
  }
  side.data.forEach((raw, index) => {
    const record = recordName(raw, index);
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.join(".");
        // zod names an unknown key in the issue, not in its path: report each as the field it is.
        if (issue.code === "unrecognized_keys") {
          for (const key of issue.keys) {
            problems.push({
              file: side.file,
              record,
              field: path ? `${path}.${key}` : key,
              message: "is not a known field: check its spelling, or remove it",
            });
          }
        } else problems.push({ file: side.file, record, field: path || undefined, message: issue.message });
      }
    }
    const first = seen.get(record);
    if (first !== undefined && !record.startsWith("#")) {
      problems.push({
        file: side.file,
        record,
        field: "id",
        message: `is used twice (records ${first + 1} and ${index + 1}); ids must be unique`,
      });
    } else seen.set(record, index);
    if (result.success) records.push(result.data);
  });
  return { records, problems, ids: seen };
}

function resolveQuotes(
  side: SideFile,
  record: { id: string; quotes: string[] },
  blocks: readonly Block[],
  problems: Problem[],
): Quote[] {
  const quotes: Quote[] = [];
  record.quotes.forEach((q, i) => {
    const block = findQuote(q, blocks);
    if (block) {
      quotes.push({ text: q, paragraph: block.id });
      return;
    }
    const near = nearestPassage(q, blocks);
    problems.push({
      file: side.file,
      record: record.id,
      field: `quotes.${i}`,
      message: `"${q}" is not in the article${near ? `; the nearest passage is "${near.text}" (paragraph #${near.block.id})` : ""}. Copy the words exactly from the seed.`,
    });
  });
  return quotes;
}

export interface FactBase {
  events: FactEvent[];
  stances: FactStance[];
  problems: Problem[];
}

/** Validates an article's side files. `events`/`stances` are undefined when the article has none. */
export function validateFacts(
  article: string,
  blocks: readonly Block[],
  events?: SideFile,
  stances?: SideFile,
): FactBase {
  const problems: Problem[] = [];
  const outEvents: FactEvent[] = [];
  const outStances: FactStance[] = [];
  // Every id an events file names, valid or not, so a bad event is reported once and not again as a broken reference.
  let eventIds = new Map<string, number>();

  if (events) {
    const list = validateList(events, eventInputSchema, "events");
    problems.push(...list.problems);
    eventIds = list.ids;
    for (const e of list.records as EventInput[]) {
      outEvents.push({ ...e, article, quotes: resolveQuotes(events, e, blocks, problems) });
    }
    outEvents.sort(compareByDate);
  }

  if (stances) {
    const list = validateList(stances, stanceInputSchema, "stances");
    problems.push(...list.problems);
    for (const s of list.records as StanceInput[]) {
      s.events.forEach((ref, i) => {
        if (!eventIds.has(ref)) {
          problems.push({
            file: stances.file,
            record: s.id,
            field: `events.${i}`,
            message: `refers to an event "${ref}" that ${events ? `is not in ${events.file}` : "does not exist: this article has no events file"}`,
          });
        }
      });
      outStances.push({ ...s, article, quotes: resolveQuotes(stances, s, blocks, problems) });
    }
  }
  return { events: outEvents, stances: outStances, problems };
}
