// A story's own vocabulary: the categories of its events, the groups of countries it names, and what its
// stances are about (the question, the ordered positions and the words for each). Declared by the editor in
// the story's files, never in code, so every page built from the data speaks of that story alone.

import { z } from "astro/zod";
import { titleFromSlug } from "../article/meta";
import { countryName, countryProblem } from "./countries";
import { checkFields, type FieldSpec, RecordProblems } from "./problems";

/** How many categories (and stance positions) one palette tells apart: src/lib/theme.ts has their styles. */
export const MAX_CATEGORIES = 8;
export const MAX_POSITIONS = 6;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_HINT = "lower case letters, digits and hyphens, e.g. minister-resigns";
export const idSchema = z.string().regex(ID_PATTERN, `must be ${ID_HINT}`);
export const textSchema = z.string().trim().min(1);

export interface Category {
  id: string;
  label: string;
  /** Its style in the palette, 1 to MAX_CATEGORIES, by the order the story declares it in. */
  slot: number;
}

export interface Group {
  code: string;
  name: string;
  members: string[];
}

/** Stance values every story has besides its own positions. */
export const RESERVED_STANCES = ["not-reported", "target"] as const;

/** The words of a stance: its position's label, or the story's words for not reported and target; without a
 * question (a story whose stances file declares none), the stance as written. */
export function stanceLabel(stance: string, question: StanceQuestion | undefined): string {
  if (!question) return stance;
  if (stance === "not-reported") return question.notReported.label;
  if (stance === "target") return question.target?.label ?? "Target";
  return question.positions.find((p) => p.id === stance)?.label ?? stance;
}

/** Every stance value in scale order: the story's positions, first to last, then the reserved ones. */
export const stanceScale = (question: Pick<StanceQuestion, "positions"> | undefined): string[] => [
  ...(question?.positions.map((p) => p.id) ?? []),
  ...RESERVED_STANCES,
];

export interface Position {
  id: string;
  label: string;
  /** A shorter label for a narrow column head: "For" for "Voted for the plan". */
  short: string;
  /** How the summary says it of one country or several: "voted for the plan", "{is|are} undecided". */
  phrase: string;
  /** Its style, 1 to MAX_POSITIONS, along the scale. */
  slot: number;
}

/** What a story's stances are about, from the header of its stances file. */
export interface StanceQuestion {
  /** "the new budget": the chart is "Where each country stood on <question>". */
  question: string;
  /** The ordered scale of positions, first to last. */
  positions: Position[];
  /** The stances off the scale: the article does not say, and the country the question is about. */
  notReported: { label: string; phrase: string };
  target?: { label: string; phrase: string };
  /** A group whose members the chart lists and counts first ("Of the 27 EU members…"). */
  group?: string;
  /**
   * What the chart's rows are: countries (the default; each counted once, by its government's stance) or, for
   * a story about people and the bodies that answered them, actors (a row and a name each).
   */
  charted?: "actors";
}

/** What a chart's rows can be, as a stances file says it (`charted:`). */
const CHARTED = ["countries", "actors"] as const;

/** A named period a timeline file declares (TimelineJS's eras): the list's headers and the strip's bands. */
export interface Era {
  label: string;
  date: string;
  end: string;
}

export interface Vocabulary {
  categories: Category[];
  groups: Group[];
  stances?: StanceQuestion;
  eras?: Era[];
}

const labelled = z.object({ label: z.string(), phrase: z.string() });
/** The vocabulary as the articles collection stores it (in each generated page's frontmatter). */
export const vocabularySchema = z.object({
  categories: z.array(z.object({ id: z.string(), label: z.string(), slot: z.number().int() })),
  groups: z.array(z.object({ code: z.string(), name: z.string(), members: z.array(z.string()) })),
  stances: z
    .object({
      question: z.string(),
      positions: z.array(labelled.extend({ id: z.string(), short: z.string(), slot: z.number().int() })),
      notReported: labelled,
      target: labelled.optional(),
      group: z.string().optional(),
      charted: z.literal("actors").optional(),
    })
    .optional(),
  eras: z.array(z.object({ label: z.string(), date: z.string(), end: z.string() })).optional(),
}) satisfies z.ZodType<Vocabulary>;

/** "{is|are} not reported" → "is not reported" for one, "are not reported" for several. */
export function agree(phrase: string, count: number): string {
  return phrase.replace(/\{([^{}|]*)\|([^{}|]*)\}/g, (_, one: string, many: string) => (count === 1 ? one : many));
}

