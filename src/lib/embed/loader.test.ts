import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MESSAGE } from "./snippet";

// public/embed.js is plain JavaScript served as is to host pages; it must speak the same messages as the embed.
const loader = readFileSync(new URL("../../../public/embed.js", import.meta.url), "utf8");

describe("the embed loader (public/embed.js)", () => {
  it("uses the embed page's message types", () => {
    expect(loader).toContain(`"${MESSAGE.height}"`);
    expect(loader).toContain(`"${MESSAGE.select}"`);
  });
  it("matches the origin exactly and checks the source window, never a pattern", () => {
    expect(loader).toContain("event.source === frame.contentWindow && event.origin === originOf(frame)");
    expect(loader).not.toMatch(/endsWith|indexOf\(|\.test\(event\.origin|includes\(event\.origin/);
  });
});
