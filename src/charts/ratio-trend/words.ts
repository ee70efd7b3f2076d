import { formatInterval, formatRate, formatRatio, formatShownRate } from "../../stats/estimate-format.ts";
import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import { trendSentence } from "../../stats/ratio-trend-words.ts";
import type { RatioTrendPoint, RatioTrendSeries, RatioTrendView, ShownRate } from "../../stats/view-types.ts";
import { hollowNote, sourceText } from "../qualifiers.ts";
import { taggedName } from "../group-marks.ts";

/** Ratios over time in words: each ratio's sentence, a panel's latest ratio and gaps, the summary, notes and description. */

/** A rate with where it comes from: "0.43 per 100 as published (90 of 21,260)", "0.42 per 100 worked out from the counts (…)". */
export function shownRateWords(shown: ShownRate, per: number): string {
  if (shown.rate.kind === "missing") return `no rate (${formatRate(shown.rate)})`;
  return formatShownRate(shown.rate, per, shown.basis, shown.numerator, shown.denominator);
}

/** A ratio's words: "2.79 times the rate of White British (95% interval 2.47 to 3.16)", or why there is none. */
export function ratioWords(view: RatioTrendView, point: RatioTrendPoint): string {
  if (point.ratio.kind === "missing") return `no ratio to ${view.reference}: ${ESTIMATE_REASON_LABEL[point.ratio.reason]}`;
  const interval = formatInterval(point.ratio);
  return `${formatRate(point.ratio)} times the rate of ${view.reference} (${interval ? `95% interval ${interval}` : "no interval: counts not published"})`;
}

/** The sentence a ratio's mark is read out as: group, period, ratio, both rates with their counts, source. */
export function pointSentence(view: RatioTrendView, series: RatioTrendSeries, point: RatioTrendPoint): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const rates = `Rate ${shownRateWords(point.group, view.measure.per)}; ${view.reference} ${shownRateWords(point.reference, view.measure.per)}`;
  return `${taggedName(series.label, { ...series, isReference: false })}, ${point.period.label}: ${ratioWords(view, point)}. ${rates}${sourceText(point.source, sources)}`;
}

/** The latest ratio under a panel's title: "2.79× in 2016/17", or why the latest period has none. */
export function latestWords(view: RatioTrendView, series: RatioTrendSeries): string {
  const last = series.points[series.points.length - 1];
  const latest = [...series.points].reverse().find((p) => p.ratio.kind === "value");
  if (!last || !latest) return "No ratio in any year";
  if (last === latest) return `${formatRatio(latest.ratio)} in ${latest.period.label}`;
  const why = last.ratio.kind === "missing" ? ESTIMATE_REASON_LABEL[last.ratio.reason] : "";
  return `${last.period.label} ${why}; ${formatRatio(latest.ratio)} in ${latest.period.label}`;
}

/** The periods a panel has no ratio for, in words: "No ratio: 2011/12 too few to say; 2013/14 suppressed"; null when none. */
export function gapWords(view: RatioTrendView, series: RatioTrendSeries): string | null {
  const missing = view.periods.flatMap((period) => {
    const point = series.points.find((p) => p.period.key === period.key);
    if (!point) return [`${period.label} not in the data`];
    return point.ratio.kind === "missing" ? [`${period.label} ${ESTIMATE_REASON_LABEL[point.ratio.reason]}`] : [];
  });
  return missing.length ? `No ratio: ${missing.join("; ")}` : null;
}

/** What a panel with no ratio at all says across its plot: "Too few to say" when that is the only reason. */
export function emptyWords(series: RatioTrendSeries): string {
  const tooFew = series.points.length > 0 && series.points.every((p) => p.ratio.kind === "missing" && p.ratio.reason === "too-few");
  return tooFew ? "Too few to say" : "No ratio";
}

/** The summary: each group's trend as a quotable sentence. */
export function summariseRatioTrend(view: RatioTrendView): string[] {
  return view.series.map((s) => trendSentence(view, s));
}

/** The view's notes and what hollow markers are. */
export function ratioTrendNotes(view: RatioTrendView): string[] {
  const hollow = hollowNote(view.series.flatMap((s) => s.points.flatMap((p) => (p.ratio.kind === "value" ? p.flags : []))), view.sources);
  return [...view.notes, ...(hollow ? [hollow] : [])];
}

/** A terse plain-text summary: what is compared with whom, on what scale, and which ratios are missing. */
export function describeRatioTrend(view: RatioTrendView): string {
  const first = view.periods[0]?.label ?? "";
  const last = view.periods[view.periods.length - 1]?.label ?? "";
  const n = view.series.length;
  const parts = [
    `Small multiples of ${view.measure.label} as a ratio to the rate of ${view.reference}, ${[view.place, first === last ? first : `${first} to ${last}`].filter(Boolean).join(", ")}: ` +
      `one panel per group of ${view.breakdown.toLowerCase() || "the breakdown"}, ${n} ${n === 1 ? "panel" : "panels"}, on one log scale with a rule at 1 (the same rate as ${view.reference}). Whiskers show 95% intervals.`,
  ];
  const missing = view.series.flatMap((s) => s.points.flatMap((p) => (p.ratio.kind === "missing" ? [`${s.label}, ${p.period.label} (${ESTIMATE_REASON_LABEL[p.ratio.reason]})`] : [])));
  if (missing.length) parts.push(`Not drawn: ${missing.join("; ")}.`);
  return parts.join(" ");
}
