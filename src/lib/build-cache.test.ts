import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildCacheDir, cached, cacheKey, cacheStats } from "./build-cache";

const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), "build-cache-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("cacheKey()", () => {
  it("is the same for the same parts, and differs when any part or its boundaries differ", () => {
    expect(cacheKey("a", "b")).toBe(cacheKey("a", "b"));
    expect(cacheKey("ab", "c")).not.toBe(cacheKey("a", "bc"));
    expect(cacheKey("a")).not.toBe(cacheKey("a", ""));
    expect(cacheKey(new Uint8Array([1, 2]))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("cached()", () => {
  it("makes an entry once, then reads it back without making it again", () => {
    const dir = fresh();
    let made = 0;
    const make = () => {
      made++;
      return new Uint8Array([made, 7]);
    };
    const key = cacheKey("story");
    const first = cached("test", key, make, dir);
    const second = cached("test", key, make, dir);
    expect(made).toBe(1);
    expect([...second]).toEqual([...first]);
    expect(cacheStats.test).toMatchObject({ hits: 1 });
    // Stored under its kind and key, with no temporary file left beside it.
    const folder = join(dir, "test", key.slice(0, 2));
    expect(readdirSync(folder)).toEqual([key]);
  });

  it("makes a different entry for a different key", () => {
    const dir = fresh();
    cached("test", cacheKey("a"), () => new Uint8Array([1]), dir);
    expect([...cached("test", cacheKey("b"), () => new Uint8Array([2]), dir)]).toEqual([2]);
  });

  it("still answers when the folder cannot be written", () => {
    const dir = fresh();
    const blocked = join(dir, "file");
    writeFileSync(blocked, "not a folder");
    expect([...cached("test", cacheKey("x"), () => new Uint8Array([3]), blocked)]).toEqual([3]);
    expect(existsSync(join(blocked, "test"))).toBe(false);
  });
});

describe("buildCacheDir()", () => {
  it("is .build-cache/ in the build's folder, or BUILD_CACHE_DIR", () => {
    expect(buildCacheDir({}, "/project")).toBe("/project/.build-cache");
    expect(buildCacheDir({ BUILD_CACHE_DIR: "/ci/cache" }, "/project")).toBe("/ci/cache");
  });
});
