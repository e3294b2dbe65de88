// The fact base of each article as downloads at stable URLs: events.json, events.csv, stances.json, stances.csv.

import { getCollection } from "astro:content";
import type { APIRoute, GetStaticPaths } from "astro";
import { getFacts } from "../../../data/facts";
import { storyFormat } from "../../../data/language";
import {
  type DownloadContext,
  EVENT_COLUMNS,
  eventRow,
  STANCE_COLUMNS,
  stanceRow,
  toCsv,
  toJson,
} from "../../../lib/facts/downloads";
import { articlePath } from "../../../lib/paths";

export const getStaticPaths = (async () => {
  const paths = [];
  for (const article of await getCollection("articles")) {
    const facts = await getFacts(article.id);
    const kinds = (["events", "stances"] as const).filter((k) => facts[k].length > 0);
    for (const kind of kinds) {
      for (const format of ["json", "csv"] as const) {
        paths.push({
          params: { slug: article.id, download: `${kind}.${format}` },
          props: { article, facts, kind, format },
        });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]["props"];

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { article, facts, kind, format } = props;
  const ctx: DownloadContext = {
    articleUrl: new URL(articlePath(article.id), site).href,
    articleTitle: article.data.title,
    vocabulary: facts.vocabulary,
    fmt: storyFormat(article),
  };
  if (format === "json") {
    return new Response(toJson(kind, facts[kind], ctx), {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
  }
  const body =
    kind === "events"
      ? toCsv(
          EVENT_COLUMNS,
          facts.events.map((e) => eventRow(e, ctx)),
        )
      : toCsv(
          STANCE_COLUMNS,
          facts.stances.map((s) => stanceRow(s, ctx)),
        );
  return new Response(body, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
