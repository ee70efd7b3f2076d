import { format } from "d3-format";
import { formatCell, formatNumber } from "../text/format.ts";
import type { NumberCell } from "../data/types.ts";
import { REASON_LABEL } from "../data/symbols.ts";
import type { BreakdownView, Point, TrendView, View } from "../stats/view-types.ts";

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
    const size = diff === 0 ? "" : ` ${formatNumber(Math.abs(diff), ind)}`;
    const relative = diff !== 0 && first.cell.value > 0 && ind.unit === "" ? ` (${percent(diff / first.cell.value).replace("−", "-")})` : "";
    return (
      `${series.label}: ${formatCell(first.cell, ind)} in ${first.period.label}, ` +
      `${formatCell(last.cell, ind)} in ${last.period.label}, ${direction}${size}${relative} over ${values.length} published figures.${gapText}`
    );
  });
}

/** Sentences for a breakdown: the total, the largest and smallest parts, and whether the parts add up. */
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
    out.push(`${top.label} has the most (${formatCell(top.cell, ind)}); ${bottom.label} the fewest (${formatCell(bottom.cell, ind)}).`);
  }
  const missing = parts.filter((b) => b.cell.kind === "missing");
  if (missing.length) {
    out.push(`No figure for ${missing.map((b) => `${b.label} (${b.cell.kind === "missing" ? REASON_LABEL[b.cell.reason] : ""})`).join(", ")}.`);
  } else if (total?.cell.kind === "value" && ind.unit === "" && known.length === parts.length && parts.length > 1) {
    const sum = known.reduce((acc, b) => acc + b.cell.value, 0);
    if (Math.abs(sum - total.cell.value) > 1e-9) {
      out.push(`The parts add up to ${formatNumber(sum, ind)}, not the published total of ${formatNumber(total.cell.value, ind)}; both are shown as published.`);
    }
  }
  return out;
}

/** The summary for any view. */
export function summarise(view: View): string[] {
  return view.kind === "trend" ? summariseTrend(view) : summariseBreakdown(view);
}
