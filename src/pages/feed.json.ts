// The JSON Feed of the newest explainers (src/lib/feeds/feed.ts), at /feed.json.
import type { APIRoute } from "astro";
import { feed } from "../data/feeds";
import { jsonFeed } from "../lib/feeds/feed";

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed(await feed(site)), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
