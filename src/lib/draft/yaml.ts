// Writes a draft as an events file in the map form ({ events: [...] }), ready to edit: placeholders where
// only the editor can write, a comment over each record naming its paragraph and phrase, and the countries
// and people marked on their line as proposals, with the words they were read from. The yaml package's
// Document keeps the comments, so the file reads as a checklist.

import { Document, type Node, Scalar, YAMLMap, type YAMLSeq } from "yaml";
import type { Draft, DraftRecord } from "./draft";
import { SUMMARY_PLACEHOLDER, TITLE_PLACEHOLDER } from "./placeholder";

const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(", ");

/** A sentence as comment lines of about 100 characters. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(` ${line}`);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(` ${line}`);
  return lines;
}

function flowList(doc: Document, items: readonly string[], comment: string): Node {
  const node = doc.createNode([...items]) as YAMLSeq;
  node.flow = true;
  node.comment = comment;
  return node;
}

function recordNode(doc: Document, r: DraftRecord): YAMLMap {
  const map = new YAMLMap();
  map.set("id", r.id);
  map.set("title", TITLE_PLACEHOLDER);
  const date = new Scalar(r.date);
  if (!r.resolved) date.comment = " NOT RESOLVED: see resolution, then set the date or delete this record";
  else if (r.check) date.comment = ` CHECK: ${r.check}`;
  map.set("date", date);
  if (r.end) map.set("end", r.end);
  map.set("resolution", r.resolution);
  if (r.countries.codes.length) {
    map.set("countries", flowList(doc, r.countries.codes, ` proposed from ${quoted(r.countries.from)}: check`));
  }
  if (r.people.names.length) {
    map.set("people", flowList(doc, r.people.names, ` proposed from ${quoted(r.people.from)}: check`));
  }
  map.set("summary", SUMMARY_PLACEHOLDER);
  const quote = new Scalar(r.quote);
  quote.type = Scalar.QUOTE_DOUBLE;
  map.set("quotes", doc.createNode([quote]));
  map.commentBefore = ` Paragraph ${r.paragraph.number} (#${r.paragraph.id}): "${r.phrase}"`;
  return map;
}

/** The draft events file's text. `seedFile` names the seed in the header; `eventsFile` is where it goes once confirmed. */
export function draftYaml(draft: Draft, { seedFile, eventsFile }: { seedFile: string; eventsFile: string }): string {
  const doc = new Document({ events: [] });
  const unresolved = draft.records.filter((r) => !r.resolved).length;
  doc.commentBefore = [
    ` A DRAFT of the events of ${seedFile}, written by npm run draft: the build never reads it.`,
    ` ${draft.records.length} dated passage${draft.records.length === 1 ? "" : "s"}, ${unresolved} not resolved. For each record: check the date against its resolution;`,
    " write the title and summary (the TODO placeholders, which the build refuses); check the proposed",
    " countries and people; trim the quote if you like (it must stay a passage of the seed); delete what",
    " is not an event. Add categories: and turning: true where you want them. Then rename this file to",
    ` ${eventsFile} and run npm run build (README: "Drafting a story's events").`,
    ...draft.language.notes.flatMap((note) => ["", ...wrap(note)]),
  ].join("\n");
  const events = doc.get("events") as YAMLSeq;
  for (const r of draft.records) {
    const node = recordNode(doc, r);
    node.spaceBefore = events.items.length > 0;
    events.items.push(node);
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
