// One theme for every graphic: the shape that tells each category and stance apart (never colour alone),
// and the class names the stylesheet colours in light, dark and forced-colors modes (src/styles/graphics.css).

import type { Category, Stance } from "./facts/vocabulary";

/** Path data of a symbol centred on 0,0, about 10 px across: small enough for a mark, big enough to tap near. */
export const SHAPES = {
  circle: "M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z",
  square: "M-4.5,-4.5H4.5V4.5H-4.5Z",
  diamond: "M0,-6L6,0L0,6L-6,0Z",
  triangle: "M0,-6L5.5,4.5H-5.5Z",
  triangleDown: "M0,6L5.5,-4.5H-5.5Z",
  ring: "M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0ZM2.5,0A2.5,2.5 0 1,0 -2.5,0A2.5,2.5 0 1,0 2.5,0Z",
} as const;
export type Shape = keyof typeof SHAPES;

export const CATEGORY_SHAPES: Record<Category, Shape> = {
  "syria-conflict": "circle",
  diplomacy: "diamond",
  sanctions: "square",
  "us-politics": "triangle",
  "european-politics": "triangleDown",
};

export const STANCE_SHAPES: Record<Stance, Shape> = {
  pushed: "triangle",
  wait: "diamond",
  rejected: "square",
  lift: "triangleDown",
  "not-reported": "ring",
  target: "circle",
};

export const categoryClass = (c: Category) => `cat-${c}`;
export const stanceClass = (s: Stance) => `stance-${s}`;

/** Escapes text for SVG/HTML markup built as a string (labels come from editors' data files). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
