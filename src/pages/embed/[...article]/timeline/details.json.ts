// The embed's event summaries, fetched the first time a reader opens an event (src/client/embed-page.ts).
// The embed page carries each event's title, date and a link to the explainer's words and sources; what
// happened, in our words, comes from here, so the first load stays small. Keyed by event id.

import type { APIRoute } from "astro";
import { type EmbedTarget, embedTargets } from "../../../../data/embeds";

export async function getStaticPaths() {
  return (await embedTargets()).map((t) => ({ params: { article: t.article }, props: t }));
}

export const GET: APIRoute<EmbedTarget> = ({ props }) => {
  const { events } = props.timeline;
  const body = Object.fromEntries(events.map((e) => [e.id, e.summary]));
  return new Response(`${JSON.stringify(body)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
