// The Embed control on the article page: rewrites the snippet the build wrote for the reader's choices (the
// theme, the event open in the timeline) and copies it, falling back to selecting the text where the clipboard
// is not available. The snippet itself is built once, at build time (src/lib/embed/snippet.ts): here only the
// iframe's address changes, by the same embedUrl() the build uses, so nothing else of the snippet's code ships.

import { embedUrl, type Theme } from "../lib/embed/snippet";
import { escapeXml } from "../lib/theme";
import { messagesOf, say } from "./say";

/** An address as it stands in the snippet's src="…" attribute, escaped as the build escapes it. */
const attribute = escapeXml;

export function enhanceEmbedControls(): void {
  for (const root of document.querySelectorAll<HTMLDetailsElement>("[data-embed-control]")) {
    const base = root.dataset.embedUrl;
    const textarea = root.querySelector<HTMLTextAreaElement>("[data-embed-snippet]");
    const theme = root.querySelector<HTMLSelectElement>("[data-embed-theme]");
    const copy = root.querySelector<HTMLButtonElement>("[data-embed-copy]");
    const status = root.querySelector<HTMLElement>("[data-embed-status]");
    const note = root.querySelector<HTMLElement>("[data-embed-event-note]");
    const options = root.querySelector<HTMLElement>("[data-embed-options]");
    if (!base || !textarea || !theme || !copy || !status) continue;
    const original = textarea.value;
    const said = messagesOf(root);
    const words = (name: string) => (said[name] ? say(said[name]) : "");
    const themes = [...theme.options].map((o) => o.value);

    const update = () => {
      const event = location.hash.match(/^#event-([a-z0-9-]+)$/)?.[1];
      const src = embedUrl(base, {
        ...(themes.includes(theme.value) ? { theme: theme.value as Theme } : {}),
        ...(event ? { event } : {}),
      });
      textarea.value = original.replace(`src="${attribute(base)}"`, `src="${attribute(src)}"`);
      if (note) note.textContent = event ? words("eventNote") : "";
      status.textContent = "";
    };
    root.addEventListener("toggle", update);
    theme.addEventListener("change", update);
    copy.addEventListener("click", async () => {
      update();
      try {
        await navigator.clipboard.writeText(textarea.value);
        status.textContent = words("copied");
      } catch {
        textarea.focus();
        textarea.select();
        status.textContent = words("selected");
      }
    });
    copy.hidden = false;
    if (options) options.hidden = false;
  }
}
