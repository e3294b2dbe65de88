// French phrases chrono-node's French parser misses (a month alone, "en octobre"; years, decades, seasons,
// spans of years, "le lendemain", "la semaine dernière", "d'ici la fin de l'année"), and the words that tell
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
  yearParser,
  yearSpan,
} from "./phrases-parser";

const MONTHS = monthNames("fr");
const WEEKDAYS = weekdayNames("fr");
const MONTH = `(${alternation(MONTHS)})`;
const WEEKDAY = `(${alternation(WEEKDAYS)})`;
const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
const weekdayNumber = (name: string) => WEEKDAYS.indexOf(name.toLowerCase());
const APOSTROPHE = "['’]";

const SEASONS: Record<string, Season> = { printemps: "spring", été: "summer", automne: "autumn", hiver: "winter" };

/** "en octobre", "fin mars 2016", "depuis juin": a month, with its year when the text gives one. */
const monthParser = monthPhrase(
  bounded(
    `(?:(en|depuis|dès|jusqu${APOSTROPHE}en|d${APOSTROPHE}ici|avant|après|courant|fin|début|mi-|à\\s+la\\s+mi-|au\\s+mois\\s+d${APOSTROPHE}|au\\s+mois\\s+de)\\s*)?${MONTH}(?:\\s+(\\d{4}))?`,
  ),
  monthNumber,
);

const yearSpanParser = yearSpan(
  bounded(`entre\\s+(\\d{4})\\s+et\\s+(\\d{4})|de\\s+(\\d{4})\\s+(?:à|jusqu${APOSTROPHE}en)\\s+(\\d{4})`),
);

/** "dans les années 1980", "à la fin des années 90". */
const decadeParser = decadePhrase(
  bounded(
    `(?:(?:dans|durant|pendant|depuis|dès|vers|jusqu${APOSTROPHE}aux|au\\s+cours\\s+des)\\s+)?(?:(?:(?:à\\s+la|au)\\s+)?(?:début|milieu|fin)\\s+)?(?:les|des|aux)\\s+années\\s+(?:(\\d{3}0)|(\\d0))`,
  ),
);

/** "au printemps 2016", "l'été dernier", "cet hiver". */
const seasonParser = parser(
  bounded(
    `(?:(?:au|le)\\s+(printemps)|(?:à\\s+)?l${APOSTROPHE}(été|automne|hiver)|en\\s+(été|automne|hiver)|(ce|cet)\\s+(printemps|été|automne|hiver))(?:\\s+(?:de\\s+|d${APOSTROPHE})?(\\d{4})|\\s+(dernier|passé|prochain))?`,
  ),
  (m) => {
    const season = SEASONS[(m[1] ?? m[2] ?? m[3] ?? m[5]).toLowerCase()];
    if (m[6]) return { kind: "season", season, year: Number(m[6]) };
    if (m[7]) return { kind: "season", season, relative: m[7].toLowerCase() === "prochain" ? "next" : "last" };
    if (m[4]) return { kind: "season", season, relative: "this" };
    return null;
  },
);

const FOLLOWING: [string, Unit, number][] = [
  ["le\\s+lendemain|au\\s+lendemain", "day", 1],
  ["la\\s+veille", "day", -1],
  ["le\\s+jour\\s+même|le\\s+même\\s+jour|ce\\s+jour-là", "day", 0],
  [`l${APOSTROPHE}année\\s+(?:suivante|d${APOSTROPHE}après)`, "year", 1],
  [`l${APOSTROPHE}année\\s+(?:précédente|d${APOSTROPHE}avant)`, "year", -1],
  [`le\\s+mois\\s+(?:suivant|d${APOSTROPHE}après)`, "month", 1],
  [`le\\s+mois\\s+(?:précédent|d${APOSTROPHE}avant)`, "month", -1],
  [`la\\s+semaine\\s+(?:suivante|d${APOSTROPHE}après)`, "week", 1],
  [`la\\s+semaine\\s+(?:précédente|d${APOSTROPHE}avant)`, "week", -1],
];
const followingParsers = followingPhrases(FOLLOWING, bounded);

/** "le mardi suivant", "le vendredi de la même semaine". */
const anchoredWeekdayParser = parser(
  bounded(
    `(?:le\\s+)?${WEEKDAY}\\s+(suivant|d${APOSTROPHE}après|précédent|d${APOSTROPHE}avant|de\\s+la\\s+même\\s+semaine|de\\s+cette\\s+semaine-là)`,
  ),
  (m) => {
    const which = m[2].toLowerCase();
    const direction =
      which.startsWith("suivant") || which.endsWith("après")
        ? "after"
        : which.startsWith("précédent") || which.endsWith("avant")
          ? "before"
          : "same-week";
    return { kind: "anchored-weekday", weekday: weekdayNumber(m[1]), direction };
  },
);

