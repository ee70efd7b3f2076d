import { formatPoints, formatRatio } from "../../stats/estimate-format.ts";
import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import type { SharesRow, SharesView } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellColumns, sourceColumns, valueOnly } from "../csv-columns.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, sourceCell } from "../table.ts";

/** The shares chart's figures as a table and as CSV rows: each group's two shares as published, their difference and ratio. */

const PERCENT = { unit: "%" as const, decimals: 0 };

/** Group, share of outcome, share of population, difference and ratio. */
export function sharesTable(view: SharesView): Markup {
  return figureTable({
    id: view.id,
    title: view.title,
    caption: `${view.title}: the figures`,
    head: html`<th scope="col">Group</th><th scope="col" class="num">${view.outcomeLabel}</th><th scope="col" class="num">${view.populationLabel}</th><th scope="col" class="num">Difference</th><th scope="col" class="num">Ratio</th><th scope="col">Source</th>`,
    rows: view.rows.map(
      (r) =>
        html`<tr><th scope="row">${r.label}</th><td class="num">${cellMarkup(r.outcome, PERCENT)}</td><td class="num">${cellMarkup(r.population, PERCENT)}</td><td class="num">${formatPoints(r.difference)}</td><td class="num">${formatRatio(r.ratio)}</td><td>${rowSources(view, r)}</td></tr>`,
    ),
    cells: view.rows.flatMap((r) => [r.outcome, r.population]),
  });
}

/** A row's source, and its population share's where the descriptor pairs it from another publication. */
function rowSources(view: SharesView, r: SharesRow): Markup {
  if (!r.populationSource || r.populationSource === r.source) return sourceCell(view.sources, r.source);
  return html`${sourceCell(view.sources, r.source)}; population share: ${sourceCell(view.sources, r.populationSource)}`;
}

/** The same sources for the CSV: each publication named, addresses joined. */
function rowSourceColumns(view: SharesView, r: SharesRow): [string, string] {
  const outcome = sourceColumns(view.sources, r.source);
  if (!r.populationSource || r.populationSource === r.source) return outcome;
  const population = sourceColumns(view.sources, r.populationSource);
  return [`${outcome[0]}; population share: ${population[0]}`, [outcome[1], population[1]].filter(Boolean).join(" ")];
}

/** Why a row's figures are what they are: its shares' qualifiers or reasons, and a difference or ratio it has none of. */
function rowNotes(view: SharesView, r: SharesRow): string {
  const [, outcome] = cellColumns(r.outcome);
  const [, population] = cellColumns(r.population);
  return [
    ...(outcome ? [`${view.outcomeLabel}: ${outcome}`] : []),
    ...(population ? [`${view.populationLabel}: ${population}`] : []),
    ...(r.isUnknown ? ["not recorded"] : []),
    ...(r.difference.kind === "missing" ? [`no difference: ${ESTIMATE_REASON_LABEL[r.difference.reason]}`] : []),
    ...(r.ratio.kind === "missing" ? [`no ratio: ${ESTIMATE_REASON_LABEL[r.ratio.reason]}`] : []),
  ].join("; ");
}

/** The same figures for the CSV: shares as published (in %), the difference in percentage points and the ratio unrounded. */
export function sharesCsv(view: SharesView): FigureRows {
  return {
    rows: [
      ["Group", `${view.outcomeLabel} (%)`, `${view.populationLabel} (%)`, "Difference (percentage points)", "Ratio", "Qualifier or reason", "Source", "Source address"],
      ...view.rows.map((r) => [r.label, cellColumns(r.outcome)[0], cellColumns(r.population)[0], valueOnly(r.difference), valueOnly(r.ratio), rowNotes(view, r), ...rowSourceColumns(view, r)]),
    ],
    cells: view.rows.flatMap((r) => [r.outcome, r.population]),
  };
}
