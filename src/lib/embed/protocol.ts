// The embed's protocol with its host: message types and allowed themes. No imports, so the embed page's
// script and the snippet builder share it without pulling anything else in.

/** The message the embed page posts to its parent, and the one a host may post to the embed. */
export const MESSAGE = { height: "explainers:embed-height", select: "explainers:embed-select" } as const;

/** Options an embed URL may carry; every other query parameter is ignored by the embed page. */
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
