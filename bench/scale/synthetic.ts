// A deterministic synthetic story of many events for the scale figures: the same shape as a real explainer
// (years of background, then a crowded fortnight), so the layout meets the worst case it is built for:
// hundreds of labels competing for the same few hundred pixels. Seeded, so every run measures the same data.

import type { Category } from "../../src/lib/facts/vocabulary";
import type { EventLike } from "../../src/lib/timeline/model";

const CATEGORIES: Category[] = ["syria-conflict", "diplomacy", "sanctions", "us-politics", "european-politics"];
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
 * `n` events: a quarter in a 12-day window of April 2017, the rest spread over 2010 to early 2017; mostly days,
 * with some months, years and ranges (every precision the timeline draws), labels of 2 to 7 words.
 */
export function syntheticEvents(n = 1000, seed = 7): EventLike[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const events: EventLike[] = [];
  for (let i = 0; i < n; i++) {
    const [a, b] = i % 4 === 0 ? CROWD : BACKGROUND;
    const t = a + Math.floor(rnd() * ((b - a) / DAY)) * DAY;
    const words = Array.from({ length: 2 + Math.floor(rnd() * 6) }, () => pick(WORDS));
    const title = `${words.join(" ")} ${i}`.replace(/^./, (c) => c.toUpperCase());
    const roll = rnd();
    const base = { id: `e-${i}`, title, category: pick(CATEGORIES) };
    if (roll < 0.8) events.push({ ...base, date: iso(t), precision: "day" });
    else if (roll < 0.88) events.push({ ...base, date: iso(t).slice(0, 7), precision: "month" });
    else if (roll < 0.92) events.push({ ...base, date: iso(t).slice(0, 4), precision: "year" });
    else events.push({ ...base, date: iso(t), end: iso(t + (1 + Math.floor(rnd() * 5)) * DAY), precision: "range" });
  }
  return events;
}
