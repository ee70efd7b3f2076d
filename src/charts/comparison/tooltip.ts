import type { ComparisonView } from "../../stats/view-types.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";
import { rowWords } from "./words.ts";
import { sentenceStart } from "../../text/words.ts";

/** What a comparison's tooltip says, in the words of the group's one sentence: loaded by the browser when a reader first reaches for the chart. */

/** A group's tooltip: its sentence, one part a line, then the period and the source. */
export function tooltip(view: ComparisonView, keys: PointKeys): PointInfo | null {
  const row = view.rows.find((r) => r.key === keys.group);
  if (!row) return null;
  const words = rowWords(view, row);
  return { heading: words.name, lines: [sentenceStart(words.ratio), words.rate, view.period.label, sourceLine(view.sources, row.source)] };
}
