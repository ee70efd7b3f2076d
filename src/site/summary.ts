import { format } from "d3-format";
import { formatCell, formatNumber } from "../text/format.ts";
import type { NumberCell } from "../data/types.ts";
import { REASON_LABEL } from "../data/symbols.ts";
import type { BreakdownView, ComparisonView, Point, SharesView, TrendView, View } from "../stats/view-types.ts";
import { formatInterval, formatPoints, formatRate, formatRatio } from "../text/estimate.ts";

/**
 * Plain-English sentences generated from a view's numbers, shown beside its chart so the
 * figures can be read (and quoted) without reading the chart.
 */

const percent = format("+.0%");

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
    const relative = diff !== 0 && first.cell.value > 0 && ind.unit === "" ? ` (${percent(diff / first.cell.value).replace("−", "-")})` : "";
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

const COUNT = { unit: "" as const, decimals: 0 };
