// The stance chart's takeaway, counted from the same stances the chart draws, in the story's own words: how
// many countries (of the story's group first) took each position, what the group decided as a body, and
// who else is charted. Countries are counted once each, by their government's stance.

import { dateFormat } from "../dates/format";
import { agree, type Group, placeName, type StanceQuestion, stanceScale, type Vocabulary } from "../facts/story";

interface SummaryStance {
  country: string;
  actor: string;
  stance: string;
  date?: string | undefined;
}

/** The actor whose stance is a country's own; any other actor (a candidate, a party) is drawn but not counted. */
export const GOVERNMENT = "Government";
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
export const numberWord = (n: number) => NUMBERS[n] ?? String(n);

/** "a", "a and b", "a, b, and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How the summary says a stance of `count` countries, agreeing in number. */
function phrase(stance: string, question: StanceQuestion, count: number): string {
  const words =
    stance === "not-reported"
      ? question.notReported.phrase
      : stance === "target"
        ? (question.target?.phrase ?? "{is|are} the target")
        : (question.positions.find((p) => p.id === stance)?.phrase ?? stance);
  return agree(words, count);
}

/** The record that speaks for a country: its government's when the data has it, otherwise its first. */
function representative<T extends SummaryStance>(records: readonly T[]): T | undefined {
  return records.find((r) => r.actor === GOVERNMENT) ?? records[0];
}
const countryStance = (records: readonly SummaryStance[]) => representative(records)?.stance;

/** "of the four countries charted, one supported…" for a set of countries; `of` is the whole group's size, if any. */
function countClause(
  stances: readonly SummaryStance[],
  countries: readonly string[],
  question: StanceQuestion,
  noun: [string, string],
  groupSize: number | undefined,
  groups: readonly Group[],
): string {
  const scale = stanceScale(question);
  const byCountry = countries
    .map((c) => ({ country: c, stance: countryStance(stances.filter((s) => s.country === c)) }))
    .filter((x): x is { country: string; stance: string } => x.stance !== undefined);
  const n = byCountry.length;
  const only = byCountry[0];
  if (n === 0 || !only) return "";
  const complete = groupSize !== undefined && n === groupSize;
  const charted = `${noun[1]}${complete ? "" : " charted"}`;
  if (n === 1)
    return `${placeName(only.country, groups)}, the only ${noun[0]} charted, ${phrase(only.stance, question, 1)}`;
  const counts = scale
    .map((s) => [s, byCountry.filter((x) => x.stance === s).length] as const)
    .filter(([, k]) => k > 0);
  const [single] = counts;
  if (counts.length === 1 && single) {
    return `${n === 2 ? `both ${charted}` : `all ${numberWord(n)} ${charted}`} ${phrase(single[0], question, n)}`;
  }
  const clauses = counts.map(([s, k]) => `${numberWord(k)} ${phrase(s, question, k)}`);
  return `of the ${numberWord(n)} ${charted}, ${joinList(clauses)}`;
}

/** The takeaway above the chart, or "" when there is nothing to say. */
export function summarize(stances: readonly SummaryStance[], vocabulary: Vocabulary): string {
  const question = vocabulary.stances;
  if (!question || stances.length === 0) return "";
  const group = vocabulary.groups.find((g) => g.code === question.group);
  const countries = [...new Set(stances.map((s) => s.country))];
  const targets = countries.filter((c) => stances.filter((s) => s.country === c).every((s) => s.stance === "target"));
  const members = group ? group.members.filter((c) => countries.includes(c)) : [];
  const others = countries.filter((c) => c !== group?.code && !members.includes(c) && !targets.includes(c));
  const counted = members.length
    ? countClause(
        stances,
        members,
        question,
        [`${group?.name} member`, `${group?.name} members`],
        group?.members.length,
        vocabulary.groups,
      )
    : countClause(stances, others, question, ["country", "countries"], undefined, vocabulary.groups);

  const body = group ? stances.find((s) => s.country === group.code) : undefined;
  const bodyClause =
    body && group
      ? `the ${group.name} as a body ${phrase(body.stance, question, 1)}${body.date ? ` on ${dateFormat().dated({ date: body.date })}` : ""}`
      : "";
  // With a group counted first, the countries outside it that take a position are counted after it.
  const outside =
    members.length && others.length
      ? countClause(stances, others, question, ["other country", "other countries"], undefined, vocabulary.groups)
      : "";
  const clauses = [counted, outside, bodyClause].filter(Boolean);
  const countedCountries = new Set([...members, ...others]);
  // Actors beside their country's own stance: drawn, and named here, so no mark goes unmentioned.
  const extra = stances.filter(
    (s) => countedCountries.has(s.country) && s !== representative(stances.filter((r) => r.country === s.country)),
  );
  const also = extra.length
    ? ` Also charted: ${joinList(extra.map((s) => `${s.actor} (${placeName(s.country, vocabulary.groups)}), who ${phrase(s.stance, question, 1)}`))}.`
    : "";
  if (clauses.length > 0) return `${capitalise(clauses.join("; "))}.${also}`;
  if (targets.length === 0) return also.trim();
  return `${capitalise(joinList(targets.map((c) => placeName(c, vocabulary.groups))))} ${phrase("target", question, targets.length)}.`;
}
