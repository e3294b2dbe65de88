// The text a draft leaves where only an editor can write: titles and summaries. The build refuses any title,
// summary, note or resolution (and a story's title or dek) that still holds the placeholder word anywhere in
// it, so a draft cannot be published by renaming it alone, nor a "(TODO check year)" an editor left behind.

export const PLACEHOLDER_PREFIX = "TODO";

export const TITLE_PLACEHOLDER = `${PLACEHOLDER_PREFIX}: a title under 60 characters`;
export const SUMMARY_PLACEHOLDER = `${PLACEHOLDER_PREFIX}: what happened, in your own words`;

/**
 * The placeholder word standing on its own, in capitals (TODO, TODO:, (TODO check), TODOs): "todo" inside a
 * word or a sentence of another language ("todo el día") is not one.
 */
const PLACEHOLDER_WORD = new RegExp(`(?<![\\p{L}\\p{N}_])${PLACEHOLDER_PREFIX}s?(?![\\p{L}\\p{N}_])`, "u");

/** How many characters of a long text are shown on each side of the placeholder. */
const AROUND = 30;

/**
 * What is wrong with a text that still holds a placeholder, or undefined when it holds none: the draft's own
 * placeholder is named as such; a placeholder anywhere else is shown with the words around it.
 */
export function placeholderProblem(text: string): string | undefined {
  const t = text.trim();
  if (t === TITLE_PLACEHOLDER || t === SUMMARY_PLACEHOLDER)
    return `still holds the draft's placeholder "${t}": write it`;
  const m = PLACEHOLDER_WORD.exec(t);
  if (!m) return undefined;
  // Whole words around it, about AROUND characters each side.
  const before = t.slice(0, m.index);
  const after = t.slice(m.index + m[0].length);
  const left = before.length > AROUND ? `…${before.slice(before.indexOf(" ", before.length - AROUND) + 1)}` : before;
  const cut = after.lastIndexOf(" ", AROUND);
  const right = after.length > AROUND && cut > 0 ? `${after.slice(0, cut)}…` : after;
  const shown = `${left}${m[0]}${right}`;
  return `still holds the placeholder ${m[0]} ("${shown}"): finish the text and remove the ${m[0]}`;
}
