import { describe, expect, it } from "vitest";
import { formatFixed, formatInUnit, formatPlain, formatSignedPercent } from "./number.ts";

describe("number formats", () => {
  it("fix decimals and separate thousands, with a plain minus and no sign on a rounded zero", () => {
    expect([formatFixed(1234.5, 2), formatFixed(-1234.5, 0), formatFixed(-0.001, 2), formatFixed(7720, 0)]).toEqual(["1,234.50", "-1,235", "0.00", "7,720"]);
  });

  it("write a plain number with no trailing zeros", () => {
    expect([formatPlain(1234.5), formatPlain(0.1 + 0.2), formatPlain(10000)]).toEqual(["1,234.5", "0.3", "10,000"]);
  });

  it("sign whole percentages, even a negative one that rounds to zero", () => {
    expect([formatSignedPercent(0.123), formatSignedPercent(0), formatSignedPercent(-0.004), formatSignedPercent(-0.25)]).toEqual(["+12%", "+0%", "-0%", "-25%"]);
  });

  it("write each unit as published", () => {
    expect([formatInUnit(12, "%", 0), formatInUnit(3.46, "pp", 1), formatInUnit(1200, "£", 0), formatInUnit(4.25, "£m", 1), formatInUnit(5439705, "", 0)]).toEqual([
      "12%",
      "3.5 pp",
      "£1,200",
      "£4.3m",
      "5,439,705",
    ]);
  });
});
