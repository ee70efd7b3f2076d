import { describe, expect, it } from "vitest";
import { loadDataset } from "../node/load-dataset.ts";
import { comparisonViews } from "../stats/comparison.ts";
import { barChart } from "./bar-chart.ts";
import { comparisonChart } from "./comparison-chart.ts";
import { londonByPhase, londonTrend } from "./fixtures.ts";
import { DEFAULT_SIZE, renderChart } from "./index.ts";
import { PAGE_SIZES } from "./sizes.ts";
import { lineChart } from "./line-chart.ts";
import { sharesChart } from "./shares-chart.ts";

describe("renderChart", () => {
  it("draws each kind of view with its chart", async () => {
    expect(renderChart(londonTrend, DEFAULT_SIZE)).toBe(lineChart(londonTrend, DEFAULT_SIZE));
    expect(renderChart(londonByPhase, PAGE_SIZES[0]!)).toBe(barChart(londonByPhase, PAGE_SIZES[0]!));
    expect(renderChart(londonTrend)).toContain('class="chart-trend"');

    const exclusions = await loadDataset("data", "exclusions-2016-17");
    const comparison = comparisonViews("exclusions", exclusions.table!, exclusions.descriptor, 0)[0]!;
    expect(comparison.kind).toBe("comparison");
    expect(renderChart(comparison, PAGE_SIZES[0]!)).toBe(comparison.kind === "comparison" && comparisonChart(comparison, PAGE_SIZES[0]!));
    const us = await loadDataset("data", "us-school-policing");
    const shares = comparisonViews("us", us.table!, us.descriptor, 0)[0]!;
    expect(shares.kind).toBe("shares");
    expect(renderChart(shares)).toBe(shares.kind === "shares" && sharesChart(shares, DEFAULT_SIZE));
  });
});
