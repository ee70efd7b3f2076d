import { FLAG_LABEL } from "../../data/symbols.ts";
import type { Cell } from "../../data/types.ts";
import { formatPer, formatRate } from "../../stats/estimate-format.ts";
import { asCell } from "../../stats/group-rate.ts";
import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import type { MultiplesPoint, MultiplesView } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellNumber, estimateNumber, sourceColumns } from "../csv-columns.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, qualifierMarkup, sourceCell } from "../table.ts";

/** Small multiples' figures as a table (a row per period, a column per group) and as CSV rows (a row per rate). */

const COUNT = { unit: "" as const, decimals: 0 };
const WORKED_OUT = "worked out from the counts";

/** The cells the key explains: the counts behind each rate, or a missing published rate's own reason. */
function keyedCells(view: MultiplesView): Cell[] {
  return view.panels.flatMap((p) => p.points).flatMap((p) => (p.numerator && p.denominator ? [p.numerator, p.denominator] : p.rate.kind === "missing" ? [asCell(p.rate)] : []));
}

/** A rate with the counts it comes from, e.g. "0.28 (260 of 92,595)"; "no rate (suppressed [c] of 160,000)" when a count is a symbol. */
function rateWithCounts(view: MultiplesView, point: MultiplesPoint | undefined): Markup {
  if (!point) return html`<span class="missing">not in the data</span>`;
  const counts = point.numerator && point.denominator ? html` (${cellMarkup(point.numerator, COUNT)} of ${cellMarkup(point.denominator, COUNT)})` : "";
  const worked = view.measure.publishedRates && point.basis !== "published" ? html` <span class="qualifier">(${WORKED_OUT})</span>` : "";
  if (point.rate.kind === "value") return html`<span class="value">${formatRate(point.rate)}</span>${qualifierMarkup(point.flags)}${worked}${counts}`;
  if (counts) return html`<span class="missing">no rate</span>${counts}`;
  return cellMarkup(asCell(point.rate), COUNT);
}

/** Rows are periods, one column per group: each rate beside the counts it is computed from, and the sources. */
export function multiplesTable(view: MultiplesView): Markup {
  const per = formatPer(view.measure.per);
  const counted = `(${view.measure.numeratorLabel?.toLowerCase()} of ${view.measure.denominatorLabel?.toLowerCase()})`;
  const what = view.measure.type === "rate" ? (view.measure.publishedRates ? `rate per ${per} as published, with the counts ${counted}` : `rate per ${per} ${counted}`) : `rate per ${per} as published`;
  const rows = view.periods.map((period) => {
    const inPeriod = view.panels.map((p) => p.points.find((x) => x.period.key === period.key));
    const sourceIds = [...new Set(inPeriod.flatMap((x) => (x?.source ? [x.source] : [])))];
    const sources = sourceIds.length ? sourceIds.map((id, i) => html`${i ? "; " : ""}${sourceCell(view.sources, id)}`) : sourceCell(view.sources, null);
    return html`<tr><th scope="row">${period.label}</th>${inPeriod.map((x) => html`<td class="num">${rateWithCounts(view, x)}</td>`)}<td>${sources}</td></tr>`;
  });
  return figureTable({
    id: view.id,
    title: view.title,
    caption: `${view.title}: the figures, each group's ${what}`,
    head: html`<th scope="col">Period</th>${view.panels.map((p) => html`<th scope="col" class="num">${p.label}${p.isReference ? html` <span class="tag">reference</span>` : ""}</th>`)}<th scope="col">Sources</th>`,
    rows,
    cells: keyedCells(view),
  });
}

/** A row per group and period: the rate unrounded, the counts as published, and why there is no rate where there is none. */
export function multiplesCsv(view: MultiplesView): FigureRows {
  const counts = view.measure.type === "rate";
  const items = view.panels.flatMap((panel) => panel.points.map((p) => ({ panel, p })));
  const basis = counts && view.measure.publishedRates;
  const rateHeads = basis ? [`Rate per ${formatPer(view.measure.per)} (as published where published)`, "Rate is"] : [`Rate per ${formatPer(view.measure.per)}`];
  const header = [view.breakdown, "Period", "Period start", ...rateHeads, ...(counts ? [view.measure.numeratorLabel ?? "", view.measure.denominatorLabel ?? ""] : []), "Qualifier or reason", "Source", "Source address"];
  const rows = items.map(({ panel, p }) => [
    panel.label,
    p.period.label,
    p.period.start,
    // A computed rate with no value is blank: its counts beside it carry their symbols.
    counts && p.rate.kind === "missing" ? "" : estimateNumber(p.rate),
    ...(basis ? [p.rate.kind === "value" ? (p.basis === "published" ? "as published" : WORKED_OUT) : ""] : []),
    ...(counts ? [cellNumber(p.numerator), cellNumber(p.denominator)] : []),
    p.rate.kind === "value" ? p.flags.map((f) => FLAG_LABEL[f]).join("; ") : `no rate: ${ESTIMATE_REASON_LABEL[p.rate.reason]}`,
    ...sourceColumns(view.sources, p.source),
  ]);
  return { rows: [header, ...rows], cells: keyedCells(view) };
}
