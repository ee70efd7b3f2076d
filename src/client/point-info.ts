import { symbolMeaning } from "../data/symbols.ts";
import type { Cell, Source } from "../data/types.ts";
import type { BreakdownView, TrendView, View } from "../stats/view-types.ts";
import { formatCell } from "../text/format.ts";
import { shortCitation } from "../site/cite.ts";

/**
 * What a tooltip says about one value of a chart: the series or bar it belongs to, the figure
 * (or the reason there is none), the period as published and the source.
 */

/** The keys a chart writes on each value's element. */
export interface PointKeys {
  series?: string | undefined;
  bar?: string | undefined;
  period?: string | undefined;
}

/** A tooltip's lines, as plain text. */
export interface PointInfo {
  heading: string;
  value: string;
  period: string;
  source: string;
}

function valueText(cell: Cell, view: TrendView | BreakdownView): string {
  const figure = formatCell(cell, view.indicator);
  if (cell.kind === "value") return `${view.indicator.label}: ${figure}`;
  const symbol = cell.symbol ? ` (${cell.symbol.replace(/^\[?/, "[").replace(/\]?$/, "]")}: ${symbolMeaning(cell.symbol.replace(/^\[|\]$/g, ""))?.meaning ?? figure})` : "";
  return `${view.indicator.label}: no figure, ${figure}${symbol}. Never counted as zero.`;
}

function sourceText(sources: Source[], id: string | null): string {
  const source = sources.find((s) => s.id === id);
  return `Source: ${source ? shortCitation(source) : (id ?? "not given")}`;
}

/** The tooltip for the value with `keys` in `view`, or null when the chart and its data disagree. */
export function pointInfo(view: View, keys: PointKeys): PointInfo | null {
  if (view.kind === "trend") {
    const series = view.series.find((s) => s.key === keys.series);
    const point = series?.points.find((p) => p.period.key === keys.period);
    if (!series || !point) return null;
    return { heading: series.label, value: valueText(point.cell, view), period: point.period.label, source: sourceText(view.sources, point.source) };
  }
  if (view.kind === "breakdown") {
    const bar = view.bars.find((b) => b.key === keys.bar);
    if (!bar) return null;
    return { heading: `${view.by}: ${bar.label}`, value: valueText(bar.cell, view), period: view.period.label, source: sourceText(view.sources, bar.source) };
  }
  return null;
}
