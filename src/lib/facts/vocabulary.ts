// The fact base's fixed vocabularies: categories, countries and the stance scale. Design decisions that
// the schema, the charts, the legend and the downloads all import from here.

export const CATEGORIES = {
  "syria-conflict": "Syria conflict",
  diplomacy: "Diplomacy",
  sanctions: "Sanctions",
  "us-politics": "US politics",
  "european-politics": "European politics",
} as const;
export type Category = keyof typeof CATEGORIES;

/** ISO 3166-1 alpha-2 codes (GB, not UK), plus G7 for the group as a body. */
export const COUNTRIES = {
  US: "United States",
  GB: "United Kingdom",
  DE: "Germany",
  IT: "Italy",
  FR: "France",
  JP: "Japan",
  CA: "Canada",
  RU: "Russia",
  SY: "Syria",
  UA: "Ukraine",
  G7: "G7",
} as const;
export type CountryCode = keyof typeof COUNTRIES;

/** The G7 members, in the order the chart lists them when their stances tie. */
export const G7_MEMBERS = ["US", "GB", "DE", "IT", "FR", "JP", "CA"] as const satisfies readonly CountryCode[];

/**
 * Stances on tighter sanctions against Russia. The first four are an ordered scale, from pushing for
 * sanctions to considering lifting them; the rest are not positions and are drawn apart from the scale.
 */
export const STANCES = {
  pushed: { label: "Pushed for tighter sanctions", short: "Pushed", onScale: true },
  wait: { label: "Not now / wait", short: "Not now / wait", onScale: true },
  rejected: { label: "Rejected", short: "Rejected", onScale: true },
  lift: { label: "Would consider lifting", short: "Would lift", onScale: true },
  "not-reported": { label: "Not reported in the article", short: "Not reported", onScale: false },
  target: { label: "Target of the sanctions", short: "Target", onScale: false },
} as const;
export type Stance = keyof typeof STANCES;
export const STANCE_SCALE = (Object.keys(STANCES) as Stance[]).filter((s) => STANCES[s].onScale);

/** How precisely a date is known: a day is a point, a month or a year a span, a range a bar. */
export const PRECISIONS = ["day", "month", "year", "range"] as const;
export type Precision = (typeof PRECISIONS)[number];
