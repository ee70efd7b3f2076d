import { FLAG_LABEL } from "../../data/symbols.ts";
import type { Cell } from "../../data/types.ts";
import { formatInterval, formatPer, formatRate, formatRatio } from "../../stats/estimate-format.ts";
import { ESTIMATE_REASON_LABEL, type Estimate } from "../../stats/measures.ts";
import type { ComparisonRow, ComparisonView } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellNumber, estimateNumber, sourceColumns, valueOnly } from "../csv-columns.ts";
import { groupTags } from "../group-marks.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, sourceCell } from "../table.ts";

/** The comparison's figures as a table and as CSV rows: every number a rate and ratio are computed from, so each can be checked by hand. */

const NOT_PUBLISHED: Estimate = { kind: "missing", reason: "not-available", symbol: "" };
const WORKED_OUT = "worked out from the counts";
const COUNT = { unit: "" as const, decimals: 0 };

/** The published cells the table and CSV show, for the key to their symbols. */
function publishedCells(view: ComparisonView): Cell[] {
  return view.rows.flatMap((r) => [r.numerator, r.denominator, r.published].filter((c): c is Cell => c !== null));
}

/** A group's rate in each wider place the view sets it beside. */
function contextRates(view: ComparisonView, row: ComparisonRow): Estimate[] {
  return (view.context ?? []).map((c) => c.rates.find((x) => x.key === row.key)?.rate ?? NOT_PUBLISHED);
}

/** A rate shown, marked when it is worked out from the counts in a view whose rates are otherwise as published. */
function rateCell(view: ComparisonView, row: ComparisonRow): Markup {
  const worked = view.measure.publishedRates && row.basis !== "published" && row.rate.kind === "value";
  return html`${formatRate(row.rate)}${worked ? html` <span class="qualifier">(${WORKED_OUT})</span>` : ""}`;
}

/** The rate column's heading: as published where the file publishes rates, else worked out from the counts. */
function rateHeading(view: ComparisonView): string {
  const per = `Rate per ${formatPer(view.measure.per)}`;
  if (view.measure.type === "published-rate") return per;
  return view.measure.publishedRates ? `${per}, as published` : `${per}, worked out from the counts`;
}

function optionalCell(cell: Cell | null): Markup {
  return cell ? cellMarkup(cell, COUNT) : html`<span class="missing">not published</span>`;
}

/** Group, numerator, denominator, rate, published rate, rates in wider places, ratio and interval, one row per group. */
export function comparisonTable(view: ComparisonView): Markup {
  const counts = view.measure.type === "rate";
  const head = html`<th scope="col">${view.breakdown}</th>${counts ? html`<th scope="col" class="num">${view.measure.numeratorLabel}</th><th scope="col" class="num">${view.measure.denominatorLabel}</th>` : ""}<th scope="col" class="num">${rateHeading(view)}</th>${(view.context ?? []).map((c) => html`<th scope="col" class="num">Rate in ${c.place}</th>`)}<th scope="col" class="num">Ratio to ${view.reference}</th><th scope="col" class="num">95% interval</th><th scope="col">Source</th>`;
  const rows = view.rows.map((r) => {
    const countCells = counts ? html`<td class="num">${optionalCell(r.numerator)}</td><td class="num">${optionalCell(r.denominator)}</td>` : "";
    const context = contextRates(view, r).map((rate) => html`<td class="num">${formatRate(rate)}</td>`);
    const interval = r.isReference ? "" : formatInterval(r.ratio) || (r.ratio.kind === "value" ? "not available" : "");
    return html`<tr${r.isReference ? html` class="reference"` : r.isOverall ? html` class="total"` : ""}><th scope="row">${r.label}${r.isReference ? html` <span class="tag">reference</span>` : ""}</th>${countCells}<td class="num">${rateCell(view, r)}</td>${context}<td class="num">${r.isReference ? "1.00× (reference)" : formatRatio(r.ratio)}</td><td class="num">${interval}</td><td>${sourceCell(view.sources, r.source)}</td></tr>`;
  });
  return figureTable({ id: view.id, title: view.title, caption: `${view.title}: the figures`, head, rows, cells: publishedCells(view) });
}

/** Why a row's figures are what they are, in words: its tags, its counts' qualifiers, and any rate or ratio it has none of. */
function rowNotes(row: ComparisonRow): string {
  const flags = [row.numerator, row.denominator, row.published].flatMap((c) => (c?.kind === "value" ? c.flags.map((f) => FLAG_LABEL[f]) : []));
  return [
    ...groupTags(row, true),
    ...new Set(flags),
    ...(row.rate.kind === "missing" ? [`no rate: ${ESTIMATE_REASON_LABEL[row.rate.reason]}`] : []),
    ...(!row.isReference && row.ratio.kind === "missing" ? [`no ratio: ${ESTIMATE_REASON_LABEL[row.ratio.reason]}`] : []),
  ].join("; ");
}

/** The same figures for the CSV: counts as published, rates and ratios unrounded, the interval's ends in two columns. */
export function comparisonCsv(view: ComparisonView): FigureRows {
  const counts = view.measure.type === "rate";
  const header = [
    view.breakdown,
    "Period",
    "Place",
    ...(counts ? [view.measure.numeratorLabel ?? "", view.measure.denominatorLabel ?? ""] : []),
    ...(counts && view.measure.publishedRates ? [`Rate per ${formatPer(view.measure.per)} (as published where published)`, "Rate is"] : [counts ? `Rate per ${formatPer(view.measure.per)} (${WORKED_OUT})` : `Rate per ${formatPer(view.measure.per)}`]),
    ...(view.context ?? []).map((c) => `Rate in ${c.place}`),
    ...(counts ? [`Ratio to ${view.reference} (from the counts)`, "95% interval from (from the counts)", "95% interval to (from the counts)"] : [`Ratio to ${view.reference}`, "95% interval from", "95% interval to"]),
    "Qualifier or reason",
    "Source",
    "Source address",
  ];
  const rows = view.rows.map((r) => [
    r.label,
    view.period.label,
    view.place,
    ...(counts ? [cellNumber(r.numerator), cellNumber(r.denominator)] : []),
    // A rate computed from counts is blank where it cannot be: the counts beside it carry their symbols.
    counts ? valueOnly(r.rate) : estimateNumber(r.rate),
    ...(counts && view.measure.publishedRates ? [r.rate.kind === "value" ? (r.basis === "published" ? "as published" : WORKED_OUT) : ""] : []),
    ...contextRates(view, r).map(valueOnly),
    r.isReference ? "1" : valueOnly(r.ratio),
    r.ratio.kind === "value" && r.ratio.lower !== undefined ? String(r.ratio.lower) : "",
    r.ratio.kind === "value" && r.ratio.upper !== undefined ? String(r.ratio.upper) : "",
    rowNotes(r),
    ...sourceColumns(view.sources, r.source),
  ]);
  return { rows: [header, ...rows], cells: publishedCells(view) };
}
