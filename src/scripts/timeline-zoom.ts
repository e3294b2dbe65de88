// Zoom and pan of the timeline's detail band: lays the band out again for each new domain with the same
// pure layout and SVG renderer the build used. Loaded by timeline.ts the first time a reader zooms.

import type { Category } from "../lib/facts/vocabulary";
import { layoutTimeline } from "../lib/timeline/layout";
import { utcScale } from "../lib/timeline/scale";
import { bandMarkup, detailTitle, hitMarkup, TIMELINE_MARGIN as M, type TimelineEvent } from "../lib/timeline/svg";
import { type TimeZoom, timeZoom } from "./zoom";

/** An event as its entry in the timeline's list describes it (Timeline.astro writes eventData there). */
function readEvent(li: HTMLElement): TimelineEvent {
  const d = li.dataset;
  const day = (v: string | undefined) => new Date(`${v}T00:00:00Z`);
  return {
    id: d.eventDetails ?? "",
    start: day(d.start),
    end: day(d.end),
    kind: d.kind === "span" ? "span" : "point",
    label: li.querySelector("h3")?.textContent ?? "",
    category: (li.className.match(/\bcat-([a-z-]+)/)?.[1] ?? "diplomacy") as Category,
    dateLabel: li.querySelector(".record-date time")?.textContent ?? "",
  };
}

const domainOf = (g: Element): [Date, Date] => {
  const [a, b] = (g.getAttribute("data-domain") ?? "").split("/");
  return [new Date(a ?? 0), new Date(b ?? 0)];
};

export interface BandZoom {
  svg: SVGSVGElement;
  band: SVGGElement;
  behaviour: TimeZoom;
  /** Pans (keeping the zoom) so the item with this id is in view, if it belongs to this band. */
  show(id: string): void;
}

/**
 * Sets up the zoom of each svg's detail band. `afterRender` runs after every new drawing, with the id of
 * the event that had focus in the band (its mark was replaced), so the caller can restore marks and focus.
 */
export function setupZooms(
  svgs: readonly SVGSVGElement[],
  root: HTMLElement,
  afterRender: (band: SVGGElement, svg: SVGSVGElement, focusedId: string | undefined) => void,
): BandZoom[] {
  const all = new Map(
    [...root.querySelectorAll<HTMLElement>("[data-event-details]")].map((li) => [li.dataset.eventDetails, li]),
  );
  const zooms: BandZoom[] = [];
  for (const svg of svgs) {
    const band = svg.querySelector<SVGGElement>("g.tl-detail");
    const overview = svg.querySelector<SVGGElement>("g.tl-overview");
    if (!band) continue;
    const width = Number(svg.dataset.width);
    const r0 = M.left;
    const r1 = width - M.right;
    // The band's items never change; only the domain does.
    const items = [...band.querySelectorAll<SVGAElement>("a.tl-event")]
      .map((a) => all.get(a.dataset.event))
      .filter((li): li is HTMLElement => !!li)
      .map(readEvent);
    const detailY = Number(band.dataset.y);
    const overviewScale = overview ? utcScale(domainOf(overview), [r0, r1]) : undefined;
    const focusRect = overview?.querySelector<SVGRectElement>("rect.tl-focus");
    const bracket = svg.querySelector<SVGPathElement>("path.tl-bracket");
    const title = svg.querySelector<SVGTextElement>("text.tl-detail-title");
    const full = domainOf(band);
    let domain = full;

    const render = (next: [Date, Date]) => {
      domain = next;
      const shown = items.filter((e) => e.end > next[0] && e.start < next[1]);
      const layout = layoutTimeline(shown, { width, domain: next, margin: M });
      band.innerHTML = hitMarkup(r0, r1, layout.height) + bandMarkup(layout, shown, r0, r1);
      svg.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(detailY + layout.height)}`);
      svg.setAttribute("height", String(Math.ceil(detailY + layout.height)));
      // The title names the days in view.
      if (title) title.textContent = detailTitle(next);
      // The overview's bracket follows what the detail band shows: focus and context stay joined.
      if (overviewScale && focusRect && bracket) {
        const x0 = overviewScale(next[0]);
        const x1 = overviewScale(next[1]);
        const y = Number(focusRect.getAttribute("y")) + Number(focusRect.getAttribute("height"));
        const oy = Number(overview?.transform.baseVal.consolidate()?.matrix.f ?? 0);
        focusRect.setAttribute("x", String(x0));
        focusRect.setAttribute("width", String(Math.max(2, x1 - x0)));
        bracket.setAttribute(
          "d",
          `M${x0},${oy + y}L${x1},${oy + y}L${r1},${detailY + layout.axisY}L${r0},${detailY + layout.axisY}Z`,
        );
      }
    };
    const rerender = (next: [Date, Date]) => {
      const focused = band.contains(document.activeElement)
        ? (document.activeElement as SVGElement | null)?.dataset?.event
        : undefined;
      render(next);
      afterRender(band, svg, focused);
    };
    // The band starts as the build drew it, over the full domain: nothing to draw until the first gesture.
    // The band's on-screen extent of the axis, for turning pointer pixels into time.
    const axisPixels = () => {
      const box = svg.getBoundingClientRect();
      const px = box.width / width;
      return { x0: box.left + r0 * px, width: (r1 - r0) * px };
    };
    const behaviour = timeZoom(band, full, axisPixels, rerender);
    zooms.push({
      svg,
      band,
      behaviour,
      show(id) {
        const item = items.find((e) => e.id === id);
        if (item && !(item.end > domain[0] && item.start < domain[1])) behaviour.panTo(item.start);
      },
    });
  }
  return zooms;
}
