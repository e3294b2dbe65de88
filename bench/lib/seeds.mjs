// 100 synthetic articles for the build-time scale figure: plain-text seeds of a few paragraphs, and for
// every fourth one an events and a stances file whose quotes are sentences copied from its text, so the
// build validates, lays out and renders real fact bases, not just text. Deterministic, like every input here.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

const PLACES = ["Vienna", "Geneva", "Lucca", "Brussels", "Ottawa", "Tokyo", "Berlin", "Rome", "Paris", "London"];
const TOPICS = ["the treaty", "the sanctions", "the ceasefire", "the aid convoy", "the airbase", "the inquiry"];
const COUNTRIES = ["US", "GB", "DE", "IT", "FR", "JP", "CA"];
const STANCES = ["pushed", "wait", "rejected", "lift"];
/** Each story declares its vocabulary at the top of its files, as an editor would. */
const CATEGORIES = {
  "syria-conflict": "Syria conflict",
  diplomacy: "Diplomacy",
  sanctions: "Sanctions",
  "us-politics": "US politics",
  "european-politics": "European politics",
};
const QUESTION = {
  question: "the made-up treaty",
  positions: { pushed: "Pushed for it", wait: "Not now / wait", rejected: "Rejected it", lift: "Would drop it" },
};

const pad = (n) => String(n).padStart(3, "0");
const day = (a, i) => new Date(Date.UTC(2016, (a + i) % 12, 1 + ((a * 7 + i * 3) % 27))).toISOString().slice(0, 10);

/**
 * Writes `count` seeds into `dir`; returns how many carry a fact base. `dataEvery`: every how many stories
 * carries events and stances (4: a quarter of them; 1: every story, as on a site of timeline explainers).
 */
export function writeSyntheticSeeds(dir, count = 100, { dataEvery = 4 } = {}) {
  mkdirSync(dir, { recursive: true });
  let withData = 0;
  for (let a = 1; a <= count; a++) {
    const slug = `bench-story-${pad(a)}`;
    const paragraphs = [];
    const events = [];
    const nParagraphs = 5 + (a % 4);
    for (let p = 0; p < nParagraphs; p++) {
      const place = PLACES[(a + p) % PLACES.length];
      const topic = TOPICS[(a * 3 + p) % TOPICS.length];
      const date = day(a, p);
      // Each paragraph opens differently (story and paragraph numbers), so paragraph anchors never collide.
      const fact = `In story ${a}, part ${p + 1}, ministers met in ${place} on ${date} to discuss ${topic}.`;
      paragraphs.push(
        `${fact} Officials said the talks were long but useful, and that another round would follow within weeks. ` +
          `Critics of ${topic} argued that nothing in the statement would change what happens on the ground. ` +
          `A spokesperson declined to say which countries had blocked a joint text.`,
      );
      events.push({
        id: `meeting-${p + 1}`,
        title: `Ministers meet in ${place} (part ${p + 1})`,
        date,
        category: Object.keys(CATEGORIES)[(a + p) % Object.keys(CATEGORIES).length],
        countries: [COUNTRIES[(a + p) % COUNTRIES.length]],
        summary: `Ministers met in ${place} to discuss ${topic}.`,
        quotes: [fact],
      });
    }
    writeFileSync(join(dir, `${slug}.txt`), `${paragraphs.join("\n\n")}\n`);
    if (a % dataEvery !== 0) continue;
    withData++;
    writeFileSync(join(dir, `${slug}.events.yaml`), stringify({ categories: CATEGORIES, events }));
    const stances = COUNTRIES.slice(0, 3).map((country, i) => ({
      id: country.toLowerCase(),
      country,
      actor: "Government",
      stance: STANCES[(a + i) % STANCES.length],
      events: [events[i % events.length].id],
      summary: `A made-up stance for the scale benchmark (story ${a}).`,
      quotes: [events[i % events.length].quotes[0]],
    }));
    writeFileSync(join(dir, `${slug}.stances.yaml`), stringify({ ...QUESTION, stances }));
  }
  return withData;
}
