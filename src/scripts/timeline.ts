// Enhances the server-rendered timeline in place: selection with details, one tab stop with arrow keys,
// zoom and pan of the detail band (wheel, drag, pinch, buttons), deep links (#event-<id>) with history, and
// the highlight of the events the paragraph in view talks about. Without it the page reads the same.

import type { Category } from "../lib/facts/vocabulary";
import { layoutTimeline } from "../lib/timeline/layout";
import { utcScale } from "../lib/timeline/scale";
import { bandMarkup, TIMELINE_MARGIN as M, type TimelineEvent } from "../lib/timeline/svg";
import { detailsPanel } from "./details";
import { timeZoom } from "./zoom";

const EVENT_HASH = /^#event-([a-z0-9-]+)$/;
const SVG_NS = "http://www.w3.org/2000/svg";

function readEvent(a: Element): TimelineEvent {
  const d = (a as SVGElement).dataset;
  return {
    id: d.event ?? "",
    start: new Date(d.start ?? 0),
    end: new Date(d.end ?? 0),
    kind: d.kind === "span" ? "span" : "point",
    label: d.label ?? "",
    category: d.category as Category,
    dateLabel: d.date ?? "",
  };
}

const domainOf = (g: Element): [Date, Date] => {
  const [a, b] = (g.getAttribute("data-domain") ?? "").split("/");
  return [new Date(a ?? 0), new Date(b ?? 0)];
};

