import { describe, expect, it } from "vitest";
import { contrastRatio } from "../palette.ts";
import { BAND_COLOURS, bandWidth, binIndex, binsFor, shownValue } from "./bins.ts";

const percent = { unit: "%" as const, decimals: 2 };

describe("the map's bands", () => {
  it("are round bands from a round value at or below the lowest figure", () => {
    expect(bandWidth(0, 0.14413)).toEqual({ start: 0, width: 0.05 });
    expect(bandWidth(0.01819, 0.38)).toEqual({ start: 0, width: 0.1 });
    expect(bandWidth(1.2, 14.7)).toEqual({ start: 0, width: 5 });
    expect(binsFor([0.08779, 0.04963, 0, 0.14413], percent).map((b) => b.label)).toEqual([
      "0.00% to under 0.05%",
      "0.05% to under 0.10%",
      "0.10% to 0.15%",
    ]);
  });

  it("put a figure on a band's lower edge in that band, and the top figure in the last band", () => {
    const bins = binsFor([0, 0.15], percent);
    expect(binIndex(0, bins)).toBe(0);
    expect(binIndex(0.04999, bins)).toBe(0);
    expect(binIndex(0.05, bins)).toBe(1);
    expect(binIndex(0.15, bins)).toBe(2);
  });

  it("band figures as they are shown, so 0.04963 shown as 0.05% is in the band from 0.05%", () => {
    const bins = binsFor([0, 0.14413], percent);
    expect(shownValue(0.04963, percent)).toBe(0.05);
    expect(bins[binIndex(shownValue(0.04963, percent), bins)]!.label).toBe("0.05% to under 0.10%");
  });

  it("say so when every figure is the same", () => {
    expect(binsFor([0, 0], percent).map((b) => b.label)).toEqual(["0.00% (every area)"]);
    expect(binsFor([], percent)).toEqual([]);
  });

  it("write edges with enough decimals to be exact", () => {
    expect(binsFor([0.001, 0.012], percent).map((b) => b.label)).toEqual([
      "0.0000% to under 0.0025%",
      "0.0025% to under 0.0050%",
      "0.0050% to under 0.0075%",
      "0.0075% to under 0.0100%",
      "0.0100% to 0.0125%",
    ]);
  });

  it.each([
    [[3, 3], 1],
    [[0, 0.06], 3],
    [[0.9, 1.1], 4],
    [[0.001, 0.012], 5],
  ])("for figures %j (%i bands), differ from the next band by 3:1 contrast or by dots", (values, count) => {
    const bins = binsFor(values, percent);
    expect(bins).toHaveLength(count);
    for (let i = 1; i < bins.length; i++) {
      const [a, b] = [bins[i - 1]!, bins[i]!];
      expect(contrastRatio(a.colour, b.colour) >= 3 || a.dotted !== b.dotted).toBe(true);
    }
    for (const b of bins.filter((bin) => bin.dotted)) expect(contrastRatio(b.colour, b.dotColour)).toBeGreaterThanOrEqual(3);
  });

  it("use five blues a step of about 1.9:1 apart, two steps at least 3:1", () => {
    const steps = BAND_COLOURS.slice(1).map((c, i) => contrastRatio(BAND_COLOURS[i]!, c));
    for (const s of steps) expect(s).toBeGreaterThan(1.8);
    for (let i = 2; i < BAND_COLOURS.length; i++) expect(contrastRatio(BAND_COLOURS[i - 2]!, BAND_COLOURS[i]!)).toBeGreaterThanOrEqual(3);
  });
});
