import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset, type LoadedDataset } from "../../src/node/load-dataset.ts";
import { comparisonViews } from "../../src/stats/comparison.ts";
import type { Table } from "../../src/data/ingest.ts";
import { groupRate } from "../../src/stats/group-rate.ts";
import { ratioOf, shownRate } from "../../src/stats/ratio-trend.ts";
import { ratioChange, trendSentence } from "../../src/stats/ratio-trend-words.ts";
import type { RatioTrendView } from "../../src/stats/view-types.ts";

/**
 * The Department for Education's national characteristics file, 2011/12 to 2016/17, read as the
 * site reads it. Every literal below was checked by hand against the file's rows: e.g. Black
 * Caribbean 2011/12, 210 of 90,095 against White British 3,770 of 4,885,840, gives 3.02.
 */

let dataset: LoadedDataset;
let views: RatioTrendView[];

beforeAll(async () => {
  dataset = await loadDataset("data", "exclusions-by-characteristic-2011-2017");
  views = comparisonViews("nat", dataset.table!, dataset.descriptor, 0).filter((v): v is RatioTrendView => v.kind === "ratio-trend");
});

const view = (id: string) => views.find((v) => v.id === `nat-${id}-ratio-over-time`)!;
const series = (v: RatioTrendView, key: string) => v.series.find((s) => s.key === key)!;
const sentence = (id: string, key: string) => {
  const v = view(id);
  return trendSentence(v, series(v, key));
};

describe("which breakdowns are read as ratios over time", () => {
  it("those with a reference group of their own (ethnicity, free school meals, SEN provision), never those read against everyone", () => {
    expect(views.filter((v) => v.measure.id === "permanent").map((v) => [v.breakdown, v.reference])).toEqual([
      ["Ethnicity (major groups)", "White"],
      ["Ethnicity (minor groups)", "White British"],
      ["Free school meal eligibility", "Not eligible for free school meals"],
      ["Free school meal eligibility in the last 6 years", "Not eligible for free school meals in the last 6 years"],
      ["SEN provision", "No SEN"],
    ]);
    expect(views.map((v) => v.id)).not.toContain("nat-permanent-by-gender-ratio-over-time");
    expect(view("permanent-by-ethnicity-minor-groups").periods.map((p) => p.label)).toEqual(["2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17"]);
  });
});

describe("rates as published beside the reference group's, every year", () => {
  it("shows Black Caribbean 0.28 beside White British 0.10 in 2016/17, as published, with the counts 260 of 92,595 and 5,470 of 5,439,705", () => {
    const point = series(view("permanent-by-ethnicity-minor-groups"), "Black Caribbean").points.find((p) => p.period.label === "2016/17")!;
    expect(point.group).toEqual({ numerator: { kind: "value", value: 260, flags: [] }, denominator: { kind: "value", value: 92595, flags: [] }, rate: { kind: "value", value: 0.28 }, basis: "published" });
    expect(point.reference.rate).toEqual({ kind: "value", value: 0.1 });
    expect([point.reference.numerator, point.reference.denominator]).toEqual([{ kind: "value", value: 5470, flags: [] }, { kind: "value", value: 5439705, flags: [] }]);
  });

  it("shows Gypsy/Roma pupils' 2016/17 rate as published, 0.43, not the 0.42 that 90 of 21,260 gives", () => {
    const point = series(view("permanent-by-ethnicity-minor-groups"), "Gypsy/Roma").points.find((p) => p.period.label === "2016/17")!;
    expect(point.group.rate).toEqual({ kind: "value", value: 0.43 });
    expect(point.group.basis).toBe("published");
    expect(((90 / 21260) * 100).toFixed(2)).toBe("0.42");
  });

  it("reads SEN groups against No SEN, published at 0.06 in 2016/17 from 4,115 of 6,880,450", () => {
    const point = series(view("permanent-by-sen-provision"), "SEN with a statement or EHC plan").points.find((p) => p.period.label === "2016/17")!;
    expect(point.reference.rate).toEqual({ kind: "value", value: 0.06 });
    expect([point.reference.numerator, point.reference.denominator]).toEqual([{ kind: "value", value: 4115, flags: [] }, { kind: "value", value: 6880450, flags: [] }]);
  });

  it("computes each ratio from the counts, as the rounded rates can be far out: SEN without a plan in 2011/12 is 11.23 (10.55 to 11.96), not 0.26 ÷ 0.02 = 13", () => {
    const point = series(view("permanent-by-sen-provision"), "SEN without a statement or EHC plan").points.find((p) => p.period.label === "2011/12")!;
    expect(point.group.rate).toEqual({ kind: "value", value: 0.26 });
    expect(point.reference.rate).toEqual({ kind: "value", value: 0.02 });
    const ratio = point.ratio.kind === "value" ? [point.ratio.value, point.ratio.lower!, point.ratio.upper!].map((v) => v.toFixed(2)) : [];
    expect(ratio).toEqual(["11.23", "10.55", "11.96"]);
  });
});

