// The one details panel of every graphic: shows a copy of a record's server-rendered details (from the
// graphic's list or table, which holds them for readers without JavaScript) in a polite live region.

export interface DetailsPanel {
  show(id: string | undefined): void;
}

/**
 * `panel` is the live region; `sourceFor(id)` finds the element whose children are the record's details;
 * `onClose` runs when the reader presses the panel's Close button.
 */
export function detailsPanel(
  panel: HTMLElement,
  sourceFor: (id: string) => Element | null,
  onClose: () => void,
): DetailsPanel {
  let shown: string | undefined;
  return {
    show(id) {
      if (id === shown) return;
      shown = id;
      const source = id ? sourceFor(id) : null;
      if (!source) {
        panel.hidden = true;
        panel.replaceChildren();
        return;
      }
      const close = document.createElement("button");
      close.type = "button";
      close.className = "details-close";
      close.textContent = "Close";
      close.addEventListener("click", onClose);
      panel.className = `details-panel ${source.className}`;
      // Copies carry no ids, so the page never holds two elements with one id.
      const copies = [...source.children].map((c) => c.cloneNode(true) as Element);
      for (const c of copies) for (const el of [c, ...c.querySelectorAll("[id]")]) el.removeAttribute("id");
      panel.replaceChildren(close, ...copies);
      panel.hidden = false;
    },
  };
}
