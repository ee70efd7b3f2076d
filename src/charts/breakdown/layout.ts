import { scaleLinear } from "d3-scale";
import { formatShort } from "../../data/cell-format.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import type { Cell, Reason } from "../../data/types.ts";
import type { Bar, BreakdownView, ChartSize } from "../../stats/view-types.ts";
import { blockHeight, centredAt, textBlock } from "../labels.ts";
import type { Box, TextBlock } from "../labels.ts";
import { flowLegend } from "../legend.ts";
import { LEGEND_TEXT, QUALIFIED_SUFFIX, isQualified } from "../qualifiers.ts";
import { FONT_SIZE, GAP, r1 } from "../svg.ts";
import { textWidth, wrapText, type Font, type Wrapped } from "../text.ts";

/**
 * The breakdown chart's layout: one indicator split by one filter in one period, as horizontal
 * bars. The total sits in its own group at the top, labelled; a missing cell is a row with its
 * reason in words and no bar, never a zero-length bar.
 */

/** One row of the chart: a bar, or a missing cell's reason. */
export interface PlacedBar {
  key: string;
  /** The category's full label (the drawn one may be cut to fit). */
  name: string;
  isTotal: boolean;
  /** The category label, wrapped, at the left. */
  label: TextBlock;
  /** Top and height of the row's bar band. */
  y: number;
  height: number;
  /** Bar extent along x; null for a missing cell. */
  bar: { x0: number; x1: number } | null;
  value: number | null;
  reason: Reason | null;
  hollow: boolean;
  cell: Cell;
  source: string | null;
  /** The value at the bar's end, or the reason in words where the bar would be. */
  valueLabel: TextBlock;
}

/** An entry of the fill-style legend. */
export interface BarLegendEntry {
  kind: "published" | "qualified";
  swatch: Box;
  text: TextBlock;
}

/** Everything the breakdown chart draws, in pixels. */
export interface BreakdownLayout {
  kind: "breakdown";
  width: number;
  /** Set by the number of rows and their wrapped labels, not by the requested height. */
  height: number;
  /** Column headings: the filter over the labels, the indicator over the bars. */
  headings: TextBlock[];
  /** The area bars are drawn in. */
  plot: Box;
  zeroX: number;
  rows: PlacedBar[];
  /** y of the rule between the total and its parts, when both are shown. */
  separatorY: number | null;
  legend: BarLegendEntry[];
  empty: TextBlock | null;
}

/** Labels, values and headings. */
const SMALL: Font = { size: FONT_SIZE };
const BOLD: Font = { size: FONT_SIZE, bold: true };
const BAR_HEIGHT = 22;
const ROW_GAP = 8;
const GROUP_GAP = 14;

/** What every row needs before it is placed: its words, their width, and the scale from values to x. */
interface Columns {
  ordered: Bar[];
  names: string[];
  texts: string[];
  wrapped: Wrapped[];
  valueWidths: number[];
  labelWidth: number;
  leftRoom: number;
  plotX0: number;
  plotX1: number;
  x: (value: number) => number;
}

