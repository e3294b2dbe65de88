import { describe, expect, it } from "vitest";
import { rebaseHeaders } from "./headers";

const FILE = `# A comment about /embed/*
/*
  X-Content-Type-Options: nosniff
/embed/*
  Content-Security-Policy: frame-ancestors *
`;

describe("rebaseHeaders", () => {
  it("leaves the file as it is for a site at the root", () => {
    expect(rebaseHeaders(FILE, "/")).toBe(FILE);
  });

  it("puts the base before every path pattern, and nowhere else", () => {
    expect(rebaseHeaders(FILE, "/explainer/")).toBe(`# A comment about /embed/*
/explainer/*
  X-Content-Type-Options: nosniff
/explainer/embed/*
  Content-Security-Policy: frame-ancestors *
`);
  });
});
