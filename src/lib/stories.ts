// The one pass over the seeds folder: every article, its metadata, its events and stances, read once and
// validated together, with every problem of every file collected before anything is reported. The build's
// integration (src/integrations/seeds.ts) runs it and hands its result to the pages; nothing reads the seeds
// folder again.

import { relative } from "node:path";
import { loadSeeds, readYaml, type SeedArticle, sideFile } from "./article/seeds";
import type { Problem } from "./errors";
import { RecordProblems } from "./facts/problems";
import type { FactEvent, FactStance } from "./facts/schema";
import { checkGroups, type Vocabulary } from "./facts/story";
import { type SideFile, validateFacts } from "./facts/validate";

export interface Story extends SeedArticle {
  vocabulary: Vocabulary;
  events: FactEvent[];
  stances: FactStance[];
}

export interface Stories {
  stories: Story[];
  problems: Problem[];
  /** Draft files (`<name>.events.draft.yaml`), which the build never publishes. */
  drafts: string[];
}

/** The seed's name: `seeds/my-story.txt` → `my-story`. */
export const seedName = (seedFile: string) => seedFile.slice(seedFile.lastIndexOf("/") + 1, -".txt".length);

export function loadStories(seedsDir: string, root: string): Stories {
  const rel = (p: string) => relative(root, p).split("\\").join("/");
  const { articles, problems } = loadSeeds(seedsDir, root);
  const side = (name: string, kind: "events" | "stances"): SideFile | undefined => {
    const path = sideFile(seedsDir, name, kind);
    if (!path) return undefined;
    const yaml = readYaml(path, rel(path));
    problems.push(...yaml.problems);
    // A file that cannot be read is reported once, as itself; the stances' references to its events wait for it.
    return yaml.problems.length
      ? { file: rel(path), data: undefined, unreadable: true }
      : { file: rel(path), data: yaml.data };
  };
  const stories = articles.map((a): Story => {
    const name = seedName(a.seedFile);
    const meta = new RecordProblems(a.metaFile ?? a.seedFile.replace(/\.txt$/, ".meta.yaml"), undefined);
    const groups = checkGroups(a.groups, meta);
    problems.push(...meta.list);
    const facts = validateFacts(a.slug, a.seed.blocks, groups, side(name, "events"), side(name, "stances"));
    problems.push(...facts.problems);
    return {
      ...a,
      vocabulary: {
        categories: facts.categories,
        groups,
        ...(facts.stanceQuestion ? { stances: facts.stanceQuestion } : {}),
      },
      events: facts.events,
      stances: facts.stances,
    };
  });
  const drafts = stories.flatMap((s) => {
    const path = sideFile(seedsDir, seedName(s.seedFile), "events.draft");
    return path ? [rel(path)] : [];
  });
  return { stories, problems, drafts };
}
