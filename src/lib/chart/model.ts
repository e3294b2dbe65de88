// From a story's stances to what its stance chart draws: one row per country, grouped into sections (the
// members of the story's group, the group as a body, other countries, the country the question is about),
// each actor a mark with the words beside it; or, for a story that charts actors (`charted: actors`), one
// row per actor, named. Every word comes from the story's own vocabulary.

import { type DateFormat, dateFormat } from "../dates/format";
import { countryRank, rowKey, stanceOrder } from "../facts/order";
import { type Group, placeName, type StanceQuestion, stanceLabel, stanceScale, type Vocabulary } from "../facts/story";
import { actorName, GOVERNMENT, summarize } from "./summary";

/** The fields of a stance the chart needs; fact-base entries have them and more. */
export interface StanceLike {
  id: string;
  country: string;
  actor: string;
  stance: string;
  date?: string | undefined;
  order: number;
}

/**
 * Rows are drawn in this order. Members and other countries sit on the scale of positions; the group's own
 * row is called out; the target is set apart below, off the scale, since being the subject of the question is
 * not a position on it.
 */
export const SECTIONS = ["members", "body", "others", "target"] as const;
export type Section = (typeof SECTIONS)[number];

export interface ChartMark {
  id: string;
  country: string;
  actor: string;
  stance: string;
  /** Whether the mark sits on the scale; "not reported" and "target" are drawn apart from it. */
  onScale: boolean;
  /** Words drawn beside the mark, when position and shape do not say it all. */
  label?: string;
  /** The group's collective outcome is called out in bold. */
  emphasis: boolean;
  /** What a screen reader announces for the mark: country, actor, stance and date. */
  name: string;
}

export interface ChartRow {
  country: string;
  name: string;
  section: Section;
  marks: ChartMark[];
}

export interface ChartModel {
  /** "Where each country stood on a review of the treaty"; for a chart of actors, "Who stood where on …". */
  title: string;
  /** The scale's columns, in order. */
  positions: { id: string; label: string; short: string }[];
  rows: ChartRow[];
  /** The stances present, in scale order then off it, with their legend words. */
  stances: { id: string; label: string }[];
  /** One sentence computed from the same stances, so it can never disagree with the picture. */
  summary: string;
}

/** A row's name: the country, or "<group> as a body" for the group's own row. */
export function rowName(country: string, groups: readonly Group[], fmt: DateFormat = dateFormat()): string {
  const group = groups.find((g) => g.code === country);
  return group ? fmt.messages.t("chart.asBody", { group: group.name }) : placeName(country, groups, fmt.messages.lang);
}

function markOf(
  s: StanceLike,
  section: Section,
  alone: boolean,
  vocabulary: Vocabulary,
  question: StanceQuestion,
  fmt: DateFormat,
  /** For a chart of actors, its row's name: the actor is said by the row, not beside the mark. */
  actorRow?: string,
): ChartMark {
  const onScale = question.positions.some((p) => p.id === s.stance);
  const words = stanceLabel(s.stance, question);
  const separator = fmt.messages.t("list.separator");
  const dated = s.date ? `${words}${separator}${fmt.dated({ date: s.date })}` : words;
  const showActor = actorRow === undefined && section !== "body" && (s.actor !== GOVERNMENT || !alone);
  // Position says the stance on the scale; off it, or for the body's outcome, the words must say it.
  const parts = [showActor ? s.actor : undefined, section === "body" || !onScale ? dated : undefined];
  const label = parts.filter(Boolean).join(": ") || undefined;
  return {
    id: s.id,
    country: s.country,
    actor: s.actor,
    stance: s.stance,
    onScale,
    ...(label ? { label } : {}),
    emphasis: section === "body",
    name:
      actorRow === undefined
        ? `${placeName(s.country, vocabulary.groups, fmt.messages.lang)}${separator}${s.actor}: ${dated}`
        : `${actorRow}: ${dated}`,
  };
}

export function chartModel(
  stances: readonly StanceLike[],
  vocabulary: Vocabulary,
  fmt: DateFormat = dateFormat(),
): ChartModel | undefined {
  const question = vocabulary.stances;
  if (!question || stances.length === 0) return undefined;
  const sorted = [...stances].sort(stanceOrder(question, vocabulary.groups, stances));
  const actors = question.charted === "actors";
  const countries = new Set(stances.map((s) => s.country)).size;
  // A row per country, or per actor for a chart of actors.
  const byRow = new Map<string, StanceLike[]>();
  for (const s of sorted) byRow.set(rowKey(s, question), [...(byRow.get(rowKey(s, question)) ?? []), s]);
  const rows = [...byRow].map(([key, records]): ChartRow => {
    const section = SECTIONS[countryRank(key, stances, question, vocabulary.groups)] ?? "others";
    const first = records[0] as StanceLike;
    const name = actors
      ? actorName(first, countries, vocabulary.groups, fmt.messages)
      : rowName(key, vocabulary.groups, fmt);
    return {
      country: first.country,
      name,
      section,
      marks: records.map((s) =>
        markOf(s, section, records.length === 1, vocabulary, question, fmt, actors ? name : undefined),
      ),
    };
  });
  const present = new Set(sorted.map((s) => s.stance));
  const order = stanceScale(question);
  return {
    title: fmt.messages.t(actors ? "chart.titleActors" : "chart.title", { question: question.question }),
    positions: question.positions.map(({ id, label, short }) => ({ id, label, short })),
    rows,
    stances: order.filter((s) => present.has(s)).map((id) => ({ id, label: stanceLabel(id, question) })),
    summary: summarize(sorted, vocabulary, fmt),
  };
}
