import { describe, expect, it } from "vitest";
import { formatFixed, formatPlain, formatSignedPercent, precisionFixed } from "./number-format.ts";

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

  it("gives the decimals a tick step needs", () => {
    expect([precisionFixed(20), precisionFixed(2.5), precisionFixed(0.25), precisionFixed(0.05)]).toEqual([0, 0, 1, 2]);
  });
});
