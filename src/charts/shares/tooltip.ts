import { formatShare } from "../../data/cell-format.ts";
import { formatPoints } from "../../stats/estimate-format.ts";
import type { SharesRow, SharesView } from "../../stats/view-types.ts";
import { shortCitation } from "../../data/citation.ts";
import type { PointInfo, PointKeys } from "../kind.ts";
import { sourceLine } from "../qualifiers.ts";

/** What a shares chart's tooltip says: loaded by the browser when a reader first reaches for the chart. */

/** The population share's own source, where the descriptor pairs it from another publication. */
function populationSourceLine(view: SharesView, row: SharesRow): string[] {
  if (!row.populationSource || row.populationSource === row.source) return [];
  const source = view.sources.find((s) => s.id === row.populationSource);
  return [`Population share: ${source ? shortCitation(source) : row.populationSource}`];
}

/** A row's tooltip, whichever bar: its two shares and their difference, then the source. */
export function tooltip(view: SharesView, keys: PointKeys): PointInfo | null {
  const row = view.rows.find((r) => r.key === keys.group);
  if (!row) return null;
  return {
    heading: row.label,
    lines: [`${view.outcomeLabel}: ${formatShare(row.outcome)}`, `${view.populationLabel}: ${formatShare(row.population)}`, `Difference: ${formatPoints(row.difference)}`, sourceLine(view.sources, row.source), ...populationSourceLine(view, row)],
  };
}
