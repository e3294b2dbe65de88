// The Atom feed of the newest explainers (src/lib/feeds/feed.ts), at /feed.xml.
import type { APIRoute } from "astro";
import { feed } from "../data/feeds";
import { atomFeed } from "../lib/feeds/feed";

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await feed(site)), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