/** Places every bar, label and value of the breakdown chart. */
export function layoutBreakdown(view: BreakdownView, size: ChartSize): BreakdownLayout {
  const width = Math.max(200, size.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const hollowOf = (b: Bar): boolean => isQualified(b.cell, sources.get(b.source ?? ""));
  const ordered = [...view.bars.filter((b) => b.isTotal), ...view.bars.filter((b) => !b.isTotal)];
  if (!ordered.length) return emptyLayout(width);
  const columns = layoutColumns(view, ordered, width, hollowOf);
  const headings = layoutHeadings(view, columns, width);
  const headingBottom = Math.max(GAP, ...headings.map((h) => h.box.y1));
  const { rows, separatorY, bottom } = layoutRows(columns, headingBottom + 8, hollowOf);
  const plot: Box = { x0: columns.plotX0, y0: r1(headingBottom + 4), x1: columns.plotX1, y1: r1(bottom - ROW_GAP + 2) };
  const { legend, height } = layoutLegend(rows, width, plot.y1 + GAP);
  return { kind: "breakdown", width, height: r1(height), headings, plot, zeroX: r1(columns.x(0)), rows, separatorY, legend, empty: null };
}

/** Columns: wrapped labels, then bars, then room for the longest value at a bar's end. */
function layoutColumns(view: BreakdownView, ordered: Bar[], width: number, hollowOf: (b: Bar) => boolean): Columns {
  const texts = ordered.map((b) => (b.cell.kind === "missing" ? REASON_LABEL[b.cell.reason] : formatShort(b.cell, view.indicator) + (hollowOf(b) ? QUALIFIED_SUFFIX : "")));
  const values = ordered.flatMap((b) => (b.cell.kind === "value" ? [b.cell.value] : []));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const labelMax = Math.max(80, Math.min(220, width * (width < 480 ? 0.36 : 0.3)));
  const names = ordered.map((b) => b.label.trim() || (b.isTotal ? "Total" : b.key));
  const wrapped = ordered.map((b, i) => wrapText(names[i]!, labelMax, b.isTotal ? BOLD : SMALL, 3));
  const labelWidth = Math.max(...wrapped.map((w) => w.width));
  const valueWidths = ordered.map((b, i) => (b.cell.kind === "value" ? textWidth(texts[i]!, b.isTotal ? BOLD : SMALL) : 0));
  const widest = (negative: boolean) => Math.max(0, ...ordered.map((b, i) => (b.cell.kind === "value" && b.cell.value < 0 === negative ? valueWidths[i]! : 0)));
  const leftRoom = lo < 0 ? widest(true) + 6 : 0;
  const plotX0 = Math.ceil(GAP + labelWidth + 10 + leftRoom);
  const plotX1 = Math.floor(width - GAP - widest(false) - 6);
  const scale = scaleLinear().domain(lo === hi ? [0, 1] : [lo, hi]).range([plotX0, Math.max(plotX0 + 20, plotX1)]);
  return { ordered, names, texts, wrapped, valueWidths, labelWidth, leftRoom, plotX0, plotX1, x: (v) => scale(v) };
}

/** Headings: what the rows are, over the labels; what the bars measure, over the bars. */
function layoutHeadings(view: BreakdownView, c: Columns, width: number): TextBlock[] {
  const headings: TextBlock[] = [];
  const measure = wrapText(view.indicator.label, Math.max(40, width - GAP - c.plotX0), SMALL, 2);
  if (view.indicator.label) headings.push(textBlock(measure.lines, measure.width, SMALL, "start", c.plotX0, GAP));
  if (view.by) {
    const by = wrapText(view.by, Math.max(40, c.labelWidth), SMALL, 2);
    headings.push(textBlock(by.lines, by.width, SMALL, "end", c.plotX0 - 10 - c.leftRoom, GAP));
  }
  return headings;
}

/** Each row from `top` down, the total's group apart from its parts; `bottom` is where the next row would start. */
function layoutRows(c: Columns, top: number, hollowOf: (b: Bar) => boolean): { rows: PlacedBar[]; separatorY: number | null; bottom: number } {
  const rows: PlacedBar[] = [];
  const zeroX = r1(c.x(0));
  let y = top;
  let separatorY: number | null = null;
  c.ordered.forEach((b, i) => {
    if (i > 0 && !b.isTotal && c.ordered[i - 1]!.isTotal) {
      separatorY = r1(y - ROW_GAP / 2 + GROUP_GAP / 2);
      y += GROUP_GAP;
    }
    const font = b.isTotal ? BOLD : SMALL;
    const w = c.wrapped[i]!;
    const rowHeight = Math.max(BAR_HEIGHT, blockHeight(w.lines.length, font));
    const cy = y + rowHeight / 2;
    const label = centredAt(textBlock(w.lines, w.width, font, "end", c.plotX0 - 10 - c.leftRoom, 0), cy);
    const text = c.texts[i]!;
    const common = { key: b.key, name: c.names[i]!, isTotal: b.isTotal, label, y: r1(cy - BAR_HEIGHT / 2), height: BAR_HEIGHT, cell: b.cell, source: b.source };
    if (b.cell.kind === "missing") {
      const valueLabel = centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", zeroX + 6, 0), cy);
      rows.push({ ...common, bar: null, value: null, reason: b.cell.reason, hollow: false, valueLabel });
    } else {
      const end = r1(c.x(b.cell.value));
      const negative = b.cell.value < 0;
      const valueLabel = centredAt(textBlock([text], c.valueWidths[i]!, font, negative ? "end" : "start", negative ? end - 5 : end + 5, 0), cy);
      rows.push({ ...common, bar: { x0: Math.min(zeroX, end), x1: Math.max(zeroX, end) }, value: b.cell.value, reason: null, hollow: hollowOf(b), valueLabel });
    }
    y += rowHeight + ROW_GAP;
  });
  return { rows, separatorY, bottom: y };
}

/** The legend for hollow bars under the plot from `top`, only when one is drawn, and the chart's height with it. */
function layoutLegend(rows: PlacedBar[], width: number, top: number): { legend: BarLegendEntry[]; height: number } {
  if (!rows.some((r) => r.hollow)) return { legend: [], height: top };
  const item = (kind: BarLegendEntry["kind"]) => ({ glyph: kind, text: LEGEND_TEXT[kind], glyphWidth: 14 });
  const items = [...(rows.some((r) => r.bar && !r.hollow) ? [item("published")] : []), item("qualified")];
  const placed = flowLegend(items, width, top + 8, SMALL, 20);
  const legend = placed.entries.map((e) => ({ kind: e.item.glyph, swatch: { x0: e.x, y0: e.cy - 7, x1: e.x + 14, y1: e.cy + 7 }, text: e.text }));
  return { legend, height: placed.bottom + GAP };
}

/** The layout of a breakdown with no bars: a message. */
function emptyLayout(width: number): BreakdownLayout {
  const height = 80;
  const empty = textBlock(["No values to show"], textWidth("No values to show", SMALL), SMALL, "middle", width / 2, height / 2 - 8);
  return { kind: "breakdown", width, height, headings: [], plot: { x0: GAP, y0: GAP, x1: width - GAP, y1: height - GAP }, zeroX: GAP, rows: [], separatorY: null, legend: [], empty };
}
