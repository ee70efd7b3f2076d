import type { TrendView } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellColumns, sourceColumns } from "../csv-columns.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, sourceCell } from "../table.ts";

/** The trend chart's figures as a table and as CSV rows: one row per value, in time order, then by series. */

function items(view: TrendView) {
  return view.series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => a.p.period.start.localeCompare(b.p.period.start) || a.s.label.localeCompare(b.s.label));
}

/** Period, series, figure and source, one row per value. */
export function trendTable(view: TrendView): Markup {
  const rows = items(view);
  return figureTable({
    id: view.id,
    title: view.title,
    caption: `${view.title}: the figures`,
    head: html`<th scope="col">Period</th><th scope="col">Series</th><th scope="col" class="num">${view.indicator.label}</th><th scope="col">Source</th>`,
    rows: rows.map(
      ({ s, p }) =>
        html`<tr><th scope="row">${p.period.label}</th><td>${s.label}</td><td class="num">${cellMarkup(p.cell, view.indicator)}</td><td>${sourceCell(view.sources, p.source)}</td></tr>`,
    ),
    cells: rows.map(({ p }) => p.cell),
  });
}

/** The same rows for the CSV, with each period's start date and the source's address. */
export function trendCsv(view: TrendView): FigureRows {
  const rows = items(view);
  return {
    rows: [
      ["Period", "Period start", "Series", view.indicator.label, "Qualifier or reason", "Source", "Source address"],
      ...rows.map(({ s, p }) => [p.period.label, p.period.start, s.label, ...cellColumns(p.cell), ...sourceColumns(view.sources, p.source)]),
    ],
    cells: rows.map(({ p }) => p.cell),
  };
}
