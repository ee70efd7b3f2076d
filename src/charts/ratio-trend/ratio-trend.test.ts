import { describe, expect, it } from "vitest";
import { exclusionRatios as view } from "../fixtures/exclusions-ratios.ts";
import { ratioTrend } from "./index.ts";
import { layoutRatioTrend } from "./layout.ts";
import type { RatioTrendLayout } from "./layout-types.ts";

const WIDE = { width: 640, height: 360 };
const NARROW = { width: 320, height: 300 };
const panel = (layout: RatioTrendLayout, key: string) => layout.panels.find((p) => p.key === key)!;
const Y1617 = "201617|Academic year";

describe("ratio-over-time snapshots", () => {
  it("draws each group's ratio to White British over six years in a grid, and stacked at 320 px", async () => {
    await expect(ratioTrend.draw(view, WIDE)).toMatchFileSnapshot("../__snapshots__/ratio-trend-exclusions-ethnicity.svg");
    await expect(ratioTrend.draw(view, NARROW)).toMatchFileSnapshot("../__snapshots__/ratio-trend-exclusions-ethnicity-320.svg");
  });
});

describe("the log scale", () => {
  it("puts every panel on one log scale of powers of two with a rule at 1×, so a ratio of 2 is as far above it as ½ is below", () => {
    const layout = layoutRatioTrend(view, WIDE);
    expect(layout.columns).toBe(3);
    expect(layoutRatioTrend(view, NARROW).columns).toBe(1);
    const bc = panel(layout, "Black Caribbean");
    expect(bc.yTicks.map((t) => t.label?.lines[0])).toEqual(["0.5×", "1×", "2×", "4×", "8×"]);
    const at = (v: number) => bc.yTicks.find((t) => t.label?.lines[0] === `${v}×`)!.at;
    expect(bc.rule).toBe(at(1));
    expect(at(1) - at(2)).toBeCloseTo(at(0.5) - at(1), 0);
    // 260 of 92,595 against 5,470 of 5,439,705 is 2.79, between 2× and 4×: log2(2.79) = 1.48.
    const ratio = bc.ratios.find((r) => r.periodKey === Y1617)!;
    expect(ratio.value.toFixed(2)).toBe("2.79");
    expect((at(1) - ratio.y) / (at(1) - at(2))).toBeCloseTo(Math.log2(260 / 92595 / (5470 / 5439705)), 1);
  });

  it("draws each ratio's 95% interval as a whisker around it: 2.47 to 3.16 for Black Caribbean pupils in 2016/17", () => {
    const bc = panel(layoutRatioTrend(view, WIDE), "Black Caribbean");
    const ratio = bc.ratios.find((r) => r.periodKey === Y1617)!;
    expect(ratio.whisker!.top).toBeLessThan(ratio.y);
    expect(ratio.whisker!.bottom).toBeGreaterThan(ratio.y);
    const svg = ratioTrend.draw(view, WIDE);
    expect(svg).toContain("Black Caribbean, 2016/17: 2.79 times the rate of White British (95% interval 2.47 to 3.16). Rate 0.28 per 100 as published (260 of 92,595); White British 0.10 per 100 as published (5,470 of 5,439,705)");
  });
});

describe("too few to say, and gaps", () => {
  it("draws no ratio for a group with fewer than 10 exclusions or suppressed figures, says so across its panel, and names each year under it", () => {
    const chinese = panel(layoutRatioTrend(view, WIDE), "Chinese");
    expect(chinese.ratios).toEqual([]);
    expect(chinese.path).toBeNull();
    expect(chinese.empty!.lines).toEqual(["No ratio"]);
    expect(chinese.gaps.map((g) => g.reason)).toEqual(["too-few", "too-few", "not-available", "not-available", "too-few", "not-available"]);
    expect(chinese.gapNote!.lines.join(" ")).toBe(
      "No ratio: 2011/12 too few to say; 2012/13 too few to say; 2013/14 not available; 2014/15 not available; 2015/16 too few to say; 2016/17 not available",
    );
    expect(chinese.latest.lines).toEqual(["No ratio in any year"]);
  });

  it("says \"Too few to say\" across a panel whose every year has too few", () => {
    const few = { ...view, series: [{ ...view.series[3]!, points: view.series[3]!.points.filter((p) => p.ratio.kind === "missing" && p.ratio.reason === "too-few") }] };
    expect(panel(layoutRatioTrend(few, WIDE), "Chinese").empty!.lines).toEqual(["Too few to say"]);
  });

  it("breaks the line at a missing year rather than joining across it", () => {
    const gapped = { ...view, series: [{ ...view.series[2]!, points: view.series[2]!.points.filter((p) => !p.period.key.startsWith("201415")) }] };
    const bc = panel(layoutRatioTrend(gapped, WIDE), "Black Caribbean");
    expect(bc.gaps.map((g) => [g.periodKey, g.reason])).toEqual([["201415|Academic year", null]]);
    expect(bc.path!.match(/M/g)).toHaveLength(2);
    expect(bc.ratios).toHaveLength(5);
  });
});

