import { describe, expect, it } from "vitest";
import { keptNote } from "./kept.ts";

describe("keptNote", () => {
  it("says nothing when every row is used", () => {
    expect(keptNote({ rows: 120, rule: "all", latestOnly: [], droppedLevels: [], truncated: false })).toBe("");
  });

  it("says which rows a large file's charts and tables use", () => {
    expect(keptNote({ rows: 6228, rule: "totals", latestOnly: ["Regional", "Local authority"], droppedLevels: [], truncated: false })).toBe(
      "The charts and tables use 6,228 of these rows: the rows at or next to the totals, one breakdown at a time; each place's latest period only at Regional and Local authority level. The download has every row.",
    );
    expect(keptNote({ rows: 45000, rule: "totals", latestOnly: ["Regional"], droppedLevels: ["School", "Local authority"], truncated: true })).toBe(
      "The charts and tables use 45,000 of these rows: the rows at or next to the totals, one breakdown at a time; each place's latest period only at Regional level; none at School and Local authority level; and of those only the first, as there were too many to hold. The download has every row.",
    );
  });
});
