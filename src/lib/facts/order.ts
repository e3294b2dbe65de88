// The order stances are listed and charted in, from the story's own vocabulary: the members of its group
// first (in the group's order), then the group as a body, then the other countries as the file lists them,
// and the country the question is about last; within a country, along the scale of positions. A story that
// charts actors (`charted: actors`) has a row per actor instead, in the file's order, its target last.

import { type Group, type StanceQuestion, stanceScale } from "./story";

interface Ordered {
  country: string;
  actor?: string;
  stance: string;
  order: number;
}

/** What a row of the chart is: its country, or for a story that charts actors, its actor. */
export const rowKey = (record: Pick<Ordered, "country" | "actor">, question: StanceQuestion | undefined): string =>
  question?.charted === "actors" ? (record.actor ?? record.country) : record.country;

/**
 * Where a row goes (a country's, or an actor's for a story that charts actors): 0 the group's members, 1 the
 * group itself, 2 the others, 3 the target. Actors have no group: they are the others, or the target.
 */
export function countryRank(
  key: string,
  records: readonly Ordered[],
  question: StanceQuestion | undefined,
  groups: readonly Group[],
): number {
  const actors = question?.charted === "actors";
  const group = actors ? undefined : groups.find((g) => g.code === question?.group);
  if (group?.members.includes(key)) return 0;
  if (group && key === group.code) return 1;
  const own = records.filter((r) => rowKey(r, question) === key);
  return own.length > 0 && own.every((r) => r.stance === "target") ? 3 : 2;
}

/** A comparator of stances for this story. */
export function stanceOrder(
  question: StanceQuestion | undefined,
  groups: readonly Group[],
  records: readonly Ordered[],
) {
  const group = question?.charted === "actors" ? undefined : groups.find((g) => g.code === question?.group);
  const scale = stanceScale(question);
  const key = (r: Ordered) => rowKey(r, question);
  const firstSeen = new Map<string, number>();
  for (const r of [...records].sort((a, b) => a.order - b.order))
    if (!firstSeen.has(key(r))) firstSeen.set(key(r), r.order);
  const within = (k: string) => {
    const i = group?.members.indexOf(k) ?? -1;
    return i >= 0 ? i : (firstSeen.get(k) ?? 0);
  };
  // Each row's rank once, not on every comparison.
  const ranks = new Map(records.map((r) => [key(r), countryRank(key(r), records, question, groups)]));
  const rank = (k: string) => ranks.get(k) ?? countryRank(k, records, question, groups);
  return (a: Ordered, b: Ordered): number =>
    rank(key(a)) - rank(key(b)) ||
    within(key(a)) - within(key(b)) ||
    scale.indexOf(a.stance) - scale.indexOf(b.stance) ||
    a.order - b.order;
}
