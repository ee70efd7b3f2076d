import { FLAG_LABEL } from "../../data/symbols.ts";
import type { Cell } from "../../data/types.ts";
import { formatInterval, formatPer, formatRate, formatRatio } from "../../stats/estimate-format.ts";
import { asCell } from "../../stats/group-rate.ts";
import { ESTIMATE_REASON_LABEL } from "../../stats/measures.ts";
import type { RatioTrendPoint, RatioTrendSeries, RatioTrendView, ShownRate } from "../../stats/view-types.ts";
import { html, type Markup } from "../../text/html.ts";
import { cellNumber, sourceColumns, valueOnly } from "../csv-columns.ts";
import type { FigureRows } from "../kind.ts";
import { cellMarkup, figureTable, sourceCell } from "../table.ts";

/** Ratios over time as a table and as CSV rows: a row per group and period, both groups' rates as shown and the counts the ratio is computed from. */

const COUNT = { unit: "" as const, decimals: 0 };
const BASIS = { published: "as published", counts: "worked out from the counts" } as const;

/** The published cells behind the figures, for the key to their symbols. */
function keyedCells(view: RatioTrendView): Cell[] {
  return view.series.flatMap((s) => s.points).flatMap((p) => [p.group, p.reference].flatMap((r) => (r.numerator && r.denominator ? [r.numerator, r.denominator] : r.rate.kind === "missing" ? [asCell(r.rate)] : [])));
}

/** Every group's figure in every period, in panel order. */
function items(view: RatioTrendView): { series: RatioTrendSeries; point: RatioTrendPoint }[] {
  return view.series.flatMap((series) => series.points.map((point) => ({ series, point })));
}

/** A rate as shown, with a word when it is worked out rather than published, and its counts. */
function rateMarkup(shown: ShownRate): Markup {
  const counts = shown.numerator && shown.denominator ? html`<br><span class="counts">${cellMarkup(shown.numerator, COUNT)} of ${cellMarkup(shown.denominator, COUNT)}</span>` : "";
  if (shown.rate.kind === "missing") return html`${shown.numerator ? html`<span class="missing">no rate</span>` : cellMarkup(asCell(shown.rate), COUNT)}${counts}`;
  const worked = shown.basis === "counts" ? html` <span class="qualifier">(worked out from the counts)</span>` : "";
  return html`<span class="value">${formatRate(shown.rate)}</span>${worked}${counts}`;
}

/** Rows are groups and periods: the group's rate and the reference group's, as shown, then the ratio and its interval from the counts. */
export function ratioTrendTable(view: RatioTrendView): Markup {
  const per = formatPer(view.measure.per);
  const counted = view.measure.type === "rate";
  const ratioFrom = counted ? " (from the counts)" : " (from the published rates)";
  const head = html`<th scope="col">${view.breakdown}</th><th scope="col">Period</th><th scope="col" class="num">Rate per ${per}, as published</th><th scope="col" class="num">${view.reference} rate per ${per}, as published</th><th scope="col" class="num">Ratio to ${view.reference}${ratioFrom}</th><th scope="col" class="num">95% interval${counted ? " (from the counts)" : ""}</th><th scope="col">Source</th>`;
  const rows = items(view).map(({ series, point }) => {
    const interval = formatInterval(point.ratio) || (point.ratio.kind === "value" ? "not available" : "");
    return html`<tr${series.isOverall ? html` class="total"` : ""}><th scope="row">${series.label}</th><td>${point.period.label}</td><td class="num">${rateMarkup(point.group)}</td><td class="num">${rateMarkup(point.reference)}</td><td class="num">${formatRatio(point.ratio)}</td><td class="num">${interval}</td><td>${sourceCell(view.sources, point.source)}</td></tr>`;
  });
  return figureTable({ id: view.id, title: view.title, caption: `${view.title}: the figures, each rate as published (counts beneath) and each ratio${ratioFrom}`, head, rows, cells: keyedCells(view) });
}

/** What a row's figures need said: a rate worked out rather than published, qualifiers, and why there is no ratio. */
function rowNotes(point: RatioTrendPoint, reference: string): string {
  return [
    ...(point.group.basis === "counts" && point.group.rate.kind === "value" ? ["rate worked out from the counts, none published"] : []),
    ...(point.reference.basis === "counts" && point.reference.rate.kind === "value" ? [`${reference} rate worked out from the counts, none published`] : []),
    ...point.flags.map((f) => FLAG_LABEL[f]),
    ...(point.ratio.kind === "missing" ? [`no ratio: ${ESTIMATE_REASON_LABEL[point.ratio.reason]}`] : []),
  ].join("; ");
}

/** A row per group and period: rates as shown with their basis, the ratio and interval unrounded, the counts as published. */
export function ratioTrendCsv(view: RatioTrendView): FigureRows {
  const per = formatPer(view.measure.per);
  const counted = view.measure.type === "rate";
  const from = counted ? "from the counts" : "from the published rates";
  const countHeads = counted ? [view.measure.numeratorLabel ?? "", view.measure.denominatorLabel ?? ""] : [];
  const header = [
    view.breakdown, "Period", "Period start",
    `Rate per ${per} (as published where published)`, "Rate is",
    `${view.reference} rate per ${per} (as published where published)`, `${view.reference} rate is`,
    `Ratio to ${view.reference} (${from})`, `95% interval from (${from})`, `95% interval to (${from})`,
    ...countHeads, ...countHeads.map((h) => `${view.reference}: ${h}`),
    "Qualifier or reason", "Source", "Source address",
  ];
  const rows = items(view).map(({ series, point: p }) => [
    series.label,
    p.period.label,
    p.period.start,
    valueOnly(p.group.rate), p.group.rate.kind === "value" ? BASIS[p.group.basis] : "",
    valueOnly(p.reference.rate), p.reference.rate.kind === "value" ? BASIS[p.reference.basis] : "",
    valueOnly(p.ratio),
    p.ratio.kind === "value" && p.ratio.lower !== undefined ? String(p.ratio.lower) : "",
    p.ratio.kind === "value" && p.ratio.upper !== undefined ? String(p.ratio.upper) : "",
    ...(counted ? [cellNumber(p.group.numerator), cellNumber(p.group.denominator), cellNumber(p.reference.numerator), cellNumber(p.reference.denominator)] : []),
    rowNotes(p, view.reference),
    ...sourceColumns(view.sources, p.source),
  ]);
  return { rows: [header, ...rows], cells: keyedCells(view) };
}
