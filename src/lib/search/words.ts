// What the search says, in one place: the live status a screen reader hears after each query, and the words
// around the results. Shared by the search page (src/pages/search/index.astro) and its script.

export const words = {
  title: "Search",
  description: "Find an explainer by a word of its title or dek, an event, a person or a country.",
  label: "Search titles, events, people and countries",
  hint: "Type a word: a title, an event, a person or a country.",
  loading: "Loading the search…",
  failed: "The search could not load. Every explainer is in the archive.",
  noScript:
    "The search runs in your browser and needs JavaScript. Every explainer is also in the archive, newest first:",
  archive: "Browse the archive",
  more: (n: number) => `Show ${n} more`,
  found: (count: number, shown: number) => {
    const found = count === 1 ? "1 explainer found" : `${count.toLocaleString("en")} explainers found`;
    return shown < count ? `${found}, the first ${shown.toLocaleString("en")} shown` : found;
  },
  none: (query: string) => `No explainer found for “${query}”`,
};

/** How many results are listed at once; "Show more" lists as many again. */
export const RESULTS_PER_STEP = 20;
