import { scaleLinear } from "d3-scale";
import { formatShare } from "../../data/cell-format.ts";
import type { Cell, Reason } from "../../data/types.ts";
import { formatPoints } from "../../stats/estimate-format.ts";
import type { ChartSize, SharesRow, SharesView } from "../../stats/view-types.ts";
import { centredAt, textBlock } from "../labels.ts";
import type { Box, TextBlock } from "../labels.ts";
import { flowLegend } from "../legend.ts";
import { FONT_SIZE, GAP, r1 } from "../svg.ts";
import { textWidth, wrapText, type Font } from "../text.ts";

/**
 * The shares chart's layout: for each group, its share of an outcome and its share of the
 * population as two bars one above the other, each with its value, and the difference in
 * percentage points at the row's end. A missing share is its reason in words where the bar would
 * be, never a zero-length bar.
 */

/** Which of a row's two shares a bar shows. */
export type ShareKind = "outcome" | "population";

/** One bar: its extent, or the reason there is none, and its words at its end. */
export interface PlacedShare {
  kind: ShareKind;
  /** Top and height of the bar's band. */
  y: number;
  height: number;
  /** Bar extent along x; null for a missing share. */
  bar: { x0: number; x1: number } | null;
  value: number | null;
  reason: Reason | null;
  /** "31%" at the bar's end, or the reason in words where the bar would be. */
  valueLabel: TextBlock;
}

/** One group: its name over two bars, and the difference at the end. */
export interface PlacedSharesRow {
  key: string;
  name: string;
  label: TextBlock;
  shares: [PlacedShare, PlacedShare];
  /** "+16 pp", level with the two bars. */
  difference: TextBlock;
}

/** An entry of the legend naming the two bars. */
export interface SharesLegendEntry {
  kind: ShareKind;
  swatch: Box;
  text: TextBlock;
}

/** Everything the shares chart draws, in pixels. */
export interface SharesLayout {
  kind: "shares";
  width: number;
  /** Set by the number of rows and their wrapped labels, not by the requested height. */
  height: number;
  legend: SharesLegendEntry[];
  /** "Difference" over the column of differences. */
  differenceHeading: TextBlock | null;
  /** x where bars start (zero), and where the longest would end. */
  zeroX: number;
  barMax: number;
  rows: PlacedSharesRow[];
  empty: TextBlock | null;
}

const NAME: Font = { size: FONT_SIZE, bold: true };
const SMALL: Font = { size: 12 };
const BOLD: Font = { size: FONT_SIZE, bold: true };
const BAR = 16;
const BAR_GAP = 3;
const ROW_GAP = 14;
const SWATCH = 14;

/** Places the legend, every bar, its value and each row's difference. */
export function layoutShares(view: SharesView, size: ChartSize): SharesLayout {
  const width = Math.max(200, size.width);
  const items = [
    { glyph: "outcome" as const, text: view.outcomeLabel, glyphWidth: SWATCH },
    { glyph: "population" as const, text: view.populationLabel, glyphWidth: SWATCH },
  ];
  const placedLegend = flowLegend(items, width, GAP, SMALL);
  const legend: SharesLegendEntry[] = placedLegend.entries.map((e) => ({
    kind: e.item.glyph,
    swatch: { x0: e.x, y0: r1(e.cy - SWATCH / 2), x1: e.x + SWATCH, y1: r1(e.cy + SWATCH / 2) },
    text: e.text,
  }));
  if (!view.rows.length) return emptyLayout(width, legend, placedLegend.bottom + 16);

  const differences = view.rows.map((r) => formatPoints(r.difference));
  const heading = "Difference";
  const differenceFont = (r: SharesRow): Font => (r.difference.kind === "value" ? BOLD : SMALL);
  const differenceWidth = Math.max(textWidth(heading, SMALL), ...view.rows.map((r, i) => textWidth(differences[i]!, differenceFont(r))));
  const valueTexts = view.rows.map((r) => [formatShare(r.outcome), formatShare(r.population)] as const);
  const valueWidth = Math.max(0, ...view.rows.flatMap((r, i) => [r.outcome, r.population].map((c, j) => (c.kind === "value" ? textWidth(valueTexts[i]![j]!, SMALL) : 0))));
  const zeroX = GAP;
  const barMax = Math.floor(Math.max(zeroX + 40, width - GAP - differenceWidth - 14 - valueWidth - 5));
  const values = view.rows.flatMap((r) => [r.outcome, r.population].flatMap((c) => (c.kind === "value" ? [c.value] : [])));
  const scale = scaleLinear().domain([0, Math.max(1, ...values)]).range([zeroX, barMax]);
  const x = (v: number) => r1(scale(Math.max(0, v)));

  const differenceHeading = textBlock([heading], textWidth(heading, SMALL), SMALL, "end", width - GAP, placedLegend.bottom + 8);
  let y = differenceHeading.box.y1 + 6;
  const rows: PlacedSharesRow[] = view.rows.map((row, i) => {
    const name = row.label.trim() || row.key;
    const wrapped = wrapText(name, width - 2 * GAP, NAME, 3);
    const label = textBlock(wrapped.lines, wrapped.width, NAME, "start", GAP, y);
    const top = label.box.y1 + 4;
    const [outcomeText, populationText] = valueTexts[i]!;
    const shares: [PlacedShare, PlacedShare] = [placeShare("outcome", row.outcome, outcomeText, top, x), placeShare("population", row.population, populationText, top + BAR + BAR_GAP, x)];
    const font = differenceFont(row);
    const difference = centredAt(textBlock([differences[i]!], textWidth(differences[i]!, font), font, "end", width - GAP, 0), top + BAR + BAR_GAP / 2);
    y = top + 2 * BAR + BAR_GAP + ROW_GAP;
    return { key: row.key, name, label, shares, difference };
  });
  return { kind: "shares", width, height: r1(y - ROW_GAP + GAP + 4), legend, differenceHeading, zeroX, barMax, rows, empty: null };
}

/** One bar from `barTop`: its extent and value at its end, or its reason where the bar would be. */
function placeShare(kind: ShareKind, cell: Cell, text: string, barTop: number, x: (v: number) => number): PlacedShare {
  const cy = barTop + BAR / 2;
  const band = { kind, y: r1(barTop), height: BAR };
  if (cell.kind === "missing") {
    return { ...band, bar: null, value: null, reason: cell.reason, valueLabel: centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", x(0) + 6, 0), cy) };
  }
  const end = x(cell.value);
  return { ...band, bar: { x0: x(0), x1: end }, value: cell.value, reason: null, valueLabel: centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", end + 5, 0), cy) };
}

/** The layout of a shares chart with no groups: its legend and a message. */
function emptyLayout(width: number, legend: SharesLegendEntry[], top: number): SharesLayout {
  const text = "No values to show";
  const empty = textBlock([text], textWidth(text, SMALL), SMALL, "middle", width / 2, top);
  return { kind: "shares", width, height: r1(top + 40), legend, differenceHeading: null, zeroX: GAP, barMax: width - GAP, rows: [], empty };
}
