import { inSentence } from "../text/words.ts";
import { formatInterval, formatRate } from "./estimate-format.ts";
import { ESTIMATE_REASON_LABEL } from "./measures.ts";
import type { RatioTrendSeries, RatioTrendView } from "./view-types.ts";

/**
 * How a group's ratio to the reference moved, in sentences a reader can quote: its first and
 * latest ratio with their 95% intervals, which way it went, and whether the two intervals
 * overlap (no clear change) or not (a clear rise or fall).
 */

/** A ratio in one period, with its interval when it has one. */
export interface DatedRatio {
  period: string;
  value: number;
  lower: number | null;
  upper: number | null;
}

/** A group's first and latest ratio, the way it went between them, and whether their intervals overlap (null: no intervals). */
export interface RatioChange {
  first: DatedRatio;
  last: DatedRatio;
  direction: "up" | "down" | "unchanged";
  overlap: boolean | null;
}

/** The series' ratios that have a value, in time order. */
export function datedRatios(series: RatioTrendSeries): DatedRatio[] {
  return series.points.flatMap((p) => (p.ratio.kind === "value" ? [{ period: p.period.label, value: p.ratio.value, lower: p.ratio.lower ?? null, upper: p.ratio.upper ?? null }] : []));
}

/** The change from the first ratio to the latest; null when fewer than two periods have one. */
export function ratioChange(series: RatioTrendSeries): RatioChange | null {
  const ratios = datedRatios(series);
  if (ratios.length < 2) return null;
  const first = ratios[0]!;
  const last = ratios[ratios.length - 1]!;
  const shown = (v: number) => formatRate({ kind: "value", value: v });
  const direction = shown(last.value) === shown(first.value) ? "unchanged" : last.value > first.value ? "up" : "down";
  const bounded = first.lower !== null && first.upper !== null && last.lower !== null && last.upper !== null;
  const overlap = bounded ? last.lower! <= first.upper! && first.lower! <= last.upper! : null;
  return { first, last, direction, overlap };
}

/** "2.79 times the rate of White British in 2016/17 (95% interval 2.47 to 3.16)". */
function ratioWords(r: DatedRatio, reference: string | null): string {
  const interval = formatInterval({ kind: "value", value: r.value, ...(r.lower !== null && r.upper !== null ? { lower: r.lower, upper: r.upper } : {}) });
  const times = `${formatRate({ kind: "value", value: r.value })} times${reference ? ` the rate of ${reference}` : ""} in ${r.period}`;
  return interval ? `${times} (95% interval ${interval})` : times;
}

/** Whether the change is clear, in words: the intervals overlap or not. */
function clarity(change: RatioChange): string {
  if (change.overlap === null) return "No interval: the counts behind the rates are not published.";
  if (change.overlap) return "The two intervals overlap, so this is no clear change.";
  return `The two intervals do not overlap: a clear ${change.direction === "down" ? "fall" : "rise"}.`;
}

/** The periods a series has no ratio for, with why: " No ratio for 2013/14 (suppressed)." */
function gapWords(series: RatioTrendSeries): string {
  const gaps = series.points.flatMap((p) => (p.ratio.kind === "missing" ? [`${p.period.label} (${ESTIMATE_REASON_LABEL[p.ratio.reason]})`] : []));
  return gaps.length ? ` No ratio for ${gaps.join(", ")}.` : "";
}

/**
 * One group's trend as a quotable sentence, e.g. "Black Caribbean: permanent exclusions per 100
 * pupils at 2.79 times the rate of White British in 2016/17 (95% interval 2.47 to 3.16), down
 * from 3.02 times in 2011/12 (95% interval 2.63 to 3.47). The two intervals overlap, so this is no clear change."
 */
export function trendSentence(view: RatioTrendView, series: RatioTrendSeries): string {
  const what = `${series.label}: ${inSentence(view.measure.label)} at`;
  const change = ratioChange(series);
  const gaps = gapWords(series);
  if (!change) {
    const only = datedRatios(series)[0];
    return only ? `${what} ${ratioWords(only, view.reference)}; no other year has a ratio.${gaps}` : `${series.label}: no ratio to ${view.reference} in any year.${gaps}`;
  }
  const from = change.direction === "unchanged" ? "unchanged from" : `${change.direction} from`;
  return `${what} ${ratioWords(change.last, view.reference)}, ${from} ${ratioWords(change.first, null)}. ${clarity(change)}${gaps}`;
}
