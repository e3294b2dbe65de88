// The one controller of every graphic's items (the timeline's events, the chart's marks): a single tab stop
// that arrow keys, Home and End move through, Enter or a click to open an item's details and Escape to close
// them (focus stays on, or returns to, the item), the open item in the address (#event-<id>) with history
// (replaced, not pushed, inside an embed, whose host owns the back button), links to an item from anywhere
// on the page, the keys told in the items' description once they work, and a `data-ready` mark once all of
// it listens. Each graphic says only what is its own: its
// items, how its details open and close. Left and right follow the reading direction where the key is
// pressed (src/client/keys.ts).

import { arrowIndex } from "./keys";

export interface GraphicAdapter {
  root: HTMLElement;
  /** The focusable element of every item, in reading order (the order the arrow keys follow). */
  items(): HTMLElement[];
  /** The id an item answers to in the address: `#${prefix}${id}`. */
  idOf(item: HTMLElement): string;
  prefix: string;
  /** Opens an item's details (closing any other) or, with undefined, closes them all. */
  show(id: string | undefined): void;
  /** The item whose details are open, if any. */
  shown(): string | undefined;
  /** Where an item's details are, so Escape from inside them returns to the item. */
  detailsOf(id: string): HTMLElement | null;
  /** Scrolls an opened item and its details into view, as little as needed. */
  reveal?(id: string): void;
}

/** In an iframe, history entries would land in the host page's session history. */
const embedded = (() => {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
})();

export interface Graphic {
  /** Opens an item as a link or the host would: in the address, in view. */
  open(id: string): void;
  close(): void;
  /** Tells the controller the details opened or closed by themselves (a native disclosure's toggle). */
  toggled(): void;
}

export function control(a: GraphicAdapter): Graphic {
  const hashOf = (id: string | undefined) => (id ? `#${a.prefix}${id}` : "");
  const pattern = new RegExp(`^#${a.prefix}([a-z0-9-]+)$`);
  const idFromHash = () => location.hash.match(pattern)?.[1];
  const itemOf = (id: string | undefined, items = a.items()) => items.find((el) => a.idOf(el) === id);
  const known = (id: string | undefined): id is string => !!itemOf(id);
  let active: string | undefined;

  /** The graphic's one tab stop: the open item, else the one last focused, else the first. */
  function sync(items = a.items()): void {
    const stop = itemOf(a.shown(), items) ?? itemOf(active, items) ?? items[0];
    for (const el of items) el.tabIndex = el === stop ? 0 : -1;
  }

  function address(id: string | undefined): void {
    const hash = hashOf(id);
    if (location.hash === hash) return;
    const url = hash || `${location.pathname}${location.search}`;
    history[embedded ? "replaceState" : "pushState"](null, "", url);
  }

  function focusItem(id: string | undefined): void {
    const el = itemOf(id);
    if (el && document.activeElement !== el) el.focus({ preventScroll: false });
  }

  function set(id: string | undefined, opts: { history?: boolean; reveal?: boolean } = {}): void {
    if (id) active = id;
    if (a.shown() !== id) a.show(id);
    sync();
    if (opts.history) address(id);
    if (id && opts.reveal) a.reveal?.(id);
  }

  a.root.addEventListener("keydown", (e) => {
    const item = (e.target as Element).closest<HTMLElement>("[data-item]");
    const items = a.items();
    const inItem = item && items.includes(item);
    if (e.key === "Escape") {
      const open = a.shown();
      if (!open) return;
      const fromDetails = a.detailsOf(open)?.contains(e.target as Node);
      if (!inItem && !fromDetails) return;
      set(undefined, { history: true });
      focusItem(open);
      e.preventDefault();
      return;
    }
    if (!inItem || !item || e.altKey || e.ctrlKey || e.metaKey) return;
    // The item's own direction, read when the key is pressed: the page's (its dir, inherited), or the
    // direction a drawing was laid out in (a chart's <svg direction>), so ← and → go where the items stand.
    const rtl = getComputedStyle(item).direction === "rtl";
    const next = arrowIndex(e.key, items.indexOf(item), items.length, { rtl });
    if (next === undefined) return;
    const target = items[next];
    if (target) {
      active = a.idOf(target);
      sync(items);
      target.focus();
    }
    e.preventDefault();
  });
  a.root.addEventListener("focusin", (e) => {
    const item = (e.target as Element).closest<HTMLElement>("[data-item]");
    const items = a.items();
    if (item && items.includes(item)) {
      active = a.idOf(item);
      sync(items);
    }
  });

  // Links to an item from anywhere on the page (the paragraph markers) open it in place.
  document.addEventListener("click", (e) => {
    const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || e.defaultPrevented || e.button !== 0) return;
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const url = new URL(link.href, location.href);
    const id = url.hash.match(pattern)?.[1];
    if (url.pathname !== location.pathname || !known(id) || a.root.contains(link)) return;
    e.preventDefault();
    set(id, { history: true, reveal: true });
    focusItem(id);
  });

  // Back and forward walk the opened items. A traversal fires popstate and then, when the fragment differs,
  // hashchange: only the first counts.
  const fromHash = (reveal: boolean) => {
    const id = idFromHash();
    if (known(id)) set(id, { reveal });
    else if (!location.hash || location.hash.startsWith(`#${a.prefix}`)) set(undefined);
  };
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

  // The keys work from now on: only now are they told, first, in the description of what holds the items
  // (each element marked data-keys names its keys' paragraph), so a page without scripting never tells them.
  for (const el of a.root.querySelectorAll<HTMLElement>("[data-keys]")) {
    el.setAttribute("aria-describedby", `${el.dataset.keys} ${el.getAttribute("aria-describedby")}`);
  }
  sync();
  fromHash(true);
  // The browser's own scroll to the fragment can come after this script has run (at load, to the element
  // the fragment names, which may be a table row in a closed list): once the page has loaded, show the item
  // and its details again.
  if (idFromHash() && document.readyState !== "complete") {
    window.addEventListener("load", () => fromHash(true), { once: true });
  }
  a.root.dataset.ready = "";
  return {
    open: (id) => {
      if (known(id)) set(id, { history: true, reveal: true });
    },
    close: () => set(undefined, { history: true }),
    toggled: () => {
      const id = a.shown();
      if (id) active = id;
      sync();
      address(id);
    },
  };
}
