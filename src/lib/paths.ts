// Internal URLs that work at a domain root and under a sub-path (`astro build --base /explainer/`).

/** Joins the configured base and a site path: withBase("/articles/x/") → "/explainer/articles/x/". */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}

export const articlePath = (slug: string) => withBase(`/articles/${slug}/`);

/** A document title within the 70 characters search results show: the site name when it fits, else cut at a word. */
export function documentTitle(title: string, site: string, max = 70): string {
  const full = `${title} · ${site}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" "))}…`;
}

/** Where a title may be cut: before a space or punctuation, so the words kept are whole. */
const BETWEEN_WORDS = /[\s,;:.!?–—]/u;

/**
 * "<title> · <site>" within the same 70 characters, the title cut after a whole word, with an ellipsis, when
 * it must be: for pages whose titles must all read alike whatever the story (the data pages), where
 * documentTitle would drop the site's name for some stories and not others. `measure` counts a candidate as
 * the limit does (see sourceLength).
 */
export function namedTitle(title: string, site: string, max = 70, measure = (s: string) => s.length): string {
  const suffix = ` · ${site}`;
  const whole = `${title}${suffix}`;
  if (measure(whole) <= max) return whole;
  for (let end = title.length - 1; end > 0; end--) {
    if (!BETWEEN_WORDS.test(title.charAt(end))) continue;
    const head = title.slice(0, end).replace(/[\s,;:–—-]+$/u, "");
    if (head && measure(`${head}…${suffix}`) <= max) return `${head}…${suffix}`;
  }
  // One word longer than the room: cut it where the room ends.
  let end = title.length - 1;
  while (end > 1 && measure(`${title.slice(0, end)}…${suffix}`) > max) end--;
  return `${title.slice(0, end)}…${suffix}`;
}

const ESCAPED: Record<string, number> = { "&": 5, "<": 4, ">": 4, "'": 5, '"': 6 };
/**
 * The length of text as the page's source holds it, each character Astro escapes counted as its entity
 * ("&" is "&amp;"): html-validate's long-title rule counts a <title>'s source text, entities and all.
 */
export const sourceLength = (text: string) => [...text].reduce((n, c) => n + (ESCAPED[c] ?? 1), 0);
