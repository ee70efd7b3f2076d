import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { findBreakdowns, groupRows } from "./breakdowns.ts";

describe("breakdowns in the older DfE layout", () => {
  it("reads characteristic_desc as the topic and characteristic_1 as the group, so boys are never compared with White British pupils", async () => {
    const { table } = await loadDataset("test/fixtures/conformance", "legacy-characteristics");
    const breakdowns = findBreakdowns(table!);
    expect(breakdowns.map((b) => [b.label, b.groups, b.overall])).toEqual([
      ["Gender", ["Boys", "Girls"], "Total"],
      ["Ethnicity", ["White British", "Black Caribbean"], "Total"],
    ]);
    expect(groupRows(table!, breakdowns[1]!, 0, 0).map((r) => [r.group, r.cells.map((c) => (c.kind === "value" ? c.value : c.kind)), r.isOverall])).toEqual([
      ["White British", [5000000, 5000], false],
      ["Black Caribbean", [92595, 260], false],
      ["Total", [7890035, 7720], true],
    ]);
  });
});
