/**
 * The comparison chart: each group's rate as a ratio to a stated reference group, as a dot with
 * its 95% interval on a log scale, with a labelled rule where the rate is the same.
 *
 *   layoutComparison(view, size)   → ComparisonLayout (placed marks, JSON-safe)
 *   renderComparison(layout, view) → SVG string
 *
 * Every row keeps its own words beside it (the ratio and interval, the rate, or why there is no
 * ratio), so the dot is never the only way to read a figure. Rows stay in the view's order.
 */

import type { EstimateReason } from "../stats/measures.ts";
import { ESTIMATE_REASON_LABEL } from "../stats/measures.ts";
import type { ChartSize, ComparisonRow, ComparisonView } from "../stats/view-types.ts";
import { formatInterval, formatPer, formatRate, formatRatePer, formatRatio } from "../stats/estimate-format.ts";
import { html, raw } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import { blockHeight, clampX, textBlock } from "./labels.ts";
import type { Box, TextBlock } from "./labels.ts";
import { flowLegend, type LegendItem } from "./legend.ts";
import { markerMarkup } from "./markers.ts";
import type { Shape } from "./markers.ts";
import { NEUTRAL, categoricalColour, textColourFor } from "./palette.ts";
import { sourceText } from "./qualifiers.ts";
import { FONT_SIZE, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "./svg.ts";
import { textWidth, wrapText } from "./text.ts";
import type { Font } from "./text.ts";
import { scaleLog } from "d3-scale";

/** What a row's mark is: a group's ratio, the reference group (at 1), or the everyone group. */
export type ComparisonMarkKind = "group" | "reference" | "overall";

/** One group as drawn: its words at the left and its dot (or none) in the plot. */
export interface PlacedComparisonRow {
  key: string;
  /** The group's full label (the drawn one may be cut to fit). */
  name: string;
  mark: ComparisonMarkKind;
  isOverall: boolean;
  isUnknown: boolean;
  /** The group name, bold and wrapped. */
  label: TextBlock;
  /** "overall" or "not recorded", when the row is one of those. */
  tag: TextBlock | null;
  /** The ratio and interval, "reference group", or the reason there is no ratio. */
  ratioText: TextBlock;
  /** The rate, e.g. "0.28 per 100". */
  rateText: TextBlock;
  /** Top and bottom of the row's band. */
  y0: number;
  y1: number;
  /** Where the dot sits vertically: level with the ratio text. */
  cy: number;
  /** x of the dot; null when the ratio is missing. */
  x: number | null;
  /** The 95% interval's ends in px; null when there is none. */
  whisker: { x0: number; x1: number } | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  reason: EstimateReason | null;
}

/** A tick on the ratio axis. */
export interface RatioTick {
  value: number;
  x: number;
  label: TextBlock;
}

/** An entry of the mark legend: a glyph and what it means. */
export interface ComparisonLegendEntry {
  glyph: "interval" | "dot" | ComparisonMarkKind;
  x: number;
  cy: number;
  text: TextBlock;
}

/** Everything the comparison chart draws, in pixels. */
export interface ComparisonLayout {
  kind: "comparison";
  width: number;
  /** Set by the number of rows and their wrapped labels, not by the requested height. */
  height: number;
  /** The breakdown's name over the labels. */
  heading: TextBlock | null;
  plot: Box;
  /** Where a ratio of 1 is, its rule's top, and the rule's label ("same rate as …"). */
  ruleX: number;
  ruleTop: number;
  ruleLabel: TextBlock | null;
  ticks: RatioTick[];
  /** What the axis measures, under the ticks. */
  axisLabel: TextBlock | null;
  rows: PlacedComparisonRow[];
  /** y of the rule between the groups and everyone, when both are shown. */
  separatorY: number | null;
  legend: ComparisonLegendEntry[];
  empty: TextBlock | null;
}

const NAME: Font = { size: FONT_SIZE, bold: true };
const DETAIL: Font = { size: 12 };
const DETAIL_BOLD: Font = { size: 12, bold: true };
const GAP = 4;
const ROW_GAP = 12;
const GROUP_GAP = 10;
/** A dot's radius scale: a little larger than the trend chart's markers. */
const DOT_SCALE = 1.15;
const CAP = 5;

/** Mark colours: each passes 3:1 against white, and each kind also has its own shape. */
export const COMPARISON_COLOURS: Record<ComparisonMarkKind, string> = {
  group: categoricalColour(0),
  reference: categoricalColour(2),
  overall: categoricalColour(4),
};

/** Mark shapes, so the kind of row is never told by colour alone. */
export const COMPARISON_SHAPES: Record<ComparisonMarkKind, Shape> = {
  group: "circle",
  reference: "diamond",
  overall: "square",
};

/** The comparison chart as an SVG string. */
export function comparisonChart(view: ComparisonView, size: ChartSize): string {
  return renderComparison(layoutComparison(view, size), view);
}

/** The rate in words, e.g. "0.28 per 100", or the reason there is none. */
export function rateWords(row: ComparisonRow, per: number): string {
  return row.rate.kind === "value" ? `${formatRate(row.rate)} per ${formatPer(per)}` : `rate ${formatRate(row.rate)}`;
}

/** The ratio in words for the row's label: "2.79× (2.47 to 3.16)", "reference group", or the reason. */
export function ratioWords(row: ComparisonRow): string {
  if (row.isReference) return "reference group";
  const interval = formatInterval(row.ratio);
  return interval ? `${formatRatio(row.ratio)} (${interval})` : formatRatio(row.ratio);
}

/** Powers of two around the ratios (at least ½ to 2), so 1 sits on a tick and the axis ends on ticks. */
export function ratioDomain(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v) && v > 0);
  const lo = Math.min(1, ...finite) / 1.08;
  const hi = Math.max(1, ...finite) * 1.08;
  return [2 ** Math.min(-1, Math.floor(Math.log2(lo))), 2 ** Math.max(1, Math.ceil(Math.log2(hi)))];
}