/** The name of a country code (in the story's language) or of one of the story's groups. */
export function placeName(code: string, groups: readonly Group[], lang = "en"): string {
  return groups.find((g) => g.code === code)?.name ?? countryName(code, lang) ?? code;
}

/** A country code or a group the story declares, as a schema field. */
export function placeSchema(groups: readonly Group[]) {
  return z.string().superRefine((code, ctx) => {
    if (countryName(code) || groups.some((g) => g.code === code)) return;
    ctx.addIssue({ code: "custom", message: countryProblem(code) });
  });
}

const GROUP_CODE = /^[A-Z][A-Z0-9]{1,7}$/;
const GROUP_CODE_RULE =
  "a group's code is 2 to 8 capital letters or digits, starting with a letter, that is not a country's code, e.g. EU, NATO or G7";

/** Checks the `groups` of a story's metadata: `EU: { name: European Union, members: [DE, FR, …] }`. */
export function checkGroups(raw: unknown, problems: RecordProblems): Group[] {
  const groups: Group[] = [];
  if (raw === undefined) return groups;
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    problems.add("groups", "must be a map of groups, e.g. EU: { name: European Union, members: [DE, FR, IT] }");
    return groups;
  }
  for (const [code, value] of Object.entries(raw)) {
    const field = `groups.${code}`;
    const country = countryName(code);
    if (!GROUP_CODE.test(code) || country) {
      problems.add(
        field,
        country
          ? `"${code}" is a country's code (${country}): ${GROUP_CODE_RULE}`
          : `"${code}" cannot be a group's code: ${GROUP_CODE_RULE}; the name, under name:, is written as readers know it`,
      );
    }
    const inner = new RecordProblems(problems.file, problems.record);
    const fields = checkFields(value, GROUP_FIELDS, inner);
    for (const q of inner.list) problems.add(q.field ? `${field}.${q.field}` : field, q.message);
    if (fields && inner.list.length === 0) {
      groups.push({ code, name: fields.name as string, members: fields.members as string[] });
    }
  }
  return groups;
}

const GROUP_FIELDS: Record<string, FieldSpec> = {
  name: { schema: textSchema, required: true, hint: "the group's name as readers know it, e.g. European Union" },
  members: {
    schema: z
      .array(
        z.string().superRefine((c, ctx) => {
          if (!countryName(c)) ctx.addIssue({ code: "custom", message: countryProblem(c) });
        }),
      )
      .min(1),
    required: true,
    hint: "the member countries' ISO codes, e.g. [US, GB, DE]",
  },
};

/**
 * The `categories` of an events file: a map of id to label, in legend order. Returns them with their palette
 * slots; problems name each bad entry.
 */
export function checkCategories(raw: unknown, problems: RecordProblems): Category[] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problems.add("categories", "must be a map of id to label, e.g. diplomacy: Diplomacy (one per line)");
    return [];
  }
  const categories: Category[] = [];
  for (const [id, label] of Object.entries(raw)) {
    if (!ID_PATTERN.test(id)) problems.add(`categories.${id}`, `a category's id must be ${ID_HINT}`);
    else if (label !== null && (typeof label !== "string" || !label.trim())) {
      problems.add(`categories.${id}`, "its label must be text, e.g. diplomacy: Diplomacy");
    } else
      categories.push({
        id,
        // Declared without a label: sentence case from its id, "us-politics" → "Us politics".
        label: typeof label === "string" ? label.trim() : titleFromSlug(id),
        slot: categories.length + 1,
      });
  }
  if (categories.length > MAX_CATEGORIES) {
    problems.add(
      "categories",
      `declares ${categories.length} categories; a reader can tell at most ${MAX_CATEGORIES} apart: merge some`,
    );
    return categories.slice(0, MAX_CATEGORIES);
  }
  return categories;
}

const LABELLED_FIELDS: Record<string, FieldSpec> = {
  label: { schema: textSchema, required: true, hint: "what the legend says, e.g. Voted for the plan" },
  phrase: {
    schema: textSchema.optional(),
    hint: "how the summary says it of a country, e.g. voted for the plan, or {is|are} undecided",
  },
  short: { schema: textSchema.optional(), hint: "a shorter label for a narrow column, e.g. Pushed" },
};

/**
 * A position (or the not-reported and target stances): its label alone, or { label, phrase }. Without a
 * phrase, the summary uses `fallback` or else the label in lower case.
 */
