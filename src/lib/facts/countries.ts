// Countries by their ISO 3166-1 alpha-2 codes, named in the story's language from the runtime's own CLDR data
// (Intl.DisplayNames), so a story may name any country without a list kept here. Groups of countries (the
// EU, NATO) are a story's own: declared in its metadata (src/lib/facts/story.ts).

const NAMES = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
const names = new Map<string, Intl.DisplayNames>([["en", NAMES]]);
const namesIn = (lang: string) => {
  let found = names.get(lang);
  if (!found) {
    found = new Intl.DisplayNames([lang], { type: "region", fallback: "none" });
    names.set(lang, found);
  }
  return found;
};

/** CLDR region codes that are not countries: unions, the UN, test and unknown regions. */
const NOT_COUNTRIES = new Set(["EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"]);

/** The name of a country code in a language ("GB" → "United Kingdom", "Royaume-Uni"), or undefined when it names no country. */
export function countryName(code: string, lang = "en"): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || NOT_COUNTRIES.has(code)) return undefined;
  // A deprecated code (UK, SU, YU) has a canonical successor; only the canonical one is accepted.
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return undefined;
  return namesIn(lang).of(code);
}

/** What is wrong with a code that names no country, and what to write instead. */
export function countryProblem(code: string): string {
  if (/^[a-z]{2}$/.test(code) && countryName(code.toUpperCase())) {
    return `"${code}" must be in capitals: ${code.toUpperCase()}`;
  }
  if (/^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code)) {
    const canonical = Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4);
    if (canonical && canonical !== code) {
      return `"${code}" is not the ISO 3166-1 code of ${NAMES.of(code)}: write ${canonical}`;
    }
  }
  return `"${code}" is not an ISO 3166-1 alpha-2 country code (GB, US, DE…), nor a group declared under groups in the story's .meta.yaml`;
}