/** A ratio tick's words: `2×`, `0.5×`, or `1/16×` below an eighth. */
export function ratioTickText(value: number): string {
  if (value >= 0.125) return `${value}×`;
  return `1/${Math.round(1 / value)}×`;
}

/**
 * Ticks on powers of two, every k-th one (always 1) with the smallest k whose labels keep apart;
 * when powers of two are too crowded even then, powers of ten.
 */
export function ratioTicks(domain: readonly [number, number], x: (v: number) => number, font: Font, gap = 10): { value: number; x: number; text: string }[] {
  const [lo, hi] = domain;
  const fits = (ticks: { x: number; text: string }[]): boolean =>
    ticks.every((t, i) => {
      const next = ticks[i + 1];
      return !next || next.x - t.x >= (textWidth(t.text, font) + textWidth(next.text, font)) / 2 + gap;
    });
  const make = (values: number[]) => values.map((value) => ({ value, x: x(value), text: ratioTickText(value) }));
  const e0 = Math.round(Math.log2(lo));
  const e1 = Math.round(Math.log2(hi));
  for (const k of [1, 2, 3]) {
    const ticks = make(range(e0, e1).filter((e) => e % k === 0).map((e) => 2 ** e));
    if (fits(ticks)) return ticks;
  }
  const tens = make(range(Math.ceil(Math.log10(lo)), Math.floor(Math.log10(hi))).map((e) => 10 ** e));
  return fits(tens) ? tens : make([1]);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** Lower-cases the first letter of a heading unless it starts an acronym ("Ethnicity" → "ethnicity", "SEN" stays). */
function inSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function markOf(row: ComparisonRow): ComparisonMarkKind {
  return row.isReference ? "reference" : row.isOverall ? "overall" : "group";
}

/** Places every label, dot and whisker of the comparison chart. */
export function layoutComparison(view: ComparisonView, size: ChartSize): ComparisonLayout {
  const width = Math.max(200, size.width);
  if (!view.rows.length) {
    const height = 80;
    const text = "No groups to show";
    return {
      kind: "comparison",
      width,
      height,
      heading: null,
      plot: { x0: GAP, y0: GAP, x1: width - GAP, y1: height - GAP },
      ruleX: GAP,
      ruleTop: GAP,
      ruleLabel: null,
      ticks: [],
      axisLabel: null,
      rows: [],
      separatorY: null,
      legend: [],
      empty: textBlock([text], textWidth(text, DETAIL), DETAIL, "middle", width / 2, height / 2 - 8),
    };
  }

  // Columns: the words for each row at the left, the dots to the right.
  const labelMax = Math.max(100, Math.min(240, width * (width < 480 ? 0.42 : 0.34)));
  const texts = view.rows.map((row) => {
    const tags = [...(row.isOverall ? ["overall"] : []), ...(row.isUnknown ? ["not recorded"] : [])].join(", ");
    return {
      name: wrapText(row.label.trim() || row.key, labelMax, NAME, 3),
      tag: tags ? wrapText(tags, labelMax, DETAIL, 1) : null,
      ratio: wrapText(ratioWords(row), labelMax, row.isReference ? DETAIL_BOLD : DETAIL, 2),
      rate: wrapText(rateWords(row, view.measure.per), labelMax, DETAIL, 2),
    };
  });
  const labelWidth = Math.max(...texts.flatMap((t) => [t.name.width, t.tag?.width ?? 0, t.ratio.width, t.rate.width]));
  const plotX0 = Math.ceil(GAP + labelWidth + 16);

  const plotted = view.rows.flatMap((row) =>
    row.ratio.kind === "value" ? [row.ratio.value, ...(row.ratio.lower !== undefined ? [row.ratio.lower] : []), ...(row.ratio.upper !== undefined ? [row.ratio.upper] : [])] : [],
  );
  const domain = ratioDomain(plotted);
  const rightRoom = textWidth(ratioTickText(domain[1]), DETAIL) / 2 + 2;
  const plotX1 = Math.floor(Math.max(plotX0 + 60, width - GAP - rightRoom));
  const scale = scaleLog().domain(domain).range([plotX0, plotX1]).clamp(true);
  const x = (v: number): number => r1(scale(v > 0 ? v : domain[0]));
  const ruleX = x(1);

  // Top band: the breakdown over the labels, the rule's label over the plot.
  const heading = view.breakdown ? oneBlock(view.breakdown, labelWidth, DETAIL, "start", GAP, GAP) : null;
  const ruleWords = `same rate as ${view.reference}`;
  const ruleWrap = wrapText(ruleWords, Math.max(60, width - GAP - plotX0), DETAIL, 2);
  const ruleLabel = clampX(textBlock(ruleWrap.lines, ruleWrap.width, DETAIL, "middle", ruleX, GAP), plotX0 - 8, width - GAP);
  const ruleTop = r1(ruleLabel.box.y1 + 3);
  let y = Math.max(heading?.box.y1 ?? GAP, ruleLabel.box.y1) + 10;
  const plotY0 = r1(y - 4);

  const rows: PlacedComparisonRow[] = [];
  let separatorY: number | null = null;
  view.rows.forEach((row, i) => {
    if (i > 0 && row.isOverall && !view.rows[i - 1]!.isOverall) {
      separatorY = r1(y - ROW_GAP / 2 + GROUP_GAP / 2);
      y += GROUP_GAP;
    }
    const t = texts[i]!;
    const y0 = y;
    const label = textBlock(t.name.lines, t.name.width, NAME, "start", GAP, y);
    y = label.box.y1 + 2;
    const tag = t.tag ? textBlock(t.tag.lines, t.tag.width, DETAIL, "start", GAP, y) : null;
    if (tag) y = tag.box.y1 + 1;
    const ratioText = textBlock(t.ratio.lines, t.ratio.width, row.isReference ? DETAIL_BOLD : DETAIL, "start", GAP, y);
    y = ratioText.box.y1 + 1;
    const rateText = textBlock(t.rate.lines, t.rate.width, DETAIL, "start", GAP, y);
    const y1 = rateText.box.y1;
    const cy = r1(ratioText.box.y0 + blockHeight(1, DETAIL) / 2);
    const mark = markOf(row);
    const ratio = row.ratio;
    const base = { key: row.key, name: row.label.trim() || row.key, mark, isOverall: row.isOverall, isUnknown: row.isUnknown, label, tag, ratioText, rateText, y0: r1(y0), y1: r1(y1), cy };
    if (row.isReference) {
      rows.push({ ...base, x: ruleX, whisker: null, value: 1, lower: null, upper: null, reason: null });
    } else if (ratio.kind === "value") {
      const hasInterval = ratio.lower !== undefined && ratio.upper !== undefined;
      rows.push({
        ...base,
        x: x(ratio.value),
        whisker: hasInterval ? { x0: x(ratio.lower!), x1: x(ratio.upper!) } : null,
        value: ratio.value,
        lower: hasInterval ? ratio.lower! : null,
        upper: hasInterval ? ratio.upper! : null,
        reason: null,
      });
    } else {
      rows.push({ ...base, x: null, whisker: null, value: null, lower: null, upper: null, reason: ratio.reason });
    }
    y = y1 + ROW_GAP;
  });
  const plotY1 = r1(y - ROW_GAP + 6);
  const plot: Box = { x0: plotX0, y0: plotY0, x1: plotX1, y1: plotY1 };

  // The axis: ticks under the plot, then what it measures.
  const ticks: RatioTick[] = ratioTicks(domain, x, DETAIL).map((t) => ({
    value: t.value,
    x: t.x,
    label: clampX(oneBlock(t.text, Infinity, DETAIL, "middle", t.x, plotY1 + 7), 1, width - 1),
  }));
  const axisTop = plotY1 + 7 + blockHeight(1, DETAIL) + 6;
  const axisWrap = wrapText(`Times the rate of ${view.reference} (log scale)`, width - 2 * GAP, DETAIL, 2);
  const axisLabel = clampX(textBlock(axisWrap.lines, axisWrap.width, DETAIL, "middle", (plotX0 + plotX1) / 2, axisTop), GAP, width - GAP);

  // Legend: what the marks mean, only the kinds drawn.
  const interval = rows.some((r) => r.whisker);
  const items: LegendItem<ComparisonLegendEntry["glyph"]>[] = [];
  if (rows.some((r) => r.mark === "group" && r.x !== null)) {
    items.push(
      interval
        ? { glyph: "interval", text: "Ratio with its 95% interval", glyphWidth: 26 }
        : { glyph: "dot", text: view.measure.type === "published-rate" ? "Ratio (no interval: counts not published)" : "Ratio", glyphWidth: 14 },
    );
  }
  if (rows.some((r) => r.mark === "reference")) items.push({ glyph: "reference", text: "Reference group", glyphWidth: 14 });
  if (rows.some((r) => r.mark === "overall" && r.x !== null)) items.push({ glyph: "overall", text: "Everyone (overall)", glyphWidth: 14 });
  const legendTop = axisLabel.box.y1 + 10;
  const placed = flowLegend(items, width, legendTop, DETAIL);
  const legend: ComparisonLegendEntry[] = placed.entries.map((e) => ({ glyph: e.item.glyph, x: e.x, cy: e.cy, text: e.text }));
  const height = r1((legend.length ? placed.bottom : axisLabel.box.y1) + GAP + 2);

  return { kind: "comparison", width, height, heading, plot, ruleX, ruleTop, ruleLabel, ticks, axisLabel, rows, separatorY, legend, empty: null };
}

function oneBlock(text: string, maxWidth: number, font: Font, anchor: "start" | "middle" | "end", x: number, top: number): TextBlock {
  const wrapped = wrapText(text, maxWidth, font, 1);
  return textBlock(wrapped.lines, wrapped.width, font, anchor, x, top);
}

/** The full sentence a row's mark is read out as. */
export function rowSentence(view: ComparisonView, row: ComparisonRow): string {
  const rate = row.rate.kind === "value" ? `Rate ${formatRatePer(row.rate, view.measure.per, row.numerator, row.denominator)}.` : `Rate: ${formatRate(row.rate)}.`;
  const tags = [...(row.isOverall ? ["everyone"] : []), ...(row.isUnknown ? ["not recorded"] : [])];
  const name = tags.length ? `${row.label} (${tags.join(", ")})` : row.label;
  if (row.isReference) return `${name}: the reference group, drawn at 1. ${rate}`;
  if (row.ratio.kind === "missing") return `${name}: ratio to ${view.reference} ${ESTIMATE_REASON_LABEL[row.ratio.reason]}. ${rate}`;
  const interval = formatInterval(row.ratio);
  const how = interval ? `95% interval ${interval}` : view.measure.type === "published-rate" ? "no interval: counts not published" : "no interval";
  return `${name}: ${formatRate(row.ratio)} times the rate of ${view.reference} (${how}). ${rate}`;
}

const ITALIC = raw(`font-style="italic"`);

/** Draws a comparison layout as SVG. */
export function renderComparison(layout: ComparisonLayout, view: ComparisonView): string {
  const id = chartId(view.id, layout.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.rows.map((r) => [r.key, r]));
  const { plot } = layout;

  const grid = layout.ticks
    .filter((t) => t.value !== 1)
    .map((t) => html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`);
  const axis = layout.rows.length
    ? html`<g class="axis axis-x"><line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y1}" y2="${plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>
${lines(layout.ticks.map((t) => html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y1}" y2="${r1(plot.y1 + 4)}" stroke="${NEUTRAL.axis}"/>${quietText(t.label)}`))}
${quietText(layout.axisLabel)}</g>`
    : null;
  const rule = layout.ruleLabel
    ? html`<g class="reference-rule"><line x1="${layout.ruleX}" x2="${layout.ruleX}" y1="${layout.ruleTop}" y2="${plot.y1}" stroke="${NEUTRAL.rule}" stroke-width="1.5"/>
${textMarkup(layout.ruleLabel, raw(`class="rule-label"`))}</g>`
    : null;
  const separator =
    layout.separatorY !== null
      ? html`<line x1="${GAP}" x2="${r1(layout.width - GAP)}" y1="${layout.separatorY}" y2="${layout.separatorY}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`
      : null;

  const rows = layout.rows.map((placed) => {
    const row = byKey.get(placed.key)!;
    const title = `${rowSentence(view, row)}${sourceText(row.source, sources)}`;
    const colour = COMPARISON_COLOURS[placed.mark];
    const words = lines([
      textMarkup(placed.label),
      quietText(placed.tag, ITALIC),
      placed.reason ? quietText(placed.ratioText, ITALIC) : textMarkup(placed.ratioText, placed.mark === "reference" ? html`fill="${textColourFor(colour)}"` : raw("")),
      quietText(placed.rateText),
    ]);
    const guide = html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${placed.cy}" y2="${placed.cy}" stroke="${NEUTRAL.grid}" stroke-width="1"${
      placed.x === null ? raw(` stroke-dasharray="3 3"`) : ""
    }/>`;
    const data = placed.reason ? html`data-reason="${placed.reason}"` : html`data-value="${placed.value ?? ""}"${placed.lower !== null ? html` data-lower="${placed.lower}" data-upper="${placed.upper ?? ""}"` : ""}`;
    return html`<g class="comparison-row comparison-${placed.mark}${placed.x === null ? " comparison-missing" : ""}" data-group="${placed.key}" ${data} tabindex="-1"><title>${title}</title>
${words}
${guide}${placed.whisker ? whiskerMarkup(placed.whisker.x0, placed.whisker.x1, placed.cy, colour) : ""}${
      placed.x !== null ? markerMarkup(COMPARISON_SHAPES[placed.mark], placed.x, placed.cy, colour, false, DOT_SCALE) : ""
    }</g>`;
  });

  const legend = layout.legend.length
    ? html`<g class="legend">${layout.legend.map((e) => html`${legendGlyph(e)}${textMarkup(e.text)}`)}</g>`
    : null;

  const body = lines([
    quietText(layout.heading, raw(`class="heading"`)),
    html`<g class="grid">${grid}</g>`,
    separator,
    rule,
    groupMarkup("rows", rows),
    axis,
    legend,
    quietText(layout.empty),
  ]);
  return svgRoot(
    { id, kind: "comparison", width: layout.width, height: layout.height, title: view.title, desc: describeComparison(view) },
    body,
  );
}

function whiskerMarkup(x0: number, x1: number, cy: number, colour: string): Markup {
  return html`<path d="M${r1(x0)},${r1(cy - CAP)}V${r1(cy + CAP)}M${r1(x0)},${cy}H${r1(x1)}M${r1(x1)},${r1(cy - CAP)}V${r1(cy + CAP)}" fill="none" stroke="${colour}" stroke-width="2"/>`;
}

function legendGlyph(e: ComparisonLegendEntry): Markup {
  const group = COMPARISON_COLOURS.group;
  if (e.glyph === "interval") return html`${whiskerMarkup(e.x, e.x + 24, e.cy, group)}${markerMarkup("circle", e.x + 12, e.cy, group, false, DOT_SCALE)}`;
  if (e.glyph === "dot") return markerMarkup("circle", e.x + 6, e.cy, group, false, DOT_SCALE);
  return markerMarkup(COMPARISON_SHAPES[e.glyph], e.x + 6, e.cy, COMPARISON_COLOURS[e.glyph], false, DOT_SCALE);
}

/** A terse plain-text summary: what is compared with whom, on what scale, and which groups have no ratio. */
export function describeComparison(view: ComparisonView): string {
  const others = view.rows.filter((r) => !r.isReference).length;
  const parts = [
    `Dot chart of ${view.measure.label} by ${inSentence(view.breakdown) || "group"}, ${[view.place, view.period.label].filter(Boolean).join(", ")}: ` +
      `each group's rate as a ratio to the rate of ${view.reference}, on a log scale where the rule at 1 means the same rate; ` +
      `${others} ${others === 1 ? "group" : "groups"} compared.`,
  ];
  if (view.measure.type === "published-rate") parts.push("No interval: counts not published, so the ratios divide one published rate by another.");
  else parts.push("Lines show 95% intervals.");
  const missing = view.rows.filter((r) => !r.isReference && r.ratio.kind === "missing");
  if (missing.length) {
    parts.push(`No dot: ${missing.map((r) => `${r.label} (${r.ratio.kind === "missing" ? ESTIMATE_REASON_LABEL[r.ratio.reason] : ""})`).join("; ")}.`);
  }
  return parts.join(" ");
}
