// The search page's script: loads Pagefind's index (src/integrations/search.ts) the first time the reader
// focuses or types in the field, searches on each input, and lists the results as links with their date
// and dek. A live status says how many were found. Nothing is loaded before the reader starts searching.
// Once a query's results are listed, the root's data-searched names it (what tests wait for: no clock).

import { RESULTS_PER_STEP } from "../lib/search/steps";
import { messagesOf, say } from "./say";

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

export function enhanceSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>("input[type=search]");
  const status = root.querySelector<HTMLElement>("[role=status]");
  const list = root.querySelector<HTMLOListElement>("ol");
  const more = root.querySelector<HTMLButtonElement>("button");
  const fallback = document.querySelector<HTMLElement>("[data-search-fallback]");
  if (!input || !status || !list || !more) return;
  const bundle = root.dataset.bundle ?? "/pagefind/";
  const said = messagesOf(root);
  const lang = root.dataset.lang ?? document.documentElement.lang;
  const words = (name: string, values: Record<string, string | number> = {}) =>
    said[name] ? say(said[name], values) : "";
  root.hidden = false;
  if (fallback) fallback.hidden = true;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (p: Pagefind) => {
      await p.init();
      return p;
    });
    return pagefind;
  };

  let latest = 0;
  let pending: PagefindResult[] = [];
  let total = 0;

  const item = (url: string, meta: Record<string, string | undefined>) => {
    const li = document.createElement("li");
    li.className = "archive-item";
    const h2 = document.createElement("h2");
    h2.className = "archive-title";
    const a = document.createElement("a");
    a.href = url;
    a.textContent = meta.title ?? url;
    // A story in another language than the page's is marked with its own, so it is read and laid out in it.
    if (meta.lang && meta.lang !== lang) {
      h2.lang = meta.lang;
      h2.dir = meta.dir ?? "auto";
    }
    h2.append(a);
    li.append(h2);
    if (meta.dek) {
      const p = document.createElement("p");
      p.className = "archive-dek";
      p.textContent = meta.dek;
      if (meta.lang && meta.lang !== lang) {
        p.lang = meta.lang;
        p.dir = meta.dir ?? "auto";
      }
      li.append(p);
    }
    if (meta.date && meta.dateLabel) {
      const p = document.createElement("p");
      p.className = "byline";
      const time = document.createElement("time");
      time.dateTime = meta.date;
      time.textContent = meta.dateLabel;
      p.append(time);
      li.append(p);
    }
    return li;
  };

  /** Lists the next step of results; returns the first new link, for focus after "Show more". */
  const showNext = async (run: number): Promise<HTMLAnchorElement | null> => {
    const step = pending.slice(0, RESULTS_PER_STEP);
    pending = pending.slice(RESULTS_PER_STEP);
    const data = await Promise.all(step.map((r) => r.data()));
    if (run !== latest) return null;
    const items = data.map((d) => item(d.url, d.meta));
    list.append(...items);
    const shown = list.children.length;
    const found = words("found", { n: total });
    status.textContent = shown < total ? words("shown", { n: shown, found }) : found;
    root.dataset.searched = input.value.trim();
    more.hidden = pending.length === 0;
    more.textContent = words("more", { n: Math.min(RESULTS_PER_STEP, pending.length) });
    return items[0]?.querySelector("a") ?? null;
  };

  const search = async () => {
    const run = ++latest;
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(history.state, "", url);
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = words("hint");
      return;
    }
    let p: Pagefind;
    try {
      if (!pagefind) status.textContent = words("loading");
      p = await load();
    } catch {
      status.textContent = words("failed");
      return;
    }
    const found = await p.search(query);
    if (run !== latest || !found) return;
    list.replaceChildren();
    pending = found.results;
    total = pending.length;
    if (total === 0) {
      more.hidden = true;
      status.textContent = words("none", { query });
      root.dataset.searched = query;
      return;
    }
    await showNext(run);
  };

  input.addEventListener("focus", () => void load().catch(() => {}), { once: true });
  input.addEventListener("input", () => void search());
  more.addEventListener("click", async () => {
    const first = await showNext(latest);
    first?.focus();
  });
  const initial = new URL(location.href).searchParams.get("q");
  if (initial) {
    input.value = initial;
    void search();
  }
}
