// Arabic phrases chrono-node's Arabic parser misses (years, "عام 2001"; decades, "ثمانينيات القرن الماضي";
// spans of years, "بين عامي 2009 و2011"; seasons, "الصيف الماضي"), and the words that tell its results apart.
// Arabic joins "and" (و), "so" (ف) and "in/with" (ب) to the next word, so a phrase may start after one of them.
// Digits: ours reads ASCII digits only (chrono reads Arabic-Indic ones too).

import type { Season } from "./phrases";
import { END, latestDecade, type PhraseWords, parser, plausibleYear, yearParser, yearSpan } from "./phrases-parser";

/** The start of a word, or of a word after a joined و, ف or ب. */
const START = "(?<=^|[^\\p{L}\\p{N}]|(?:^|[^\\p{L}\\p{N}])[وفب])";
const re = (source: string) => new RegExp(`${START}(?:${source})${END}`, "u");

const yearSpanParser = yearSpan(
  re(
    "بين\\s+(?:عامي\\s+|العامين\\s+|سنتي\\s+)?(\\d{4})\\s+و\\s*(\\d{4})|من\\s+(?:عام\\s+)?(\\d{4})\\s+(?:إلى|الى|حتى)\\s+(?:عام\\s+)?(\\d{4})",
  ),
);

const DECADES: Record<string, number> = {
  عشرين: 20,
  ثلاثين: 30,
  أربعين: 40,
  اربعين: 40,
  خمسين: 50,
  ستين: 60,
  سبعين: 70,
  ثمانين: 80,
  تسعين: 90,
};

/** "في ثمانينيات القرن الماضي" (the 1980s, said in 2026), "التسعينيات" (the latest 90s begun). */
const decadeParser = parser(
  re(
    `(?:(?:في|خلال|منذ)\\s+)?(?:ال)?(${Object.keys(DECADES).join("|")})(?:يات|ات)(?:\\s+(?:من\\s+)?القرن\\s+(الماضي|العشرين|التاسع\\s+عشر|الحالي|الحادي\\s+والعشرين))?`,
  ),
  (m, context) => {
    const tens = DECADES[m[1]];
    const century = m[2]?.replace(/\s+/g, " ");
    if (!century) return { kind: "decade", year: latestDecade(tens, context) };
    const ref = Math.floor(context.refDate.getUTCFullYear() / 100) * 100;
    const hundreds =
      century === "الماضي" ? ref - 100 : century === "العشرين" ? 1900 : century === "التاسع عشر" ? 1800 : 2000;
    return { kind: "decade", year: hundreds + tens };
  },
);

const SEASONS: Record<string, Season> = { ربيع: "spring", صيف: "summer", خريف: "autumn", شتاء: "winter" };

/** "الصيف الماضي", "في صيف عام 2016". */
const seasonParser = parser(
  re(
    "(?:(?:في|خلال)\\s+)?(?:ال)?(ربيع|صيف|خريف|شتاء)\\s+(?:(?:عام\\s+)?(\\d{4})|(الماضي|المنصرم|الفائت|المقبل|القادم|الحالي|هذا))",
  ),
  (m, context) => {
    const season = SEASONS[m[1]];
    if (m[2]) {
      const year = Number(m[2]);
      return plausibleYear(year, context) ? { kind: "season", season, year } : null;
    }
    const word = m[3];
    const relative =
      word === "المقبل" || word === "القادم" ? "next" : word === "الحالي" || word === "هذا" ? "this" : "last";
    return { kind: "season", season, relative };
  },
);

const year = yearParser({
  units:
    /^\s*(?:%|في\s+المئة|بالمئة|ميغاواط|ميجاواط|كيلوفولت|كيلومترا?|كيلومترات|مترا?|شخصا?|أشخاص|دولار|دولارا|يورو|طنا?|قتيلا?|قتلى|جندي|منزل|عامل)(?![\p{L}])/u,
  before: /(?:^|\s|[وفب])(عام|العام|سنة|منذ|في|حتى|قبل|بعد)\s*$/u,
  since: /^منذ$/,
});

export const ar: PhraseWords = {
  parsers: [yearSpanParser, decadeParser, seasonParser, year],
  introducer: /(?<=^|\s|[وفب])(في|منذ|حتى|قبل|بعد|عام|في\s+عام|منذ\s+عام|خلال|يوم)\s+$/u,
  duration: /^(?:لمدة|طوال|على\s+مدى)/u,
  vague: /(?:عدة|بضعة|بضع|الأخيرة|(?:الأشهر|الشهور|الأسابيع|السنوات|الأيام)\s+الماضية)/u,
  anchored: /(?:لاحقا|لاحقاً|بعد\s+ذلك|بعدها|التالي|التالية|السابق|السابقة|قبل\s+ذلك)/u,
  within: /^(?:خلال|في\s+غضون)/u,
  modifiers: {
    last: /(?:الماضي|المنصرم|الفائت)/u,
    next: /(?:المقبل|القادم)/u,
    this: /(?:^|\s)(?:هذا|هذه)(?:\s|$)/u,
  },
  today: /^(?:(?:صباح|مساء|ظهر)\s+اليوم|هذا\s+الصباح|هذا\s+المساء|الليلة)$/u,
  clock: /\d:\d\d|الساعة|صباحا|صباحاً|مساء|مساءً|ظهرا|ظهراً/u,
};
