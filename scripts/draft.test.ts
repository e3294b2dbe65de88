import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const SCRIPT = new URL("./draft.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "draft-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], {
    encoding: "utf8",
    env: { ...process.env, SEEDS_DIR: dir },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

writeFileSync(join(dir, "talks.txt"), "Ministers met in Vienna on Monday.\n\nThey will meet again in June.\n");
writeFileSync(join(dir, "talks.meta.yaml"), "date: 2020-03-02\n");
writeFileSync(join(dir, "undated.txt"), "Ministers met on Monday.\n");
writeFileSync(join(dir, "hebrew.txt"), "הפגישה התקיימה ביום שלישי, 2026-05-12. ההסכם נחתם בשנת 2009.\n");
writeFileSync(join(dir, "hebrew.meta.yaml"), "date: 2026-05-13\nlang: he\n");

// Each run bundles the drafting code and starts Node: seconds on a busy machine, so more than vitest's 5.
describe("npm run draft -- <slug>", { timeout: 60_000 }, () => {
  it("writes seeds/<slug>.events.draft.yaml and says how many passages it found and resolved", () => {
    const r = run("talks");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Drafted 2 dated passages of");
    expect(r.out).toContain("Resolved 2; not resolved 0.");
    const events = parse(readFileSync(join(dir, "talks.events.draft.yaml"), "utf8")).events;
    expect(events.map((e: { date: string }) => e.date)).toEqual(["2020-03-02", "2020-06"]);
  });

  it("never overwrites an existing draft", () => {
    const before = readFileSync(join(dir, "talks.events.draft.yaml"), "utf8");
    const r = run("talks");
    expect(r.code).toBe(1);
    expect(r.err).toContain("talks.events.draft.yaml already exists, and a draft never overwrites one");
    expect(readFileSync(join(dir, "talks.events.draft.yaml"), "utf8")).toBe(before);
  });

  it("refuses an unknown story, naming the seeds folder and the stories in it", () => {
    const r = run("nope");
    expect(r.code).toBe(1);
    expect(r.err).toContain(`No story "nope" in the seeds folder`);
    expect(r.err).toContain("Stories there: hebrew, talks, undated");
    expect(existsSync(join(dir, "nope.events.draft.yaml"))).toBe(false);
  });

  it("drafts a story without a date, its weekdays not resolved", () => {
    const r = run("undated");
    expect(r.code).toBe(0);
    expect(r.out).toContain("no story date: it has no .meta.yaml");
    expect(r.out).toContain("not resolved 1: monday");
  });

  it("says plainly when it cannot read dates in the story's language, and drafts the dates in digits", () => {
    const r = run("hebrew");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Drafted 2 dated passages of");
    expect(r.out).toContain("The draft cannot read dates in Hebrew yet");
    const text = readFileSync(join(dir, "hebrew.events.draft.yaml"), "utf8");
    expect(text).toContain("# The draft cannot read dates in Hebrew yet");
    expect(parse(text).events.map((e: { date: string }) => e.date)).toEqual(["2026-05-12", "2009"]);
  });

  it("asks for a slug", () => {
    expect(run().code).toBe(2);
  });
});
