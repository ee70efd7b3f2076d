import type { Cell } from "../data/types.ts";
import { formatFixed, formatPlain } from "../text/number.ts";
import { ESTIMATE_REASON_LABEL, type Estimate } from "./measures.ts";

/** How computed figures (rates, ratios, intervals, differences) read, the same in charts, tables, summaries and tooltips. */

const fixed2 = (value: number): string => formatFixed(value, 2);

/** A rate to two decimal places, or the reason there is none. */
export function formatRate(e: Estimate): string {
  return e.kind === "value" ? fixed2(e.value) : ESTIMATE_REASON_LABEL[e.reason];
}

/** What a rate is per, thousands separated: `100`, `1,000`. */
export function formatPer(per: number): string {
  return formatPlain(per);
}

/** The counts a rate comes from, ` (260 of 92,595)`, or nothing unless both are published numbers. */
export function formatCounts(numerator: Cell | null, denominator: Cell | null): string {
  return numerator?.kind === "value" && denominator?.kind === "value" ? ` (${formatFixed(numerator.value, 0)} of ${formatFixed(denominator.value, 0)})` : "";
}

/** A rate with its base and counts, `0.28 per 100 (260 of 92,595)`, or the reason there is none. */
export function formatRatePer(rate: Estimate, per: number, numerator: Cell | null = null, denominator: Cell | null = null): string {
  return rate.kind === "value" ? `${formatRate(rate)} per ${formatPer(per)}${formatCounts(numerator, denominator)}` : formatRate(rate);
}

/**
 * A rate shown with where it comes from when it has counts beside it: `0.43 per 100 as published
 * (90 of 21,260)`, `0.42 per 100 worked out from the counts (…)`, or the reason there is none.
 */
export function formatShownRate(rate: Estimate, per: number, basis: "published" | "counts" | undefined, numerator: Cell | null = null, denominator: Cell | null = null): string {
  const counts = formatCounts(numerator, denominator);
  if (rate.kind === "missing" || !counts) return formatRatePer(rate, per, numerator, denominator);
  return `${formatRate(rate)} per ${formatPer(per)} ${basis === "published" ? "as published" : "worked out from the counts"}${counts}`;
}

/** A ratio as `2.79×`, or the reason there is none. */
export function formatRatio(e: Estimate): string {
  return e.kind === "value" ? `${fixed2(e.value)}×` : ESTIMATE_REASON_LABEL[e.reason];
}

/** A 95% interval as `2.47 to 3.16`, or an empty string when there is none. */
export function formatInterval(e: Estimate): string {
  return e.kind === "value" && e.lower !== undefined && e.upper !== undefined ? `${fixed2(e.lower)} to ${fixed2(e.upper)}` : "";
}

/** A difference in percentage points, signed: `+14 pp`. */
export function formatPoints(e: Estimate): string {
  if (e.kind === "missing") return ESTIMATE_REASON_LABEL[e.reason];
  const value = Math.round(e.value * 10) / 10;
  return `${value > 0 ? "+" : value < 0 ? "-" : ""}${formatPlain(Math.abs(value))} pp`;
}
