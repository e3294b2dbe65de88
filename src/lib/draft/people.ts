// Proposes the people a passage names: runs of capitalised words ("Jane Smith", "Ana de la Cruz", "Omar
// al-Rashid"), with titles before them taken off ("Foreign Minister Jane Smith"), and a surname alone
// ("Smith", "de la Cruz") given as the full name the article uses elsewhere. Honest about its limits: it
// knows no names, only their shape, so places and organisations with a person's shape ("Nova Scotia",
// "Acme Mining") can be proposed too, which is why a draft marks every proposal for checking.
//
// English only: its titles, its words that open a sentence and its places are listed here, and a name's shape
// is its capitals, which German gives every noun and Arabic has none of. In another language no one is
// proposed, and the draft says so.

import { proposeCountries } from "./countries";
import { baseOf } from "./language";

/** Whether the draft proposes people in a language: English only. */
export const readsPeople = (lang = "en") => baseOf(lang) === "en";

// Words that come before a name: titles and offices.
const TITLES = new Set(
  "President Vice Prime Minister Secretary Foreign Home Defence Defense Interior Finance State General Gen. Lt. Col. Maj. Capt. Sgt. Adm. Admiral Gov. Governor Sen. Senator Rep. Representative Mayor King Queen Prince Princess Pope Chancellor Ambassador Judge Justice Dr. Mr. Mrs. Ms. Sir Dame Lord Lady Chief Executive Director Spokesman Spokeswoman Spokesperson CEO Chairman Chairwoman Commander Officer Deputy Leader Candidate Presidential Opposition Labour Conservative Republican Democrat Democratic Health Environment Justice Trade Economy Energy Agriculture Transport Education Premier Speaker Archbishop Bishop Father Rev. Professor Prof.".split(
    " ",
  ),
);

