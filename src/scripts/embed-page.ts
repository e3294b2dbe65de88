// The embed page's own behaviour: options from the URL (allow-listed), its height posted to the host, and
// the host's request to open an event. The timeline itself is enhanced by src/scripts/timeline.ts.

import { readEmbedOptions } from "../lib/embed/options";
import { MESSAGE } from "../lib/embed/protocol";

const root = document.documentElement;
const ids = [...document.querySelectorAll<HTMLElement>("[data-event-details]")].map(
  (el) => el.dataset.eventDetails ?? "",
);
const options = readEmbedOptions(location.search, ids);

if (options.theme && options.theme !== "auto") root.dataset.theme = options.theme;
if (options.overview === false) {
  root.classList.add("embed-no-overview");
  // Crop each drawing to its detail band, so the frame does not keep the hidden overview's height.
  for (const svg of document.querySelectorAll<SVGSVGElement>("svg.tl-variant")) {
    const band = svg.querySelector<SVGGElement>("g.tl-detail");
    const [, , w = 0, h = 0] = (svg.getAttribute("viewBox") ?? "").split(" ").map(Number);
    const top = Math.max(0, Number(band?.dataset.titleY ?? 0));
    svg.setAttribute("viewBox", `0 ${top} ${w} ${h - top}`);
    svg.setAttribute("height", String(h - top));
  }
}

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
