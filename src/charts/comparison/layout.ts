import { scaleLog } from "d3-scale";
import type { EstimateReason } from "../../stats/measures.ts";
import type { ChartSize, ComparisonRow, ComparisonView } from "../../stats/view-types.ts";
import { groupMark, groupTags, type GroupMark } from "../group-marks.ts";
import { blockHeight, clampX, textBlock } from "../labels.ts";
import type { Anchor, Box, TextBlock } from "../labels.ts";
import { flowLegend, type LegendItem } from "../legend.ts";
import { FONT_SIZE, GAP, r1 } from "../svg.ts";
import { textWidth, wrapText, type Font, type Wrapped } from "../text.ts";
import { ratioDomain, ratioTicks, ratioTickText } from "./axis.ts";
import { rateLabel, ratioLabel } from "./words.ts";

/**
 * The comparison chart's layout: each group's rate as a ratio to a stated reference group, a dot
 * with its 95% interval on a log scale (d3-scale's `scaleLog`), with a labelled rule where the
 * rate is the same. Every row keeps its own words beside it (the ratio and interval, the rate, or
 * why there is no ratio), so the dot is never the only way to read a figure. Rows keep the view's order.
 */

/** One group as drawn: its words at the left and its dot (or none) in the plot. */
export interface PlacedComparisonRow {
  key: string;
  /** The group's full label (the drawn one may be cut to fit). */
  name: string;
  mark: GroupMark;
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
  glyph: "interval" | "dot" | GroupMark;
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
/** A row's ratio and rate, the tags, the axis and the legend. */
const DETAIL: Font = { size: 12 };
const DETAIL_BOLD: Font = { size: 12, bold: true };
const ROW_GAP = 12;
const GROUP_GAP = 10;

/** A row's words, wrapped to the label column. */
interface RowText {
  name: Wrapped;
  tag: Wrapped | null;
  ratio: Wrapped;
  rate: Wrapped;
}

/** Places every label, dot and whisker of the comparison chart. */
export function layoutComparison(view: ComparisonView, size: ChartSize): ComparisonLayout {
  const width = Math.max(200, size.width);
  if (!view.rows.length) return emptyLayout(width);

  // Columns: the words for each row at the left, the dots to the right.
  const labelMax = Math.max(100, Math.min(240, width * (width < 480 ? 0.42 : 0.34)));
  const texts = view.rows.map((row) => rowText(view, row, labelMax));
  const labelWidth = Math.max(...texts.flatMap((t) => [t.name.width, t.tag?.width ?? 0, t.ratio.width, t.rate.width]));
  const plotX0 = Math.ceil(GAP + labelWidth + 16);
  const domain = ratioDomain(view.rows.flatMap(plottedValues));
  const plotX1 = Math.floor(Math.max(plotX0 + 60, width - GAP - (textWidth(ratioTickText(domain[1]), DETAIL) / 2 + 2)));
  const scale = scaleLog().domain(domain).range([plotX0, plotX1]).clamp(true);
  const x = (v: number): number => r1(scale(v > 0 ? v : domain[0]));
  const ruleX = x(1);

  // Top band: the breakdown over the labels, the rule's label over the plot.
  const heading = view.breakdown ? oneBlock(view.breakdown, labelWidth, "start", GAP, GAP) : null;
  const ruleWrap = wrapText(`same rate as ${view.reference}`, Math.max(60, width - GAP - plotX0), DETAIL, 2);
  const ruleLabel = clampX(textBlock(ruleWrap.lines, ruleWrap.width, DETAIL, "middle", ruleX, GAP), plotX0 - 8, width - GAP);
  const top = Math.max(heading?.box.y1 ?? GAP, ruleLabel.box.y1) + 10;
  const { rows, separatorY, bottom } = layoutRows(view, texts, top, x);
  const plot: Box = { x0: plotX0, y0: r1(top - 4), x1: plotX1, y1: r1(bottom - ROW_GAP + 6) };

  // The axis: ticks under the plot, then what it measures.
  const ticks: RatioTick[] = ratioTicks(domain, x, DETAIL).map((t) => ({ value: t.value, x: t.x, label: clampX(oneBlock(t.text, Infinity, "middle", t.x, plot.y1 + 7), 1, width - 1) }));
  const axisTop = plot.y1 + 7 + blockHeight(1, DETAIL) + 6;
  const axisWrap = wrapText(`Times the rate of ${view.reference} (log scale)`, width - 2 * GAP, DETAIL, 2);
  const axisLabel = clampX(textBlock(axisWrap.lines, axisWrap.width, DETAIL, "middle", (plotX0 + plotX1) / 2, axisTop), GAP, width - GAP);
  const placed = flowLegend(legendItems(view, rows), width, axisLabel.box.y1 + 10, DETAIL);
  const legend: ComparisonLegendEntry[] = placed.entries.map((e) => ({ glyph: e.item.glyph, x: e.x, cy: e.cy, text: e.text }));
  const height = r1((legend.length ? placed.bottom : axisLabel.box.y1) + GAP + 2);
  return { kind: "comparison", width, height, heading, plot, ruleX, ruleTop: r1(ruleLabel.box.y1 + 3), ruleLabel, ticks, axisLabel, rows, separatorY, legend, empty: null };
}

/** A row's name, tags, ratio and rate, wrapped to the label column. */
function rowText(view: ComparisonView, row: ComparisonRow, labelMax: number): RowText {
  const tags = groupTags(row).join(", ");
  return {
    name: wrapText(row.label.trim() || row.key, labelMax, NAME, 3),
    tag: tags ? wrapText(tags, labelMax, DETAIL, 1) : null,
    ratio: wrapText(ratioLabel(row), labelMax, row.isReference ? DETAIL_BOLD : DETAIL, 2),
    rate: wrapText(rateLabel(row, view.measure.per), labelMax, DETAIL, 2),
  };
}

/** The ratios a row puts on the axis: its ratio and its interval's ends. */
function plottedValues(row: ComparisonRow): number[] {
  const r = row.ratio;
  return r.kind === "value" ? [r.value, ...(r.lower !== undefined ? [r.lower] : []), ...(r.upper !== undefined ? [r.upper] : [])] : [];
}

/** Each row from `top` down: its words stacked at the left, its dot level with the ratio; the overall group set apart by a rule. */
function layoutRows(view: ComparisonView, texts: RowText[], top: number, x: (v: number) => number): { rows: PlacedComparisonRow[]; separatorY: number | null; bottom: number } {
  const rows: PlacedComparisonRow[] = [];
  let separatorY: number | null = null;
  let y = top;
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
    const rateText = textBlock(t.rate.lines, t.rate.width, DETAIL, "start", GAP, ratioText.box.y1 + 1);
    const cy = r1(ratioText.box.y0 + blockHeight(1, DETAIL) / 2);
    const base = { key: row.key, name: row.label.trim() || row.key, mark: groupMark(row), isOverall: row.isOverall, isUnknown: row.isUnknown, label, tag, ratioText, rateText, y0: r1(y0), y1: r1(rateText.box.y1), cy };
    rows.push({ ...base, ...dotOf(row, x) });
    y = rateText.box.y1 + ROW_GAP;
  });
  return { rows, separatorY, bottom: y };
}

