// A deterministic synthetic story of many events for the scale figures: the same shape as a real explainer
// (years of background, then a crowded fortnight), so the grouping meets the worst case it is built for:
// hundreds of events in a few days, the rest thin over years. Seeded, so every run measures the same data.

import type { Category } from "../../src/lib/facts/story";
import type { EventLike } from "../../src/lib/timeline/model";

/** The synthetic story's vocabulary, as its events file would declare it (legend order = palette slots). */
export const SYNTHETIC_CATEGORIES: Category[] = [
  ["politics", "Politics"],
  ["diplomacy", "Diplomacy"],
  ["economy", "Economy"],
  ["courts", "Courts"],
  ["protests", "Protests"],
].map(([id = "", label = ""], i) => ({ id, label, slot: i + 1 }));
const WORDS = (
  "ministers meet talks summit sanctions strike vote treaty envoy statement council leaders agree reject " +
  "plan visit embassy report inquiry ceasefire convoy aid border airbase missile resolution allies warn " +
  "call cabinet election campaign hearing budget tariff accord delegation mission briefing"
).split(" ");

/** Mulberry32: a tiny seeded PRNG, so the synthetic data never changes between runs or machines. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;
const BACKGROUND: [number, number] = [Date.UTC(2010, 0, 1), Date.UTC(2017, 2, 1)];
const CROWD: [number, number] = [Date.UTC(2017, 3, 3), Date.UTC(2017, 3, 15)];

/**
 * An event of the synthetic story, as the collections hold one: what the timeline reads, and what its details
 * show (a summary, no quotes or sources), naming its article by reference.
 */
export type SyntheticEvent = EventLike & {
  summary: string;
  turning: boolean;
  countries: string[];
  people: string[];
  quotes: { text: string; paragraph: string }[];
  sources: { title: string; url: string }[];
  article: { id: string; collection: "articles" };
};

/**
 * `n` events: a quarter in a 12-day window of April 2017, the rest spread over 2010 to early 2017; mostly days,
 * with some times of day, months, years and spans (every form a date may take but the decade), titles of 2 to
 * 7 words. Dates are written as editors write them (2016, 2016-12, 2017-04-07, 2017-04-07T04:40+03:00), so
 * their precision is read from their form, as on the site; `order` is the place in the file.
 */
export function syntheticEvents(n = 1000, seed = 7): SyntheticEvent[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const events: SyntheticEvent[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = i % 4 === 0 ? CROWD : BACKGROUND;
    const t = a + Math.floor(rnd() * ((b - a) / DAY)) * DAY;
    const words = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(WORDS));
    const title = `${words.join(" ")} ${i}`.replace(/^./, (c) => c.toUpperCase());
    const roll = rnd();
    const base = {
      id: `e-${i}`,
      title,
      category: pick(SYNTHETIC_CATEGORIES).id,
      order: i,
      turning: i % 97 === 0,
      summary: `${title}, as the synthetic story tells it: ${words.slice(0, 3).join(", ")}.`,
      countries: [],
      people: [],
      quotes: [],
      sources: [],
      article: { id: "bench", collection: "articles" as const },
    };
    const hour = String(Math.floor(rnd() * 24)).padStart(2, "0");
    if (roll < 0.72) events.push({ ...base, date: iso(t) });
    else if (roll < 0.8) events.push({ ...base, date: `${iso(t)}T${hour}:${i % 2 ? "15" : "40"}+03:00` });
    else if (roll < 0.88) events.push({ ...base, date: iso(t).slice(0, 7) });
    else if (roll < 0.92) events.push({ ...base, date: iso(t).slice(0, 4) });
    else events.push({ ...base, date: iso(t), end: iso(t + (1 + Math.floor(rnd() * 5)) * DAY) });
  }
  return events;
}
