// One theme for every graphic: a palette of eight colours (light and dark) and eight shapes, so a story's
// categories and stance positions are told apart by shape as well as colour, never colour alone. A story's
// first category takes style 1, its second style 2, and so on. The stylesheet (src/styles/graphics.css)
// holds the same colours as custom properties, and a test keeps the two equal; the preview image reads them
// from here, since its renderer applies no stylesheet.

import type { Position, StanceQuestion } from "./facts/story";

/** Path data of a symbol centred on 0,0, about 12 px across: small enough for a mark, big enough to see. */
export const SHAPES = {
  diamond: "M0,-6L6,0L0,6L-6,0Z",
  circle: "M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0Z",
  triangle: "M0,-6L5.5,4.5H-5.5Z",
  square: "M-4.5,-4.5H4.5V4.5H-4.5Z",
  triangleDown: "M0,6L5.5,-4.5H-5.5Z",
  plus: "M-1.8,-5.5H1.8V-1.8H5.5V1.8H1.8V5.5H-1.8V1.8H-5.5V-1.8H-1.8Z",
  hexagon: "M0,-5.8L5,-2.9V2.9L0,5.8L-5,2.9V-2.9Z",
  star: "M0,-6L1.6,-2.1L5.7,-1.9L2.6,0.8L3.5,4.9L0,2.6L-3.5,4.9L-2.6,0.8L-5.7,-1.9L-1.6,-2.1Z",
  ring: "M5,0A5,5 0 1,1 -5,0A5,5 0 1,1 5,0ZM2.5,0A2.5,2.5 0 1,0 -2.5,0A2.5,2.5 0 1,0 2.5,0Z",
} as const;
export type Shape = keyof typeof SHAPES;

/**
 * The palette, style 1 first. Every colour meets 4.5:1 against the page (#fbfaf7 light, #16181c dark), so a
 * mark reads at 3:1 and the same colour may colour text.
 */
export const PALETTE = [
  { light: "#1d4ed8", dark: "#60a5fa", shape: "diamond" },
  { light: "#c2410c", dark: "#fb923c", shape: "circle" },
  { light: "#0f766e", dark: "#2dd4bf", shape: "triangle" },
  { light: "#7e22ce", dark: "#c084fc", shape: "square" },
  { light: "#a16207", dark: "#facc15", shape: "triangleDown" },
  { light: "#be185d", dark: "#f472b6", shape: "plus" },
  { light: "#4d7c0f", dark: "#a3e635", shape: "hexagon" },
  { light: "#475569", dark: "#cbd5e1", shape: "star" },
] as const satisfies readonly { light: string; dark: string; shape: Shape }[];

/** What an event without a category is drawn in: the text colour, as a circle. */
export const NEUTRAL = { light: "#1b1c1f", dark: "#e9e7e2", shape: "circle" } as const;

/** The palette's order for a stance scale: its positions read as distinct steps (blue, amber, orange, purple…). */
export const POSITION_PALETTE = [1, 5, 2, 4, 3, 6] as const;
/** Shapes along a stance scale: pointing up to pointing down, through the neutral ones. */
export const POSITION_SHAPES: readonly Shape[] = ["triangle", "diamond", "square", "triangleDown", "circle", "plus"];
/** The stances off the scale, in grey. */
export const OFF_SCALE = {
  "not-reported": { light: "#6b7280", dark: "#9ca3af", shape: "ring" },
  target: { light: "#374151", dark: "#d1d5db", shape: "circle" },
} as const;

export interface Style {
  /** The class the stylesheet colours: cat-1…8, pos-1…6, stance-not-reported, stance-target, cat-none. */
  className: string;
  shape: Shape;
  light: string;
  dark: string;
}

/** A category's style, by its place among the story's categories (slot 1 first); no slot: neutral. */
export function categoryStyle(slot: number | undefined): Style {
  const p = slot ? PALETTE[slot - 1] : undefined;
  return p ? { className: `cat-${slot}`, ...p } : { className: "cat-none", ...NEUTRAL };
}

/** A stance's style: its position's step along the scale, or the grey of the stances off it. */
export function stanceStyle(stance: string, question: Pick<StanceQuestion, "positions"> | undefined): Style {
  if (stance === "not-reported" || stance === "target") return { className: `stance-${stance}`, ...OFF_SCALE[stance] };
  const position: Position | undefined = question?.positions.find((p) => p.id === stance);
  const slot = position?.slot ?? 1;
  const colour = PALETTE[(POSITION_PALETTE[slot - 1] ?? 1) - 1] ?? PALETTE[0];
  return {
    className: `pos-${slot}`,
    light: colour.light,
    dark: colour.dark,
    shape: POSITION_SHAPES[slot - 1] ?? "circle",
  };
}

/**
 * SVG markers that draw each style's shape centred where a line starts: in forced colours, where every mark
 * takes the same system colour, a mark's shape still tells its category, as in the legend (timeline.css asks
 * for them, graphics.css's --shape). One per style, by id `${prefix}-${className}`; the stylesheet paints them
 * and lets them overflow.
 */
export function shapeMarkers(styles: readonly Pick<Style, "className" | "shape">[], prefix: string): string {
  const unique = [...new Map(styles.map((s) => [s.className, s])).values()];
  return unique
    .map(
      (s) =>
        `<marker id="${prefix}-${s.className}" markerUnits="userSpaceOnUse"><path d="${SHAPES[s.shape]}"/></marker>`,
    )
    .join("");
}

/** Escapes text for SVG/HTML markup built as a string (labels come from editors' data files). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
