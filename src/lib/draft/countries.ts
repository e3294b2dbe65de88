// Proposes the countries a passage names, as ISO 3166-1 alpha-2 codes: by name in the story's language (from
// the runtime's CLDR data, Intl.DisplayNames, so every country is covered: "Royaume-Uni", "Niederlande",
// "الكويت"), by common short name or initials ("U.K.", "Britain"), and, in English, by adjective or demonym
// ("British", "Russians"), which only a table can give. A proposal, not a fact: "Georgia" may be the US state,
// "Jordan" a name, "English" a language.

import { countryName } from "../facts/countries";
import { alternation, baseOf, withoutMarks, wordsFor } from "./language";

/** English's other names, initials and adjectives or demonyms, by code. Names as CLDR writes them need no entry. */
const ENGLISH_WORDS: Record<string, string[]> = {
  AF: ["Afghan", "Afghans"],
  AL: ["Albanian", "Albanians"],
  DZ: ["Algerian", "Algerians"],
  AR: ["Argentine", "Argentinian", "Argentinians"],
  AM: ["Armenian", "Armenians"],
  AU: ["Australian", "Australians"],
  AT: ["Austrian", "Austrians"],
  AZ: ["Azerbaijani", "Azerbaijanis"],
  BH: ["Bahraini", "Bahrainis"],
  BD: ["Bangladeshi", "Bangladeshis"],
  BY: ["Belarusian", "Belarusians"],
  BE: ["Belgian", "Belgians"],
  BO: ["Bolivian", "Bolivians"],
  BA: ["Bosnia", "Bosnian", "Bosnians"],
  BR: ["Brazilian", "Brazilians"],
  BG: ["Bulgarian", "Bulgarians"],
  MM: ["Burma", "Burmese"],
  KH: ["Cambodian", "Cambodians"],
  CA: ["Canadian", "Canadians"],
  CL: ["Chilean", "Chileans"],
  CN: ["Chinese"],
  CO: ["Colombian", "Colombians"],
  CD: ["Democratic Republic of the Congo", "DRC"],
  HR: ["Croatian", "Croatians", "Croat", "Croats"],
  CU: ["Cuban", "Cubans"],
  CY: ["Cypriot", "Cypriots"],
  CZ: ["Czech Republic", "Czech", "Czechs"],
  DK: ["Danish", "Danes"],
  EC: ["Ecuadorian", "Ecuadorians"],
  EG: ["Egyptian", "Egyptians"],
  EE: ["Estonian", "Estonians"],
  ET: ["Ethiopian", "Ethiopians"],
  FI: ["Finnish", "Finns"],
  FR: ["French"],
  GE: ["Georgian", "Georgians"],
  DE: ["German", "Germans"],
  GH: ["Ghanaian", "Ghanaians"],
  GR: ["Greek", "Greeks"],
  HU: ["Hungarian", "Hungarians"],
  IS: ["Icelandic", "Icelanders"],
  IN: ["Indian", "Indians"],
  ID: ["Indonesian", "Indonesians"],
  IR: ["Iranian", "Iranians"],
  IQ: ["Iraqi", "Iraqis"],
  IE: ["Irish"],
  IL: ["Israeli", "Israelis"],
  IT: ["Italian", "Italians"],
  JP: ["Japanese"],
  JO: ["Jordanian", "Jordanians"],
  KZ: ["Kazakh", "Kazakhs", "Kazakhstani"],
  KE: ["Kenyan", "Kenyans"],
  KP: ["North Korea", "North Korean", "North Koreans"],
  KR: ["South Korea", "South Korean", "South Koreans"],
  KW: ["Kuwaiti", "Kuwaitis"],
  LV: ["Latvian", "Latvians"],
  LB: ["Lebanese"],
  LY: ["Libyan", "Libyans"],
  LT: ["Lithuanian", "Lithuanians"],
  MY: ["Malaysian", "Malaysians"],
  MX: ["Mexican", "Mexicans"],
  MD: ["Moldovan", "Moldovans"],
  MA: ["Moroccan", "Moroccans"],
  NL: ["Holland", "Dutch"],
  NZ: ["New Zealander", "New Zealanders"],
  NG: ["Nigerian", "Nigerians"],
  NO: ["Norwegian", "Norwegians"],
  OM: ["Omani", "Omanis"],
  PK: ["Pakistani", "Pakistanis"],
  PS: ["Palestine", "Palestinian", "Palestinians"],
  PE: ["Peruvian", "Peruvians"],
  PH: ["Filipino", "Filipinos", "Philippine"],
  PL: ["Polish", "Poles"],
  PT: ["Portuguese"],
  QA: ["Qatari", "Qataris"],
  RO: ["Romanian", "Romanians"],
  RU: ["Russian", "Russians", "Russian Federation"],
  SA: ["Saudi", "Saudis", "Saudi Arabian"],
  RS: ["Serbian", "Serbians", "Serb", "Serbs"],
  SG: ["Singaporean", "Singaporeans"],
  SK: ["Slovak", "Slovaks", "Slovakian"],
  SI: ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
  SO: ["Somali", "Somalis"],
  ZA: ["South African", "South Africans"],
  SS: ["South Sudanese"],
  ES: ["Spanish", "Spaniards"],
  LK: ["Sri Lankan", "Sri Lankans"],
  SD: ["Sudanese"],
  SE: ["Swedish", "Swedes"],
  CH: ["Swiss"],
  SY: ["Syrian", "Syrians"],
  TW: ["Taiwanese"],
  TH: ["Thai", "Thais"],
  TN: ["Tunisian", "Tunisians"],
  TR: ["Turkey", "Turkish", "Turks"],
  UA: ["the Ukraine", "Ukrainian", "Ukrainians"],
  AE: ["UAE", "U.A.E.", "Emirati", "Emiratis"],
  GB: [
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "British",
    "Briton",
    "Britons",
    "English",
    "Scottish",
    "Welsh",
  ],
  US: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "American", "Americans"],
  UZ: ["Uzbek", "Uzbeks"],
  VE: ["Venezuelan", "Venezuelans"],
  VN: ["Vietnamese"],
  YE: ["Yemeni", "Yemenis"],
  ZW: ["Zimbabwean", "Zimbabweans"],
};

