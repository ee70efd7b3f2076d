import { FLAG_LABEL } from "../data/symbols.ts";
import type { Cell } from "../data/types.ts";
import { asCell } from "../stats/group-rate.ts";
import type { Estimate } from "../stats/measures.ts";
import type { ComparisonView, MultiplesPoint, MultiplesView, SharesView } from "../stats/view-types.ts";
import { formatInterval, formatPer, formatPoints, formatRate, formatRatio } from "../stats/estimate-format.ts";
import { html, type Markup } from "../text/html.ts";
import { sourceLink } from "../data/citation.ts";
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
<thead><tr><th scope="col">${view.breakdown}</th>${counts ? html`<th scope="col" class="num">${view.measure.numeratorLabel}</th><th scope="col" class="num">${view.measure.denominatorLabel}</th>` : ""}<th scope="col" class="num">Rate per ${formatPer(view.measure.per)}</th>${counts ? html`<th scope="col" class="num">Published rate</th>` : ""}${(view.context ?? []).map((c) => html`<th scope="col" class="num">Rate in ${c.place}</th>`)}<th scope="col" class="num">Ratio to ${view.reference}</th><th scope="col" class="num">95% interval</th><th scope="col">Source</th></tr></thead>
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

/** A rate with the counts it comes from, e.g. "0.28 (260 of 92,595)"; "no rate (suppressed [c] of 160,000)" when a count is a symbol. */
function rateWithCounts(point: MultiplesPoint | undefined): Markup {
  if (!point) return html`<span class="missing">not in the data</span>`;
  const flags = point.rate.kind === "value" && point.flags.length ? html` <span class="qualifier">(${point.flags.map((f) => FLAG_LABEL[f]).join(", ")})</span>` : "";
  const counts = point.numerator && point.denominator ? html` (${cellMarkup(point.numerator, COUNT)} of ${cellMarkup(point.denominator, COUNT)})` : "";
  if (point.rate.kind === "value") return html`<span class="value">${formatRate(point.rate)}</span>${flags}${counts}`;
  if (counts) return html`<span class="missing">no rate</span>${counts}`;
  return cellMarkup(asCell(point.rate), COUNT);
}

/** Rows are periods, one column per group: each rate beside the counts it is computed from, and the sources. */
export function multiplesTable(view: MultiplesView): Markup {
  const points = view.panels.flatMap((p) => p.points);
  const cells = points.flatMap((p) => (p.numerator && p.denominator ? [p.numerator, p.denominator] : p.rate.kind === "missing" ? [asCell(p.rate)] : []));
  const what = view.measure.type === "rate" ? `rate per ${formatPer(view.measure.per)} (${view.measure.numeratorLabel?.toLowerCase()} of ${view.measure.denominatorLabel?.toLowerCase()})` : `rate per ${formatPer(view.measure.per)} as published`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${view.title}: table">
<table class="data-table" data-table="${view.id}">
<caption>${view.title}: the figures, each group's ${what}</caption>
<thead><tr><th scope="col">Period</th>${view.panels.map((p) => html`<th scope="col" class="num">${p.label}${p.isReference ? html` <span class="tag">reference</span>` : ""}</th>`)}<th scope="col">Sources</th></tr></thead>
<tbody>${view.periods.map((period) => {
    const inPeriod = view.panels.map((p) => p.points.find((x) => x.period.key === period.key));
    const sourceIds = [...new Set(inPeriod.flatMap((x) => (x?.source ? [x.source] : [])))];
    return html`<tr><th scope="row">${period.label}</th>${inPeriod.map((x) => html`<td class="num">${rateWithCounts(x)}</td>`)}<td>${sourceIds.length ? sourceIds.map((id, i) => html`${i ? "; " : ""}${sourceLink(view.sources.find((s) => s.id === id), id)}`) : sourceLink(undefined, null)}</td></tr>`;
  })}</tbody>
</table></div>${symbolKey(cells)}`;
}
