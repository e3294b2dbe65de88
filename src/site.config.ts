// The site's own settings, one place for each: its name, and the language of its own pages (the home page,
// the archive, the search, 404). A story's pages follow the story's language (its .meta.yaml `lang`).

export const SITE = {
  name: "Explainers",
  /** A BCP 47 tag; a catalogue of src/i18n/catalogues/ gives the site's words in it. */
  lang: "en",
} as const;
