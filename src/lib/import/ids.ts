// Ids for imported events and categories, in our form (lower-case words joined by hyphens), made from what the
// file gives: a slide's own unique_id first, so TimelineJS's deep links keep their names, else its words.

import { slugify } from "../article/slug";
import { wordsOf } from "./html";

/** How many words of a headline or text make an id: enough to tell events apart, short enough to link to. */
export const ID_WORDS = 6;

// Cut at ID_WORDS, a headline can stop on a word that leads to the next: "galileo-points-a-telescope-at-the".
const LEADING_TAIL = /-(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with)$/;

/** The first ID_WORDS words of an HTML fragment as an id, without a dangling "…-of-the". */
function wordsId(html: string): string {
  let id = slugify(wordsOf(html), ID_WORDS);
  while (LEADING_TAIL.test(id)) id = id.replace(LEADING_TAIL, "");
  return id;
}

/** An event's id before it is made unique, from the first of these that has words or digits. */
export function eventIdBase(from: { uniqueId?: string; headline?: string; text?: string; date: string }): string {
  return (
    slugify(from.uniqueId ?? "") ||
    wordsId(from.headline ?? "") ||
    wordsId(from.text ?? "") ||
    // "-0044-03-15" would slugify as a date of 44 CE: say the era.
    (from.date.startsWith("-") ? `${slugify(from.date)}-bce` : slugify(from.date)) ||
    "event"
  );
}

/**
 * Hands out ids unique within one file: a repeat gets "-2", "-3"… Each base remembers the last number it
 * gave, so a thousand slides with one headline take a thousand steps, not half a million.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  take(base: string): string {
    let id = base;
    let n = this.next.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.next.set(base, n);
    this.used.add(id);
    return id;
  }
}

/** Categories from the groups a file names, in order of first appearance; one id per distinct name. */
export class Categories {
  private readonly ids = new IdAllocator();
  private readonly byLabel = new Map<string, string>();
  readonly list: { id: string; label: string }[] = [];

  /** The id of the category with this label (as TimelineJS groups them: by the exact name, trimmed). */
  idOf(label: string): string {
    let id = this.byLabel.get(label);
    if (id === undefined) {
      id = this.ids.take(slugify(wordsOf(label)) || "category");
      this.byLabel.set(label, id);
      this.list.push({ id, label });
    }
    return id;
  }
}
