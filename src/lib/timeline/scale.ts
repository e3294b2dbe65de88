// A linear UTC time scale: what the timeline needs of d3-scale's scaleUtc (map, invert, clamp, ticks), in a
// few lines over d3-time. d3-scale alone is 12.9 KB gzipped in the browser (it pulls d3-interpolate and
// d3-color for ranges of any type), most of the timeline's 15 KB budget; this is well under 1 KB.

import { utcTicks } from "d3-time";

export interface UtcScale {
  (date: Date): number;
  invert(x: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  /** About `count` ticks at calendar boundaries (years, months, days...), from d3-time's utcTicks. */
  ticks(count: number): Date[];
}

/** Maps [d0, d1] to [r0, r1]; dates outside the domain map to the nearer end (clamped). */
export function utcScale(domain: readonly [Date, Date], range: readonly [number, number]): UtcScale {
  const t0 = domain[0].getTime();
  const t1 = domain[1].getTime();
  const [r0, r1] = range;
  const k = (r1 - r0) / (t1 - t0);
  const scale = ((date: Date) => r0 + (Math.min(t1, Math.max(t0, date.getTime())) - t0) * k) as UtcScale;
  scale.invert = (x) => new Date(t0 + (Math.min(r1, Math.max(r0, x)) - r0) / k);
  scale.domain = () => [new Date(t0), new Date(t1)];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => utcTicks(new Date(t0), new Date(t1), count);
  return scale;
}
