// The embed page's own behaviour: options from the URL (allow-listed), its height posted to the host, and
// the host's request to open an event. Runs before the timeline is enhanced (src/client/timeline.ts), so
// the events the options leave out are never items, and ?event= opens as a deep link does.

import { readEmbedOptions } from "../lib/embed/options";
import { MESSAGE } from "../lib/embed/protocol";

export function embedPage(): void {
  const root = document.documentElement;
  const events = [...document.querySelectorAll<HTMLElement>("li[data-event]")];
  const ids = events.map((el) => el.dataset.event ?? "");
  const options = readEmbedOptions(location.search, ids);

  if (options.theme && options.theme !== "auto") root.dataset.theme = options.theme;
  if (options.overview === false) root.classList.add("embed-no-overview");
  // from/to: only the events that start on those days (both included); periods left empty go too.
  if (options.from && options.to) {
    const from = options.from;
    const to = options.to;
    for (const li of events) {
      const day = li.dataset.start ?? "";
      li.hidden = day < from || day > to;
    }
    for (const period of document.querySelectorAll<HTMLElement>("li[data-period]")) {
      period.hidden = !period.querySelector("li[data-event]:not([hidden])");
    }
    // The build's column starts were chosen for every event: for some of them, the browser balances.
    for (const list of document.querySelectorAll("[data-columns]")) list.removeAttribute("data-columns");
  }

  // The events' summaries, beside the page (details.json), fetched the first time any event opens.
  let fetching = false;
  const fill = () => {
    if (fetching) return;
    fetching = true;
    fetch(new URL("details.json", location.href))
      .then((r): Promise<Record<string, string>> | Record<string, string> => (r.ok ? r.json() : {}))
      .then((texts) => {
        for (const li of events) {
          const p = li.querySelector<HTMLElement>("[data-summary]");
          const text = texts[li.dataset.event ?? ""];
          if (p && text) {
            p.textContent = text;
            p.hidden = false;
          }
        }
      })
      .catch(() => {
        // Offline or blocked: each event keeps its date and its link to the explainer; the next opening tries again.
        fetching = false;
      });
  };
  document.addEventListener("toggle", (e) => (e.target as HTMLDetailsElement).open && fill(), true);

  /** Opens an event the way a deep link does, without adding a history entry to the host's back button. */
  function open(id: string): void {
    history.replaceState(null, "", `#event-${id}`);
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  }
  if (options.event) open(options.event);

  // The host's loader sizes the iframe from this message; it checks where the message comes from.
  if (window.parent !== window) {
    let last = 0;
    const post = () => {
      const height = Math.ceil(root.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: MESSAGE.height, height }, "*");
      // Native content-sized iframes (CSS frame-sizing), where the browser has them; the message covers the rest.
      try {
        (window as Window & { requestResize?: () => void }).requestResize?.();
      } catch {
        // Not available for this document (the host did not opt in): the message alone sizes the iframe.
      }
    };
    new ResizeObserver(post).observe(root);
    post();

    window.addEventListener("message", (event) => {
      const data = event.data as { type?: unknown; event?: unknown } | null;
      if (event.source !== window.parent || !data || data.type !== MESSAGE.select) return;
      if (typeof data.event === "string" && ids.includes(data.event)) open(data.event);
    });
  }
}
