// The search's records, one per story, for src/integrations/search.ts to index with Pagefind once the build
// is done; the integration removes this file, so the site publishes the index, not a dump of every story.
import type { APIRoute } from "astro";
import { searchRecords } from "../../data/search";

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchRecords()));
