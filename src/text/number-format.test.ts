import { format } from "d3-format";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFixed, formatPlain, formatSignedPercent } from "./number-format.ts";

describe("number formats", () => {
  it("fixes decimals and separates thousands, with a true minus sign and no sign on a rounded zero", () => {
    expect([formatFixed(1234.5, 2), formatFixed(-1234.5, 0), formatFixed(-0.001, 2), formatFixed(7720, 0)]).toEqual(["1,234.50", "\u22121,235", "0.00", "7,720"]);
  });

  it("writes a plain number with no trailing zeros", () => {
    expect([formatPlain(1234.5), formatPlain(0.1 + 0.2), formatPlain(3)]).toEqual(["1,234.5", "0.3", "3"]);
  });

  it("signs whole percentages, even a negative one that rounds to zero", () => {
    expect([formatSignedPercent(0.123), formatSignedPercent(0), formatSignedPercent(-0.004), formatSignedPercent(-0.25)]).toEqual(["+12%", "+0%", "\u22120%", "\u221225%"]);
  });
});

/** Any finite number a CSV might hold, from tiny shares to national counts, with the awkward ones forced in. */
const anyNumber = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
  fc.constantFrom(0, -0, 0.005, -0.005, 0.125, 1e-7, 999.995, 7720, 5_439_705, 0.1 + 0.2),
);

describe("number formats match d3-format, which they stand in for in the browser bundle", () => {
  it("`,.Nf` for every number and 0 to 6 decimals", () => {
    fc.assert(fc.property(anyNumber, fc.integer({ min: 0, max: 6 }), (value, decimals) => formatFixed(value, decimals) === format(`,.${decimals}f`)(value)), { numRuns: 20_000 });
  });

  it("`,` and `+.0%` for every number", () => {
    const plain = format(",");
    const percent = format("+.0%");
    fc.assert(fc.property(anyNumber, (value) => formatPlain(value) === plain(value) && formatSignedPercent(value) === percent(value)), { numRuns: 20_000 });
  });
});
