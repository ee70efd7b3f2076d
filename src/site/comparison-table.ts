import type { Cell } from "../data/types.ts";
import type { Estimate } from "../stats/measures.ts";
import type { ComparisonView, SharesView } from "../stats/view-types.ts";
import { formatInterval, formatPoints, formatRate, formatRatio } from "../text/estimate.ts";
import { html, type Markup } from "../text/html.ts";
import { sourceLink } from "./cite.ts";
import { cellMarkup, symbolKey } from "./table.ts";

/**
 * Tables under comparison charts: every number the chart is computed from, so a reader can
 * check each rate and ratio by hand.
 */

const NOT_PUBLISHED: Estimate = { kind: "missing", reason: "not-available", symbol: "" };
const COUNT = { column: "", label: "", unit: "" as const, decimals: 0 };
const PERCENT = { column: "", label: "", unit: "%" as const, decimals: 0 };

function optionalCell(cell: Cell | null): Markup {
  return cell ? cellMarkup(cell, COUNT) : html`<span class="missing">not published</span>`;
}

/** Group, numerator, denominator, rate, published rate, ratio and interval, one row per group. */
export function comparisonTable(view: ComparisonView): Markup {
  const counts = view.measure.type === "rate";
  const cells = view.rows.flatMap((r) => [r.numerator, r.denominator, r.published].filter((c): c is Cell => c !== null));
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${view.title}: table">
<table class="data-table" data-table="${view.id}">
<caption>${view.title}: the figures</caption>
<thead><tr><th scope="col">${view.breakdown}</th>${counts ? html`<th scope="col" class="num">${view.measure.numeratorLabel}</th><th scope="col" class="num">${view.measure.denominatorLabel}</th>` : ""}<th scope="col" class="num">Rate per ${view.measure.per.toLocaleString("en-GB")}</th>${counts ? html`<th scope="col" class="num">Published rate</th>` : ""}${(view.context ?? []).map((c) => html`<th scope="col" class="num">Rate in ${c.place}</th>`)}<th scope="col" class="num">Ratio to ${view.reference}</th><th scope="col" class="num">95% interval</th><th scope="col">Source</th></tr></thead>
<tbody>${view.rows.map(
    (r) => html`<tr${r.isReference ? html` class="reference"` : r.isOverall ? html` class="total"` : ""}><th scope="row">${r.label}${r.isReference ? html` <span class="tag">reference</span>` : ""}</th>${counts ? html`<td class="num">${optionalCell(r.numerator)}</td><td class="num">${optionalCell(r.denominator)}</td>` : ""}<td class="num">${formatRate(r.rate)}</td>${counts ? html`<td class="num">${r.published ? cellMarkup(r.published, { ...COUNT, decimals: 2 }) : "not published"}</td>` : ""}${(view.context ?? []).map((c) => html`<td class="num">${formatRate(c.rates.find((x) => x.key === r.key)?.rate ?? NOT_PUBLISHED)}</td>`)}<td class="num">${r.isReference ? "1.00× (reference)" : formatRatio(r.ratio)}</td><td class="num">${r.isReference ? "" : formatInterval(r.ratio) || (r.ratio.kind === "value" ? "not available" : "")}</td><td>${sourceLink(view.sources.find((s) => s.id === r.source), r.source)}</td></tr>`,
  )}</tbody>
</table></div>${symbolKey(cells)}`;
}

/** Group, share of outcome, share of population, difference and ratio. */
export function sharesTable(view: SharesView): Markup {
  const cells = view.rows.flatMap((r) => [r.outcome, r.population]);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${view.title}: table">
<table class="data-table" data-table="${view.id}">
<caption>${view.title}: the figures</caption>
<thead><tr><th scope="col">Group</th><th scope="col" class="num">${view.outcomeLabel}</th><th scope="col" class="num">${view.populationLabel}</th><th scope="col" class="num">Difference</th><th scope="col" class="num">Ratio</th><th scope="col">Source</th></tr></thead>
<tbody>${view.rows.map(
    (r) => html`<tr><th scope="row">${r.label}</th><td class="num">${cellMarkup(r.outcome, PERCENT)}</td><td class="num">${cellMarkup(r.population, PERCENT)}</td><td class="num">${formatPoints(r.difference)}</td><td class="num">${formatRatio(r.ratio)}</td><td>${sourceLink(view.sources.find((s) => s.id === r.source), r.source)}</td></tr>`,
  )}</tbody>
</table></div>${symbolKey(cells)}`;
}