const weekParser = parser(
  bounded(
    `(plus\\s+tôt|plus\\s+tard)\\s+cette\\s+semaine|(?:en\\s+)?(début|fin)\\s+de\\s+(?:cette\\s+)?semaine|(?:au\\s+cours\\s+de\\s+)?(cette)\\s+semaine|la\\s+semaine\\s+(dernière|passée|prochaine)`,
  ),
  (m) => {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase().replace(/\s+/g, " ");
    const which =
      word === "plus tôt" || word === "début"
        ? "earlier-this"
        : word === "plus tard" || word === "fin"
          ? "later-this"
          : word === "cette"
            ? "this"
            : word === "prochaine"
              ? "next"
              : "last";
    return { kind: "week", which };
  },
);

/** "d'ici la fin de l'année", "fin du mois prochain". */
const endOfParser = parser(
  bounded(
    `(?:(?:d${APOSTROPHE}ici|avant|jusqu${APOSTROPHE}à|à)\\s+)?(?:la\\s+)?fin\\s+(?:du\\s+(mois)|de\\s+(?:l${APOSTROPHE}|cette\\s+)(année))(\\s+prochaine?)?`,
  ),
  (m) => ({ kind: "end-of", unit: m[1] ? "month" : "year", next: m[3] !== undefined }),
);

/** "l'an prochain", "l'an dernier": a year counted from the story's (chrono reads "l'année prochaine" only). */
const yearOffsetParser = parser(bounded(`l${APOSTROPHE}an\\s+(prochain|dernier|passé)`), (m) => ({
  kind: "relative",
  from: "story",
  within: false,
  offset: { unit: "year", count: m[1].toLowerCase() === "prochain" ? 1 : -1 },
}));

/** "trois ans plus tard", "deux jours après", "une semaine plus tôt". */
const later = laterParser({
  numbers: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    quinze: 15,
    vingt: 20,
    trente: 30,
  },
  units: { day: "jours?", week: "semaines?", month: "mois", year: "ans|années?" },
  after: "plus\\s+tard|après|après\\s+cela",
  before: "plus\\s+tôt|auparavant|avant",
});

const dayOffsetParser = parser(bounded("avant-hier|après-demain"), (m) => ({
  kind: "day-offset",
  days: m[0].toLowerCase().startsWith("avant") ? -2 : 2,
}));

/** "le dernier dimanche de mars": a rule that recurs every year, no date. */
const recurring = notADate(
  bounded(
    `(?:le\\s+)?(?:premier|deuxième|troisième|quatrième|dernier)\\s+${WEEKDAY}\\s+(?:de|d${APOSTROPHE})\\s*${MONTH}(?!\\s+\\d)`,
  ),
);

const year = yearParser({
  units:
    /^\s*(?:%|pour\s?cent|personnes|habitants|euros?|dollars?|tonnes|km|kilomètres|mètres|emplois|morts|victimes|voix|sièges|ans|jours|heures|minutes|semaines|mois|fois|salariés|logements|élèves|soldats|hommes|femmes|enfants|membres|pages|mots|kg|€|\$)(?![\p{L}])/iu,
  before:
    /(?:^|\s)(en|depuis|dès|avant|après|vers|jusqu['’]en|fin|début|mi|de|d['’]ici|courant|à\s+partir\s+de)\s*-?\s*$/iu,
  since: /^(?:depuis|dès)$/i,
});

export const fr: PhraseWords = {
  parsers: [
    recurring,
    yearSpanParser,
    seasonParser,
    decadeParser,
    anchoredWeekdayParser,
    ...followingParsers,
    weekParser,
    endOfParser,
    dayOffsetParser,
    yearOffsetParser,
    later,
    monthParser,
    year,
  ],
  introducer:
    /(?:^|\s)(en|le|depuis|dès|dès\s+le|jusqu['’]au|jusqu['’]à|jusqu['’]en|avant|après|d['’]ici|vers|dans|à\s+partir\s+du|à\s+partir\s+de)\s+$/iu,
  duration: /^(?:pendant|durant|depuis)(?![\p{L}])/iu,
  vague: /(?<![\p{L}])(?:plusieurs|quelques|derni(?:er|ère)s|nombreu(?:x|ses)|certaine?s)(?![\p{L}])/iu,
  anchored:
    /(?<![\p{L}])(?:plus\s+tard|plus\s+tôt|après|avant|suivante?s?|précédente?s?|auparavant|ensuite)(?![\p{L}])/iu,
  within: /^(?:d['’]ici|en\s+moins\s+de|sous)(?![\p{L}])/iu,
  modifiers: {
    last: /(?<![\p{L}])(?:dernier|passé)(?![\p{L}])/iu,
    next: /(?<![\p{L}])prochain(?![\p{L}])/iu,
    this: /^ce\s/iu,
  },
  today: /^(?:ce|cet|cette)\s+(?:matin|après-midi|soir|nuit)$/iu,
  clock: /\d\s?h(?:\s?\d\d)?(?![\p{L}])|\d:\d\d|(?<![\p{L}])(?:midi|minuit)(?![\p{L}])/iu,
};
