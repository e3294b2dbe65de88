// The keys that move between the marks of a graphic, the same in every graphic: arrows step, Home and End
// jump to the ends.

/** Index of the mark a key moves to from mark `i` of `n`, kept inside the list; undefined for other keys. */
export function arrowIndex(key: string, i: number, n: number): number | undefined {
  const to: Record<string, number> = {
    ArrowRight: i + 1,
    ArrowDown: i + 1,
    ArrowLeft: i - 1,
    ArrowUp: i - 1,
    Home: 0,
    End: n - 1,
  };
  const next = to[key];
  return next === undefined ? undefined : Math.max(0, Math.min(n - 1, next));
}
