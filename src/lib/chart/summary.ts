// The stance chart's takeaway, counted from the same stances the chart draws, in the story's own words: how
// many countries (of the story's group first) took each position, what the group decided as a body, and
// who else is charted. Countries are counted once each, by their government's stance. A story that charts
// actors names them instead, a sentence per position ("Dr Colm Brennan wants it closed to lorries."). Names
// that hold a comma ("Bridge Review Panel, 2019") are listed with semicolons, so each still reads as one.

import type { Messages } from "../../i18n";
import { type DateFormat, dateFormat } from "../dates/format";
import { agree, type Group, placeName, type StanceQuestion, stanceScale, type Vocabulary } from "../facts/story";

interface SummaryStance {
  country: string;
  actor: string;
  stance: string;
  date?: string | undefined;
}

/** The actor whose stance is a country's own; any other actor (a candidate, a party) is drawn but not counted. */
export const GOVERNMENT = "Government";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How the summary says a stance of `count` countries, agreeing in number (the story's own words). */
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

/** Who a count is of: the story's group's members, countries, or the countries outside the group. */
type Noun = { kind: "member"; group: string } | { kind: "country" } | { kind: "other" };

/** "of the four countries charted, one supported…" for a set of countries; `of` is the whole group's size, if any. */
function countClause(
  stances: readonly SummaryStance[],
  countries: readonly string[],
  question: StanceQuestion,
  noun: Noun,
  groupSize: number | undefined,
  groups: readonly Group[],
  fmt: DateFormat,
): string {
  const { t, list, lang } = fmt.messages;
  const scale = stanceScale(question);
  const byCountry = countries
    .map((c) => ({ country: c, stance: countryStance(stances.filter((s) => s.country === c)) }))
    .filter((x): x is { country: string; stance: string } => x.stance !== undefined);
  const n = byCountry.length;
  const only = byCountry[0];
  if (n === 0 || !only) return "";
  const who = { kind: noun.kind, group: noun.kind === "member" ? noun.group : "" };
  const charted = groupSize !== undefined && n === groupSize ? "whole" : "charted";
  if (n === 1) {
    return t("chart.onlyOne", {
      name: placeName(only.country, groups, lang),
      ...who,
      phrase: phrase(only.stance, question, 1),
    });
  }
  const counts = scale
    .map((s) => [s, byCountry.filter((x) => x.stance === s).length] as const)
    .filter(([, k]) => k > 0);
  const [single] = counts;
  if (counts.length === 1 && single) {
    return t("chart.all", {
      n,
      count: t("count.word", { n }),
      ...who,
      charted,
      phrase: phrase(single[0], question, n),
    });
  }
  const clauses = counts.map(([s, k]) =>
    t("chart.clause", { count: t("count.word", { n: k }), phrase: phrase(s, question, k) }),
  );
  return t("chart.of", { n, count: t("count.word", { n }), ...who, charted, clauses: list(clauses) });
}

/** Up to this many actors are named in the summary; more are counted, as countries are. */
export const MAX_NAMED = 8;

/**
 * Items as the language lists them; items that hold a comma themselves ("Bridge Review Panel, 2019", "Le Pen
 * (France), who…") with semicolons between them instead, so the commas cannot be read as the list's.
 */
export function listOf(items: readonly string[], m: Messages): string {
  if (items.length < 2 || !items.some((i) => /[,،]/.test(i))) return m.list(items);
  return `${items.slice(0, -1).join(m.t("list.semicolon"))}${m.t("list.semicolonAnd")}${items.at(-1)}`;
}

/** A chart row's name for an actor: the actor, with the country when the chart's actors are of several. */
export function actorName(
  s: Pick<SummaryStance, "actor" | "country">,
  countries: number,
  groups: readonly Group[],
  m: Messages,
) {
  return countries > 1
    ? m.t("chart.actorOf", { actor: s.actor, country: placeName(s.country, groups, m.lang) })
    : s.actor;
}

/** The takeaway of a chart of actors: each position's actors named (or, past MAX_NAMED, counted). */
function summarizeActors(
  stances: readonly SummaryStance[],
  vocabulary: Vocabulary,
  question: StanceQuestion,
  fmt: DateFormat,
) {
  const m = fmt.messages;
  const scale = stanceScale(question);
  // One stance an actor: its first along the scale, whatever the records' order.
  const byActor = new Map<string, SummaryStance>();
  for (const s of stances) {
    const held = byActor.get(s.actor);
    if (!held || scale.indexOf(s.stance) < scale.indexOf(held.stance)) byActor.set(s.actor, s);
  }
  const countries = new Set(stances.map((s) => s.country)).size;
  const held = [...byActor.values()];
  const at = scale
    .map((stance) => [stance, held.filter((s) => s.stance === stance)] as const)
    .filter(([, xs]) => xs.length);
  if (held.length > MAX_NAMED) {
    const clauses = at.map(([stance, xs]) =>
      m.t("chart.clause", { count: m.t("count.word", { n: xs.length }), phrase: phrase(stance, question, xs.length) }),
    );
    return capitalise(
      m.t("chart.ofActors", { count: m.t("count.word", { n: held.length }), clauses: m.list(clauses) }),
    );
  }
  return at
    .map(([stance, xs]) =>
      capitalise(
        m.t("chart.actorsSentence", {
          names: listOf(
            xs.map((s) => actorName(s, countries, vocabulary.groups, m)),
            m,
          ),
          phrase: phrase(stance, question, xs.length),
        }),
      ),
    )
    .join(" ");
}

/** The takeaway above the chart, or "" when there is nothing to say. */
export function summarize(
  stances: readonly SummaryStance[],
  vocabulary: Vocabulary,
  fmt: DateFormat = dateFormat(),
): string {
  const { t, list, lang } = fmt.messages;
  const question = vocabulary.stances;
  if (!question || stances.length === 0) return "";
  if (question.charted === "actors") return summarizeActors(stances, vocabulary, question, fmt);
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
        { kind: "member", group: group?.name ?? "" },
        group?.members.length,
        vocabulary.groups,
        fmt,
      )
    : countClause(stances, others, question, { kind: "country" }, undefined, vocabulary.groups, fmt);

  const body = group ? stances.find((s) => s.country === group.code) : undefined;
  const bodyClause =
    body && group
      ? body.date
        ? t("chart.bodyOn", {
            group: group.name,
            phrase: phrase(body.stance, question, 1),
            date: fmt.dated({ date: body.date }),
          })
        : t("chart.body", { group: group.name, phrase: phrase(body.stance, question, 1) })
      : "";
  // With a group counted first, the countries outside it that take a position are counted after it.
  const outside =
    members.length && others.length
      ? countClause(stances, others, question, { kind: "other" }, undefined, vocabulary.groups, fmt)
      : "";
  const clauses = [counted, outside, bodyClause].filter(Boolean);
  const countedCountries = new Set([...members, ...others]);
  // Actors beside their country's own stance: drawn, and named here, so no mark goes unmentioned.
  const extra = stances.filter(
    (s) => countedCountries.has(s.country) && s !== representative(stances.filter((r) => r.country === s.country)),
  );
  const also = extra.length
    ? ` ${t("chart.also", {
        list: listOf(
          extra.map((s) =>
            t("chart.alsoItem", {
              actor: s.actor,
              country: placeName(s.country, vocabulary.groups, lang),
              phrase: phrase(s.stance, question, 1),
            }),
          ),
          fmt.messages,
        ),
      })}`
    : "";
  if (clauses.length > 0)
    return `${capitalise(t("chart.sentence", { clauses: clauses.join(t("list.semicolon")) }))}${also}`;
  if (targets.length === 0) return also.trim();
  return capitalise(
    t("chart.targets", {
      names: list(targets.map((c) => placeName(c, vocabulary.groups, lang))),
      phrase: phrase("target", question, targets.length),
    }),
  );
}