/** Where a row's dot and whisker go: the reference group at 1, a ratio at its value, none where the ratio is missing. */
function dotOf(row: ComparisonRow, x: (v: number) => number): Pick<PlacedComparisonRow, "x" | "whisker" | "value" | "lower" | "upper" | "reason"> {
  const ratio = row.ratio;
  if (row.isReference) return { x: x(1), whisker: null, value: 1, lower: null, upper: null, reason: null };
  if (ratio.kind === "missing") return { x: null, whisker: null, value: null, lower: null, upper: null, reason: ratio.reason };
  const interval = ratio.lower !== undefined && ratio.upper !== undefined ? { lower: ratio.lower, upper: ratio.upper } : null;
  return {
    x: x(ratio.value),
    whisker: interval ? { x0: x(interval.lower), x1: x(interval.upper) } : null,
    value: ratio.value,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
    reason: null,
  };
}

/** What the marks mean, only the kinds drawn. */
function legendItems(view: ComparisonView, rows: PlacedComparisonRow[]): LegendItem<ComparisonLegendEntry["glyph"]>[] {
  const items: LegendItem<ComparisonLegendEntry["glyph"]>[] = [];
  if (rows.some((r) => r.mark === "group" && r.x !== null)) {
    items.push(
      rows.some((r) => r.whisker)
        ? { glyph: "interval", text: "Ratio with its 95% interval", glyphWidth: 26 }
        : { glyph: "dot", text: view.measure.type === "published-rate" ? "Ratio (no interval: counts not published)" : "Ratio", glyphWidth: 14 },
    );
  }
  if (rows.some((r) => r.mark === "reference")) items.push({ glyph: "reference", text: "Reference group", glyphWidth: 14 });
  if (rows.some((r) => r.mark === "overall" && r.x !== null)) items.push({ glyph: "overall", text: "Everyone (overall)", glyphWidth: 14 });
  return items;
}

function oneBlock(text: string, maxWidth: number, anchor: Anchor, x: number, top: number): TextBlock {
  const wrapped = wrapText(text, maxWidth, DETAIL, 1);
  return textBlock(wrapped.lines, wrapped.width, DETAIL, anchor, x, top);
}

/** The layout of a comparison with no groups: a message. */
function emptyLayout(width: number): ComparisonLayout {
  const height = 80;
  const text = "No groups to show";
  const empty = textBlock([text], textWidth(text, DETAIL), DETAIL, "middle", width / 2, height / 2 - 8);
  const plot = { x0: GAP, y0: GAP, x1: width - GAP, y1: height - GAP };
  return { kind: "comparison", width, height, heading: null, plot, ruleX: GAP, ruleTop: GAP, ruleLabel: null, ticks: [], axisLabel: null, rows: [], separatorY: null, legend: [], empty };
}
