// From fact-base stances to what the sanctions chart draws: one row per country, grouped into sections (the
// G7 members, the G7 as a body, other countries, the target), each actor a mark with the words beside it.

import { compareStances } from "../facts/order";
import { COUNTRIES, type CountryCode, G7_MEMBERS, STANCES, type Stance } from "../facts/vocabulary";
import { formatDay } from "../format";
import { GOVERNMENT, summarize } from "./summary";

/** The fields of a stance the chart needs; fact-base entries have them and more. */
export interface StanceLike {
  id: string;
  country: CountryCode;
  actor: string;
  stance: Stance;
  date?: string | undefined;
}

/**
 * Rows are drawn in this order. Members and other countries sit on the stance scale; the body's row is called
 * out; the target is set apart below, off the scale, since being sanctioned is not a position on sanctions.
 */
export const SECTIONS = ["members", "body", "others", "target"] as const;
export type Section = (typeof SECTIONS)[number];

export interface ChartMark {
  id: string;
  country: CountryCode;
  actor: string;
  stance: Stance;
  /** Whether the mark sits on the stance scale; "not reported" and "target" are drawn apart from it. */
  onScale: boolean;
  /** Words drawn beside the mark, when position and shape do not say it all. */
  label?: string;
  /** The G7's collective outcome is called out in bold. */
  emphasis: boolean;
  /** What a screen reader announces for the mark: country, actor, stance and date. */
  name: string;
}

export interface ChartRow {
  country: CountryCode;
  name: string;
  section: Section;
  marks: ChartMark[];
}

export interface ChartModel {
  rows: ChartRow[];
  /** The stances present, in scale order, for the legend. */
  stances: Stance[];
  /** One sentence computed from the same stances, so it can never disagree with the picture. */
  summary: string;
}

export const rowName = (country: CountryCode) => (country === "G7" ? "G7 as a body" : COUNTRIES[country]);

function sectionOf(country: CountryCode, stances: readonly StanceLike[]): Section {
  if ((G7_MEMBERS as readonly CountryCode[]).includes(country)) return "members";
  if (country === "G7") return "body";
  return stances.every((s) => s.stance === "target") ? "target" : "others";
}

function markOf(s: StanceLike, section: Section, alone: boolean): ChartMark {
  const { label: stanceLabel, onScale } = STANCES[s.stance];
  const dated = s.date ? `${stanceLabel}, ${formatDay(s.date)}` : stanceLabel;
  const showActor = section !== "body" && (s.actor !== GOVERNMENT || !alone);
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
    name: `${COUNTRIES[s.country]}, ${s.actor}: ${dated}`,
  };
}

export function chartModel(stances: readonly StanceLike[]): ChartModel {
  const sorted = [...stances].sort(compareStances);
  const byCountry = new Map<CountryCode, StanceLike[]>();
  for (const s of sorted) byCountry.set(s.country, [...(byCountry.get(s.country) ?? []), s]);
  const rows = [...byCountry].map(([country, records]): ChartRow => {
    const section = sectionOf(country, records);
    return {
      country,
      name: rowName(country),
      section,
      marks: records.map((s) => markOf(s, section, records.length === 1)),
    };
  });
  // A stable sort: within a section, rows keep the fact base's country order.
  rows.sort((a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section));
  const present = new Set(sorted.map((s) => s.stance));
  return {
    rows,
    stances: (Object.keys(STANCES) as Stance[]).filter((s) => present.has(s)),
    summary: summarize(sorted),
  };
}
