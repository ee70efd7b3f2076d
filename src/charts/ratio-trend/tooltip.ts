import type { RatioTrendView } from "../../stats/view-types.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";
import { ratioWords, shownRateWords } from "./words.ts";
import { sentenceStart } from "../../text/words.ts";

/** What a ratio's tooltip says: loaded by the browser when a reader first reaches for the chart. */

/** A ratio's tooltip: the group, its ratio with the interval (or why none), both rates as shown with their counts, the period and the source. */
export function tooltip(view: RatioTrendView, keys: PointKeys): PointInfo | null {
  const series = view.series.find((s) => s.key === (keys.group ?? keys.series));
  const point = series?.points.find((p) => p.period.key === keys.period);
  if (!series || !point) return null;
  const ratio = ratioWords(view, point);
  return {
    heading: series.label,
    lines: [
      sentenceStart(ratio),
      `Rate ${shownRateWords(point.group, view.measure.per)}`,
      `${view.reference}: ${shownRateWords(point.reference, view.measure.per)}`,
      point.period.label,
      sourceLine(view.sources, point.source),
    ],
  };
}
