import { describe, expect, it } from "vitest";
import type { View } from "../stats/view-types.ts";
import { exclusionsByEthnicity } from "./fixtures/exclusions.ts";
import { exclusionsOverTime } from "./fixtures/exclusions-over-time.ts";
import { exclusionRatios } from "./fixtures/exclusions-ratios.ts";
import { londonByPhase, londonTrend } from "./fixtures/london.ts";
import { usShares } from "./fixtures/us.ts";
import { exclusionsMap } from "./hexmap/fixtures.ts";
import { KINDS, drawChart, kindOf } from "./registry.ts";
import { DEFAULT_SIZE, PAGE_SIZES } from "./sizes.ts";

const views: View[] = [londonTrend, londonByPhase, exclusionsByEthnicity, exclusionsOverTime, exclusionRatios, usShares, exclusionsMap];

describe("the chart kinds", () => {
  it("has one for each kind of view, found by the view's kind", () => {
    expect(Object.keys(KINDS)).toEqual(["trend", "breakdown", "comparison", "multiples", "ratio-trend", "shares", "hexmap"]);
    for (const view of views) expect(kindOf(view)).toBe(KINDS[view.kind]);
  });

  it("draws each kind of view with its own chart, at the default size unless told", () => {
    for (const view of views) {
      const svg = drawChart(view, PAGE_SIZES[0]!);
      expect(svg).toContain(`class="chart-${view.kind}"`);
      expect(svg).toContain(`viewBox="0 0 ${PAGE_SIZES[0]!.width} `);
      expect(drawChart(view)).toBe(kindOf(view).draw(view, DEFAULT_SIZE));
    }
  });

  it("gives every kind a table, CSV rows of its own figures, a summary and notes", () => {
    for (const view of views) {
      const kind = kindOf(view);
      expect(kind.table(view).value).toContain(`<caption>${view.title.replace(/'/g, "&#39;")}: the figures`);
      expect(kind.csv(view).rows.length).toBeGreaterThan(1);
      expect(kind.summary(view).length).toBeGreaterThan(0);
      expect(kind.notes(view)).toEqual(expect.arrayContaining(view.notes));
    }
  });
});
