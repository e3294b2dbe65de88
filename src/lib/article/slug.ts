// Human-readable, URL-safe ids for pages and anchors. Deterministic: the same text always gives the same id.

/** Lower-case ASCII words joined by hyphens; letters outside ASCII are folded (é → e) or dropped. */
export function slugify(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    // Initialisms read as one word: "U.K." → "uk", not "u-k".
    .replace(/(?<=(?:^|[^a-z0-9])[a-z])\.(?=[a-z]\.)|(?<=\.[a-z])\./g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.slice(0, maxWords).join("-");
}

/** Hands out ids that are unique within one page: a repeat gets "-2", "-3", ... */
export function createIdAllocator(reserved: Iterable<string> = []) {
  const used = new Set(reserved);
  return (base: string): string => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