function checkLabelled(
  raw: unknown,
  field: string,
  problems: RecordProblems,
  fallback?: (label: string) => string,
): { label: string; phrase: string; short: string } | undefined {
  const inner = new RecordProblems(problems.file, problems.record);
  const p = checkFields(typeof raw === "string" ? { label: raw } : raw, LABELLED_FIELDS, inner);
  for (const q of inner.list) problems.add(q.field ? `${field}.${q.field}` : field, q.message);
  if (!p?.label || inner.list.length > 0) return undefined;
  const label = p.label as string;
  const phrase =
    (p.phrase as string | undefined) ?? fallback?.(label) ?? label.charAt(0).toLowerCase() + label.slice(1);
  return { label, phrase, short: (p.short as string | undefined) ?? label };
}

const QUESTION_FIELDS: Record<string, FieldSpec> = {
  question: {
    schema: textSchema,
    required: true,
    hint: "what the stances are about, read after “Where each country stood on”, e.g. the new budget",
  },
  positions: {
    schema: z.record(z.string(), z.unknown()),
    required: true,
    hint: "the ordered positions, first to last, each id: label or id: { label, phrase }",
  },
  "not-reported": { schema: z.unknown(), hint: "the words for a stance the article does not report" },
  target: {
    schema: z.unknown(),
    hint: "the words for the country the question is about, e.g. The country the vote is about",
  },
  group: { schema: z.string().optional(), hint: "the code of a group declared in the story's .meta.yaml, e.g. EU" },
  charted: {
    schema: z.string().superRefine((value, ctx) => {
      if ((CHARTED as readonly string[]).includes(value)) return;
      ctx.addIssue({
        code: "custom",
        message: `"${value}" is not what a chart can chart: write countries (the default: a row per country, counted by its government's stance) or actors (a row per person or body, each named)`,
      });
    }),
    hint: "what the chart's rows are: countries (the default) or actors",
  },
  stances: { schema: z.array(z.unknown()), required: true, hint: "the list of stances" },
};

/** The header of a stances file, and its list of records. */
export function checkStanceHeader(
  raw: unknown,
  groups: readonly Group[],
  problems: RecordProblems,
): { question?: StanceQuestion; records: unknown[] } {
  if (Array.isArray(raw)) {
    problems.add(
      undefined,
      "starts with the list of stances, but first needs what they are about: question, positions, then stances (see the README)",
    );
    return { records: [] };
  }
  const fields = checkFields(raw, QUESTION_FIELDS, problems);
  if (!fields) return { records: [] };
  const positions: Position[] = [];
  for (const [id, value] of Object.entries((fields.positions as Record<string, unknown>) ?? {})) {
    if (!ID_PATTERN.test(id) || (RESERVED_STANCES as readonly string[]).includes(id)) {
      problems.add(
        `positions.${id}`,
        `a position's id must be ${ID_HINT}, and not ${RESERVED_STANCES.join(" or ")} (every story has those)`,
      );
      continue;
    }
    const p = checkLabelled(value, `positions.${id}`, problems);
    if (p) positions.push({ id, ...p, slot: positions.length + 1 });
  }
  if (fields.positions && positions.length === 0) problems.add("positions", "needs at least one position");
  if (positions.length > MAX_POSITIONS) {
    problems.add(
      "positions",
      `declares ${positions.length} positions; a reader can tell at most ${MAX_POSITIONS} apart`,
    );
  }
  const group = fields.group as string | undefined;
  if (group && !groups.some((g) => g.code === group)) {
    problems.add("group", `"${group}" is not a group declared under groups in the story's .meta.yaml`);
  }
  const actors = fields.charted === "actors";
  if (actors && group) {
    problems.add(
      "group",
      "a group's members are counted first among countries, but this chart charts actors: remove group, or chart countries",
    );
  }
  const notReported =
    fields["not-reported"] === undefined
      ? { label: "Not reported in the article", phrase: "{is|are} not reported in the article", short: "Not reported" }
      : checkLabelled(fields["not-reported"], "not-reported", problems);
  const target =
    fields.target === undefined
      ? undefined
      : checkLabelled(
          fields.target,
          "target",
          problems,
          (label) => `{is|are} the ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
        );
  const question: StanceQuestion | undefined =
    fields.question && notReported
      ? {
          question: fields.question as string,
          positions: positions.slice(0, MAX_POSITIONS),
          notReported,
          ...(target ? { target } : {}),
          ...(group && groups.some((g) => g.code === group) ? { group } : {}),
          ...(actors ? { charted: "actors" as const } : {}),
        }
      : undefined;
  return { ...(question ? { question } : {}), records: (fields.stances as unknown[] | undefined) ?? [] };
}
