import { FLAG_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Source } from "../data/types.ts";
import type { BreakdownView, ComparisonView, MultiplesView, SharesView, TrendView, View } from "../stats/view-types.ts";
import { formatInterval, formatPoints, formatRatePer, formatRatio } from "../stats/estimate-format.ts";
import { formatCell, formatShare } from "../data/cell-format.ts";
import { shortCitation } from "../data/citation.ts";

/**
 * What a tooltip says about one value of a chart: the series, bar or group it belongs to, the
 * figure (or the reason there is none) with what it is computed from, the period as published
 * and the source. Read from the view the chart was drawn from, never from the drawing.
 */

/** The keys a chart writes on each value's element. */
export interface PointKeys {
  series?: string | undefined;
  bar?: string | undefined;
  period?: string | undefined;
  /** A comparison's row, a shares chart's row or a small multiple's panel. */
  group?: string | undefined;
  /** Which of a shares row's two bars: "outcome" or "population". */
  share?: string | undefined;
}

/** A tooltip: its heading, then its lines, as plain text. */
export interface PointInfo {
  heading: string;
  lines: string[];
}

function valueText(cell: Cell, view: TrendView | BreakdownView): string {
  const figure = formatCell(cell, view.indicator);
  if (cell.kind === "value") return `${view.indicator.label}: ${figure}`;
  const symbol = cell.symbol ? ` (${symbolLabel(cell.symbol)}: ${symbolWords(cell.symbol, cell.reason)})` : "";
  return `${view.indicator.label}: no figure, ${figure}${symbol}. Never counted as zero.`;
}

function sourceText(sources: Source[], id: string | null): string {
  const source = sources.find((s) => s.id === id);
  return `Source: ${source ? shortCitation(source) : (id ?? "not given")}`;
}

/** A comparison row: its ratio to the reference group with the interval, its rate with the counts. */
function comparisonInfo(view: ComparisonView, keys: PointKeys): PointInfo | null {
  const row = view.rows.find((r) => r.key === keys.group);
  if (!row) return null;
  const interval = formatInterval(row.ratio);
  const ratio = row.isReference
    ? "Reference group: every other group's rate is compared with this one"
    : row.ratio.kind === "missing"
      ? `Ratio to ${view.reference}: ${formatRatio(row.ratio)}`
      : `${formatRatio(row.ratio)} the rate of ${view.reference} (${interval ? `95% interval ${interval}` : view.measure.type === "published-rate" ? "no interval: counts not published" : "no interval"})`;
  const rate = row.rate.kind === "value" ? formatRatePer(row.rate, view.measure.per, row.numerator, row.denominator) : `Rate: ${formatRatePer(row.rate, view.measure.per)}`;
  const tags = [...(row.isOverall ? ["everyone"] : []), ...(row.isUnknown ? ["not recorded"] : [])];
  const heading = tags.length ? `${row.label} (${tags.join(", ")})` : row.label;
  return { heading, lines: [ratio, rate, view.period.label, sourceText(view.sources, row.source)] };
}

/** A shares row: its share of the outcome beside its share of the population, and the difference. */
function sharesInfo(view: SharesView, keys: PointKeys): PointInfo | null {
  const row = view.rows.find((r) => r.key === keys.group);
  if (!row) return null;
  return {
    heading: row.label,
    lines: [
      `${view.outcomeLabel}: ${formatShare(row.outcome)}`,
      `${view.populationLabel}: ${formatShare(row.population)}`,
      `Difference: ${formatPoints(row.difference)}`,
      sourceText(view.sources, row.source),
    ],
  };
}

/** A small multiple's rate in one period, with its counts, or the reason there is none. */
function multiplesInfo(view: MultiplesView, keys: PointKeys): PointInfo | null {
  const panel = view.panels.find((p) => p.key === (keys.group ?? keys.series));
  const point = panel?.points.find((p) => p.period.key === keys.period);
  if (!panel || !point) return null;
  const rate = formatRatePer(point.rate, view.measure.per, point.numerator, point.denominator);
  const qualifiers = point.flags.map((f) => FLAG_LABEL[f]);
  const figure = point.rate.kind === "missing" ? `No rate: ${rate}` : qualifiers.length ? `${rate}, ${qualifiers.join(", ")}` : rate;
  return {
    heading: panel.label,
    lines: [figure, point.period.label, sourceText(view.sources, point.source)],
  };
}

/** The tooltip for the value with `keys` in `view`, or null when the chart and its data disagree. */
export function pointInfo(view: View, keys: PointKeys): PointInfo | null {
  switch (view.kind) {
    case "trend": {
      const series = view.series.find((s) => s.key === keys.series);
      const point = series?.points.find((p) => p.period.key === keys.period);
      if (!series || !point) return null;
      return { heading: series.label, lines: [valueText(point.cell, view), point.period.label, sourceText(view.sources, point.source)] };
    }
    case "breakdown": {
      const bar = view.bars.find((b) => b.key === keys.bar);
      if (!bar) return null;
      return { heading: `${view.by}: ${bar.label}`, lines: [valueText(bar.cell, view), view.period.label, sourceText(view.sources, bar.source)] };
    }
    case "comparison":
      return comparisonInfo(view, keys);
    case "shares":
      return sharesInfo(view, keys);
    case "multiples":
      return multiplesInfo(view, keys);
  }
}
