// Enhances the server-rendered sanctions chart in place, as the timeline does its events: selection with
// details (click, tap, focus, hover), one tab stop with arrow keys, Home and End, Escape to close, and deep
// links (#stance-<id>) with history. Without it every mark still links to its row of the stances table.

import { detailsPanel } from "./details";
import { arrowIndex } from "./keys";

const STANCE_HASH = /^#stance-([a-z0-9-]+)$/;

function enhance(root: HTMLElement): void {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.sc-variant")];
  const panel = root.querySelector<HTMLElement>("[data-details]");
  const table = root.querySelector<HTMLDetailsElement>("details.graphic-list");
  if (!panel || svgs.length === 0) return;
  let selected: string | undefined;
  /** The mark that holds the chart's tab stop: the selected one, else the one last focused. */
  let active: string | undefined;
  /** Set while the script itself moves focus, so that focus does not select. */
  let quiet = false;

  const visible = () => svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0];
  /** The marks of an svg in reading order: row by row, along the scale within a row (document order). */
  const marks = (svg: SVGSVGElement | undefined) => [...(svg?.querySelectorAll<SVGAElement>("a.sc-mark") ?? [])];
  const markOf = (e: Event) => (e.target as Element).closest<SVGAElement>("a.sc-mark");
  const template = (id: string) =>
    root.querySelector<HTMLTemplateElement>(`template[data-stance-details="${CSS.escape(id)}"]`);

  /** One tab stop per chart: only the selected (else last focused, else first) mark of each svg is in the tab order. */
  function sync(): void {
    for (const svg of svgs) {
      const links = marks(svg);
      const stop = links.find((a) => a.dataset.stance === (selected ?? active)) ?? links[0];
      for (const a of links) {
        a.setAttribute("tabindex", a === stop ? "0" : "-1");
        a.classList.toggle("is-selected", a.dataset.stance === selected);
      }
    }
  }

  const details = detailsPanel(
    panel,
    (id) => template(id)?.content.firstElementChild ?? null,
    () => close(true),
  );

  function choose(id: string | undefined, opts: { history?: boolean; scroll?: boolean } = {}): void {
    selected = id;
    active = id ?? active;
    sync();
    details.show(id);
    if (opts.history) history.pushState(null, "", id ? `#stance-${id}` : `${location.pathname}${location.search}`);
    if (opts.scroll) root.scrollIntoView({ block: "start" });
  }

  /** Deselects; with `focus`, focus goes back to the mark that was selected, which keeps the tab stop. */
  function close(focus: boolean): void {
    choose(undefined, { history: true });
    if (!focus) return;
    quiet = true;
    (marks(visible()).find((a) => a.dataset.stance === active) ?? marks(visible())[0])?.focus();
    quiet = false;
  }

  root.addEventListener("click", (e) => {
    const a = markOf(e);
    if (!a) return;
    e.preventDefault();
    // Focus (on mousedown) may have selected it already; the address still has to follow.
    choose(a.dataset.stance, { history: location.hash !== `#stance-${a.dataset.stance}` });
  });
  root.addEventListener("focusin", (e) => {
    const a = markOf(e);
    if (a && !quiet && a.dataset.stance !== selected) choose(a.dataset.stance);
  });
  root.addEventListener("pointerover", (e) => {
    const a = markOf(e);
    if (a && (e as PointerEvent).pointerType === "mouse") details.show(a.dataset.stance);
  });
  root.addEventListener("pointerleave", () => details.show(selected));
  root.addEventListener("keydown", (e) => {
    const a = markOf(e);
    if (e.key === "Escape" && selected) {
      // From the mark or from inside the details, focus stays on (or returns to) the mark.
      close(!!a || panel.contains(document.activeElement));
      e.preventDefault();
      return;
    }
    if (!a) return;
    const links = marks(visible());
    const i = links.findIndex((l) => l.dataset.stance === a.dataset.stance);
    const next = arrowIndex(e.key, i, links.length);
    if (next === undefined) return;
    const target = links[next];
    choose(target?.dataset.stance);
    target?.focus();
    e.preventDefault();
  });

  // Deep links: #stance-<id> selects the stance; back and forward walk the selections.
  const fromHash = (scroll: boolean) => {
    const id = location.hash.match(STANCE_HASH)?.[1];
    if (id && template(id)) {
      // Fragment navigation opened the table to reach the row; the chart shows the stance instead.
      if (table) table.open = false;
      choose(id, { scroll });
    } else if (!location.hash) choose(undefined);
  };
  window.addEventListener("popstate", () => fromHash(false));
  window.addEventListener("hashchange", () => fromHash(true));

  sync();
  fromHash(true);
  // A deep link's fragment navigation may open the table after this script has run: until the reader has
  // done anything on the page, an opening is the browser's, and the chart shows the stance instead.
  if (selected && table) {
    table.addEventListener(
      "toggle",
      () => {
        if (table.open && !navigator.userActivation?.hasBeenActive) {
          table.open = false;
          root.scrollIntoView({ block: "start" });
        }
      },
      { once: true },
    );
  }
}

export function enhanceSanctionsCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-sanctions]")) enhance(root);
}
