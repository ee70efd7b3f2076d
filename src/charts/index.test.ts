import { describe, expect, it } from "vitest";
import { barChart } from "./bar-chart.ts";
import { comparisonChart } from "./comparison-chart.ts";
import { exclusionsByEthnicity } from "./fixtures/exclusions.ts";
import { londonByPhase, londonTrend } from "./fixtures/london.ts";
import { usShares } from "./fixtures/us.ts";
import { DEFAULT_SIZE, renderChart } from "./index.ts";
import { PAGE_SIZES } from "./sizes.ts";
import { lineChart } from "./line-chart.ts";
import { sharesChart } from "./shares-chart.ts";

describe("renderChart", () => {
  it("draws each kind of view with its chart", () => {
    expect(renderChart(londonTrend, DEFAULT_SIZE)).toBe(lineChart(londonTrend, DEFAULT_SIZE));
    expect(renderChart(londonByPhase, PAGE_SIZES[0]!)).toBe(barChart(londonByPhase, PAGE_SIZES[0]!));
    expect(renderChart(londonTrend)).toContain('class="chart-trend"');

    expect(renderChart(exclusionsByEthnicity, PAGE_SIZES[0]!)).toBe(comparisonChart(exclusionsByEthnicity, PAGE_SIZES[0]!));
    expect(renderChart(usShares)).toBe(sharesChart(usShares, DEFAULT_SIZE));
  });
});
