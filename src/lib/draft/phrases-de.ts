// German phrases chrono-node's German parser misses (a month alone, "im Dezember"; years, decades, seasons,
// spans of years, "am Tag darauf", "in der vergangenen Woche", "bis Ende des Jahres"), and the words that tell
// its results apart. Month and weekday names come from Intl, as the site writes them.

import { alternation, monthNames, weekdayNames } from "./language";
import type { Season, Unit } from "./phrases";
import {
  bounded,
  decadePhrase,
  followingPhrases,
  laterParser,
  monthPhrase,
  notADate,
  type PhraseWords,
  parser,
  plausibleYear,
  yearParser,
  yearSpan,
} from "./phrases-parser";

// Austria's January beside Germany's.
const MONTHS = monthNames("de");
const MONTH = `(${alternation([...MONTHS, "jänner"])})`;
const WEEKDAYS = weekdayNames("de");
const WEEKDAY = `(${alternation([...WEEKDAYS, "sonnabend"])})`;
const monthNumber = (name: string) => (/^jänner$/i.test(name) ? 1 : MONTHS.indexOf(name.toLowerCase()) + 1);
const weekdayNumber = (name: string) => (/^sonnabend$/i.test(name) ? 6 : WEEKDAYS.indexOf(name.toLowerCase()));

const SEASONS: Record<string, Season> = {
  frühjahr: "spring",
  frühling: "spring",
  sommer: "summer",
  herbst: "autumn",
  winter: "winter",
};
const SEASON = "(Frühjahr|Frühling|Sommer|Herbst|Winter)";

/** "im Dezember", "Ende Oktober 2016", "seit März": a month, with its year when the text gives one. */
const monthParser = monthPhrase(
  bounded(
    `(?:(im|seit|bis|ab|Anfang|Ende|Mitte|vom|zum|bis\\s+zum|bis\\s+Ende|für|nach|vor)\\s+)?${MONTH}(?:\\s+(\\d{4}))?`,
  ),
  monthNumber,
);

const yearSpanParser = yearSpan(
  bounded(
    `zwischen\\s+(\\d{4})\\s+und\\s+(\\d{4})|(?:von\\s+)?(\\d{4})\\s+bis\\s+(?:(?:zum\\s+Jahre?|ins\\s+Jahr)\\s+)?(\\d{4})`,
  ),
);

/** "in den 1970er-Jahren", "Ende der 90er Jahre". */
const decadeParser = decadePhrase(
  bounded(
    "(?:(?:in|seit|bis\\s+in|während)\\s+)?(?:(?:Anfang|Mitte|Ende)\\s+)?(?:den|der|die)\\s+(?:(\\d{3}0)|(\\d0))er(?:[-\\s]?Jahren?)?",
  ),
);

/** "im Sommer 2016". */
const seasonOfYearParser = parser(
  bounded(`(?:(?:im|seit\\s+dem|bis\\s+zum)\\s+)?${SEASON}\\s+(\\d{4})`),
  (m, context) => {
    const year = Number(m[2]);
    if (!plausibleYear(year, context)) return null;
    return { kind: "season", season: SEASONS[m[1].toLowerCase()], year };
  },
);

/** "im vergangenen Sommer", "diesen Winter", "nächsten Frühling". */
const seasonRelativeParser = parser(
  bounded(`(?:(?:im|am)\\s+)?(letzten|vergangenen|vorigen|diesen|diesem|nächsten|kommenden)\\s+${SEASON}`),
  (m) => {
    const word = m[1].toLowerCase();
    const relative = word.startsWith("dies") ? "this" : word === "nächsten" || word === "kommenden" ? "next" : "last";
    return { kind: "season", season: SEASONS[m[2].toLowerCase()], relative };
  },
);

const FOLLOWING: [string, Unit, number][] = [
  ["am\\s+(?:nächsten|folgenden)\\s+Tag|am\\s+Tag\\s+darauf|tags\\s+darauf|am\\s+Folgetag", "day", 1],
  ["am\\s+Vortag|am\\s+Tag\\s+(?:zuvor|davor)|tags\\s+zuvor", "day", -1],
  ["an\\s+diesem\\s+Tag", "day", 0],
  ["im\\s+(?:folgenden|darauffolgenden)\\s+Jahr|im\\s+Jahr\\s+darauf|ein\\s+Jahr\\s+darauf", "year", 1],
  ["im\\s+Vorjahr|im\\s+Jahr\\s+(?:zuvor|davor)", "year", -1],
  ["im\\s+(?:selben|gleichen)\\s+Jahr", "year", 0],
  ["im\\s+(?:folgenden|darauffolgenden)\\s+Monat|im\\s+Monat\\s+darauf", "month", 1],
  ["im\\s+Vormonat|im\\s+Monat\\s+(?:zuvor|davor)", "month", -1],
  ["in\\s+der\\s+(?:folgenden|darauffolgenden)\\s+Woche|in\\s+der\\s+Woche\\s+darauf", "week", 1],
  ["in\\s+der\\s+Vorwoche|in\\s+der\\s+Woche\\s+(?:zuvor|davor)", "week", -1],
];
const followingParsers = followingPhrases(FOLLOWING, bounded);