describe("the figures, as published and as computed", () => {
  it("shows Gypsy/Roma pupils' 2016/17 rate as published, 0.43, and the ratio and interval from the counts, 90 of 21,260", () => {
    const table = ratioTrend.table(view).value;
    expect(table).toContain("Rate per 100, as published");
    expect(table).toContain("Ratio to White British (from the counts)");
    const row = /<tr><th scope="row">Gypsy\/Roma<\/th><td>2016\/17<\/td>.*?<\/tr>/.exec(table)![0];
    expect(row).toContain('<span class="value">0.43</span>');
    expect(row).not.toContain("0.42");
    expect(row).toContain("90</span> of <span class=\"value\">21,260");
    expect(row).toContain("4.21×");
    expect(row).toContain("3.42 to 5.18");
  });

  it("writes a CSV row per group and year whose column names say which figures are published and which come from the counts", () => {
    const { rows } = ratioTrend.csv(view);
    expect(rows[0]).toEqual([
      "Ethnicity", "Period", "Period start",
      "Rate per 100 (as published where published)", "Rate is",
      "White British rate per 100 (as published where published)", "White British rate is",
      "Ratio to White British (from the counts)", "95% interval from (from the counts)", "95% interval to (from the counts)",
      "Permanent exclusions", "Pupils (headcount)", "White British: Permanent exclusions", "White British: Pupils (headcount)",
      "Qualifier or reason", "Source", "Source address",
    ]);
    expect(rows).toHaveLength(1 + 4 * 6);
    const gr = rows.find((r) => r[0] === "Gypsy/Roma" && r[1] === "2016/17")!;
    expect(gr.slice(3, 7)).toEqual(["0.43", "as published", "0.1", "as published"]);
    expect(Number(gr[7]).toFixed(4)).toBe((90 / 21260 / (5470 / 5439705)).toFixed(4));
    expect(gr.slice(10, 14)).toEqual(["90", "21260", "5470", "5439705"]);
    const chinese = rows.find((r) => r[0] === "Chinese" && r[1] === "2011/12")!;
    expect([chinese[7], chinese[14]]).toEqual(["", "no ratio: too few to say"]);
  });

  it("says where a rate is worked out from the counts because none is published", () => {
    const unpublished = {
      ...view,
      series: [{ ...view.series[0]!, points: view.series[0]!.points.slice(5).map((p) => ({ ...p, group: { ...p.group, rate: { kind: "value" as const, value: (90 / 21260) * 100 }, basis: "counts" as const } })) }],
    };
    const row = ratioTrend.csv(unpublished).rows[1]!;
    expect(row.slice(3, 5)).toEqual([String((90 / 21260) * 100), "worked out from the counts"]);
    expect(row[14]).toBe("rate worked out from the counts, none published");
    expect(ratioTrend.table(unpublished).value).toContain("0.42</span> <span class=\"qualifier\">(worked out from the counts)</span>");
  });
});

describe("words", () => {
  it("summarises each group's trend with its first and latest ratio and whether their intervals overlap", () => {
    expect(ratioTrend.summary(view)).toEqual([
      "Gypsy/Roma: permanent exclusions per 100 pupils at 4.21 times the rate of White British in 2016/17 (95% interval 3.42 to 5.18), up from 3.98 times in 2011/12 (95% interval 2.97 to 5.34). The two intervals overlap, so this is no clear change.",
      "White and Black Caribbean: permanent exclusions per 100 pupils at 2.37 times the rate of White British in 2016/17 (95% interval 2.10 to 2.67), down from 2.86 times in 2011/12 (95% interval 2.48 to 3.30). The two intervals overlap, so this is no clear change.",
      "Black Caribbean: permanent exclusions per 100 pupils at 2.79 times the rate of White British in 2016/17 (95% interval 2.47 to 3.16), down from 3.02 times in 2011/12 (95% interval 2.63 to 3.47). The two intervals overlap, so this is no clear change.",
      "Chinese: no ratio to White British in any year. No ratio for 2011/12 (too few to say), 2012/13 (too few to say), 2013/14 (not available), 2014/15 (not available), 2015/16 (too few to say), 2016/17 (not available).",
    ]);
  });

  it("reads a ratio's tooltip as the group, the ratio with its interval, both rates as published with their counts, the year and the source", () => {
    expect(ratioTrend.tooltip(view, { group: "Gypsy/Roma", period: Y1617 })).toEqual({
      heading: "Gypsy/Roma",
      lines: [
        "4.21 times the rate of White British (95% interval 3.42 to 5.18)",
        "Rate 0.43 per 100 as published (90 of 21,260)",
        "White British: 0.10 per 100 as published (5,470 of 5,439,705)",
        "2016/17",
        "Source: Department for Education, Jul 2018",
      ],
    });
    expect(ratioTrend.tooltip(view, { group: "Chinese", period: "201112|Academic year" })!.lines[0]).toBe("No ratio to White British: too few to say");
    expect(ratioTrend.tooltip(view, { group: "Nobody", period: Y1617 })).toBeNull();
  });

  it("describes the chart for a screen reader: what is compared with whom, the scale, and what is not drawn", () => {
    const desc = /<desc [^>]*>([^<]*)<\/desc>/.exec(ratioTrend.draw(view, WIDE))![1]!;
    expect(desc).toContain("as a ratio to the rate of White British, England, 2011/12 to 2016/17: one panel per group of ethnicity, 4 panels, on one log scale with a rule at 1");
    expect(desc).toContain("Not drawn: Chinese, 2011/12 (too few to say);");
  });
});
