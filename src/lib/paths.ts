// Internal URLs that work at a domain root and under a sub-path (`astro build --base /explainer/`).

/** Joins the configured base and a site path: withBase("/articles/x/") → "/explainer/articles/x/". */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const b = base.endsWith("/") ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, "")}`;
}

export const articlePath = (slug: string) => withBase(`/articles/${slug}/`);
