// Enhances the server-rendered timeline in place: selection with details, one tab stop with arrow keys,
// zoom and pan of the detail band (wheel, drag, pinch, buttons), deep links (#event-<id>) with history, and
// the highlight of the events the paragraph in view talks about. Without it the page reads the same.

import { detailsPanel } from "./details";
import { arrowIndex } from "./keys";
import type { BandZoom } from "./timeline-zoom";

const EVENT_HASH = /^#event-([a-z0-9-]+)$/;
/** In an iframe, history entries would land in the host page's session history. */
const embedded = (() => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
})();
const ZOOM_STEP = 1.5;

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
  const order = [...root.querySelectorAll<HTMLElement>("[data-event-details]")].map(
    (li) => li.dataset.eventDetails ?? "",
  );
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
    zooms?.find((z) => z.svg === svg)?.show(id);
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
    const next = arrowIndex(e.key, order.indexOf(a.dataset.event ?? ""), order.length);
    if (next !== undefined) {
      const id = order[next];
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

  // Zoom and pan of each svg's detail band. Its code (the layout, the time formats, the gestures) is fetched
  // the first time a reader zooms, so a reader who never does never downloads it.
  let zooms: BandZoom[] | undefined;
  let loading: Promise<BandZoom[]> | undefined;
  const afterRender = (band: SVGGElement, svg: SVGSVGElement, focusedId: string | undefined) => {
    syncMarks();
    if (!focusedId) return;
    const again = band.querySelector<SVGAElement>(`a[data-event="${CSS.escape(focusedId)}"]`);
    quiet = true;
    // Out of view now: focus goes to the graphic's next tab stop rather than to the page.
    (again ?? linkIn(svg, active) ?? links(svg)[0])?.focus();
    quiet = false;
  };
  const ensureZooms = (): Promise<BandZoom[]> => {
    loading ??= import("./timeline-zoom").then((m) => {
      zooms = m.setupZooms(svgs, root, afterRender);
      return zooms;
    });
    return loading;
  };
  // The first gesture on a band loads the zoom; the gestures that arrive meanwhile are handed to it once it
  // is there, so even the first drag, pinch or Ctrl+wheel works.
  const pending: Event[] = [];
  const early = (e: Event) => {
    if (zooms) return;
    if (e.type === "wheel") {
      const w = e as WheelEvent;
      if (!w.ctrlKey && !w.metaKey) return;
      w.preventDefault();
    }
    pending.push(e);
    // Fingers lifted while the code loads must be counted too, or a pinch would outlive its fingers.
    window.addEventListener("pointerup", early);
    window.addEventListener("pointercancel", early);
    void ensureZooms().then((zs) => {
      window.removeEventListener("pointerup", early);
      window.removeEventListener("pointercancel", early);
      // Every band's zoom hears the lifts; the presses and wheels go to the band they happened on.
      for (const p of pending.splice(0)) {
        const lift = p.type === "pointerup" || p.type === "pointercancel";
        for (const z of zs) if (lift || z.band.contains(p.target as Node)) z.behaviour.replay(p);
      }
    });
  };
  for (const band of root.querySelectorAll<SVGGElement>("g.tl-detail")) {
    band.addEventListener("pointerdown", early);
    band.addEventListener("wheel", early, { passive: false });
  }

  function zoomBy(k: number): void {
    void ensureZooms().then((zs) => zs.find((z) => z.svg === visible())?.behaviour.scaleBy(k));
  }
  function resetZoom(): void {
    for (const z of zooms ?? []) z.behaviour.reset();
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
    void ensureZooms().then((zs) => {
      for (const z of zs) z.behaviour.show([d0, d1]);
    });
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
