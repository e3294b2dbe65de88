// Enhances the server-rendered timeline in place: selection with details, one tab stop with arrow keys,
// zoom and pan of the detail band (wheel, drag, pinch, buttons), deep links (#event-<id>) with history, and
// the highlight of the events the paragraph in view talks about. Without it the page reads the same.

import type { Category } from "../lib/facts/vocabulary";
import { byTime, layoutTimeline } from "../lib/timeline/layout";
import { utcScale } from "../lib/timeline/scale";
import { bandMarkup, detailTitle, TIMELINE_MARGIN as M, type TimelineEvent } from "../lib/timeline/svg";
import { detailsPanel } from "./details";
import { type TimeZoom, timeZoom } from "./zoom";

const EVENT_HASH = /^#event-([a-z0-9-]+)$/;
/** In an iframe, history entries would land in the host page's session history. */
const embedded = (() => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
})();
const SVG_NS = "http://www.w3.org/2000/svg";
const ZOOM_STEP = 1.5;

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

const eventLink = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGAElement>("a.tl-event") : null;

/** Whether an element is wholly inside the viewport (and so needs no scrolling to be seen). */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
}

function enhance(root: HTMLElement): void {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.tl-variant")];
  const panel = root.querySelector<HTMLElement>("[data-details]");
  const list = root.querySelector<HTMLDetailsElement>("details.graphic-list");
  const controls = root.querySelector<HTMLElement>("[data-controls]");
  if (!panel || svgs.length === 0) return;
  /** The event whose details are shown, as the URL names it (#event-<id>). */
  let selected: string | undefined;
  /** The timeline's one tab stop: the event last selected or moved to, which stays after Escape. */
  let active: string | undefined;
  /** Ids of the events the paragraph in view supports. */
  let current = new Set<string>();
  /** Set while the script moves focus itself, so the focus does not select anything. */
  let quiet = false;

  const visible = () => svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0];
  const links = (el: Element | undefined) => [...(el?.querySelectorAll<SVGAElement>("a.tl-event") ?? [])];
  const linkIn = (svg: SVGSVGElement | undefined, id: string | undefined) =>
    id === undefined ? undefined : links(svg).find((a) => a.dataset.event === id);
  /**
   * Every event in time order, as the list under the timeline holds them: the arrow keys' order. It includes
   * the events a zoom has taken out of the detail band (moving to one brings it back into view).
   */
  const order = (() => {
    const all = new Map<string, TimelineEvent>();
    for (const svg of svgs) for (const a of links(svg)) all.set(a.dataset.event ?? "", readEvent(a));
    return [...all.values()].sort(byTime).map((e) => e.id);
  })();
  const known = (id: string | undefined): id is string => !!id && order.includes(id);

  /** One tab stop per timeline: only the active (or first) event of each svg is in the tab order. */
  function syncMarks(): void {
    for (const svg of svgs) {
      const all = links(svg);
      const byId = new Map(all.map((a) => [a.dataset.event, a]));
      // The first event drawn, when the active one is not (a zoom can leave any event out of the band).
      const stop = (active && byId.get(active)) || order.map((id) => byId.get(id)).find(Boolean);
      for (const a of all) {
        const id = a.dataset.event ?? "";
        a.setAttribute("tabindex", a === stop ? "0" : "-1");
        a.classList.toggle("is-selected", id === selected);
        a.classList.toggle("is-current", current.has(id));
      }
    }
  }

  const details = detailsPanel(
    panel,
    (id) => root.querySelector(`[data-event-details="${CSS.escape(id)}"]`),
    () => {
      const was = selected;
      select_(undefined, { history: true });
      focusEvent(was);
    },
  );

  /** Focuses an event's mark in the visible svg, bringing it into the detail band's view if a zoom hid it. */
  function focusEvent(id: string | undefined): void {
    const target = reveal(id);
    if (!target || document.activeElement === target) return;
    quiet = true;
    target.focus();
    quiet = false;
  }

  /** The event's mark in the visible svg; when a zoom has left it out, the detail band pans to it first. */
  function reveal(id: string | undefined): SVGAElement | undefined {
    const svg = visible();
    const found = linkIn(svg, id);
    if (found || !id) return found;
    zooms.find((z) => z?.svg === svg)?.show(id);
    return linkIn(svg, id);
  }

  function select_(id: string | undefined, opts: { history?: boolean; scroll?: boolean } = {}): void {
    selected = id;
    if (id) active = id;
    if (id) reveal(id);
    syncMarks();
    details.show(id);
    if (opts.history) {
      const hash = id ? `#event-${id}` : "";
      const url = hash || `${location.pathname}${location.search}`;
      // In an embed, the host page's back button is not for walking the graphic's selections.
      if (location.hash !== hash) history[embedded ? "replaceState" : "pushState"](null, "", url);
    }
    if (opts.scroll && id) {
      const mark = reveal(id)?.querySelector(".tl-shape");
      if (mark && !inViewport(mark)) mark.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  root.addEventListener("click", (e) => {
    const a = eventLink(e.target);
    if (!a) return;
    e.preventDefault();
    select_(a.dataset.event, { history: true });
  });
  root.addEventListener("focusin", (e) => {
    const a = eventLink(e.target);
    if (!a || quiet) return;
    active = a.dataset.event;
    if (a.dataset.event !== selected) select_(a.dataset.event);
  });
  root.addEventListener("pointerover", (e) => {
    const a = eventLink(e.target);
    if (a && e.pointerType === "mouse") details.show(a.dataset.event);
  });
  root.addEventListener("pointerleave", () => details.show(selected));
  root.addEventListener("keydown", (e) => {
    const a = eventLink(e.target);
    if (e.key === "Escape" && (selected || !panel.hidden)) {
      // Closes the details; focus stays on the event, or returns to it from inside the closing panel.
      const was = selected ?? active;
      const fromPanel = panel.contains(document.activeElement);
      select_(undefined, { history: true });
      if (fromPanel) focusEvent(was);
      e.preventDefault();
      return;
    }
    if (!a || e.altKey || e.ctrlKey || e.metaKey) return;
    const i = order.indexOf(a.dataset.event ?? "");
    const to: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    };
    const next = to[e.key];
    if (next !== undefined) {
      const id = order[Math.max(0, Math.min(order.length - 1, next))];
      select_(id);
      focusEvent(id);
    } else if (e.key === "+" || e.key === "=") zoomBy(ZOOM_STEP);
    else if (e.key === "-") zoomBy(1 / ZOOM_STEP);
    else return;
    e.preventDefault();
  });

  // Deep links: #event-<id> selects the event. Links to one from anywhere on the page select it in place (and
  // bring it into view); back and forward walk the selections without moving the page.
  const idFromHash = () => location.hash.match(EVENT_HASH)?.[1];
  const fromHash = (scroll: boolean) => {
    const id = idFromHash();
    if (known(id)) {
      // Fragment navigation may have opened the list to reach the entry; the timeline shows it instead.
      if (list) list.open = false;
      select_(id, { scroll });
    } else if (!location.hash) select_(undefined);
  };
  document.addEventListener("click", (e) => {
    const a = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (
      !(a instanceof HTMLAnchorElement) ||
      e.defaultPrevented ||
      e.button !== 0 ||
      e.ctrlKey ||
      e.metaKey ||
      e.shiftKey ||
      e.altKey
    )
      return;
    const url = new URL(a.href, location.href);
    const id = url.hash.match(EVENT_HASH)?.[1];
    if (url.pathname !== location.pathname || !known(id) || list?.contains(a)) return;
    e.preventDefault();
    select_(id, { history: true, scroll: true });
  });
  // A traversal fires popstate and then, when the fragment differs, hashchange: only the first counts.
  let traversed: string | undefined;
  window.addEventListener("popstate", () => {
    traversed = location.href;
    fromHash(false);
  });
  window.addEventListener("hashchange", () => {
    if (traversed === location.href) {
      traversed = undefined;
      return;
    }
    traversed = undefined;
    fromHash(true);
  });

  // Zoom and pan of each svg's detail band. The band's items never change; only the domain does.
  const zooms = svgs.map((svg) => {
    const band = svg.querySelector<SVGGElement>("g.tl-detail");
    const overview = svg.querySelector<SVGGElement>("g.tl-overview");
    if (!band) return undefined;
    const width = Number(svg.dataset.width);
    const r0 = M.left;
    const r1 = width - M.right;
    const items = links(band).map(readEvent);
    const detailY = Number(band.dataset.y);
    const hit = document.createElementNS(SVG_NS, "rect");
    hit.setAttribute("class", "tl-hit");
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
      band.innerHTML = bandMarkup(layout, shown, r0, r1);
      hit.setAttribute("x", String(r0));
      hit.setAttribute("width", String(r1 - r0));
      hit.setAttribute("height", String(layout.height));
      band.prepend(hit);
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
    const render_ = (next: [Date, Date]) => {
      const focusedId = (document.activeElement as SVGElement | null)?.dataset?.event;
      const hadFocus = band.contains(document.activeElement);
      render(next);
      syncMarks();
      if (hadFocus && focusedId) {
        const again = band.querySelector<SVGAElement>(`a[data-event="${CSS.escape(focusedId)}"]`);
        quiet = true;
        // Out of view now: focus goes to the graphic's next tab stop rather than to the page.
        (again ?? linkIn(svg, active) ?? links(svg)[0])?.focus();
        quiet = false;
      }
    };
    render(full);
    // The band's on-screen extent of the axis, for turning pointer pixels into time.
    const axisPixels = () => {
      const box = svg.getBoundingClientRect();
      const px = box.width / width;
      return { x0: box.left + r0 * px, width: (r1 - r0) * px };
    };
    const behaviour: TimeZoom = timeZoom(band, full, axisPixels, render_);
    return {
      svg,
      behaviour,
      /** Pans (keeping the zoom) so the item with this id is in view, if it belongs to this band. */
      show(id: string) {
        const item = items.find((e) => e.id === id);
        if (item && !(item.end > domain[0] && item.start < domain[1])) behaviour.panTo(item.start);
      },
    };
  });

  function zoomBy(k: number): void {
    zooms.find((z) => z?.svg === visible())?.behaviour.scaleBy(k);
  }
  function resetZoom(): void {
    for (const z of zooms) z?.behaviour.reset();
  }
  controls?.addEventListener("click", (e) => {
    const which = (e.target as Element).closest<HTMLButtonElement>("button[data-zoom]")?.dataset.zoom;
    if (which === "in") zoomBy(ZOOM_STEP);
    else if (which === "out") zoomBy(1 / ZOOM_STEP);
    else if (which === "reset") resetZoom();
  });
  if (controls) controls.hidden = false;
  // A page that shows the timeline (the embed, with ?from=&to=) may ask for the days of the detail band:
  // { from, to } as YYYY-MM-DD, both days shown.
  root.addEventListener("timeline:domain", (e) => {
    const { from, to } = ((e as CustomEvent).detail ?? {}) as { from?: unknown; to?: unknown };
    const day = (v: unknown) => (typeof v === "string" ? new Date(`${v}T00:00:00Z`) : new Date(Number.NaN));
    const d0 = day(from);
    const d1 = new Date(day(to).getTime() + 86_400_000);
    if (Number.isNaN(d0.getTime()) || Number.isNaN(d1.getTime()) || !(d1 > d0)) return;
    for (const z of zooms) z?.behaviour.show([d0, d1]);
  });

  // Reading and timeline linked: the events of the paragraph in the middle of the viewport are highlighted,
  // and none while the middle of the viewport is on a paragraph that supports no event.
  const paragraphs = [...document.querySelectorAll<HTMLElement>("p[data-events]")];
  if ("IntersectionObserver" in window && paragraphs.length > 0) {
    const inMiddle = new Set<HTMLElement>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) inMiddle.add(e.target as HTMLElement);
          else inMiddle.delete(e.target as HTMLElement);
        }
        const p = paragraphs.filter((x) => inMiddle.has(x)).at(-1);
        current = new Set((p?.dataset.events ?? "").split(" ").filter(Boolean));
        syncMarks();
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const p of paragraphs) observer.observe(p);
  }

  syncMarks();
  fromHash(true);
  // The browser's own scroll to the fragment (which opens the list to reach the entry) can come after this
  // script has run: once the page has loaded, show the event in the timeline again.
  if (idFromHash() && document.readyState !== "complete") {
    window.addEventListener("load", () => fromHash(true), { once: true });
  }
}

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-timeline]")) enhance(root);
}
