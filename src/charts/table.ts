import { sourceLink } from "../data/citation.ts";
import { formatNumber } from "../data/cell-format.ts";
import { FLAG_LABEL, REASON_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Flag, Indicator, Source } from "../data/types.ts";
import { html, type Markup } from "../text/html.ts";

/**
 * The pieces of the real HTML table under every chart: a cell's content, the key to its symbols,
 * the link to each figure's source, and the scrollable, labelled box the table sits in.
 */

/** A value cell's content: the number with its qualifiers, or the reason in words with the symbol as published. */
export function cellMarkup(cell: Cell, indicator: Pick<Indicator, "unit" | "decimals">): Markup {
  if (cell.kind === "missing") {
    const meaning = symbolWords(cell.symbol, cell.reason);
    const symbol = cell.symbol === "" ? "" : html` <span class="symbol">${symbolLabel(cell.symbol)}</span>`;
    return html`<span class="missing" title="${meaning}">${REASON_LABEL[cell.reason]}</span>${symbol}`;
  }
  return html`<span class="value">${formatNumber(cell.value, indicator)}</span>${qualifierMarkup(cell.flags)}`;
}

/** A figure's qualifiers in brackets, or nothing. */
export function qualifierMarkup(flags: readonly Flag[]): Markup | "" {
  return flags.length ? html` <span class="qualifier">(${flags.map((f) => FLAG_LABEL[f]).join(", ")})</span>` : "";
}

/** What a qualifier tells a reader of the table. */
const FLAG_MEANING: Record<Flag, string> = {
  estimated: "an approximate figure or period, as published; drawn as a hollow marker.",
  "low-reliability": "a figure not confirmed against the original publication, or of low reliability; drawn as a hollow marker.",
  provisional: "provisional: may be revised.",
  revised: "revised since first published.",
};

/** The key to every symbol and qualifier that occurs in the given cells, for a table's footnote. */
export function symbolKey(cells: readonly Cell[]): Markup {
  const symbols = new Map<string, string>();
  const flags = new Set<Flag>();
  for (const cell of cells) {
    if (cell.kind === "missing") symbols.set(cell.symbol, symbolWords(cell.symbol, cell.reason));
    else cell.flags.forEach((f) => flags.add(f));
  }
  if (symbols.size === 0 && flags.size === 0) return html``;
  const items = [
    ...[...symbols].map(([symbol, meaning]) => html`<li>${symbol === "" ? "blank" : html`<span class="symbol">${symbolLabel(symbol)}</span>`}: ${meaning}. Never counted as zero.</li>`),
    ...[...flags].map((f) => html`<li>${FLAG_LABEL[f]}: ${FLAG_MEANING[f]}</li>`),
  ];
  return html`<ul class="symbol-key" aria-label="Symbols in this table">${items}</ul>`;
}

/** The link to the source a figure cites, found among the view's sources. */
export function sourceCell(sources: readonly Source[], id: string | null): Markup {
  return sourceLink(sources.find((s) => s.id === id), id);
}

/** What a chart's table is made of: its caption, header cells, body rows, and the cells its symbol key explains. */
export interface FigureTable {
  id: string;
  title: string;
  caption: string;
  head: Markup;
  rows: Markup[];
  cells: readonly Cell[];
}

/** A chart's table in its scrollable, labelled box, followed by the key to its symbols. */
export function figureTable(table: FigureTable): Markup {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${table.title}: table">
<table class="data-table" data-table="${table.id}">
<caption>${table.caption}</caption>
<thead><tr>${table.head}</tr></thead>
<tbody>${table.rows}</tbody>
</table></div>${symbolKey(table.cells)}`;
}
