import type { Source } from "../../data/types.ts";
import { formatPer, formatRate, formatShownRate } from "../../stats/estimate-format.ts";
import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import type { MultiplesPanel, MultiplesPoint, MultiplesView } from "../../stats/view-types.ts";
import { formatFixed } from "../../text/number.ts";
import { QUALIFIED_SUFFIX, hollowNote, sourceText } from "../qualifiers.ts";
import { byPeriod, pointQualified } from "./rates.ts";

/** Small multiples in words: each rate's sentence, the periods a panel has no rate for, the summary, tooltips and description. */

/** The sentence a rate's mark is read out as: group, period, rate with its counts, source. */
export function pointSentence(view: MultiplesView, panel: MultiplesPanel, point: MultiplesPoint, sources: ReadonlyMap<string, Source>): string {
  const qualified = pointQualified(point, sources) ? " (estimate or unconfirmed)" : "";
  const figure = point.rate.kind === "value" ? `${formatShownRate(point.rate, view.measure.per, point.basis, point.numerator, point.denominator)}${qualified}` : `no rate, ${formatRate(point.rate)}; not plotted`;
  return `${panel.label}, ${point.period.label}: ${figure}${sourceText(point.source, sources)}`;
}

/** The periods a panel has no rate for, in words: "No rate: 2015/16 suppressed"; null when it has a rate in each. */
export function gapWords(view: MultiplesView, panel: MultiplesPanel): string | null {
  const missing = byPeriod(view, panel).flatMap(({ periodLabel, point }) =>
    !point ? [`${periodLabel} not in the data`] : point.rate.kind === "missing" ? [`${periodLabel} ${ESTIMATE_REASON_LABEL[point.rate.reason]}`] : [],
  );
  return missing.length ? `No rate: ${missing.join("; ")}` : null;
}

/**
 * The fewest decimal places (two at least) at which a change reads true: the two rates as shown
 * differ by the change as shown, and a change that is not nothing does not show as 0.
 */
export function changeDecimals(first: number, last: number): number {
  const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
  for (const d of [2, 3, 4]) {
    const change = round(last - first, d);
    if ((change !== 0 || last === first) && Math.abs(round(last, d) - round(first, d) - change) < 10 ** -(d + 2)) return d;
  }
  return 4;
}

/** One sentence per group over time: its first and latest rate and the change in the rate, and any period with no rate. */
export function summariseMultiples(view: MultiplesView): string[] {
  const per = formatPer(view.measure.per);
  return view.panels.map((panel) => {
    const name = panel.isReference ? `${panel.label} (reference group)` : panel.label;
    const rates = panel.points.flatMap((p) => (p.rate.kind === "value" ? [{ period: p.period.label, value: p.rate.value }] : []));
    const gaps = panel.points.flatMap((p) => (p.rate.kind === "missing" ? [`${p.period.label} (${formatRate(p.rate)})`] : []));
    const gapText = gaps.length ? ` No rate for ${gaps.join(", ")}.` : "";
    const first = rates[0];
    const last = rates[rates.length - 1];
    if (!first || !last) return `${name}: no rate.${gapText}`;
    if (first === last) return `${name}: ${formatRate({ kind: "value", value: first.value })} per ${per} in ${first.period} (one rate).${gapText}`;
    const d = changeDecimals(first.value, last.value);
    const fixed = (value: number): string => formatFixed(value, d);
    const change = last.value - first.value;
    const direction = Number(fixed(change)) === 0 ? "unchanged" : change > 0 ? `up ${fixed(change)}` : `down ${fixed(-change)}`;
    return `${name}: ${fixed(first.value)} per ${per} in ${first.period}, ${fixed(last.value)} in ${last.period}, ${direction}.${gapText}`;
  });
}

/** The view's notes and what hollow markers are. */
export function multiplesNotes(view: MultiplesView): string[] {
  const hollow = hollowNote(view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "value" ? x.flags : []))), view.sources);
  return [...view.notes, ...(hollow ? [hollow] : [])];
}

/** A terse plain-text summary: what each panel shows, on what scale, and which rates are missing. */
export function describeMultiples(view: MultiplesView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const first = view.periods[0]?.label ?? "";
  const last = view.periods[view.periods.length - 1]?.label ?? "";
  const n = view.panels.length;
  const parts = [
    `Small multiples of ${view.measure.label}, ${[view.place, first === last ? first : `${first} to ${last}`].filter(Boolean).join(", ")}: ` +
      `one line chart per group of ${view.breakdown.toLowerCase() || "the breakdown"}, ${n} ${n === 1 ? "panel" : "panels"}, all on one scale from 0.`,
  ];
  if (view.panels.some((p) => p.isReference)) parts.push(`${view.reference} is the reference group; its line is drawn dashed in every other panel.`);
  const qualified = view.panels.flatMap((p) => p.points.filter((x) => x.rate.kind === "value" && pointQualified(x, sources))).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "rate is an estimate or unconfirmed" : "rates are estimates or unconfirmed"} (hollow markers, ${QUALIFIED_SUFFIX}).`);
  const missing = view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "missing" ? [`${p.label}, ${x.period.label} (${ESTIMATE_REASON_LABEL[x.rate.reason]})`] : [])));
  if (missing.length) parts.push(`Not plotted: ${missing.join("; ")}.`);
  return parts.join(" ");
}
