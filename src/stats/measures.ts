import { REASON_LABEL } from "../data/symbols.ts";
import type { Cell, MissingCell } from "../data/types.ts";

/**
 * The measures a breakdown is read by, as pure functions of published cells. Any symbol in an
 * input makes the result carry that symbol's reason: a rate, ratio or difference is never
 * computed from a cell that is not a number.
 */

/** A computed figure: a value with an optional 95% interval, or the reason there is none. */
export type Estimate =
  | { kind: "value"; value: number; lower?: number; upper?: number }
  | { kind: "missing"; reason: EstimateReason; symbol: string };

/** Why a computed figure is absent: an input's reason, or too few events to say anything. */
export type EstimateReason = MissingCell["reason"] | "too-few" | "zero-denominator";

/** Below this many events in a group, a rate ratio's interval is too wide to be worth reading. */
export const MIN_EVENTS = 10;

/** The z-value for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/** Carries the first missing input's reason forward. */
function firstMissing(...cells: Cell[]): Estimate | null {
  const missing = cells.find((c): c is MissingCell => c.kind === "missing");
  return missing ? { kind: "missing", reason: missing.reason, symbol: missing.symbol } : null;
}

/** Events per `per` of the denominator (per 100, 1,000 or 10,000). */
export function rate(numerator: Cell, denominator: Cell, per: number): Estimate {
  const missing = firstMissing(numerator, denominator);
  if (missing) return missing;
  const n = (numerator as { value: number }).value;
  const d = (denominator as { value: number }).value;
  if (d === 0) return { kind: "missing", reason: "zero-denominator", symbol: "" };
  return { kind: "value", value: (n / d) * per };
}

/**
 * A group's risk relative to a reference group, with a 95% interval by the log method
 * (Katz): SE(ln RR) = √(1/a − 1/n₁ + 1/c − 1/n₂). Too few events in either group gives "too few to say".
 */
export function riskRatio(events: Cell, population: Cell, refEvents: Cell, refPopulation: Cell, minEvents = MIN_EVENTS): Estimate {
  const missing = firstMissing(events, population, refEvents, refPopulation);
  if (missing) return missing;
  const a = (events as { value: number }).value;
  const n1 = (population as { value: number }).value;
  const c = (refEvents as { value: number }).value;
  const n2 = (refPopulation as { value: number }).value;
  if (n1 === 0 || n2 === 0) return { kind: "missing", reason: "zero-denominator", symbol: "" };
  if (a < minEvents || c < minEvents) return { kind: "missing", reason: "too-few", symbol: "" };
  const ratio = a / n1 / (c / n2);
  const se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2);
  return { kind: "value", value: ratio, lower: ratio * Math.exp(-Z95 * se), upper: ratio * Math.exp(Z95 * se) };
}

/** Ratio of two published rates when no counts are published: a point estimate with no interval. */
export function rateRatio(groupRate: Cell, refRate: Cell): Estimate {
  const missing = firstMissing(groupRate, refRate);
  if (missing) return missing;
  const r = (refRate as { value: number }).value;
  if (r === 0) return { kind: "missing", reason: "zero-denominator", symbol: "" };
  return { kind: "value", value: (groupRate as { value: number }).value / r };
}

/** The difference in percentage points between two percentages (e.g. share of outcome minus share of population). */
export function pointsDifference(a: Cell, b: Cell): Estimate {
  const missing = firstMissing(a, b);
  if (missing) return missing;
  return { kind: "value", value: (a as { value: number }).value - (b as { value: number }).value };
}

/** A share as a percentage of a total, when both counts are published. */
export function share(part: Cell, total: Cell): Estimate {
  return rate(part, total, 100);
}

/** Words for a computed figure's absence: a symbol's own words, and the two reasons only a computation has. */
export const ESTIMATE_REASON_LABEL: Record<EstimateReason, string> = {
  ...REASON_LABEL,
  "too-few": "too few to say",
  "zero-denominator": "no rate: the denominator is zero",
};