// Words that make a run of capitals a place, an organisation, an event or a day, not a person.
const NOT_PEOPLE = new Set(
  "Street Road Avenue Square Harbour Harbor Ridge Cape Bay Gulf Sea Ocean River Lake Mount Mountains Island Islands Valley Coast Park Bridge Tower Palace House Hall Church Cathedral University College School Hospital Museum Theatre Theater Stadium Airport Base Station Centre Center Company Corporation Corp. Inc. Ltd. Group Holdings Bank Fund Agency Ministry Department Office Council Committee Commission Parliament Congress Senate Assembly Court Union Nations League Party Association Society Institute Foundation Club Force Forces Army Navy Guard Police Brigade Regiment Division Corps Fleet War Wars Revolution Day Week Eve Christmas Easter Ramadan Times Post News Press Journal Herald Tribune Gazette Review Channel Radio Television Summit Treaty Accord Agreement Convention Act Order Award Prize Cup Games Olympics East West North South Middle Kingdom Republic Federation Province County City State States Islamic Street Airlines Motors Oil Energy Limited Administration Government Regime Kremlin Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);

// Words that start a sentence without starting a name.
const OPENERS = new Set(
  "The A An And But Or So Both Many Much Most Some Such During According Prior Over After Before Since While When Where If As In On At For From By With Without This That These Those It He She They We You I His Her Their Our Its Who What Why How Then Also Even Still Yet Now Later Earlier Meanwhile However Although Though Despite Under Among Between Into Like Unlike Each Every Other Another Asked Born".split(
    " ",
  ),
);

// Prepositions of place: a run after them is a place ("in Halifax", "at Vimy Ridge"); so is one after a
// capitalised word and "of" ("Order of Nova Scotia").
const PLACE_BEFORE =
  /(?:(?:^|\s)(?:in|at|near|outside|inside|across|into|throughout|around)|\p{Lu}\p{L}*\s+of(?:\s+the)?)\s+$/u;

// A capitalised word (with an apostrophe or hyphen inside), a particle before a capitalised one
// ("al-Assad", "bin Salman"), or an initial ("J.").
const WORD =
  /(?:\p{Lu}\.){2,}|(?:(?:al|el|bin|ibn|van|von|der|de|del|della|di|da|du|dos|le|la)[- ](?=\p{Lu}))?\p{Lu}[\p{L}'’-]*\.?/gu;

interface Run {
  words: string[];
  start: number;
  /** A title stood before the name (taken off). */
  titled: boolean;
}

// A word ending in a full stop that does not end a sentence: an initial, initials, or a title before a name.
const KEEPS_DOT =
  /^(?:\p{Lu}|(?:\p{Lu}\.)+\p{Lu}|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Rev|Prof|St|Jr|Sr)$/u;

/** The runs of capitalised words in a text, titles taken off, places and openers dropped. */
function runs(text: string): Run[] {
  const out: Run[] = [];
  let current: { words: string[]; start: number; end: number } | undefined;
  const flush = () => {
    if (current) out.push(...shape(text, current.words, current.start));
    current = undefined;
  };
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    let word = m[0];
    // "Smith's confirmation": a possessive ends a name; so does a full stop that ends a sentence.
    const possessive = /['’]s$/.test(word);
    if (possessive) word = word.slice(0, -2);
    const stop = word.endsWith(".") && !KEEPS_DOT.test(word.slice(0, -1));
    if (stop) word = word.slice(0, -1);
    if (current && /^\s$/.test(text.slice(current.end, start))) {
      current.words.push(word);
      current.end = start + m[0].length;
    } else {
      flush();
      current = { words: [word], start, end: start + m[0].length };
    }
    if (possessive || stop) flush();
  }
  flush();
  return out;
}

function shape(text: string, raw: string[], start: number): Run[] {
  const sentenceStart = /(?:^|[.!?…]["”’)]?\s+|[“"]\s*)$/.test(text.slice(0, start));
  let words = raw;
  if (sentenceStart && OPENERS.has(words[0])) words = words.slice(1);
  let titled = false;
  while (words.length && (TITLES.has(words[0]) || proposeCountries(words[0]).codes.length)) {
    titled = true;
    words = words.slice(1);
  }
  if (!words.length) return [];
  if (words.some((w) => NOT_PEOPLE.has(w) || proposeCountries(w).codes.length)) return [];
  // "in Halifax" is a place, but "a partner in Bashar al-Assad" a person: a name with a particle is kept.
  const particle = words.some((w) => /^\p{Ll}/u.test(w));
  if (!titled && !particle && PLACE_BEFORE.test(text.slice(0, start))) return [];
  // A run of initials or of words in capitals is an acronym ("IBT", "ISIS"), not a name.
  if (words.every((w) => /^[\p{Lu}.]+$/u.test(w))) return [];
  return [{ words, start, titled }];
}

/** The full names an article uses (two words or more), for turning a surname alone into its full name. */
export function namesIn(texts: readonly string[], lang = "en"): string[] {
  if (!readsPeople(lang)) return [];
  const names = new Set<string>();
  for (const text of texts) for (const r of runs(text)) if (r.words.length >= 2) names.add(r.words.join(" "));
  return [...names];
}

const bare = (w: string) => w.replace(/^(?:al|el)-/, "");

/** The longer name a short one stands for: its ending ("de la Cruz", "Smith"), or its first name ("Jane"). */
function fullName(words: string[], known: readonly string[]): string | undefined {
  const matches = known.filter((name) => {
    const parts = name.split(" ");
    if (parts.length <= words.length) return false;
    const tail = parts.slice(-words.length).map(bare).join(" ");
    return tail === words.map(bare).join(" ") || (words.length === 1 && parts[0] === words[0]);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

export interface PeopleProposal {
  names: string[];
  /** The words each was proposed from, as written. */
  from: string[];
}

/** The people a passage names, using the article's full names (`known`, from namesIn) for short ones. */
export function proposePeople(passage: string, known: readonly string[], lang = "en"): PeopleProposal {
  const names: string[] = [];
  const from: string[] = [];
  if (!readsPeople(lang)) return { names, from };
  for (const r of runs(passage)) {
    const written = r.words.join(" ");
    const full = fullName(r.words, known);
    const name = full ?? (r.words.length >= 2 || r.titled ? written : undefined);
    if (!name || names.includes(name)) continue;
    names.push(name);
    from.push(written);
  }
  return { names, from };
}
