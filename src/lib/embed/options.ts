// Reads an embed page's query string against an allow-list. Anything unknown or malformed is ignored and
// the default kept: nothing from the URL ever reaches the page except values equal to allowed ones.

import { THEMES, type Theme } from "./protocol";
import type { EmbedOptions } from "./snippet";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}

/** `eventIds` are the events the page has; `search` is location.search. */
export function readEmbedOptions(search: string, eventIds: readonly string[]): EmbedOptions {
  const q = new URLSearchParams(search);
  const options: EmbedOptions = {};
  const theme = q.get("theme");
  if (theme && (THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
  const event = q.get("event");
  if (event && eventIds.includes(event)) options.event = event;
  const from = q.get("from");
  const to = q.get("to");
  if (from && to && isDay(from) && isDay(to) && from < to) Object.assign(options, { from, to });
  const overview = q.get("overview");
  if (overview === "0" || overview === "1") options.overview = overview === "1";
  return options;
}
