// The embed page's own behaviour: options from the URL (allow-listed), its height posted to the host, and
// the host's request to open an event. The timeline itself is enhanced by src/scripts/timeline.ts.

import { readEmbedOptions } from "../lib/embed/options";
import { MESSAGE } from "../lib/embed/snippet";

const root = document.documentElement;
const ids = [...document.querySelectorAll<HTMLElement>("[data-event-details]")].map(
  (el) => el.dataset.eventDetails ?? "",
);
const options = readEmbedOptions(location.search, ids);

if (options.theme && options.theme !== "auto") root.dataset.theme = options.theme;
if (options.overview === false) root.classList.add("embed-no-overview");

/** Opens an event the way a deep link does, without adding a history entry to the host's back button. */
function open(id: string): void {
  history.replaceState(null, "", `#event-${id}`);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}
if (options.event) open(options.event);
if (options.from && options.to) {
  document
    .querySelector("[data-timeline]")
    ?.dispatchEvent(new CustomEvent("timeline:domain", { detail: { from: options.from, to: options.to } }));
}

// The host's loader sizes the iframe from this message; it checks where the message comes from.
if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: MESSAGE.height, height }, "*");
    (window as Window & { requestResize?: () => void }).requestResize?.();
  };
  new ResizeObserver(post).observe(root);
  post();

  window.addEventListener("message", (event) => {
    const data = event.data as { type?: unknown; event?: unknown } | null;
    if (event.source !== window.parent || !data || data.type !== MESSAGE.select) return;
    if (typeof data.event === "string" && ids.includes(data.event)) open(data.event);
  });
}
