/* Explainers embed loader (optional). Keeps each <iframe data-explainers-embed> as tall as its content, and
   lets links on the host page open an event in an embed: <a href="…" data-explainers-event="us-strike"
   data-explainers-target="iframe-id">. It accepts a height only from one of its iframes' own windows, from
   exactly that iframe's origin, in the expected shape; it does nothing else. */
(() => {
  if (window.__explainersEmbedLoader) return;
  window.__explainersEmbedLoader = true;
  const HEIGHT = "explainers:embed-height";
  const SELECT = "explainers:embed-select";
  const FRAMES = "iframe[data-explainers-embed]";

  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  };

  window.addEventListener("message", (event) => {
    const data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT) return;
    const { height } = data;
    if (typeof height !== "number" || !Number.isFinite(height) || height < 50 || height > 20000) return;
    for (const frame of document.querySelectorAll(FRAMES)) {
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });

  document.addEventListener("click", (event) => {
    const link = event.target?.closest?.("[data-explainers-event]");
    if (!link) return;
    const id = link.getAttribute("data-explainers-event") ?? "";
    const targetId = link.getAttribute("data-explainers-target");
    const frame = targetId ? document.getElementById(targetId) : document.querySelector(FRAMES);
    const origin = frame?.matches(FRAMES) ? originOf(frame) : null;
    if (!origin || !/^[a-z0-9-]{1,80}$/.test(id)) return;
    event.preventDefault();
    frame.contentWindow.postMessage({ type: SELECT, event: id }, origin);
    frame.scrollIntoView({ block: "nearest" });
  });
})();
