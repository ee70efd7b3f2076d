import type { BreakdownView } from "../../stats/view-types.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";
import { valueWords } from "../value-words.ts";

/** What a breakdown chart's tooltip says: loaded by the browser when a reader first reaches for the chart. */

/** A bar's tooltip: the filter and its level, the figure (or why there is none), the period as published and the source. */
export function tooltip(view: BreakdownView, keys: PointKeys): PointInfo | null {
  const bar = view.bars.find((b) => b.key === keys.bar);
  if (!bar) return null;
  return { heading: `${view.by}: ${bar.label}`, lines: [valueWords(bar.cell, view.indicator), view.period.label, sourceLine(view.sources, bar.source)] };
}
