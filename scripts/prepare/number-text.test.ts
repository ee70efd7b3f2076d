import { describe, expect, it } from "vitest";
import { plainNumberText } from "./number-text.ts";

describe("plainNumberText", () => {
  it("writes the Local Authority Interactive Tool's raw values as the shortest text with the same value", () => {
    expect(plainNumberText("0.12518000000000001")).toBe("0.12518");
    expect(plainNumberText("9.7341099999999994")).toBe("9.73411");
    expect(plainNumberText("8.4430000000000005E-2")).toBe("0.08443");
    expect(plainNumberText("6.08E-2")).toBe("0.0608");
    expect(plainNumberText("3071")).toBe("3071");
    expect(plainNumberText("0")).toBe("0");
  });

  it("keeps every digit that changes the value: 33.300000000000004 is not the same number as 33.3", () => {
    expect(plainNumberText("33.300000000000004")).toBe("33.300000000000004");
    expect(Number(plainNumberText("33.300000000000004"))).not.toBe(33.3);
  });

  it("never writes E-notation, however small or large the number", () => {
    expect(plainNumberText("1.5E-7")).toBe("0.00000015");
    expect(plainNumberText("-2.5e-9")).toBe("-0.0000000025");
    expect(plainNumberText("1E21")).toBe("1000000000000000000000");
    expect(plainNumberText("1.25e22")).toBe("12500000000000000000000");
  });

  it("reads back to the value it was given, for any double", () => {
    for (const value of [Math.PI, 1 / 3, 1e-300, 123456789.123, 5e-324, 1.7976931348623157e308]) {
      expect(Number(plainNumberText(String(value)))).toBe(value);
    }
  });

  it("refuses text that is not a number rather than guess", () => {
    for (const text of ["-", "x", "", "1,204", "12%", "NaN", "Infinity"]) expect(() => plainNumberText(text)).toThrow(/is not a/);
  });
});
