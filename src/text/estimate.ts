import { formatFixed, formatPlain } from "./number-format.ts";
import { ESTIMATE_REASON_LABEL, type Estimate } from "../stats/measures.ts";

/** Formats computed figures (rates, ratios, differences) the same way in charts, tables and summaries. */

const fixed2 = (value: number): string => formatFixed(value, 2);

/** A rate to two decimal places, or the reason there is none. */
export function formatRate(e: Estimate): string {
  return e.kind === "value" ? fixed2(e.value) : ESTIMATE_REASON_LABEL[e.reason];
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
