import { FLAG_LABEL, REASON_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Flag, Indicator, Source } from "../data/types.ts";
import type { BreakdownView, TrendView, View } from "../stats/view-types.ts";
import { formatNumber } from "../data/cell-format.ts";
import { html, type Markup } from "../text/html.ts";
import { sourceLink } from "../data/citation.ts";
import { comparisonTable, multiplesTable, sharesTable } from "./comparison-table.ts";

/**
 * The real HTML table under every chart: the same figures, each with its source, and every
 * symbol shown with its meaning.
 */

/** A value cell's content: the number with its qualifiers, or the reason in words with the symbol as published. */
export function cellMarkup(cell: Cell, indicator: Indicator): Markup {
  if (cell.kind === "missing") {
    const meaning = symbolWords(cell.symbol, cell.reason);
    const symbol = cell.symbol === "" ? "" : html` <span class="symbol">${symbolLabel(cell.symbol)}</span>`;
    return html`<span class="missing" title="${meaning}">${REASON_LABEL[cell.reason]}</span>${symbol}`;
  }
  const flags = cell.flags.length ? html` <span class="qualifier">(${cell.flags.map((f) => FLAG_LABEL[f]).join(", ")})</span>` : "";
  return html`<span class="value">${formatNumber(cell.value, indicator)}</span>${flags}`;
}

/** The key to every symbol and qualifier that occurs in the given cells, for a table's footnote. */
export function symbolKey(cells: Cell[]): Markup {
  const symbols = new Map<string, string>();
  const flags = new Set<Flag>();
  for (const cell of cells) {
    if (cell.kind === "missing") symbols.set(cell.symbol, symbolWords(cell.symbol, cell.reason));
    else cell.flags.forEach((f) => flags.add(f));
  }
  if (symbols.size === 0 && flags.size === 0) return html``;
  const items = [
    ...[...symbols].map(([symbol, meaning]) => html`<li>${symbol === "" ? "blank" : html`<span class="symbol">${symbolLabel(symbol)}</span>`}: ${meaning}. Never counted as zero.</li>`),
    ...[...flags].map((f) => html`<li>${FLAG_LABEL[f]}: ${flagMeaning(f)}</li>`),
  ];
  return html`<ul class="symbol-key" aria-label="Symbols in this table">${items}</ul>`;
}

function flagMeaning(flag: Flag): string {
  switch (flag) {
    case "estimated":
      return "an approximate figure or period, as published; drawn as a hollow marker.";
    case "low-reliability":
      return "a figure not confirmed against the original publication, or of low reliability; drawn as a hollow marker.";
    case "provisional":
      return "provisional: may be revised.";
    case "revised":
      return "revised since first published.";
  }
}

function findSource(sources: Source[], id: string | null): Source | undefined {
  return sources.find((s) => s.id === id);
}

function trendTable(view: TrendView): Markup {
  const rows = view.series
    .flatMap((s) => s.points.map((p) => ({ s, p })))
    .sort((a, b) => a.p.period.start.localeCompare(b.p.period.start) || a.s.label.localeCompare(b.s.label));
  return html`<table class="data-table">
<caption>${view.title}: the figures</caption>
<thead><tr><th scope="col">Period</th><th scope="col">Series</th><th scope="col" class="num">${view.indicator.label}</th><th scope="col">Source</th></tr></thead>
<tbody>${rows.map(
    ({ s, p }) =>
      html`<tr><th scope="row">${p.period.label}</th><td>${s.label}</td><td class="num">${cellMarkup(p.cell, view.indicator)}</td><td>${sourceLink(findSource(view.sources, p.source), p.source)}</td></tr>`,
  )}</tbody>
</table>`;
}

function breakdownTable(view: BreakdownView): Markup {
  return html`<table class="data-table">
<caption>${view.title}: the figures</caption>
<thead><tr><th scope="col">${view.by}</th><th scope="col" class="num">${view.indicator.label}</th><th scope="col">Source</th></tr></thead>
<tbody>${view.bars.map(
    (b) =>
      html`<tr${b.isTotal ? html` class="total"` : ""}><th scope="row">${b.label}</th><td class="num">${cellMarkup(b.cell, view.indicator)}</td><td>${sourceLink(findSource(view.sources, b.source), b.source)}</td></tr>`,
  )}</tbody>
</table>`;
}

/** The data table for a view, with its symbol key. */
export function dataTable(view: View): Markup {
  if (view.kind === "comparison") return comparisonTable(view);
  if (view.kind === "shares") return sharesTable(view);
  if (view.kind === "multiples") return multiplesTable(view);
  const cells = view.kind === "trend" ? view.series.flatMap((s) => s.points.map((p) => p.cell)) : view.bars.map((b) => b.cell);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${view.title}: table">${view.kind === "trend" ? trendTable(view) : breakdownTable(view)}</div>${symbolKey(cells)}`;
}

/** Every row of a dataset as one table: text columns, then each indicator, then the source. */
export function figuresTable(title: string, figures: { labels: string[]; rows: { text: string[]; cells: Cell[]; source: string | null }[]; total: number; fromDrawn?: boolean }, indicators: Indicator[], sources: Source[]): Markup {
  const cells = figures.rows.flatMap((r) => r.cells);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${title}">
<table class="data-table">
<caption>${title}${figures.fromDrawn ? ` (${figures.rows.length} of the ${figures.total} rows, earliest first, from those the charts use; download the file for all)` : figures.total > figures.rows.length ? ` (the first ${figures.rows.length} of ${figures.total} rows; download the file for all)` : ""}</caption>
<thead><tr>${figures.labels.map((l) => html`<th scope="col">${l}</th>`)}${indicators.map((i) => html`<th scope="col" class="num">${i.label}</th>`)}<th scope="col">Source</th></tr></thead>
<tbody>${figures.rows.map(
    (r) => html`<tr>${r.text.map((t, i) => (i === 0 ? html`<th scope="row">${t}</th>` : html`<td>${t}</td>`))}${r.cells.map((c, k) => html`<td class="num">${cellMarkup(c, indicators[k]!)}</td>`)}<td>${sourceLink(findSource(sources, r.source), r.source)}</td></tr>`,
  )}</tbody>
</table></div>${symbolKey(cells)}`;
}
