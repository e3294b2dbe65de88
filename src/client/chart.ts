// The stance chart's own part of its enhancement (src/client/graphic.ts does the rest, as for the timeline):
// its items are the marks of the drawing the page shows, and a stance's details open in one panel under the
// chart, copied from the server-rendered template. Opened from the keyboard, focus moves into the panel,
// which reads once; Escape brings it back to the mark. A mouse pointer resting on a mark previews its stance in
// a card over the chart, which moves nothing and which Escape dismisses (WCAG 1.4.13). Without scripting,
// every mark still links to its row of the stances table.

import { control } from "./graphic";

function enhance(root: HTMLElement): void {
  const svgs = [...root.querySelectorAll<SVGSVGElement>("svg.sc-variant")];
  const found = root.querySelector<HTMLElement>("[data-details]");
  const table = root.querySelector<HTMLDetailsElement>("details.graphic-list");
  if (!found || svgs.length === 0) return;
  const panel: HTMLElement = found;
  const visible = () => svgs.find((s) => s.getClientRects().length > 0) ?? svgs[0];
  const marks = () => [...(visible()?.querySelectorAll<HTMLElement>("a.sc-mark") ?? [])];
  const template = (id: string) =>
    root.querySelector<HTMLTemplateElement>(`template[data-stance-details="${CSS.escape(id)}"]`);
  let open: string | undefined;
  let shownInPanel: string | undefined;

  /** Puts a stance's details in the panel (or empties it), named for the stance. */
  function fill(id: string | undefined): void {
    if (id === shownInPanel) return;
    shownInPanel = id;
    const source = id ? template(id)?.content.firstElementChild : undefined;
    panel.hidden = !source;
    if (!source) {
      panel.replaceChildren();
      return;
    }
    panel.className = `details-panel ${source.className}`;
    panel.replaceChildren(...[...source.children].map((c) => c.cloneNode(true)));
    // The words come from the page, in the story's language: "Details: {name}".
    const label = panel.dataset.detailsLabel ?? "Details: {name}";
    panel.setAttribute("aria-label", label.replace("{name}", panel.querySelector("h3")?.textContent ?? ""));
  }

  // A mark opens the panel only from now on: only now does it say so.
  for (const a of svgs.flatMap((svg) => [...svg.querySelectorAll<HTMLElement>("a.sc-mark")])) {
    a.setAttribute("aria-expanded", "false");
    a.setAttribute("aria-controls", panel.id);
  }
  // The mouse's preview: a card laid over the chart just under the mark (so the pointer can move onto it),
  // made here since only a script shows it. Its words are the stance's name, position, date and summary, which
  // opening the mark gives everyone (and assistive technology): hidden from it here, and with no link to reach.
  const frame = svgs[0]?.parentElement ?? root;
  const card = document.createElement("div");
  card.setAttribute("aria-hidden", "true");
  card.hidden = true;
  frame.append(card);
  let previewed: string | undefined;
  function preview(a: HTMLElement | undefined): void {
    const id = a?.dataset.stance;
    if (id === previewed) return;
    previewed = id;
    const source = id && id !== open ? template(id)?.content.firstElementChild : undefined;
    card.hidden = !source || !a;
    if (!source || !a) return;
    card.className = `sc-preview ${source.className}`;
    const words = source.querySelectorAll(":scope > h3, :scope > .sc-stance, .record-date, .record-summary");
    card.replaceChildren(...[...words].map((c) => c.cloneNode(true)));
    const f = frame.getBoundingClientRect();
    const m = a.getBoundingClientRect();
    const room = f.width - card.offsetWidth;
    const rtl = getComputedStyle(frame).direction === "rtl";
    card.style.top = `${m.bottom - f.top}px`;
    card.style.insetInlineStart = `${Math.max(0, Math.min(room, rtl ? f.right - m.right : m.left - f.left))}px`;
  }

  const graphic = control({
    root,
    prefix: "stance-",
    items: marks,
    idOf: (el) => el.dataset.stance ?? "",
    show: (id) => {
      open = id;
      fill(id);
      previewed = undefined;
      card.hidden = true;
      for (const svg of svgs) {
        for (const a of svg.querySelectorAll<HTMLElement>("a.sc-mark")) {
          a.setAttribute("aria-expanded", String(a.dataset.stance === id));
          a.classList.toggle("is-selected", a.dataset.stance === id);
        }
      }
    },
    shown: () => open,
    detailsOf: () => panel,
    reveal: () => panel.scrollIntoView({ block: "nearest" }),
  });

  // A mark is a link to its table row: with scripting, a click or Enter opens its details instead.
  root.addEventListener("click", (e) => {
    const a = (e.target as Element).closest<HTMLElement>("a.sc-mark");
    if (!a) return;
    e.preventDefault();
    const id = a.dataset.stance ?? "";
    if (open === id) graphic.close();
    else {
      graphic.open(id);
      // From the keyboard (a click with no pointer position), focus goes to the details, which read once.
      if (e.detail === 0) panel.focus();
    }
  });
  // A mouse pointer moved onto a mark previews its stance, until it moves onto another mark or leaves the
  // chart; it may rest on the card. On a move, not on pointerover: a scroll (the panel coming into view) slides
  // marks under a still pointer, and that must not preview anything. Escape hides the card until the pointer
  // moves to another mark.
  root.addEventListener("pointermove", (e) => {
    const a = (e.target as Element).closest<HTMLElement>("a.sc-mark");
    if (a && e.pointerType === "mouse") preview(a);
  });
  root.addEventListener("pointerleave", () => preview(undefined));
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !card.hidden) card.hidden = true;
  });

  // A deep link's fragment (#stance-<id>) points into the closed table: until the reader has done anything,
  // an opening of the table is the browser's, and the chart shows the stance instead.
  if (open && table) {
    table.open = false;
    table.addEventListener(
      "toggle",
      () => {
        if (table.open && !navigator.userActivation?.hasBeenActive) table.open = false;
      },
      { once: true },
    );
  }
}

export function enhanceStanceCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>("[data-stances]")) enhance(root);
}
