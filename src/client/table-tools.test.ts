import { describe, expect, it } from "vitest";
import { compareKeys } from "./table-tools.ts";

describe("sorting a table's column", () => {
  it("orders numbers by size and periods as a reader does, with missing figures last in either direction", () => {
    const keys = [295, null, 183, 420];
    expect([...keys].sort((a, b) => compareKeys(a, b, 1))).toEqual([183, 295, 420, null]);
    expect([...keys].sort((a, b) => compareKeys(a, b, -1))).toEqual([420, 295, 183, null]);
    expect(["2019/20", "2010/11", "2014/15"].sort((a, b) => compareKeys(a, b, 1))).toEqual(["2010/11", "2014/15", "2019/20"]);
  });
});
