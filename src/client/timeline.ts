// The timeline's own part of its enhancement (src/client/graphic.ts does the rest): its items are the
// events' disclosures, one open at a time, and the strip marks the event in focus or open. Without it, every
// event still opens by itself and deep links still open their event.

import { control, type GraphicAdapter } from "./graphic";

function enhance(root: HTMLElement): void {
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
  // A disclosure's toggle does not bubble: one listener, capturing, hears every event's.
  root.addEventListener(
    "toggle",
    (e) => {
      mark();
      if (e.target instanceof HTMLDetailsElement && e.target.matches("details.tl-item")) graphic.toggled();
    },
    true,
  );
}

export function enhanceTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-timeline]")) enhance(root);
}
