// The order stances are listed and charted in, from the story's own vocabulary: the members of its group
// first (in the group's order), then the group as a body, then the other countries as the file lists them,
// and the country the question is about last; within a country, along the scale of positions.

import { type Group, type StanceQuestion, stanceScale } from "./story";

interface Ordered {
  country: string;
  stance: string;
  order: number;
}

/** Where a country's rows go: 0 the group's members, 1 the group itself, 2 the others, 3 the target. */
export function countryRank(
  country: string,
  records: readonly Ordered[],
  question: StanceQuestion | undefined,
  groups: readonly Group[],
): number {
  const group = groups.find((g) => g.code === question?.group);
  if (group?.members.includes(country)) return 0;
  if (group && country === group.code) return 1;
  const own = records.filter((r) => r.country === country);
  return own.length > 0 && own.every((r) => r.stance === "target") ? 3 : 2;
}

/** A comparator of stances for this story. */
export function stanceOrder(
  question: StanceQuestion | undefined,
  groups: readonly Group[],
  records: readonly Ordered[],
) {
  const group = groups.find((g) => g.code === question?.group);
  const scale = stanceScale(question);
  const firstSeen = new Map<string, number>();
  for (const r of [...records].sort((a, b) => a.order - b.order))
    if (!firstSeen.has(r.country)) firstSeen.set(r.country, r.order);
  const within = (c: string) => {
    const i = group?.members.indexOf(c) ?? -1;
    return i >= 0 ? i : (firstSeen.get(c) ?? 0);
  };
  // Each country's rank once, not on every comparison.
  const ranks = new Map(records.map((r) => [r.country, countryRank(r.country, records, question, groups)]));
  const rank = (c: string) => ranks.get(c) ?? countryRank(c, records, question, groups);
  return (a: Ordered, b: Ordered): number =>
    rank(a.country) - rank(b.country) ||
    within(a.country) - within(b.country) ||
    scale.indexOf(a.stance) - scale.indexOf(b.stance) ||
    a.order - b.order;
}
