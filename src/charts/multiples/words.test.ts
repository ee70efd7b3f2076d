import { describe, expect, it } from "vitest";
import { changeDecimals } from "./words.ts";

describe("the change in a rate, in words that add up", () => {
  it("keeps two decimal places when the rates as shown differ by the change as shown", () => {
    // White British 4,800 of 5,400,000 then 5,470 of 5,439,705: 0.09 and 0.10, up 0.01.
    expect(changeDecimals(0.0889, 0.1006)).toBe(2);
    expect(changeDecimals(0.28, 0.28)).toBe(2);
  });

  it("uses a third place when two would show no change, or a change the rates as shown do not make", () => {
    // 0.2778 to 0.2808 shows as 0.28 and 0.28, though the rate rose by 0.003.
    expect(changeDecimals(0.2778, 0.2808)).toBe(3);
    // 0.0848 to 0.0962 shows as 0.08 and 0.10 (0.02 apart), though the rate rose by 0.011.
    expect(changeDecimals(0.0848, 0.0962)).toBe(3);
  });
});
