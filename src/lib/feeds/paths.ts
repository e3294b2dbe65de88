// Where the feeds are published: the Atom feed and the JSON Feed of the newest explainers.

import { withBase } from "../paths";

export const feedPaths = (base?: string) => ({
  atom: withBase("/feed.xml", base),
  json: withBase("/feed.json", base),
});
