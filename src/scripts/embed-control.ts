// The Embed control on the article page: rebuilds the snippet for the reader's choices (theme, the event open
// in the timeline) and copies it, falling back to selecting the text where the clipboard is not available.

import { embedSnippet, embedUrl, THEMES, type Theme } from "../lib/embed/snippet";

export function enhanceEmbedControls(): void {
  for (const root of document.querySelectorAll<HTMLDetailsElement>("[data-embed-control]")) {
    const d = root.dataset;
    const textarea = root.querySelector<HTMLTextAreaElement>("[data-embed-snippet]");
    const theme = root.querySelector<HTMLSelectElement>("[data-embed-theme]");
    const copy = root.querySelector<HTMLButtonElement>("[data-embed-copy]");
    const status = root.querySelector<HTMLElement>("[data-embed-status]");
    const note = root.querySelector<HTMLElement>("[data-embed-event-note]");
    const options = root.querySelector<HTMLElement>("[data-embed-options]");
    if (!textarea || !theme || !copy || !status || !d.embedUrl || !d.articleUrl || !d.loaderUrl || !d.title) continue;
    const { embedUrl: base, articleUrl, loaderUrl, title } = d as Record<string, string>;

    const update = () => {
      const event = location.hash.match(/^#event-([a-z0-9-]+)$/)?.[1];
      const value = theme.value as Theme;
      const src = embedUrl(base, { theme: (THEMES as readonly string[]).includes(value) ? value : "auto", event });
      textarea.value = embedSnippet({ embedUrl: src, articleUrl, loaderUrl, title });
      if (note) note.textContent = event ? "It opens on the event you have selected." : "";
      status.textContent = "";
    };
    root.addEventListener("toggle", update);
    theme.addEventListener("change", update);
    copy.addEventListener("click", async () => {
      update();
      try {
        await navigator.clipboard.writeText(textarea.value);
        status.textContent = "Copied.";
      } catch {
        textarea.focus();
        textarea.select();
        status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy.";
      }
    });
    copy.hidden = false;
    if (options) options.hidden = false;
  }
}
