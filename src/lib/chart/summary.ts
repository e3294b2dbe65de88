// The sanctions chart's one-sentence takeaway, counted from the same stances the chart draws: how many G7
// members pushed, waited, rejected, would lift or are not reported, then what the G7 as a body decided.

import { COUNTRIES, type CountryCode, G7_MEMBERS, STANCE_SCALE, STANCES, type Stance } from "../facts/vocabulary";
import { formatDay } from "../format";

interface SummaryStance {
  country: CountryCode;
  actor: string;
  stance: Stance;
  date?: string | undefined;
}

/** The actor whose stance is a country's own; any other actor (a candidate, a party) is drawn but not counted. */
export const GOVERNMENT = "Government";
const NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
export const numberWord = (n: number) => NUMBERS[n] ?? String(n);

/**
 * What a count of countries did. `first` is true until a clause has named "tighter sanctions"; after that a
 * pronoun reads better than the noun again.
 */
function phrase(stance: Stance, many: boolean, first: boolean): string {
  switch (stance) {
    case "pushed":
      return first ? "pushed for tighter sanctions" : "pushed for them";
    case "wait":
      return first ? "said not now to tighter sanctions" : "said not now";
    case "rejected":
      return first ? "rejected tighter sanctions" : "rejected them";
    case "lift":
      return "would consider lifting sanctions";
    case "not-reported":
      return `${many ? "are" : "is"} not reported in the article`;
    case "target":
      return `${many ? "are" : "is"} the target of the sanctions`;
  }
}
const NAMES_SANCTIONS: readonly Stance[] = ["pushed", "wait", "rejected"];

/** "a", "a and b", "a, b, and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const STANCE_ORDER = [...STANCE_SCALE, ...(Object.keys(STANCES) as Stance[]).filter((s) => !STANCES[s].onScale)];

/** A country's own stance: its government's when the data has it, otherwise its first record's. */
function countryStance(records: readonly SummaryStance[]): Stance | undefined {
  return (records.find((r) => r.actor === GOVERNMENT) ?? records[0])?.stance;
}

/** "Of the seven G7 members, two pushed for tighter sanctions, …" for a group of countries, or "" if empty. */
function groupClause(stances: readonly SummaryStance[], countries: readonly CountryCode[], noun: [string, string]) {
  const byCountry = countries
    .map((c) => ({ country: c, stance: countryStance(stances.filter((s) => s.country === c)) }))
    .filter((x): x is { country: CountryCode; stance: Stance } => x.stance !== undefined);
  const n = byCountry.length;
  if (n === 0) return "";
  const allSeven = noun[0] === "G7 member" && n === G7_MEMBERS.length;
  const charted = `${noun[1]}${allSeven ? "" : " charted"}`;
  const group = `${numberWord(n)} ${charted}`;
  const only = byCountry[0];
  if (n === 1 && only)
    return `${COUNTRIES[only.country]}, the only ${noun[0]} charted, ${phrase(only.stance, false, true)}`;
  const counts = STANCE_ORDER.map((s) => [s, byCountry.filter((x) => x.stance === s).length] as const).filter(
    ([, k]) => k > 0,
  );
  const [single] = counts;
  if (counts.length === 1 && single) {
    return `${n === 2 ? `both ${charted}` : `all ${group}`} ${phrase(single[0], true, true)}`;
  }
  let first = true;
  const clauses = counts.map(([s, k]) => {
    const text = `${numberWord(k)} ${phrase(s, k > 1, first)}`;
    if (NAMES_SANCTIONS.includes(s)) first = false;
    return text;
  });
  return `of the ${group}, ${joinList(clauses)}`;
}

/**
 * The takeaway above the chart. G7 members are counted by country (a candidate's stance is drawn but does
 * not speak for the country); without members, the other countries that hold a position are counted instead.
 */
export function summarize(stances: readonly SummaryStance[]): string {
  const countries = [...new Set(stances.map((s) => s.country))];
  const members = G7_MEMBERS.filter((c) => countries.includes(c));
  const targets = countries.filter((c) => stances.filter((s) => s.country === c).every((s) => s.stance === "target"));
  const others = countries.filter((c) => c !== "G7" && !(members as CountryCode[]).includes(c) && !targets.includes(c));
  const group = members.length
    ? groupClause(stances, members, ["G7 member", "G7 members"])
    : groupClause(stances, others, ["country", "countries"]);

  const body = stances.find((s) => s.country === "G7");
  const bodyClause = body
    ? `the G7 as a body ${phrase(body.stance, false, true)}${body.date ? ` on ${formatDay(body.date)}` : ""}`
    : "";

  const clauses = [group, bodyClause].filter(Boolean);
  if (clauses.length > 0) return `${capitalise(clauses.join("; "))}.`;
  if (targets.length === 0) return "";
  return `${capitalise(joinList(targets.map((c) => COUNTRIES[c])))} ${phrase("target", targets.length > 1, true)}.`;
}
