// Box geometry for layout tests: the checks that no two things a reader must see overlap.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes keep `pad` px apart, side by side or one above the other. */
export function apart(a: Box, b: Box, pad = 0): boolean {
  const e = 1e-9;
  return (
    a.x + a.width + pad <= b.x + e ||
    b.x + b.width + pad <= a.x + e ||
    a.y + a.height + pad <= b.y + e ||
    b.y + b.height + pad <= a.y + e
  );
}