describe("the trend in words, from the file's figures", () => {
  it("says Black Caribbean pupils' ratio moved from 3.02 to 2.79 with overlapping intervals: no clear change", () => {
    expect(sentence("permanent-by-ethnicity-minor-groups", "Black Caribbean")).toBe(
      "Black Caribbean: permanent exclusions per 100 pupils at 2.79 times the rate of White British in 2016/17 (95% interval 2.47 to 3.16), down from 3.02 times in 2011/12 (95% interval 2.63 to 3.47). The two intervals overlap, so this is no clear change.",
    );
  });

  it("says White and Black Caribbean pupils' ratio moved from 2.86 to 2.37, the intervals just overlapping (2.48 to 3.30, 2.10 to 2.67)", () => {
    expect(sentence("permanent-by-ethnicity-minor-groups", "White and Black Caribbean")).toBe(
      "White and Black Caribbean: permanent exclusions per 100 pupils at 2.37 times the rate of White British in 2016/17 (95% interval 2.10 to 2.67), down from 2.86 times in 2011/12 (95% interval 2.48 to 3.30). The two intervals overlap, so this is no clear change.",
    );
  });

  it("says pupils with SEN went from 7.74 and 11.23 times the rate of pupils with no SEN to 2.74 and 5.89: a clear fall", () => {
    expect(sentence("permanent-by-sen-provision", "SEN with a statement or EHC plan")).toBe(
      "SEN with a statement or EHC plan: permanent exclusions per 100 pupils at 2.74 times the rate of No SEN in 2016/17 (95% interval 2.46 to 3.05), down from 7.74 times in 2011/12 (95% interval 6.91 to 8.67). The two intervals do not overlap: a clear fall.",
    );
    expect(sentence("permanent-by-sen-provision", "SEN without a statement or EHC plan")).toBe(
      "SEN without a statement or EHC plan: permanent exclusions per 100 pupils at 5.89 times the rate of No SEN in 2016/17 (95% interval 5.63 to 6.17), down from 11.23 times in 2011/12 (95% interval 10.55 to 11.96). The two intervals do not overlap: a clear fall.",
    );
  });

  it("says pupils eligible for free school meals stayed about 4 times the rate of those not eligible", () => {
    expect(sentence("permanent-by-free-school-meal-eligibility", "Eligible for free school meals")).toBe(
      "Eligible for free school meals: permanent exclusions per 100 pupils at 4.11 times the rate of Not eligible for free school meals in 2016/17 (95% interval 3.93 to 4.31), up from 4.07 times in 2011/12 (95% interval 3.85 to 4.30). The two intervals overlap, so this is no clear change.",
    );
  });

  it("says where there are too few pupils to say rather than giving a wild ratio", () => {
    expect(sentence("permanent-by-ethnicity-minor-groups", "Chinese")).toBe(
      "Chinese: no ratio to White British in any year. No ratio for 2011/12 (too few to say), 2012/13 (too few to say), 2013/14 (not available), 2014/15 (not available), 2015/16 (too few to say), 2016/17 (not available).",
    );
  });
});

describe("the pieces", () => {
  it("shows a rate worked out from the counts only where none is published, and divides published rates where no counts are", () => {
    const table = { indicators: [{ column: "perm_excl" }, { column: "headcount" }, { column: "perm_excl_rate" }] } as unknown as Table;
    const measure = { id: "permanent", type: "rate", label: "Permanent exclusions per 100 pupils", numerator: "perm_excl", denominator: "headcount", per: 100, published: "perm_excl_rate" } as const;
    const v = (value: number) => ({ kind: "value" as const, value, flags: [] });
    const published = shownRate(groupRate(table, measure, [v(90), v(21260), v(0.43)]));
    expect([published.rate, published.basis]).toEqual([{ kind: "value", value: 0.43 }, "published"]);
    const worked = shownRate(groupRate(table, measure, [v(90), v(21260), { kind: "missing", reason: "not-available", symbol: "x" }]));
    expect([worked.rate.kind === "value" && worked.rate.value.toFixed(4), worked.basis]).toEqual(["0.4233", "counts"]);
    const only = (value: number) => ({ numerator: null, denominator: null, rate: { kind: "value" as const, value }, basis: "published" as const });
    expect(ratioOf(only(0.28), only(0.1))).toEqual({ kind: "value", value: 0.28 / 0.1 });
  });

  it("calls a change clear only when the two intervals do not overlap", () => {
    const v = view("permanent-by-ethnicity-minor-groups");
    expect(ratioChange(series(v, "Bangladeshi"))).toMatchObject({ direction: "down", overlap: false });
    expect(ratioChange(series(v, "Black Caribbean"))).toMatchObject({ direction: "down", overlap: true });
    expect(ratioChange(series(v, "Chinese"))).toBeNull();
  });
});