function enhance(root: HTMLElement): void {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.tl-variant")];
  const panel = root.querySelector<HTMLElement>("[data-details]");
  const list = root.querySelector<HTMLDetailsElement>("details.graphic-list");
  const controls = root.querySelector<HTMLElement>("[data-controls]");
  if (!panel || svgs.length === 0) return;
  let selected: string | undefined;
  let current: string | undefined;

  const visible = () => svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0];
  /** Every event link of an svg, in time order (the overview's and the detail band's together). */
  const ordered = (svg: SVGSVGElement) =>
    [...svg.querySelectorAll<SVGAElement>("a.tl-event")].sort((a, b) => {
      const ea = readEvent(a);
      const eb = readEvent(b);
      return +ea.start - +eb.start || +ea.end - +eb.end || ea.id.localeCompare(eb.id);
    });

  /** One tab stop per timeline: only the selected (or first) event of each svg is in the tab order. */
  function syncMarks(): void {
    for (const svg of svgs) {
      const links = ordered(svg);
      const stop = links.find((a) => a.dataset.event === selected) ?? links[0];
      for (const a of links) {
        a.setAttribute("tabindex", a === stop ? "0" : "-1");
        a.classList.toggle("is-selected", a.dataset.event === selected);
        a.classList.toggle("is-current", !!current && ` ${current} `.includes(` ${a.dataset.event} `));
      }
    }
  }

  const details = detailsPanel(
    panel,
    (id) => root.querySelector(`[data-event-details="${CSS.escape(id)}"]`),
    () => select_(undefined, { history: true, focus: true }),
  );
  const showDetails = (id: string | undefined) => details.show(id);

  function select_(id: string | undefined, opts: { history?: boolean; focus?: boolean; scroll?: boolean } = {}): void {
    selected = id;
    syncMarks();
    showDetails(id);
    if (opts.history) {
      const url = id ? `#event-${id}` : `${location.pathname}${location.search}`;
      history.pushState(null, "", url);
    }
    if (opts.focus) {
      const target =
        [...visible().querySelectorAll<SVGAElement>("a.tl-event")].find((a) => a.dataset.event === id) ??
        ordered(visible())[0];
      target?.focus();
    }
    if (opts.scroll) root.scrollIntoView({ block: "start" });
  }

  root.addEventListener("click", (e) => {
    const a = (e.target as Element).closest<SVGAElement>("a.tl-event");
    if (!a) return;
    e.preventDefault();
    select_(a.dataset.event, { history: a.dataset.event !== selected });
  });
  root.addEventListener("focusin", (e) => {
    const a = (e.target as Element).closest<SVGAElement>("a.tl-event");
    if (a && a.dataset.event !== selected) select_(a.dataset.event);
  });
  root.addEventListener("pointerover", (e) => {
    const a = (e.target as Element).closest<SVGAElement>("a.tl-event");
    if (a && (e as PointerEvent).pointerType === "mouse") showDetails(a.dataset.event);
  });
  root.addEventListener("pointerleave", () => showDetails(selected));
  root.addEventListener("keydown", (e) => {
    const a = (e.target as Element).closest<SVGAElement>("a.tl-event");
    if (e.key === "Escape" && selected) {
      select_(undefined, { history: true, focus: !!a });
      return;
    }
    if (!a) return;
    const links = ordered(visible());
    const i = links.findIndex((l) => l.dataset.event === a.dataset.event);
    const to: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: links.length - 1,
    };
    const next = to[e.key];
    if (next === undefined) {
      if (e.key === "+" || e.key === "=") zoomBy(1.5);
      else if (e.key === "-") zoomBy(1 / 1.5);
      else return;
    } else {
      const target = links[Math.max(0, Math.min(links.length - 1, next))];
      select_(target?.dataset.event);
      target?.focus();
    }
    e.preventDefault();
  });

  // Deep links: #event-<id> selects the event; back and forward walk the selections.
  const fromHash = (scroll: boolean) => {
    const id = location.hash.match(EVENT_HASH)?.[1];
    const known = id && root.querySelector(`[data-event-details="${CSS.escape(id)}"]`);
    if (known) {
      // Fragment navigation opened the list to reach the entry; the timeline shows it instead.
      if (list) list.open = false;
      select_(id, { scroll });
    } else if (!location.hash) select_(undefined);
  };
  window.addEventListener("popstate", () => fromHash(false));
  window.addEventListener("hashchange", () => fromHash(true));

  // Zoom and pan of each svg's detail band. The band's items never change; only the domain does.
  const zooms = svgs.map((svg) => {
    const band = svg.querySelector<SVGGElement>("g.tl-detail");
    const overview = svg.querySelector<SVGGElement>("g.tl-overview");
    if (!band) return undefined;
    const width = Number(svg.dataset.width);
    const r0 = M.left;
    const r1 = width - M.right;
    const items = [...band.querySelectorAll("a.tl-event")].map(readEvent);
    const detailY = Number(band.dataset.y);
    const hit = document.createElementNS(SVG_NS, "rect");
    hit.setAttribute("class", "tl-hit");
    const overviewScale = overview ? utcScale(domainOf(overview), [r0, r1]) : undefined;
    const focusRect = overview?.querySelector<SVGRectElement>("rect.tl-focus");
    const bracket = svg.querySelector<SVGPathElement>("path.tl-bracket");

    const render = (domain: [Date, Date]) => {
      const shown = items.filter((e) => e.end > domain[0] && e.start < domain[1]);
      const layout = layoutTimeline(shown, { width, domain, margin: M });
      band.innerHTML = bandMarkup(layout, shown, r0, r1);
      hit.setAttribute("x", String(r0));
      hit.setAttribute("width", String(r1 - r0));
      hit.setAttribute("height", String(layout.height));
      band.prepend(hit);
      svg.setAttribute("viewBox", `0 0 ${width} ${Math.ceil(detailY + layout.height)}`);
      svg.setAttribute("height", String(Math.ceil(detailY + layout.height)));
      // The overview's bracket follows what the detail band shows: focus and context stay joined.
      if (overviewScale && focusRect && bracket) {
        const x0 = overviewScale(domain[0]);
        const x1 = overviewScale(domain[1]);
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
    const render_ = (domain: [Date, Date]) => {
      const focusedId = (document.activeElement as SVGElement | null)?.dataset?.event;
      const hadFocus = band.contains(document.activeElement);
      render(domain);
      syncMarks();
      if (hadFocus && focusedId) band.querySelector<SVGAElement>(`a[data-event="${CSS.escape(focusedId)}"]`)?.focus();
    };
    render(domainOf(band));
    // The band's on-screen extent of the axis, for turning pointer pixels into time.
    const axisPixels = () => {
      const box = svg.getBoundingClientRect();
      const px = box.width / width;
      return { x0: box.left + r0 * px, width: (r1 - r0) * px };
    };
    return { svg, behaviour: timeZoom(band, domainOf(band), axisPixels, render_) };
  });

  function zoomBy(k: number): void {
    zooms.find((z) => z?.svg === visible())?.behaviour.scaleBy(k);
  }
  function resetZoom(): void {
    for (const z of zooms) z?.behaviour.reset();
  }
  controls?.addEventListener("click", (e) => {
    const which = (e.target as Element).closest<HTMLButtonElement>("button[data-zoom]")?.dataset.zoom;
    if (which === "in") zoomBy(1.5);
    else if (which === "out") zoomBy(1 / 1.5);
    else if (which === "reset") resetZoom();
  });
  if (controls) controls.hidden = false;

  // Reading and timeline linked: the events of the paragraph in the middle of the viewport are highlighted.
  const paragraphs = [...document.querySelectorAll<HTMLElement>("p[data-events]")];
  if ("IntersectionObserver" in window && paragraphs.length > 0) {
    const observer = new IntersectionObserver(
      (entries) => {
        const hit = entries.filter((e) => e.isIntersecting).at(-1);
        if (!hit) return;
        current = (hit.target as HTMLElement).dataset.events;
        syncMarks();
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const p of paragraphs) observer.observe(p);
  }

  syncMarks();
  fromHash(true);
}

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-timeline]")) enhance(root);
}
