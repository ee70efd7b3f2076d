import { describe, expect, it } from "vitest";
import type { Cell } from "../data/types.ts";
import { pointsDifference, rate, rateRatio, riskRatio } from "./measures.ts";

const n = (value: number): Cell => ({ kind: "value", value, flags: [] });
const suppressed: Cell = { kind: "missing", reason: "suppressed", symbol: "c" };

/** The Katz log interval written out independently of the code under test. */
function katz(a: number, n1: number, c: number, n2: number) {
  const rr = (a / n1) / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  return { rr, lower: Math.exp(Math.log(rr) - 1.96 * se), upper: Math.exp(Math.log(rr) + 1.96 * se) };
}

describe("rate", () => {
  it("gives the DfE permanent exclusion rate for Black Caribbean pupils, 2016/17: 260 of 92,595 is 0.28 per 100", () => {
    const r = rate(n(260), n(92_595), 100);
    expect(r.kind).toBe("value");
    expect(r.kind === "value" && r.value.toFixed(2)).toBe("0.28");
  });

  it("gives 0.10 per 100 for White British pupils (5,470 of 5,439,705)", () => {
    const r = rate(n(5_470), n(5_439_705), 100);
    expect(r.kind === "value" && r.value.toFixed(2)).toBe("0.10");
  });

  it("carries a suppressed count forward instead of computing a rate", () => {
    expect(rate(suppressed, n(92_595), 100)).toEqual({ kind: "missing", reason: "suppressed", symbol: "c" });
  });

  it("never divides by a zero denominator", () => {
    expect(rate(n(3), n(0), 100)).toEqual({ kind: "missing", reason: "zero-denominator", symbol: "" });
  });
});

describe("riskRatio", () => {
  it("puts Black Caribbean pupils' permanent exclusion risk at about 2.8 times White British pupils', with a 95% interval", () => {
    const r = riskRatio(n(260), n(92_595), n(5_470), n(5_439_705));
    const expected = katz(260, 92_595, 5_470, 5_439_705);
    expect(r.kind).toBe("value");
    if (r.kind !== "value") return;
    expect(r.value.toFixed(2)).toBe("2.79");
    expect(r.value).toBeCloseTo(expected.rr, 10);
    expect(r.lower).toBeCloseTo(expected.lower, 3);
    expect(r.upper).toBeCloseTo(expected.upper, 3);
    expect(r.lower!.toFixed(2)).toBe("2.47");
    expect(r.upper!.toFixed(2)).toBe("3.16");
  });

  it("puts pupils eligible for free school meals at about 4 times those not eligible (3,085 of 1,118,465 vs 4,630 of 6,906,170)", () => {
    const r = riskRatio(n(3_085), n(1_118_465), n(4_630), n(6_906_170));
    const expected = katz(3_085, 1_118_465, 4_630, 6_906_170);
    expect(r.kind === "value" && r.value.toFixed(1)).toBe("4.1");
    expect(r.kind === "value" && r.lower).toBeCloseTo(expected.lower, 3);
    expect(r.kind === "value" && r.upper).toBeCloseTo(expected.upper, 3);
  });

  it("says 'suppressed', not a ratio, when a count is suppressed", () => {
    expect(riskRatio(suppressed, n(92_595), n(5_470), n(5_439_705))).toEqual({ kind: "missing", reason: "suppressed", symbol: "c" });
  });

  it("says 'too few to say' when a group has fewer than 10 events", () => {
    expect(riskRatio(n(7), n(21_260), n(5_470), n(5_439_705))).toEqual({ kind: "missing", reason: "too-few", symbol: "" });
  });

  it("reads 90 permanent exclusions of 21,260 Gypsy/Roma pupils as enough to say", () => {
    const r = riskRatio(n(90), n(21_260), n(5_470), n(5_439_705));
    expect(r.kind === "value" && r.value.toFixed(1)).toBe("4.2");
  });
});

describe("rateRatio and pointsDifference", () => {
  it("compares published suspension rates without counts: SEN support 18.59 vs no SEN 4.69 is about 4.0, with no interval", () => {
    const r = rateRatio(n(18.59), n(4.69));
    expect(r).toEqual({ kind: "value", value: 18.59 / 4.69 });
    expect(r.kind === "value" && r.value.toFixed(1)).toBe("4.0");
  });

  it("gives Black children's share of stop and searches, 20%, as 14 points above their 6% population share", () => {
    expect(pointsDifference(n(20), n(6))).toEqual({ kind: "value", value: 14 });
  });

  it("carries 'not available' forward from either input", () => {
    expect(pointsDifference(n(20), { kind: "missing", reason: "not-available", symbol: "x" })).toEqual({
      kind: "missing",
      reason: "not-available",
      symbol: "x",
    });
  });
});
