import type { BreakdownView } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellColumns, sourceColumns } from "../csv-columns.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, sourceCell } from "../table.ts";

/** The breakdown chart's figures as a table and as CSV rows: one row per bar, the total first as the view gives it. */

/** Level, figure and source, one row per bar. */
export function breakdownTable(view: BreakdownView): Markup {
  return figureTable({
    id: view.id,
    title: view.title,
    caption: `${view.title}: the figures`,
    head: html`<th scope="col">${view.by}</th><th scope="col" class="num">${view.indicator.label}</th><th scope="col">Source</th>`,
    rows: view.bars.map(
      (b) =>
        html`<tr${b.isTotal ? html` class="total"` : ""}><th scope="row">${b.label}</th><td class="num">${cellMarkup(b.cell, view.indicator)}</td><td>${sourceCell(view.sources, b.source)}</td></tr>`,
    ),
    cells: view.bars.map((b) => b.cell),
  });
}

/** The same rows for the CSV, with the period and the source's address. */
export function breakdownCsv(view: BreakdownView): FigureRows {
  return {
    rows: [
      [view.by, "Period", view.indicator.label, "Qualifier or reason", "Source", "Source address"],
      ...view.bars.map((b) => [b.label, view.period.label, ...cellColumns(b.cell), ...sourceColumns(view.sources, b.source)]),
    ],
    cells: view.bars.map((b) => b.cell),
  };
}
