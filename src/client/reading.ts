// Reading and timeline linked, on the article page: the events of the paragraph in the middle of the screen
// are highlighted in the timeline as the reader scrolls, and none while that paragraph supports no event.

export function followReading(): void {
  const paragraphs = [...document.querySelectorAll<HTMLElement>("p[data-events]")];
  const items = [...document.querySelectorAll<HTMLElement>("[data-timeline] li[data-event]")];
  if (!("IntersectionObserver" in window) || paragraphs.length === 0 || items.length === 0) return;
  const inMiddle = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) inMiddle.add(e.target as HTMLElement);
        else inMiddle.delete(e.target as HTMLElement);
      }
      const p = paragraphs.filter((x) => inMiddle.has(x)).at(-1);
      const current = new Set((p?.dataset.events ?? "").split(" ").filter(Boolean));
      for (const li of items) li.classList.toggle("is-current", current.has(li.dataset.event ?? ""));
    },
    { rootMargin: "-45% 0px -45% 0px" },
  );
  for (const p of paragraphs) observer.observe(p);
}
