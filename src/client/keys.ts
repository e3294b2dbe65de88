// The keys that move between the marks of a graphic, the same in every graphic: arrows step, Home and End
// jump to the ends. Left and right follow the reading direction: → is "next" left to right, ← right to left
// (where the next item stands); ↑ and ↓ are the same in both.

export interface ArrowOptions {
  /** The items read right to left: ArrowLeft moves to the next, ArrowRight to the previous. Default false. */
  rtl?: boolean;
}

/** Index of the mark a key moves to from mark `i` of `n`, kept inside the list; undefined for other keys. */
export function arrowIndex(key: string, i: number, n: number, { rtl = false }: ArrowOptions = {}): number | undefined {
  const forward = rtl ? "ArrowLeft" : "ArrowRight";
  const back = rtl ? "ArrowRight" : "ArrowLeft";
  const to: Record<string, number> = {
    [forward]: i + 1,
    ArrowDown: i + 1,
    [back]: i - 1,
    ArrowUp: i - 1,
    Home: 0,
    End: n - 1,
  };
  const next = to[key];
  return next === undefined ? undefined : Math.max(0, Math.min(n - 1, next));
}
