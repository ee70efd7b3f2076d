import { describe, expect, it } from "vitest";
import { scaleLinear, scaleLog, scaleUtc } from "./scale.ts";
import { tickIncrement, ticks } from "./ticks.ts";

describe("scaleLinear", () => {
  it("extends the domain to round values and ticks it as d3 does", () => {
    const y = scaleLinear().domain([0, 97.3]).range([300, 20]).nice(5);
    expect(y.domain()).toEqual([0, 100]);
    expect(y.ticks(5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(y(50)).toBe(160);
    expect(y(-1)).toBe(302.8);
  });

  it("maps a reversed domain onto the range the same way round", () => {
    const x = scaleLinear().domain([10, 0]).range([0, 100]);
    expect([x(10), x(0), x(2.5)]).toEqual([0, 100, 75]);
  });
});

describe("scaleLog", () => {
  it("places ratios on a log axis and holds values outside the domain at its ends", () => {
    const x = scaleLog().base(2).domain([0.25, 4]).range([100, 500]).clamp(true);
    expect([x(1), x(2), x(0.1), x(8)]).toEqual([300, 400, 100, 500]);
  });
});

describe("scaleUtc", () => {
  it("is linear in time", () => {
    const x = scaleUtc().domain([new Date(Date.UTC(2010, 0, 1)), new Date(Date.UTC(2020, 0, 1))]).range([40, 600]);
    expect(x(new Date(Date.UTC(2015, 0, 1)))).toBe(320);
  });
});

describe("ticks", () => {
  it("chooses steps of 1, 2 or 5 times a power of ten, as d3 does", () => {
    expect(ticks(0, 97.3, 5)).toEqual([0, 20, 40, 60, 80]);
    expect(ticks(0.1, 0.47, 4)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(ticks(10, 0, 2)).toEqual([10, 5, 0]);
    expect([tickIncrement(0, 97.3, 5), tickIncrement(0, 0.47, 4)]).toEqual([20, -10]);
  });
});
