/* Explainers embed loader (optional). Keeps each <iframe data-explainers-embed> as tall as its content, and
   lets links on the host page open an event in an embed: <a href="…" data-explainers-event="us-strike"
   data-explainers-target="iframe-id">. It accepts a height only from one of its iframes' own windows, from
   exactly that iframe's origin, in the expected shape; it does nothing else. */
(function () {
  "use strict";
  if (window.__explainersEmbedLoader) return;
  window.__explainersEmbedLoader = true;
  var HEIGHT = "explainers:embed-height";
  var SELECT = "explainers:embed-select";
  var SELECTOR = "iframe[data-explainers-embed]";

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== HEIGHT) return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 50 || height > 20000) return;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (event.source === frame.contentWindow && event.origin === originOf(frame)) {
        frame.style.height = Math.ceil(height) + "px";
        return;
      }
    }
  });

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("[data-explainers-event]") : null;
    if (!link) return;
    var id = link.getAttribute("data-explainers-event");
    var targetId = link.getAttribute("data-explainers-target");
    var frame = targetId ? document.getElementById(targetId) : document.querySelector(SELECTOR);
    var origin = frame && frame.matches(SELECTOR) ? originOf(frame) : null;
    if (!origin || !/^[a-z0-9-]{1,80}$/.test(id || "")) return;
    event.preventDefault();
    frame.contentWindow.postMessage({ type: SELECT, event: id }, origin);
    frame.scrollIntoView({ block: "nearest" });
  });
})();
