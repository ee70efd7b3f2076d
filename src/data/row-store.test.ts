import { describe, expect, it } from "vitest";
import { RowStore } from "./row-store.ts";

/** A row with its filters' level indices and a name to follow it by. */
type Row = { levels: number[]; name: string };

/** Two filters, each with levels Total (0), A (1) and B (2). */
function store(limit: number, pinned: { where: Map<number, string>; by: number }[] = []) {
  const s = new RowStore<Row>({ limit, counted: [true, true], pinned });
  for (const k of [0, 1]) ["Total", "A", "B"].forEach((text, i) => s.level(k, i, text));
  return s;
}

function offer(s: RowStore<Row>, name: string, levels: number[], level: string): void {
  if (s.accepts(levels, level)) s.add({ levels, name }, level);
}

describe("RowStore", () => {
  it("holds every row while they fit", () => {
    const s = store(10);
    offer(s, "a", [1, 2], "Local authority");
    offer(s, "b", [0, 0], "National");
    expect(s.rows().map((r) => r.name)).toEqual(["a", "b"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "all", droppedLevels: [], truncated: false });
  });

  it("past its limit holds only rows at most one filter away from the totals, at every level", () => {
    const s = store(3);
    offer(s, "both away", [1, 2], "National");
    offer(s, "totals", [0, 0], "National");
    offer(s, "by first", [1, 0], "Local authority");
    offer(s, "by second", [0, 2], "Regional");
    offer(s, "both away again", [2, 1], "Regional");
    expect(s.rows().map((r) => r.name)).toEqual(["totals", "by first", "by second"]);
    expect(s.kept()).toEqual({ rows: 3, rule: "totals", droppedLevels: [], truncated: false });
  });

  it("keeps rows a featured view fixes", () => {
    const s = store(2, [{ where: new Map([[0, "A"]]), by: 1 }]);
    offer(s, "totals", [0, 0], "National");
    offer(s, "B by second", [2, 2], "National");
    offer(s, "A by second", [1, 2], "National");
    offer(s, "B by second again", [2, 1], "National");
    expect(s.rows().map((r) => r.name)).toEqual(["totals", "A by second"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "totals", droppedLevels: [], truncated: false });
  });

  it("lets the narrowest level go first, then holds only the first rows of the widest", () => {
    const s = store(2);
    offer(s, "la 1", [0, 0], "Local authority");
    offer(s, "national", [0, 0], "National");
    offer(s, "la 2", [0, 0], "Local authority");
    offer(s, "region", [0, 0], "Regional");
    expect(s.rows().map((r) => r.name)).toEqual(["national", "region"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "totals", droppedLevels: ["Local authority"], truncated: false });
    offer(s, "la 3", [0, 0], "Local authority");
    offer(s, "national 2", [1, 0], "National");
    expect(s.rows().map((r) => r.name)).toEqual(["national", "national 2"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "totals", droppedLevels: ["Local authority", "Regional"], truncated: false });
    offer(s, "national 3", [0, 1], "National");
    expect(s.rows().map((r) => r.name)).toEqual(["national", "national 2"]);
    expect(s.kept().truncated).toBe(true);
  });

  it("draws a filter with no Total level by every level", () => {
    const s = new RowStore<Row>({ limit: 1, counted: [true, true], pinned: [] });
    ["A", "B"].forEach((text, i) => s.level(0, i, text));
    ["Total", "A"].forEach((text, i) => s.level(1, i, text));
    offer(s, "first", [0, 0], "National");
    offer(s, "second", [1, 1], "Regional");
    expect(s.rows().map((r) => r.name)).toEqual(["first"]);
    expect(s.kept().droppedLevels).toEqual(["Regional"]);
  });
});
