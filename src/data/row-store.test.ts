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

/** Offers a row at a level, a place (numbered) and a period start. */
function offer(s: RowStore<Row>, name: string, levels: number[], level: string, place = 0, start = "2020-01-01"): void {
  if (s.accepts(levels, level, place, start)) s.add({ levels, name }, level, place, start);
}

const names = (s: RowStore<Row>) => s.rows().map((r) => r.name);

describe("RowStore", () => {
  it("holds every row while they fit", () => {
    const s = store(10);
    offer(s, "a", [1, 2], "Local authority");
    offer(s, "b", [0, 0], "National");
    expect(names(s)).toEqual(["a", "b"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "all", latestOnly: [], droppedLevels: [], truncated: false });
  });

  it("past its limit holds only rows at most one filter away from the totals, at every level", () => {
    const s = store(4);
    offer(s, "both away", [1, 2], "National");
    offer(s, "totals", [0, 0], "National");
    offer(s, "by first", [1, 0], "National");
    offer(s, "by second", [0, 2], "National");
    offer(s, "both away again", [2, 1], "National");
    offer(s, "by first again", [2, 0], "National");
    expect(names(s)).toEqual(["totals", "by first", "by second", "by first again"]);
    expect(s.kept()).toEqual({ rows: 4, rule: "totals", latestOnly: [], droppedLevels: [], truncated: false });
  });

  it("keeps rows a featured view fixes", () => {
    const s = store(3, [{ where: new Map([[0, "A"]]), by: 1 }]);
    offer(s, "totals", [0, 0], "National");
    offer(s, "B by second", [2, 2], "National");
    offer(s, "A by second", [1, 2], "National");
    offer(s, "A by second again", [1, 1], "National");
    expect(names(s)).toEqual(["totals", "A by second", "A by second again"]);
  });

  it("then holds only each narrower place's latest period, keeping the widest level whole", () => {
    const s = store(6);
    for (const year of ["2019", "2020", "2021"]) {
      offer(s, `England ${year}`, [0, 0], "National", 0, year);
      offer(s, `Camden ${year}`, [0, 0], "Local authority", 1, year);
      offer(s, `Leeds ${year}`, [0, 0], "Local authority", 2, year);
    }
    expect(names(s)).toEqual(["England 2019", "England 2020", "England 2021", "Camden 2021", "Leeds 2021"]);
    expect(s.kept()).toEqual({ rows: 5, rule: "totals", latestOnly: ["Local authority"], droppedLevels: [], truncated: false });
  });

  it("lets the narrowest level go next, then holds only the first rows of the widest", () => {
    const s = store(2);
    offer(s, "la 1", [0, 0], "Local authority", 1);
    offer(s, "national", [0, 0], "National", 0);
    offer(s, "la 2", [0, 0], "Local authority", 2);
    offer(s, "region", [0, 0], "Regional", 3);
    expect(names(s)).toEqual(["national", "region"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "totals", latestOnly: [], droppedLevels: ["Local authority"], truncated: false });
    offer(s, "national 2", [1, 0], "National", 0);
    offer(s, "national 3", [0, 1], "National", 0);
    expect(names(s)).toEqual(["national", "national 2"]);
    expect(s.kept()).toEqual({ rows: 2, rule: "totals", latestOnly: [], droppedLevels: ["Local authority", "Regional"], truncated: true });
  });

  it("draws a filter with no Total level by every level", () => {
    const s = new RowStore<Row>({ limit: 2, counted: [true, true], pinned: [] });
    ["A", "B"].forEach((text, i) => s.level(0, i, text));
    ["Total", "A"].forEach((text, i) => s.level(1, i, text));
    offer(s, "first", [0, 0], "National");
    offer(s, "second", [1, 0], "National");
    offer(s, "third", [1, 1], "National");
    expect(names(s)).toEqual(["first", "second"]);
    expect(s.kept().truncated).toBe(true);
  });
});
