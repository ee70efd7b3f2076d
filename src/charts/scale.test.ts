import { scaleLog as d3ScaleLog } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaleLog } from "./scale.ts";

describe("scaleLog", () => {
  it("places ratios on a log axis and holds values outside the domain at its ends", () => {
    const x = scaleLog().base(2).domain([0.25, 4]).range([100, 500]).clamp(true);
    expect([x(1), x(2), x(0.1), x(8)]).toEqual([300, 400, 100, 500]);
  });

  it("gives exactly d3-scale's positions, which it stands in for in the browser bundle", () => {
    const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), positive, fc.boolean(), (d0, d1, r0, r1, value, clamp) => {
        const ours = scaleLog().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        const theirs = d3ScaleLog().domain([d0, d1]).range([r0, r1]).clamp(clamp);
        return Object.is(ours(value), theirs(value));
      }),
      { numRuns: 20_000 },
    );
  });
});