/** Other languages' common names CLDR does not give, by code: a few, not adjectives (French and German write those in lower case). */
const OTHER_WORDS: Record<string, Record<string, string[]>> = {
  en: ENGLISH_WORDS,
  fr: { US: ["USA", "Amérique"], GB: ["Grande-Bretagne", "Angleterre", "Écosse"], NL: ["Hollande"], CD: ["RDC"] },
  de: { US: ["USA", "Amerika"], GB: ["Großbritannien", "England", "Schottland"], NL: ["Holland"] },
  ar: { SA: ["السعودية"], AE: ["الإمارات"], US: ["أمريكا", "أميركا"], GB: ["بريطانيا"] },
};

// Arabic's short vowels and other combining marks, written or not, do not change a name.
const bare = (s: string) => withoutMarks(s).bare;

/** Every word that names a country in a language, without its marks. */
function buildWords(lang: string): Map<string, string> {
  const words = new Map<string, string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = countryName(code, lang);
      if (!name || name === code) continue;
      // CLDR writes "Myanmar (Burma)", "Congo - Kinshasa": each plain part is a name (in a script with capitals,
      // one that starts with one).
      for (const part of name.split(/\s+[-–]\s+|\s*[()]\s*/).map(bare)) {
        if (part && /^[\p{Lu}\p{Lo}]/u.test(part) && !words.has(part)) words.set(part, code);
      }
    }
  }
  for (const [code, list] of Object.entries(wordsFor(OTHER_WORDS, lang) ?? {})) {
    for (const w of list) words.set(bare(w), code);
  }
  return words;
}

/**
 * Case-sensitive: "Turkey" and "Chad" as names, never "turkey" or "chad"; "New Mexico" is no Mexico. In Arabic
 * a name may follow a joined "and" (و), "so" (ف) or "in/with" (ب): "والإمارات".
 */
function buildPattern(words: Map<string, string>, lang: string): RegExp {
  const start =
    baseOf(lang) === "ar" ? "(?<=^|[^\\p{L}\\p{N}.]|(?:^|[^\\p{L}\\p{N}])[وفب])" : "(?<![\\p{L}\\p{N}.])(?<!New )";
  // Longest first, so "South Sudan" wins over "Sudan".
  return new RegExp(`${start}(${alternation([...words.keys()])})(?![\\p{L}\\p{N}]|\\.\\p{L})`, "gu");
}

const byLanguage = new Map<string, { words: Map<string, string>; pattern: RegExp }>();

function countriesIn(lang: string) {
  let found = byLanguage.get(lang);
  if (!found) {
    const words = buildWords(lang);
    found = { words, pattern: buildPattern(words, lang) };
    byLanguage.set(lang, found);
  }
  return found;
}

export interface CountryProposal {
  /** ISO 3166-1 alpha-2 codes, in the order the passage first names them. */
  codes: string[];
  /** The words each was proposed from, as written ("British", "Russian"). */
  from: string[];
}

/** The countries a passage names, in the story's language. */
export function proposeCountries(passage: string, lang = "en"): CountryProposal {
  const { words, pattern } = countriesIn(lang);
  const codes: string[] = [];
  const from: string[] = [];
  // Names are matched without marks, and quoted as written.
  const { bare: text, at } = withoutMarks(passage);
  for (const m of text.matchAll(pattern)) {
    const code = words.get(m[1]);
    if (!code) continue;
    const start = m.index ?? 0;
    const written = passage.slice(at[start], at[start + m[1].length - 1] + 1);
    if (!codes.includes(code)) codes.push(code);
    if (!from.includes(written)) from.push(written);
  }
  return { codes, from };
}
