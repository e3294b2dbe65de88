// Where readers find every explainer: the archive's index and pages, and the search.

import { withBase } from "../paths";

/** The archive's index (`/archive/`) or one of its pages (`/archive/3/`). */
export const archivePath = (page?: number, base?: string) =>
  withBase(page === undefined ? "/archive/" : `/archive/${page}/`, base);
export const searchPath = (base?: string) => withBase("/search/", base);
