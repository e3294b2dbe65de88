// Where the graphics stand in an article. An editor's MDX may place <Timeline />, <StanceChart /> and single
// facts (<Fact event="…" />) itself; what it does not place, the rule places: the timeline after the lead
// paragraph, so a phone reader starts with the story's own words and meets the whole sequence next (on wide
// screens it stands beside the text, in its own column, from the top), and the stance chart after the
// paragraph its stances quote most. Every place the editor gives is checked against the story's data.

import { type Block, placed } from "../article/tree";
import type { Problem } from "../errors";
import type { FactStance } from "../facts/schema";

/**
 * The paragraph the stance chart illustrates: the one holding the most quotes of the story's stances (ties:
 * the later one, nearer the outcome). Undefined without stances.
 */
export function chartPassage(
  blocks: readonly Block[],
  stances: readonly Pick<FactStance, "quotes">[],
): string | undefined {
  const counts = new Map<string, number>();
  for (const s of stances) for (const q of s.quotes) counts.set(q.paragraph, (counts.get(q.paragraph) ?? 0) + 1);
  let best: string | undefined;
  for (const b of blocks) {
    if (b.type === "paragraph" && (counts.get(b.id) ?? 0) >= (counts.get(best ?? "") ?? 1)) best = b.id;
  }
  return best;
}

export interface StoryData {
  file: string;
  events: readonly { id: string }[];
  stances: readonly (Pick<FactStance, "quotes"> & { id: string })[];
}

/**
 * The article's blocks with every graphic in its place, and a problem for each place the editor gave that the
 * story's data cannot fill (a chart without stances, a fact that is not in the story, a graphic placed twice).
 */
export function placeGraphics(blocks: readonly Block[], story: StoryData): { blocks: Block[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const problem = (message: string) => problems.push({ file: story.file, message });
  const { graphics, facts } = placed(blocks);
  const has = { timeline: story.events.length > 0, stances: story.stances.length > 0 };
  const tag = { timeline: "<Timeline />", stances: "<StanceChart />" } as const;
  for (const g of ["timeline", "stances"] as const) {
    const n = graphics.filter((x) => x === g).length;
    if (n > 1) problem(`places ${tag[g]} ${n} times: a graphic stands once in an article; keep one`);
    if (n > 0 && !has[g]) {
      problem(
        `places ${tag[g]}, but the story has no ${g === "timeline" ? "events (add a .events.yaml beside it)" : "stances (add a .stances.yaml beside it)"}`,
      );
    }
  }
  for (const f of facts) {
    const list = f.kind === "event" ? story.events : story.stances;
    if (!list.some((r) => r.id === f.id)) {
      const ids = list.map((r) => r.id);
      problem(
        `places <Fact ${f.kind}="${f.id}" />, but the story has no ${f.kind} "${f.id}"${ids.length ? `: its ${f.kind}s are ${ids.join(", ")}` : ""}`,
      );
    }
  }

  const out = blocks.filter((b) => b.type !== "graphic" || has[b.graphic]);
  if (has.timeline && !graphics.includes("timeline")) {
    const lead = out.findIndex((b) => b.type === "paragraph");
    out.splice(lead + 1, 0, { type: "graphic", graphic: "timeline" });
  }
  if (has.stances && !graphics.includes("stances")) {
    const after = chartPassage(out, story.stances);
    const at = after ? out.findIndex((b) => b.type === "paragraph" && b.id === after) : -1;
    // Without a paragraph to follow, the chart closes the article's text (before its notes).
    const end = out.findIndex((b) => b.type === "footnotes");
    out.splice(at >= 0 ? at + 1 : end >= 0 ? end : out.length, 0, { type: "graphic", graphic: "stances" });
  }
  return { blocks: out, problems };
}
