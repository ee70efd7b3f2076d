import { formatCell, formatNumber } from "../data/cell-format.ts";
import type { NumberCell } from "../data/types.ts";
import { REASON_LABEL } from "../data/symbols.ts";
import type { BreakdownView, ComparisonView, MultiplesView, Point, SharesView, TrendView, View } from "../stats/view-types.ts";
import { formatInterval, formatPoints, formatRate, formatRatio } from "../stats/estimate-format.ts";
import { formatFixed, formatPlain, formatSignedPercent } from "../text/number.ts";

/**
 * Plain-English sentences generated from a view's numbers, shown beside its chart so the
 * figures can be read (and quoted) without reading the chart.
 */

const percent = formatSignedPercent;

type Numeric = Point & { cell: NumberCell };

function numeric(points: Point[]): Numeric[] {
  return points.filter((p): p is Numeric => p.cell.kind === "value");
}

/** One sentence per series: first and latest published values and the change between them. */
export function summariseTrend(view: TrendView): string[] {
  const ind = view.indicator;
  return view.series.map((series) => {
    const values = numeric(series.points);
    const gaps = series.points.filter((p) => p.cell.kind === "missing");
    const gapText = gaps.length
      ? ` No figure for ${gaps.map((p) => `${p.period.label} (${p.cell.kind === "missing" ? REASON_LABEL[p.cell.reason] : ""})`).join(", ")}.`
      : "";
    if (values.length === 0) return `${series.label}: no published figure.${gapText}`;
    const first = values[0]!;
    const last = values[values.length - 1]!;
    if (values.length === 1) return `${series.label}: ${formatCell(first.cell, ind)} in ${first.period.label} (one published figure).${gapText}`;
    const diff = last.cell.value - first.cell.value;
    const direction = diff > 0 ? "up" : diff < 0 ? "down" : "unchanged";
    const size = diff === 0 ? "" : ind.unit === "%" ? ` ${formatNumber(Math.abs(diff), { ...ind, unit: "" })} percentage points` : ` ${formatNumber(Math.abs(diff), ind)}`;
    const relative = diff !== 0 && first.cell.value > 0 && ind.unit === "" ? ` (${percent(diff / first.cell.value)})` : "";
    return (
      `${series.label}: ${formatCell(first.cell, ind)} in ${first.period.label}, ` +
      `${formatCell(last.cell, ind)} in ${last.period.label}, ${direction}${size}${relative} over ${values.length} published figures.${gapText}`
    );
  });
}

/** Sentences for a breakdown: the total, the highest and lowest parts, and any without a figure. Parts are never summed: a file rarely lists every group. */
export function summariseBreakdown(view: BreakdownView): string[] {
  const ind = view.indicator;
  const total = view.bars.find((b) => b.isTotal);
  const parts = view.bars.filter((b) => !b.isTotal);
  const known = parts.filter((b) => b.cell.kind === "value") as (typeof parts[number] & { cell: NumberCell })[];
  const out: string[] = [];
  if (total) out.push(`${view.period.label}: ${formatCell(total.cell, ind)} in total.`);
  if (known.length >= 2) {
    const sorted = [...known].sort((a, b) => b.cell.value - a.cell.value);
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    out.push(`Highest: ${top.label} (${formatCell(top.cell, ind)}). Lowest: ${bottom.label} (${formatCell(bottom.cell, ind)}).`);
  }
  const missing = parts.filter((b) => b.cell.kind === "missing");
  if (missing.length) {
    out.push(`No figure for ${missing.map((b) => `${b.label} (${b.cell.kind === "missing" ? REASON_LABEL[b.cell.reason] : ""})`).join(", ")}.`);
  }
  return out;
}

/** The summary for any view. */
export function summarise(view: View): string[] {
  switch (view.kind) {
    case "trend":
      return summariseTrend(view);
    case "breakdown":
      return summariseBreakdown(view);
    case "comparison":
      return summariseComparison(view);
    case "shares":
      return summariseShares(view);
    case "multiples":
      return summariseMultiples(view);
  }
}

/** Sentences for a comparison: each group's rate with its counts and its ratio to the reference. */
export function summariseComparison(view: ComparisonView): string[] {
  const ref = view.rows.find((r) => r.isReference);
  const lines = view.rows
    .filter((r) => !r.isReference)
    .map((r) => {
      const counts = r.numerator?.kind === "value" && r.denominator?.kind === "value" ? ` (${formatNumber(r.numerator.value, COUNT)} of ${formatNumber(r.denominator.value, COUNT)})` : "";
      const ratio = r.ratio.kind === "value" ? `, ${formatRatio(r.ratio)} the rate of ${view.reference}${formatInterval(r.ratio) ? ` (95% interval ${formatInterval(r.ratio)})` : ""}` : `; ratio: ${formatRatio(r.ratio)}`;
      return `${r.label}: ${formatRate(r.rate)} per ${view.measure.per}${counts}${ratio}.`;
    });
  const context = (view.context ?? []).map(
    (c) => `In ${c.place}: ${c.rates.map((r) => `${r.key} ${formatRate(r.rate)}`).join(", ")} per ${view.measure.per}.`,
  );
  return [...(ref ? [`Reference group ${ref.label}: ${formatRate(ref.rate)} per ${view.measure.per}.`] : []), ...lines, ...context];
}

/** Sentences for shares: each group's share of the outcome against its share of the population. */
export function summariseShares(view: SharesView): string[] {
  const pct = { unit: "%" as const, decimals: 1 };
  return view.rows.map((r) => {
    const o = r.outcome.kind === "value" ? formatNumber(r.outcome.value, pct).replace(".0%", "%") : REASON_LABEL[r.outcome.kind === "missing" ? r.outcome.reason : "blank"];
    const p = r.population.kind === "value" ? formatNumber(r.population.value, pct).replace(".0%", "%") : REASON_LABEL[r.population.kind === "missing" ? r.population.reason : "blank"];
    return `${r.label}: ${o} of the outcome against ${p} of the population (${formatPoints(r.difference)}).`;
  });
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
  const per = formatPlain(view.measure.per);
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

const COUNT = { unit: "" as const, decimals: 0 };
