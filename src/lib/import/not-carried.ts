// What an imported file holds that the story does not carry over, told once per kind, with how often: the
// editor reads one short list instead of a line per slide, and learns why each thing was left behind.

/** Counts each kind of thing left behind; `list()` says each once, in the order first met. */
export class NotCarried {
  private readonly kinds = new Map<string, { count: number; say: (count: number) => string }>();

  /** One more of this kind; `say` words the kind for its final count. */
  add(kind: string, say: (count: number) => string): void {
    const seen = this.kinds.get(kind);
    if (seen) seen.count++;
    else this.kinds.set(kind, { count: 1, say });
  }

  list(): string[] {
    return [...this.kinds.values()].map(({ count, say }) => say(count));
  }
}

/** "1 slide", "3 slides". */
export const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
