// What a newsroom pastes: an iframe that works alone, a plain link for hosts that strip iframes, and the
// optional loader that sizes the iframe to its content. Also the oEmbed answer, which carries the same
// snippet. Pure: URLs in, strings out.

import { escapeXml } from "../theme";

import type { Theme } from "./protocol";

export { MESSAGE, THEMES, type Theme } from "./protocol";

export interface EmbedOptions {
  theme?: Theme;
  /** Id of an event to open. */
  event?: string;
  /** With both: only the events that start between these days (included), YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** false hides the overview strip. */
  overview?: boolean;
}

/** The iframe's height when none is given; the site always gives the embed's own (src/data/embeds.ts embedHeight). */
export const DEFAULT_HEIGHT = 640;

/** The embed URL for a set of options; defaults are left out so the URL stays short. */
export function embedUrl(base: string, options: EmbedOptions = {}): string {
  const url = new URL(base);
  if (options.theme && options.theme !== "auto") url.searchParams.set("theme", options.theme);
  if (options.event) url.searchParams.set("event", options.event);
  if (options.from) url.searchParams.set("from", options.from);
  if (options.to) url.searchParams.set("to", options.to);
  if (options.overview === false) url.searchParams.set("overview", "0");
  return url.href;
}

export interface SnippetInput {
  embedUrl: string;
  articleUrl: string;
  loaderUrl: string;
  title: string;
  height?: number;
  /** The story's language and direction, for the title and the link in a host page of another language. */
  lang?: string;
  dir?: "ltr" | "rtl";
}

export function embedSnippet({
  embedUrl: src,
  articleUrl,
  loaderUrl,
  title,
  height = DEFAULT_HEIGHT,
  lang,
  dir,
}: SnippetInput): string {
  const language = lang ? ` lang="${escapeXml(lang)}"` : "";
  const direction = dir ? ` dir="${dir}"` : "";
  return [
    `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}"${language} loading="lazy" width="100%" height="${height}" style="width:100%;max-width:100%;border:0;frame-sizing:content-height" data-explainers-embed></iframe>`,
    `<p${language}${direction}><a href="${escapeXml(articleUrl)}">${escapeXml(title)}</a></p>`,
    `<script async src="${escapeXml(loaderUrl)}"></script>`,
  ].join("\n");
}

export interface OEmbedInput extends SnippetInput {
  providerName: string;
  providerUrl: string;
  thumbnailUrl?: string;
  thumbnailWidth?: number;
  thumbnailHeight?: number;
}

/** oEmbed 1.0, type "rich": https://oembed.com/#section2.3.4 */
export function oembed(input: OEmbedInput) {
  return {
    version: "1.0",
    type: "rich",
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    html: embedSnippet(input),
    width: 640,
    height: input.height ?? DEFAULT_HEIGHT,
    ...(input.thumbnailUrl && {
      thumbnail_url: input.thumbnailUrl,
      thumbnail_width: input.thumbnailWidth,
      thumbnail_height: input.thumbnailHeight,
    }),
  };
}
