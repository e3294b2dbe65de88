// The timeline's own part of its enhancement (src/scripts/graphic.ts does the rest): its items are the
// events' disclosures, one open at a time; the strip marks the event in focus or open; and the events the
// paragraph in the middle of the screen supports are highlighted as the reader scrolls. Without it, every
// event still opens by itself and deep links still open their event.

import { control, type Graphic, type GraphicAdapter } from "./graphic";

function enhance(root: HTMLElement): Graphic {
  const details = () => [...root.querySelectorAll<HTMLDetailsElement>("details.tl-item")];
  const eventOf = (el: Element) => el.closest<HTMLElement>("[data-event]")?.dataset.event ?? "";
  const disclosure = (id: string) => details().find((d) => eventOf(d) === id);
  const strip = root.querySelector<SVGSVGElement>(".tl-strip");

  const adapter: GraphicAdapter = {
    root,
    prefix: "event-",
    // Events hidden by the embed's from/to are not items.
    items: () =>
      details()
        .filter((d) => !d.closest("[hidden]"))
        .map((d) => d.querySelector<HTMLElement>("summary"))
        .filter((s): s is HTMLElement => !!s),
    idOf: eventOf,
    show: (id) => {
      for (const d of details()) d.open = eventOf(d) === id;
    },
    shown: () => {
      const open = details().find((d) => d.open);
      return open ? eventOf(open) : undefined;
    },
    detailsOf: (id) => disclosure(id) ?? null,
    reveal: (id) => {
      const d = disclosure(id);
      // The whole of the title and its details if they fit, else the title at the top.
      d?.scrollIntoView({ block: "nearest" });
    },
  };
  const graphic = control(adapter);
  for (const d of details()) d.addEventListener("toggle", () => graphic.toggled());

  // The strip marks the event in focus, or else the one open.
  const mark = () => {
    const focused = document.activeElement;
    const inside = focused instanceof Element && root.contains(focused) ? focused.closest("[data-event]") : null;
    const current = inside ? eventOf(inside) : adapter.shown();
    for (const m of strip?.querySelectorAll<SVGElement>("[data-event]") ?? []) {
      m.classList.toggle("is-active", m.dataset.event === current);
    }
  };
  root.addEventListener("focusin", mark);
  root.addEventListener("focusout", () => queueMicrotask(mark));
  root.addEventListener("toggle", mark, true);

  // Reading and timeline linked: the events of the paragraph in the middle of the viewport are highlighted,
  // and none while the middle of the viewport is on a paragraph that supports no event.
  const paragraphs = [...document.querySelectorAll<HTMLElement>("p[data-events]")];
  if ("IntersectionObserver" in window && paragraphs.length > 0) {
    const inMiddle = new Set<HTMLElement>();
    const items = [...root.querySelectorAll<HTMLElement>("li[data-event]")];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) inMiddle.add(e.target as HTMLElement);
          else inMiddle.delete(e.target as HTMLElement);
        }
        const p = paragraphs.filter((x) => inMiddle.has(x)).at(-1);
        const current = new Set((p?.dataset.events ?? "").split(" ").filter(Boolean));
        for (const li of items) li.classList.toggle("is-current", current.has(li.dataset.event ?? ""));
      },
      { rootMargin: "-45% 0px -45% 0px" },
    );
    for (const p of paragraphs) observer.observe(p);
  }
  return graphic;
}

/** The page's timelines, each with its controller (the embed page drives its one from the URL and the host). */
export function enhanceTimelines(): Map<HTMLElement, Graphic> {
  const out = new Map<HTMLElement, Graphic>();
  for (const root of document.querySelectorAll<HTMLElement>("[data-timeline]")) out.set(root, enhance(root));
  return out;
}
