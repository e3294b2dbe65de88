// The text a draft leaves where only an editor can write: titles and summaries. The build refuses any title
// or summary that still starts with the prefix, so a draft cannot be published by renaming it alone.

export const PLACEHOLDER_PREFIX = "TODO";

export const TITLE_PLACEHOLDER = `${PLACEHOLDER_PREFIX}: a title under 60 characters`;
export const SUMMARY_PLACEHOLDER = `${PLACEHOLDER_PREFIX}: what happened, in your own words`;
