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
