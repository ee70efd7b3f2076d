import { FLAG_LABEL } from "../../data/symbols.ts";
import { formatShownRate } from "../../stats/estimate-format.ts";
import type { MultiplesView } from "../../stats/view-types.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";

/** What a small multiple's tooltip says: loaded by the browser when a reader first reaches for the chart. */

/** A rate's tooltip: its group, the rate with its counts (or why there is none) and qualifiers, the period and the source. */
export function tooltip(view: MultiplesView, keys: PointKeys): PointInfo | null {
  const panel = view.panels.find((p) => p.key === (keys.group ?? keys.series));
  const point = panel?.points.find((p) => p.period.key === keys.period);
  if (!panel || !point) return null;
  const rate = formatShownRate(point.rate, view.measure.per, point.basis, point.numerator, point.denominator);
  const qualifiers = point.flags.map((f) => FLAG_LABEL[f]);
  const figure = point.rate.kind === "missing" ? `No rate: ${rate}` : qualifiers.length ? `${rate}, ${qualifiers.join(", ")}` : rate;
  return { heading: panel.label, lines: [figure, point.period.label, sourceLine(view.sources, point.source)] };
}
