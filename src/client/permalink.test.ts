import { describe, expect, it } from "vitest";
import { readState, stateUrl } from "./permalink.ts";

describe("a chart's link", () => {
  const page = "https://example.org/site/datasets/london-officers/?old=1#top";

  it("names the chart, the table view and the value picked, and jumps to the chart", () => {
    expect(stateUrl(page, { view: "ldn-trend", show: "table", series: "Safer Schools Officers", period: "201011|Academic year" })).toBe(
      "https://example.org/site/datasets/london-officers/?view=ldn-trend&show=table&series=Safer+Schools+Officers&period=201011%7CAcademic+year#ldn-trend",
    );
  });

  it("reads back exactly what it wrote", () => {
    const state = { view: "ldn-phase", show: "chart" as const, bar: "Primary", period: "2019|February" };
    expect(readState(stateUrl(page, state))).toEqual(state);
  });

  it("leaves a page alone when its address names no chart", () => {
    expect(readState(page)).toBeNull();
  });
});
