import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type LoadedDataset } from "../node/load-dataset.ts";
import { findBreakdowns } from "./breakdowns.ts";
import { measuresFor } from "./comparison.ts";
import type { RateMeasure } from "./group-rate.ts";
import type { Estimate } from "./measures.ts";
import { multiplesView } from "./multiples.ts";
import type { MultiplesView } from "./view-types.ts";

/**
 * The multi-year fixture: its 2016/17 figures for all pupils, White British and Black Caribbean
 * pupils are the DfE's published national figures; all of 2015/16 and the Unclassified group are
 * made up for the test (see the fixture's README).
 */
let fixture: LoadedDataset;
let view: MultiplesView;

beforeAll(async () => {
  fixture = await loadDataset("test/site/fixtures/multi-year", "exclusions-over-time");
  const table = fixture.table!;
  const measure = measuresFor(table, fixture.descriptor)[0] as RateMeasure;
  view = multiplesView(table, fixture.descriptor, "fixture-perm_excl-by-ethnicity_minor-over-time", measure, findBreakdowns(table)[0]!, 0)!;
});

const fixed = (e: Estimate, dp = 2) => (e.kind === "value" ? e.value.toFixed(dp) : `${e.reason} [${e.symbol}]`);
const rates = (v: MultiplesView, key: string, dp = 2) => v.panels.find((p) => p.key === key)!.points.map((p) => `${p.period.label} ${fixed(p.rate, dp)}`);

describe("small multiples over time", () => {
  it("has one panel per group, everyone last, over every period with data", () => {
    expect(view.kind).toBe("multiples");
    expect(view.title).toBe("Perm excl per 100 by ethnicity minor, 2015/16 to 2016/17");
    expect(view.periods.map((p) => p.label)).toEqual(["2015/16", "2016/17"]);
    expect(view.panels.map((p) => p.label)).toEqual(["White British", "Black Caribbean", "Unclassified", "Total"]);
    expect(view.panels.map((p) => [p.isReference, p.isOverall, p.isUnknown])).toEqual([
      [true, false, false],
      [false, false, false],
      [false, false, true],
      [false, true, false],
    ]);
    expect(view.reference).toBe("White British");
  });

  it("shows each rate as published, with the counts it comes from: Black Caribbean 0.28 per 100 in 2016/17 (260 of 92,595), White British 0.10 (5,470 of 5,439,705)", () => {
    expect(rates(view, "Black Caribbean")).toEqual(["2015/16 0.28", "2016/17 0.28"]);
    expect(rates(view, "White British")).toEqual(["2015/16 0.09", "2016/17 0.10"]);
    // As published, not 0.2778 and 0.2808 worked out from the rounded counts; all pupils 0.10, not 0.0962.
    expect(rates(view, "Black Caribbean", 4)).toEqual(["2015/16 0.2800", "2016/17 0.2800"]);
    expect(rates(view, "Total", 4)).toEqual(["2015/16 0.0800", "2016/17 0.1000"]);
    expect(view.panels.flatMap((p) => p.points.map((x) => x.basis))).toEqual(["published", "published", "published", "published", "counts", "published", "published", "published"]);
    const bc = view.panels.find((p) => p.key === "Black Caribbean")!.points[1]!;
    expect(bc.numerator).toEqual({ kind: "value", value: 260, flags: [] });
    expect(bc.denominator).toEqual({ kind: "value", value: 92595, flags: [] });
    expect(bc.source).toBe("dfe-exclusions-2016-17");
  });

  it("leaves a suppressed count's rate suppressed, never a number", () => {
    expect(rates(view, "Unclassified", 4)).toEqual(["2015/16 suppressed [c]", "2016/17 0.1100"]);
    const point = view.panels.find((p) => p.key === "Unclassified")!.points[0]!;
    expect(point.numerator).toEqual({ kind: "missing", reason: "suppressed", symbol: "c" });
    expect(point.denominator).toEqual({ kind: "value", value: 160000, flags: [] });
  });

  it("reads a published rate as published, with no counts", () => {
    const measure: RateMeasure = { id: "published", type: "published-rate", label: "Permanent exclusion rate", rate: "perm_excl_rate", per: 100 };
    const published = multiplesView(fixture.table!, fixture.descriptor, "p", measure, findBreakdowns(fixture.table!)[0]!, 0)!;
    expect(rates(published, "Black Caribbean")).toEqual(["2015/16 0.28", "2016/17 0.28"]);
    expect(rates(published, "Unclassified")).toEqual(["2015/16 suppressed [c]", "2016/17 0.11"]);
    expect(published.panels[0]!.points[0]!.numerator).toBeNull();
    expect(published.notes[0]).toBe("Rates are as published; the counts behind them are not published here.");
  });

  it("cites only the sources its rows cite, and says how the rates are made", () => {
    expect(view.sources.map((s) => s.id)).toEqual(["dfe-exclusions-2016-17", "made-up"]);
    expect(view.notes[0]).toBe(
      "Rates are perm excl per 100 headcount, shown as published; a rate is worked out from the published counts only where none is published, and the table says so. Ratios and their intervals are computed from the counts.",
    );
  });

  it("is not made from a single period", async () => {
    const single = await loadDataset("test/browser/fixtures/data", "exclusions-2016-17");
    const table = single.table!;
    const measure = measuresFor(table, single.descriptor)[0] as RateMeasure;
    expect(multiplesView(table, single.descriptor, "x", measure, findBreakdowns(table)[0]!, 0)).toBeNull();
  });
});
