// The order stances are listed and charted in: G7 members first (in the vocabulary's order), then the G7
// as a body, then the target; within a country, along the stance scale.

import { COUNTRIES, type CountryCode, G7_MEMBERS, STANCES, type Stance } from "./vocabulary";

const COUNTRY_ORDER: CountryCode[] = [...G7_MEMBERS, "G7", "RU", ...(Object.keys(COUNTRIES) as CountryCode[])];
const STANCE_ORDER = Object.keys(STANCES) as Stance[];

export function compareStances(
  a: { country: CountryCode; stance: Stance; id: string },
  b: { country: CountryCode; stance: Stance; id: string },
): number {
  return (
    COUNTRY_ORDER.indexOf(a.country) - COUNTRY_ORDER.indexOf(b.country) ||
    STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) ||
    a.id.localeCompare(b.id)
  );
}