/** "am darauffolgenden Montag", "am Freitag derselben Woche". */
const anchoredWeekdayParser = parser(
  bounded(
    `(?:am\\s+)?(?:(darauffolgenden|folgenden|vorangegangenen|vorherigen)\\s+${WEEKDAY}|${WEEKDAY}\\s+(?:derselben|dieser|der\\s+gleichen)\\s+Woche)`,
  ),
  (m) => {
    if (m[3]) return { kind: "anchored-weekday", weekday: weekdayNumber(m[3]), direction: "same-week" };
    const direction = /^(?:darauf)?folgenden$/i.test(m[1]) ? "after" : "before";
    return { kind: "anchored-weekday", weekday: weekdayNumber(m[2]), direction };
  },
);

const weekParser = parser(
  bounded(
    "(Anfang|Ende)\\s+(?:der|dieser)\\s+Woche|(?:in\\s+)?(dieser|diese)\\s+Woche|(?:in\\s+der\\s+)?(letzten|letzte|vergangenen|vergangene|vorigen|vorige|nächsten|nächste|kommenden|kommende)\\s+Woche",
  ),
  (m) => {
    if (m[1]) return { kind: "week", which: m[1].toLowerCase() === "anfang" ? "earlier-this" : "later-this" };
    if (m[2]) return { kind: "week", which: "this" };
    const word = m[3].toLowerCase();
    return { kind: "week", which: word.startsWith("nächst") || word.startsWith("kommend") ? "next" : "last" };
  },
);

/** "bis Ende des Jahres", "zum Monatsende", "Ende nächsten Jahres". */
const endOfParser = parser(
  bounded(
    "(?:(?:bis|zum|gegen|vor)\\s+)?(?:(?:zum\\s+)?(Monats|Jahres)ende|Ende\\s+(?:des\\s+|dieses\\s+)?(nächsten\\s+|kommenden\\s+)?(Monats|Jahres))",
  ),
  (m) => ({
    kind: "end-of",
    unit: (m[1] ?? m[3]).toLowerCase() === "monats" ? "month" : "year",
    next: m[2] !== undefined,
  }),
);

/** "drei Tage später", "eine Woche danach", "zwei Jahre zuvor". */
const later = laterParser({
  numbers: {
    ein: 1,
    eine: 1,
    einen: 1,
    einem: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    zwanzig: 20,
    dreißig: 30,
  },
  units: { day: "Tage?n?", week: "Wochen?", month: "Monate?n?", year: "Jahre?n?" },
  after: "später|danach|darauf",
  before: "früher|zuvor|davor|vorher",
});

/** "am letzten Sonntag im März": a rule that recurs every year, no date. */
const recurring = notADate(
  bounded(`(?:am\\s+)?(?:ersten|zweiten|dritten|vierten|letzten)\\s+${WEEKDAY}\\s+(?:im|des)\\s+${MONTH}(?!\\s+\\d)`),
);

const year = yearParser({
  units:
    /^\s*(?:%|Prozent|Menschen|Personen|Einwohnern?|Euro|Dollar|Franken|Tonnen|km|Kilometern?|Metern?|Stimmen|Jahren?|Tagen?|Stunden|Minuten|Wochen|Monaten?|Mal|Mitgliedern?|Arbeitsplätze|Soldaten|Tote|Opfer|Fälle|Sitze|Seiten|Wörter|kg|€|\$)(?![\p{L}])/u,
  before: /(?:^|\s)(im\s+Jahre?|seit|bis|ab|vor|nach|um|von|Anfang|Ende|Mitte|in|zwischen)\s*$/iu,
  since: /^seit$/i,
});

export const de: PhraseWords = {
  parsers: [
    recurring,
    yearSpanParser,
    seasonOfYearParser,
    seasonRelativeParser,
    decadeParser,
    anchoredWeekdayParser,
    ...followingParsers,
    weekParser,
    endOfParser,
    later,
    monthParser,
    year,
  ],
  introducer: /(?:^|\s)(am|im|an|seit|bis|ab|vom|zum|bis\s+zum|um|vor|nach|für|in\s+der\s+Nacht\s+(?:zum|auf))\s+$/iu,
  duration: /^(?:für|seit|während)(?![\p{L}])/iu,
  vague:
    /(?<![\p{L}])(?:einigen|mehreren|wenigen|paar|etlichen|vergangenen|letzten)\s+(?:Tagen|Wochen|Monaten|Jahren)(?![\p{L}])/iu,
  anchored: /(?<![\p{L}])(?:später|früher|danach|darauf|zuvor|vorher|davor|nach)(?![\p{L}])/iu,
  within: /^(?:innerhalb|binnen)(?![\p{L}])/iu,
  modifiers: {
    last: /(?<![\p{L}])(?:letzte[nmrs]?|vergangene[nmrs]?|vorige[nmrs]?)(?![\p{L}])/iu,
    next: /(?<![\p{L}])(?:nächste[nmrs]?|kommende[nmrs]?)(?![\p{L}])/iu,
    this: /(?<![\p{L}])diese[nmrs]?(?![\p{L}])/iu,
  },
  today: /^heute\s+(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|früh)$/iu,
  clock: /\d[:.]\d\d|(?<![\p{L}])(?:Uhr|Mittag|Mitternacht)(?![\p{L}])/u,
  // "Morgen" is the morning ("am Morgen", "jeden Morgen"), "morgen" tomorrow: chrono reads both as tomorrow.
  keep: (text, index, paragraph) =>
    !/^Morgen$/.test(text.trim()) || /(?:^|[.!?]["“”„»«]?\s+)$/.test(paragraph.slice(0, index)),
};
