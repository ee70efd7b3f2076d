import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import { formatInterval, formatPer, formatRate, formatRatio, formatShownRate } from "../../stats/estimate-format.ts";
import type { ComparisonRow, ComparisonView } from "../../stats/view-types.ts";
import { taggedName } from "../group-marks.ts";

/**
 * The comparison in words, written once: each group's sentence (its ratio to the reference group
 * and its rate) is the chart's accessible name for the group, its tooltip and its summary line.
 */

/** The parts of a group's sentence: its tagged name, its ratio to the reference group, its rate. */
export interface RowWords {
  name: string;
  ratio: string;
  rate: string;
}

/** How a ratio's uncertainty is read: its 95% interval, or why it has none. */
function intervalWords(view: ComparisonView, row: ComparisonRow): string {
  const interval = formatInterval(row.ratio);
  if (interval) return `95% interval ${interval}`;
  return view.measure.type === "published-rate" ? "no interval: counts not published" : "no interval";
}

/** A group's sentence in parts, e.g. "Black Caribbean", "2.79 times the rate of White British (95% interval 2.47 to 3.16)", "Rate 0.28 per 100 (260 of 92,595)". */
export function rowWords(view: ComparisonView, row: ComparisonRow): RowWords {
  const rate = row.rate.kind === "value" ? `Rate ${formatShownRate(row.rate, view.measure.per, row.basis, row.numerator, row.denominator)}` : `Rate: ${formatRate(row.rate)}`;
  const ratio = row.isReference
    ? "the reference group, drawn at 1"
    : row.ratio.kind === "missing"
      ? `ratio to ${view.reference} ${ESTIMATE_REASON_LABEL[row.ratio.reason]}`
      : `${formatRate(row.ratio)} times the rate of ${view.reference} (${intervalWords(view, row)})`;
  return { name: taggedName(row.label, row), ratio, rate };
}

/** The one sentence a group is read out as: "Black Caribbean: 2.79 times the rate of White British (…). Rate 0.28 per 100 (…)." */
export function rowSentence(view: ComparisonView, row: ComparisonRow): string {
  const words = rowWords(view, row);
  return `${words.name}: ${words.ratio}. ${words.rate}.`;
}

/** The ratio as the chart labels its row: "2.79× (2.47 to 3.16)", "reference group", or the reason. */
export function ratioLabel(row: ComparisonRow): string {
  if (row.isReference) return "reference group";
  const interval = formatInterval(row.ratio);
  return interval ? `${formatRatio(row.ratio)} (${interval})` : formatRatio(row.ratio);
}

/** The rate as the chart labels its row: "0.28 per 100", or the reason there is none. */
export function rateLabel(row: ComparisonRow, per: number): string {
  return row.rate.kind === "value" ? `${formatRate(row.rate)} per ${formatPer(per)}` : `rate ${formatRate(row.rate)}`;
}

/** The summary: each group's sentence, the reference group first, then the same groups' rates in wider places. */
export function summariseComparison(view: ComparisonView): string[] {
  const ordered = [...view.rows.filter((r) => r.isReference), ...view.rows.filter((r) => !r.isReference)];
  const context = (view.context ?? []).map((c) => `In ${c.place}: ${c.rates.map((r) => `${r.key} ${formatRate(r.rate)}`).join(", ")} per ${formatPer(view.measure.per)}.`);
  return [...ordered.map((r) => rowSentence(view, r)), ...context];
}

/** Lower-cases the first letter of a heading unless it starts an acronym ("Ethnicity" → "ethnicity", "SEN" stays). */
function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** A terse plain-text summary: what is compared with whom, on what scale, and which groups have no ratio. */
export function describeComparison(view: ComparisonView): string {
  const others = view.rows.filter((r) => !r.isReference).length;
  const parts = [
    `Dot chart of ${view.measure.label} by ${inSentence(view.breakdown) || "group"}, ${[view.place, view.period.label].filter(Boolean).join(", ")}: ` +
      `each group's rate as a ratio to the rate of ${view.reference}, on a log scale where the rule at 1 means the same rate; ` +
      `${others} ${others === 1 ? "group" : "groups"} compared.`,
  ];
  if (view.measure.type === "published-rate") parts.push("No interval: counts not published, so the ratios divide one published rate by another.");
  else parts.push("Lines show 95% intervals.");
  const missing = view.rows.flatMap((r) => (!r.isReference && r.ratio.kind === "missing" ? [`${r.label} (${ESTIMATE_REASON_LABEL[r.ratio.reason]})`] : []));
  if (missing.length) parts.push(`No dot: ${missing.join("; ")}.`);
  return parts.join(" ");
}
