import { describe, expect, it } from "vitest";
import type { TrendView } from "../../stats/view-types.ts";
import { missing, period, point, value } from "../fixtures/cells.ts";
import { londonTrend } from "../fixtures/london.ts";
import { summariseTrend } from "./words.ts";

/** A trend's summary is sentences a reporter could quote, never "label: a in t1, b in t2". */

describe("a trend in brief", () => {
  it("says which way each definition went, from when to when and by how much, across how many figures", () => {
    expect(summariseTrend(londonTrend)).toEqual([
      "Safer Schools Officers rose from 183 in 2010/11 to 350 in 2019/20, up 167 (+91%), across 3 published figures.",
      "Officers in London's schools rose from 270 in 2014/15 to 295 in 2017, up 25 (+9%).",
      "Officers with full-time roles in schools rose from 280 (estimate) in 2017/18 to 420 in Mar 2019, up 140 (+50%).",
    ]);
  });

  it("says a single figure is the only one, and names a figure that is missing rather than skipping it", () => {
    const view: TrendView = {
      ...londonTrend,
      series: [
        { key: "uk", label: "officers whose roles are exclusively focused on schools", points: [point(period("202021", "Spring term"), value(683), "newstatesman-2021")] },
        { key: "england", label: "forces with no dedicated officer in schools", points: [point(period("2017", "Calendar year"), missing("not-available", "x"), "newstatesman-2021")] },
      ],
    };
    expect(summariseTrend(view)).toEqual([
      "The one published figure for officers whose roles are exclusively focused on schools is 683, for Spring term 2020/21.",
      "No figure is published for forces with no dedicated officer in schools. No figure for 2017 (not available).",
    ]);
  });
});
