// The few sentences a page's script writes (the search's count, the Embed control's status) in the page's
// language: the build hands each message over already parsed (src/i18n, `messages().client`) as its runs of
// text, its {arguments} and, for a count, its plural forms; here the platform's Intl.PluralRules picks the
// form and Intl.NumberFormat writes the number. No message parser ships to the reader.

/** A run of a message: text, an argument by name, or the plural's count (ICU's #). */
export type ClientPart = string | { arg: string } | { count: true };

/**
 * A message: the locale it is said in (the page's, or English's for a message its catalogue lacks), and its
 * runs, or the runs of each plural form (=0, one, two, few, many, other) of its `plural` argument.
 */
export type ClientMessage = { locale: string } & (
  | { parts: ClientPart[] }
  | { plural: string; forms: Record<string, ClientPart[]> }
);

/** A message's words, its arguments filled in: numbers and the plural form in the message's own locale. */
export function say(message: ClientMessage, values: Record<string, string | number> = {}): string {
  const { locale } = message;
  const number = (v: string | number) => (typeof v === "number" ? new Intl.NumberFormat(locale).format(v) : v);
  let parts: ClientPart[] = [];
  let n = 0;
  if ("parts" in message) parts = message.parts;
  else {
    n = Number(values[message.plural] ?? 0);
    const forms = message.forms;
    parts = forms[`=${n}`] ?? forms[new Intl.PluralRules(locale).select(n)] ?? forms.other ?? [];
  }
  return parts.map((p) => (typeof p === "string" ? p : "arg" in p ? number(values[p.arg] ?? "") : number(n))).join("");
}

/** The messages a page's build wrote into an element's data-messages attribute, by name. */
export function messagesOf(el: HTMLElement): Record<string, ClientMessage> {
  try {
    return JSON.parse(el.dataset.messages ?? "{}") as Record<string, ClientMessage>;
  } catch {
    return {};
  }
}
