import { describe, expect, it } from "vitest";
import type { BreakdownView } from "../stats/view-types.ts";
import { pointInfo } from "./point-info.ts";

const period = { key: "2019|February", timePeriod: "2019", timeIdentifier: "February", kind: "month" as const, label: "Feb 2019", start: "2019-02-01", end: "2019-03-01" };
const view: BreakdownView = {
  kind: "breakdown",
  id: "ldn-phase",
  title: "Officers by phase",
  subtitle: "",
  indicator: { column: "officers", label: "Officers", unit: "", decimals: 0 },
  period,
  by: "School phase",
  bars: [
    { key: "Primary", label: "Primary", cell: { kind: "value", value: 1600, flags: ["estimated"] }, source: "gla", isTotal: false },
    { key: "Special", label: "Special", cell: { kind: "missing", reason: "suppressed", symbol: "c" }, source: "gla", isTotal: false },
  ],
  sources: [{ id: "gla", title: "Answer 2019/6043", publisher: "Greater London Authority", date: "2019", path: "", locator: "" }],
  notes: [],
};

describe("a value's tooltip", () => {
  it("gives the group, the figure with its qualifier, the period as published and the source", () => {
    expect(pointInfo(view, { bar: "Primary", period: "2019|February" })).toEqual({
      heading: "School phase: Primary",
      value: "Officers: 1,600 (estimate)",
      period: "Feb 2019",
      source: "Source: Greater London Authority, 2019",
    });
  });

  it("gives the reason and the symbol when there is no figure, never a zero", () => {
    expect(pointInfo(view, { bar: "Special" })?.value).toBe("Officers: no figure, suppressed ([c]: confidential: suppressed to protect people). Never counted as zero.");
  });

  it("says nothing for a value the data does not have", () => {
    expect(pointInfo(view, { bar: "Nursery" })).toBeNull();
  });
});
