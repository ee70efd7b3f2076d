import { describe, expect, it } from "vitest";
import { barChart } from "./bar-chart.ts";
import { londonByPhase, londonTrend } from "./fixtures.ts";
import { DEFAULT_SIZE, NARROW_SIZE, renderChart } from "./index.ts";
import { lineChart } from "./line-chart.ts";

describe("renderChart", () => {
  it("draws each kind of view with its chart", () => {
    expect(renderChart(londonTrend, DEFAULT_SIZE)).toBe(lineChart(londonTrend, DEFAULT_SIZE));
    expect(renderChart(londonByPhase, NARROW_SIZE)).toBe(barChart(londonByPhase, NARROW_SIZE));
    expect(renderChart(londonTrend)).toContain('class="chart-trend"');
  });
});
