// Zoom and pan of a time domain by wheel (with Ctrl or Cmd, as trackpad pinches arrive), drag, two-finger
// pinch and buttons, with Pointer Events. d3-zoom does this too, but it brings d3-transition, d3-interpolate
// and d3-color: 18 KB gzipped alone, more than the timeline's whole budget.

export interface TimeZoom {
  /** Zooms by factor k (>1 in) about the middle of the view. */
  scaleBy(k: number): void;
  reset(): void;
  /** Pans, keeping the zoom, so the view is centred on `date`. */
  panTo(date: Date): void;
  /** Shows `domain`, as far as the limits allow (never beyond the full domain, nor zoomed in past maxK). */
  show(domain: readonly [Date, Date]): void;
  /** Handles a wheel, pointerdown, pointerup or pointercancel event that came before this zoom existed. */
  replay(event: Event): void;
}

/**
 * `el` receives the gestures; `pixelsToDomain()` is the width in px the full domain spans; `onChange` gets
 * every new domain. The view never leaves `full` nor zooms out past it, nor in past `maxK`.
 */
export function timeZoom(
  el: Element,
  full: readonly [Date, Date],
  pixelsToDomain: () => { x0: number; width: number },
  onChange: (domain: [Date, Date]) => void,
  maxK = 24,
): TimeZoom {
  const t0 = full[0].getTime();
  const span = full[1].getTime() - t0;
  let start = t0;
  let k = 1;

  const apply = (nextStart: number, nextK: number) => {
    k = Math.min(maxK, Math.max(1, nextK));
    const view = span / k;
    start = Math.min(t0 + span - view, Math.max(t0, nextStart));
    onChange([new Date(start), new Date(start + view)]);
  };
  /** The time under a client x, in the current view. */
  const timeAt = (clientX: number) => {
    const { x0, width } = pixelsToDomain();
    return start + ((clientX - x0) / width) * (span / k);
  };
  const zoomAbout = (clientX: number, factor: number) => {
    const t = timeAt(clientX);
    const nextK = Math.min(maxK, Math.max(1, k * factor));
    const { x0, width } = pixelsToDomain();
    apply(t - ((clientX - x0) / width) * (span / nextK), nextK);
  };

  const onWheel = (e: Event) => {
    const w = e as WheelEvent;
    if (w.ctrlKey || w.metaKey) {
      w.preventDefault();
      zoomAbout(w.clientX, Math.exp(-w.deltaY * (w.deltaMode === 1 ? 0.05 : 0.002)));
    } else if (Math.abs(w.deltaX) > Math.abs(w.deltaY) && k > 1) {
      w.preventDefault();
      apply(start + (w.deltaX / pixelsToDomain().width) * (span / k), k);
    }
  };
  el.addEventListener("wheel", onWheel, { passive: false });

  // Drag pans; two pointers pinch. A press that does not move stays a click (it selects an event).
  const pointers = new Map<number, number>();
  let last: { x: number; distance?: number } | undefined;
  let moved = false;
  const onPointerDown = (e: Event) => {
    const p = e as PointerEvent;
    pointers.set(p.pointerId, p.clientX);
    last = undefined;
    moved = false;
  };
  el.addEventListener("pointerdown", onPointerDown);
  el.addEventListener("pointermove", (e) => {
    const p = e as PointerEvent;
    if (!pointers.has(p.pointerId)) return;
    pointers.set(p.pointerId, p.clientX);
    const xs = [...pointers.values()];
    const x = xs.reduce((a, b) => a + b, 0) / xs.length;
    const distance = xs.length > 1 ? Math.abs((xs[0] ?? 0) - (xs[1] ?? 0)) : undefined;
    if (last && (moved || Math.abs(x - last.x) > 3 || distance !== undefined)) {
      if (!moved) (el as Element & { setPointerCapture(id: number): void }).setPointerCapture(p.pointerId);
      moved = true;
      const { width } = pixelsToDomain();
      if (distance !== undefined && last.distance) zoomAbout(x, distance / last.distance);
      apply(start - ((x - last.x) / width) * (span / k), k);
    }
    last = { x, distance };
  });
  const end = (e: Event) => {
    pointers.delete((e as PointerEvent).pointerId);
    last = undefined;
  };
  // On the window: a finger lifted over a mark that a redraw has since removed never reaches `el`.
  window.addEventListener("pointerup", end);
  window.addEventListener("pointercancel", end);
  // A drag must not end in a click that selects the event it started on.
  el.addEventListener(
    "click",
    (e) => {
      if (moved) {
        e.preventDefault();
        e.stopPropagation();
        moved = false;
      }
    },
    true,
  );

  return {
    scaleBy: (factor) => {
      const { x0, width } = pixelsToDomain();
      zoomAbout(x0 + width / 2, factor);
    },
    reset: () => apply(t0, 1),
    panTo: (date) => apply(date.getTime() - span / k / 2, k),
    show: ([d0, d1]) => {
      const view = d1.getTime() - d0.getTime();
      if (view > 0) apply(d0.getTime(), span / view);
    },
    replay: (event) => {
      if (event.type === "wheel") onWheel(event);
      else if (event.type === "pointerdown") onPointerDown(event);
      else if (event.type === "pointerup" || event.type === "pointercancel") end(event);
    },
  };
}
