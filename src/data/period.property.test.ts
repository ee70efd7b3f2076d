import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "./period.ts";

const ERROR_CODES = ["unknown-identifier", "bad-time-period", "needs-two-years", "needs-one-year", "not-consecutive", "bad-week"];

/** Every identifier the standard names, as published. */
const IDENTIFIERS = [
  "Calendar year", "Academic year", "Financial year", "Tax year", "Reporting year",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "Week 1", "Week 26", "Week 52", "Financial year Q1", "Financial year Q2", "Financial year Q3", "Financial year Q4",
  "Autumn term", "Spring term", "Summer term", "Autumn and spring term", "Part 1 (April to September)", "Part 2 (October to March)",
];

/** A time_period as files write it: four or six digits, sometimes slashed, sometimes anything. */
const timePeriod = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")),
  fc.integer({ min: 0, max: 9998 }).map((y) => `${String(y).padStart(4, "0")}${String((y + 1) % 100).padStart(2, "0")}`),
  fc.integer({ min: 1000, max: 9998 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`),
  fc.string({ unit: fc.constantFrom(..."0123456789/-".split("")), maxLength: 8 }),
  fc.string({ maxLength: 10 }),
);
const identifier = fc.oneof(fc.constantFrom(...IDENTIFIERS), fc.string({ maxLength: 20 }));

describe("parsePeriod, for any pair of texts", () => {
  it("places a period with a real start before its end, or names an error, and never throws", () => {
    fc.assert(
      fc.property(timePeriod, identifier, (tp, ti) => {
        const result = parsePeriod(tp, ti);
        if (result.kind === "error") return ERROR_CODES.includes(result.code);
        const { start, end, label } = result.period;
        return Number.isFinite(Date.parse(start)) && Date.parse(start) < Date.parse(end) && label.length > 0;
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a period again from its standard form and identifier as the same period", () => {
    fc.assert(
      fc.property(timePeriod, fc.constantFrom(...IDENTIFIERS), (tp, ti) => {
        const result = parsePeriod(tp, ti);
        if (result.kind === "error") return true;
        const again = parsePeriod(result.period.timePeriod, result.period.timeIdentifier);
        expect(again).toEqual({ kind: "period", period: result.period });
      }),
      { numRuns: 5000 },
    );
  });

  it("starts every academic year on 1 September and labels it as published", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), (y) => {
        const yy = String((y + 1) % 100).padStart(2, "0");
        const result = parsePeriod(`${y}${yy}`, "Academic year");
        expect(result).toMatchObject({ kind: "period", period: { label: `${y}/${yy}`, start: `${y}-09-01`, end: `${y + 1}-09-01` } });
      }),
    );
  });

  it("never accepts six digits whose years are not consecutive", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...IDENTIFIERS), (y, second, ti) => {
        fc.pre((y + 1) % 100 !== second);
        expect(parsePeriod(`${y}${String(second).padStart(2, "0")}`, ti)).toEqual({ kind: "error", code: "not-consecutive" });
      }),
    );
  });
});
