import { describe, expect, it } from "vitest";
import { floorPage } from "./floor.mjs";

describe("the floor page", () => {
  const rows = [
    { title: "Russia annexes Crimea", date_label: "18 Mar 2014", turning: "", category: "russia" },
    { title: "The US strikes an air base", date_label: "7 Apr 2017", turning: "yes", category: "strike" },
    { title: "French election, first round", date_label: "23 Apr 2017", turning: "", category: "" },
  ];
  const html = floorPage({ title: "A story", rows });

  it("is one static SVG: no script, no stylesheet request, no other request", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toMatch(/\s(?:src|srcset)=/i);
    expect(html.match(/<svg/g)).toHaveLength(1);
  });

  it("draws every event of the download, a mark, a date and a title each, in its order", () => {
    expect(html.match(/<circle/g)).toHaveLength(rows.length);
    const titles = [...html.matchAll(/<text x="136"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(titles).toEqual(rows.map((r) => r.title));
    const dates = [...html.matchAll(/<text class="d"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(dates).toEqual(rows.map((r) => r.date_label));
  });

  it("draws a turning point larger and bold, and an event without a category in the text colour", () => {
    expect(html).toMatch(/r="6" fill="#b3261e"\/><text x="136" y="\d+" font-weight="bold">The US strikes/);
    expect(html).toMatch(/r="4" fill="#1b1c1f"\/><text x="136" y="\d+">French election/);
  });
});
