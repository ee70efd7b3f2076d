import { cellMarkup, sourceCell, symbolKey } from "../charts/table.ts";
import type { Cell, Indicator, Source } from "../data/types.ts";
import { html, type Markup } from "../text/html.ts";

/** A dataset's rows as read, for a reader's table of every figure; the rows the charts use when the file is large. */
export interface Figures {
  /** Text columns: period, place (when several), each filter. */
  labels: string[];
  rows: { text: string[]; cells: Cell[]; source: string | null }[];
  /** Rows in the file; more than `rows.length` when the table is cut short. */
  total: number;
  /** Set when the rows listed come from those the charts use, a large file's table holding only those. */
  fromDrawn: boolean;
}

/** What the caption adds when the table lists only some of the file's rows. */
function shownNote(figures: Figures): string {
  if (figures.fromDrawn) return ` (${figures.rows.length} of the ${figures.total} rows, earliest first, from those the charts use; download the file for all)`;
  return figures.total > figures.rows.length ? ` (the first ${figures.rows.length} of ${figures.total} rows; download the file for all)` : "";
}

/** Every row of a dataset as one table: text columns, then each indicator, then the source, with the key to its symbols. */
export function figuresTable(title: string, figures: Figures, indicators: Indicator[], sources: Source[]): Markup {
  const cells = figures.rows.flatMap((r) => r.cells);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${title}">
<table class="data-table">
<caption>${title}${shownNote(figures)}</caption>
<thead><tr>${figures.labels.map((l) => html`<th scope="col">${l}</th>`)}${indicators.map((i) => html`<th scope="col" class="num">${i.label}</th>`)}<th scope="col">Source</th></tr></thead>
<tbody>${figures.rows.map(
    (r) => html`<tr>${r.text.map((t, i) => (i === 0 ? html`<th scope="row">${t}</th>` : html`<td>${t}</td>`))}${r.cells.map((c, k) => html`<td class="num">${cellMarkup(c, indicators[k]!)}</td>`)}<td>${sourceCell(sources, r.source)}</td></tr>`,
  )}</tbody>
</table></div>${symbolKey(cells)}`;
}
