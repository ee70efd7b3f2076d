import type { TrendView } from "../../stats/view-types.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";
import { valueWords } from "../value-words.ts";

/** What a trend chart's tooltip says: loaded by the browser when a reader first reaches for the chart. */

/** A point's tooltip: its series, its figure (or why there is none), the period as published and the source. */
export function tooltip(view: TrendView, keys: PointKeys): PointInfo | null {
  const series = view.series.find((s) => s.key === keys.series);
  const point = series?.points.find((p) => p.period.key === keys.period);
  if (!series || !point) return null;
  return { heading: series.label, lines: [valueWords(point.cell, view.indicator), point.period.label, sourceLine(view.sources, point.source)] };
}
