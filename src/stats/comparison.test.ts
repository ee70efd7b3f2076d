import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type LoadedDataset } from "../node/load-dataset.ts";
import { findBreakdowns } from "./breakdowns.ts";
import { comparisonViews, withReference } from "./comparison.ts";
import type { ComparisonView } from "./view-types.ts";

let exclusions: LoadedDataset;
let views: ComparisonView[];

beforeAll(async () => {
  exclusions = await loadDataset("test/browser/fixtures/data", "exclusions-2016-17");
  views = comparisonViews("exclusions", exclusions.table!, exclusions.descriptor, 0).filter((v): v is ComparisonView => v.kind === "comparison");
});

const row = (view: ComparisonView, key: string) => view.rows.find((r) => r.key === key)!;
const fixed = (e: { kind: string; value?: number }, dp = 2) => (e.kind === "value" ? e.value!.toFixed(dp) : e.kind);

describe("the DfE exclusions file, 2016/17", () => {
  it("has three breakdowns told apart by its topic column", () => {
    expect(findBreakdowns(exclusions.table!).map((b) => [b.label, b.groups])).toEqual([
      ["Ethnicity", ["White British", "Black Caribbean", "Gypsy/Roma"]],
      ["SEN provision", ["SEN without a statement or EHC plan", "SEN with a statement or EHC plan"]],
      ["Free school meals", ["Eligible for free school meals", "Not eligible for free school meals"]],
    ]);
  });

  it("gives Black Caribbean pupils' permanent exclusion rate from its counts, 260 of 92,595, beside White British 5,470 of 5,439,705", () => {
    const view = views.find((v) => v.id === "exclusions-permanent-by-ethnicity")!;
    expect(view.reference).toBe("White British");
    const bc = row(view, "Black Caribbean");
    expect(bc.numerator).toEqual({ kind: "value", value: 260, flags: [] });
    expect(bc.denominator).toEqual({ kind: "value", value: 92595, flags: [] });
    expect(fixed(bc.rate)).toBe("0.28");
    expect(bc.published).toEqual({ kind: "value", value: 0.28, flags: [] });
    expect(fixed(row(view, "White British").rate)).toBe("0.10");
    expect(fixed(bc.ratio)).toBe("2.79");
    expect(bc.ratio.kind === "value" && [bc.ratio.lower!.toFixed(2), bc.ratio.upper!.toFixed(2)]).toEqual(["2.47", "3.16"]);
  });

  it("sorts groups by rate, highest first, with all pupils last", () => {
    const view = views.find((v) => v.id === "exclusions-permanent-by-ethnicity")!;
    expect(view.rows.map((r) => r.key)).toEqual(["Gypsy/Roma", "Black Caribbean", "White British", "All pupils"]);
  });

  it("puts pupils eligible for free school meals at about 4 times those not eligible", () => {
    const view = views.find((v) => v.id === "exclusions-permanent-by-free-school-meals")!;
    expect(view.reference).toBe("Not eligible for free school meals");
    expect(fixed(row(view, "Eligible for free school meals").rate)).toBe("0.28");
    expect(fixed(row(view, "Not eligible for free school meals").rate)).toBe("0.07");
    expect(fixed(row(view, "Eligible for free school meals").ratio, 1)).toBe("4.1");
  });

  it("recomputes every ratio and interval when the reference group changes", () => {
    const view = views.find((v) => v.id === "exclusions-permanent-by-ethnicity")!;
    const againstAll = withReference(view, "All pupils");
    expect(againstAll.reference).toBe("All pupils");
    expect(row(againstAll, "All pupils").isReference).toBe(true);
    expect(fixed(row(againstAll, "Black Caribbean").ratio)).toBe((260 / 92595 / (7720 / 8024635)).toFixed(2));
    expect(fixed(row(againstAll, "White British").ratio)).toBe((5470 / 5439705 / (7720 / 8024635)).toFixed(2));
    expect(againstAll.subtitle).toContain("Ratios compare each group with All pupils.");
  });
});
