/**
 * The breakdown chart: one indicator split by one filter in one period, as horizontal bars.
 *
 *   layoutBreakdown(view, size)   → BreakdownLayout (placed marks, JSON-safe)
 *   renderBreakdown(layout, view) → SVG string
 *
 * The total sits in its own group at the top, drawn in a different fill and labelled; a missing
 * cell is a row with its reason in words and no bar, never a zero-length bar.
 */

import { REASON_LABEL } from "../data/symbols.ts";
import type { Cell, Reason } from "../data/types.ts";
import type { BreakdownView, ChartSize } from "../stats/view-types.ts";
import { formatCell, formatShort } from "../data/cell-format.ts";
import { html, raw } from "../text/html.ts";
import { blockHeight, centredAt, textBlock } from "./labels.ts";
import type { Box, TextBlock } from "./labels.ts";
import { NEUTRAL, categoricalColour } from "./palette.ts";
import { LEGEND_TEXT, QUALIFIED_SUFFIX, isQualified, sourceText } from "./qualifiers.ts";
import { FONT_SIZE, chartId, lines, r1, svgRoot, textMarkup } from "./svg.ts";
import { textWidth, wrapText } from "./text.ts";
import type { Font } from "./text.ts";
import { scaleLinear } from "d3-scale";

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

const SMALL: Font = { size: FONT_SIZE };
const BOLD: Font = { size: FONT_SIZE, bold: true };
const GAP = 4;
const BAR_HEIGHT = 22;
const ROW_GAP = 8;
const GROUP_GAP = 14;
const TOTAL_COLOUR = categoricalColour(4);
const PART_COLOUR = categoricalColour(0);

/** The breakdown chart as an SVG string. */
export function barChart(view: BreakdownView, size: ChartSize): string {
  return renderBreakdown(layoutBreakdown(view, size), view);
}

/** Places every bar, label and value of the breakdown chart. */
export function layoutBreakdown(view: BreakdownView, size: ChartSize): BreakdownLayout {
  const width = Math.max(200, size.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const ordered = [...view.bars.filter((b) => b.isTotal), ...view.bars.filter((b) => !b.isTotal)];
  const hollowOf = (cell: Cell, source: string | null): boolean => isQualified(cell, sources.get(source ?? ""));

  if (!ordered.length) {
    const height = 80;
    return {
      kind: "breakdown",
      width,
      height,
      headings: [],
      plot: { x0: GAP, y0: GAP, x1: width - GAP, y1: height - GAP },
      zeroX: GAP,
      rows: [],
      separatorY: null,
      legend: [],
      empty: textBlock(["No values to show"], textWidth("No values to show", SMALL), SMALL, "middle", width / 2, height / 2 - 8),
    };
  }

  const texts = ordered.map((b) => {
    if (b.cell.kind === "missing") return REASON_LABEL[b.cell.reason];
    return formatShort(b.cell, view.indicator) + (hollowOf(b.cell, b.source) ? QUALIFIED_SUFFIX : "");
  });
  const values = ordered.flatMap((b) => (b.cell.kind === "value" ? [b.cell.value] : []));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);

  // Columns: wrapped labels, then bars, then room for the longest value at a bar's end.
  const labelMax = Math.max(80, Math.min(220, width * (width < 480 ? 0.36 : 0.3)));
  const names = ordered.map((b) => b.label.trim() || (b.isTotal ? "Total" : b.key));
  const wrapped = ordered.map((b, i) => wrapText(names[i]!, labelMax, b.isTotal ? BOLD : SMALL, 3));
  const labelWidth = Math.max(...wrapped.map((w) => w.width));
  const valueWidths = ordered.map((b, i) => (b.cell.kind === "value" ? textWidth(texts[i]!, b.isTotal ? BOLD : SMALL) : 0));
  const rightRoom = Math.max(0, ...ordered.map((b, i) => (b.cell.kind === "value" && b.cell.value >= 0 ? valueWidths[i]! : 0)));
  const leftRoom = lo < 0 ? Math.max(0, ...ordered.map((b, i) => (b.cell.kind === "value" && b.cell.value < 0 ? valueWidths[i]! : 0))) + 6 : 0;
  const plotX0 = Math.ceil(GAP + labelWidth + 10 + leftRoom);
  const plotX1 = Math.floor(width - GAP - rightRoom - 6);
  const x = scaleLinear().domain(lo === hi ? [0, 1] : [lo, hi]).range([plotX0, Math.max(plotX0 + 20, plotX1)]);
  const zeroX = r1(x(0));

  // Headings: what the rows are, over the labels; what the bars measure, over the bars.
  const headings: TextBlock[] = [];
  const measure = wrapText(view.indicator.label, Math.max(40, width - GAP - plotX0), SMALL, 2);
  if (view.indicator.label) headings.push(textBlock(measure.lines, measure.width, SMALL, "start", plotX0, GAP));
  if (view.by) {
    const by = wrapText(view.by, Math.max(40, labelWidth), SMALL, 2);
    headings.push(textBlock(by.lines, by.width, SMALL, "end", plotX0 - 10 - leftRoom, GAP));
  }
  const headingBottom = Math.max(GAP, ...headings.map((h) => h.box.y1));

  const rows: PlacedBar[] = [];
  let yCursor = headingBottom + 8;
  let separatorY: number | null = null;
  ordered.forEach((b, i) => {
    if (i > 0 && !b.isTotal && ordered[i - 1]!.isTotal) {
      separatorY = r1(yCursor - ROW_GAP / 2 + GROUP_GAP / 2);
      yCursor += GROUP_GAP;
    }
    const font = b.isTotal ? BOLD : SMALL;
    const w = wrapped[i]!;
    const rowHeight = Math.max(BAR_HEIGHT, blockHeight(w.lines.length, font));
    const cy = yCursor + rowHeight / 2;
    const label = centredAt(textBlock(w.lines, w.width, font, "end", plotX0 - 10 - leftRoom, 0), cy);
    const barTop = r1(cy - BAR_HEIGHT / 2);
    const text = texts[i]!;
    const hollow = hollowOf(b.cell, b.source);
    const common = { key: b.key, name: names[i]!, isTotal: b.isTotal, label, y: barTop, height: BAR_HEIGHT, cell: b.cell, source: b.source };
    if (b.cell.kind === "missing") {
      rows.push({
        ...common,
        bar: null,
        value: null,
        reason: b.cell.reason,
        hollow: false,
        valueLabel: centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", zeroX + 6, 0), cy),
      });
    } else {
      const end = r1(x(b.cell.value));
      const negative = b.cell.value < 0;
      rows.push({
        ...common,
        bar: { x0: Math.min(zeroX, end), x1: Math.max(zeroX, end) },
        value: b.cell.value,
        reason: null,
        hollow,
        valueLabel: centredAt(
          textBlock([text], valueWidths[i]!, font, negative ? "end" : "start", negative ? end - 5 : end + 5, 0),
          cy,
        ),
      });
    }
    yCursor += rowHeight + ROW_GAP;
  });
  const plot: Box = { x0: plotX0, y0: r1(headingBottom + 4), x1: plotX1, y1: r1(yCursor - ROW_GAP + 2) };

  // Legend for hollow bars, only when one is drawn.
  const legend: BarLegendEntry[] = [];
  let height = plot.y1 + GAP;
  const anyHollow = rows.some((r) => r.hollow);
  if (anyHollow) {
    const items: { kind: BarLegendEntry["kind"]; text: string }[] = [
      ...(rows.some((r) => r.bar && !r.hollow) ? [{ kind: "published" as const, text: LEGEND_TEXT.published }] : []),
      { kind: "qualified" as const, text: LEGEND_TEXT.qualified },
    ];
    let lx = GAP;
    let ly = height + 8;
    for (const item of items) {
      const w = 20 + textWidth(item.text, SMALL);
      if (lx > GAP && lx + w > width - GAP) {
        lx = GAP;
        ly += 20;
      }
      legend.push({
        kind: item.kind,
        swatch: { x0: lx, y0: ly + 3, x1: lx + 14, y1: ly + 17 },
        text: centredAt(textBlock([item.text], textWidth(item.text, SMALL), SMALL, "start", lx + 20, 0), ly + 10),
      });
      lx += w + 20;
    }
    height = ly + 20 + GAP;
  }

  return { kind: "breakdown", width, height: r1(height), headings, plot, zeroX, rows, separatorY, legend, empty: null };
}

/** Draws a breakdown layout as SVG. */
export function renderBreakdown(layout: BreakdownLayout, view: BreakdownView): string {
  const id = chartId(view.id, layout.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const rows = layout.rows.map((row) => {
    const title = `${row.name}, ${view.period.label}: ${formatCell(row.cell, view.indicator)}${sourceText(row.source, sources)}`;
    const colour = row.isTotal ? TOTAL_COLOUR : PART_COLOUR;
    const label = textMarkup(row.label, raw(`class="bar-label"`));
    if (!row.bar) {
      return html`<g class="bar bar-missing${row.isTotal ? " bar-total" : ""}" data-bar="${row.key}" data-period="${view.period.key}" data-reason="${row.reason ?? ""}" tabindex="-1"><title>${title}</title>
${label}
<rect x="${layout.zeroX}" y="${row.y}" width="${r1(Math.max(0, layout.plot.x1 - layout.zeroX))}" height="${row.height}" fill="none" stroke="${NEUTRAL.grid}" stroke-dasharray="3 3"/>
${textMarkup(row.valueLabel, raw(`font-style="italic" fill="${NEUTRAL.secondaryText}"`))}</g>`;
    }
    const { x0, x1 } = row.bar;
    const paint = row.hollow
      ? html`fill="${NEUTRAL.background}" stroke="${colour}" stroke-width="1.75"`
      : html`fill="${colour}"`;
    const inset = row.hollow ? 0.9 : 0;
    return html`<g class="bar${row.isTotal ? " bar-total" : ""}" data-bar="${row.key}" data-period="${view.period.key}" data-value="${row.value ?? ""}" tabindex="-1"><title>${title}</title>
${label}
<rect x="${r1(x0 + inset)}" y="${r1(row.y + inset)}" width="${r1(Math.max(0, x1 - x0 - 2 * inset))}" height="${r1(row.height - 2 * inset)}" ${paint}/>
${textMarkup(row.valueLabel, raw(`class="value-label"`))}</g>`;
  });

  const axis = layout.rows.length
    ? html`<line x1="${layout.zeroX}" x2="${layout.zeroX}" y1="${layout.plot.y0}" y2="${layout.plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>`
    : null;
  const separator =
    layout.separatorY !== null
      ? html`<line x1="${GAP}" x2="${r1(layout.width - GAP)}" y1="${layout.separatorY}" y2="${layout.separatorY}" stroke="${NEUTRAL.grid}" stroke-width="1"/>`
      : null;
  const legend = layout.legend.length
    ? html`<g class="legend">${layout.legend.map((e) => {
        const paint =
          e.kind === "qualified"
            ? html`fill="${NEUTRAL.background}" stroke="${PART_COLOUR}" stroke-width="1.75"`
            : html`fill="${PART_COLOUR}"`;
        const s = e.swatch;
        return html`<rect x="${r1(s.x0)}" y="${r1(s.y0)}" width="${r1(s.x1 - s.x0)}" height="${r1(s.y1 - s.y0)}" ${paint}/>${textMarkup(e.text)}`;
      })}</g>`
    : null;

  const headings = layout.headings.map((h) => textMarkup(h, html`class="heading" fill="${NEUTRAL.secondaryText}"`));
  const body = lines([
    ...headings,
    separator,
    html`<g class="bars">
${lines(rows)}
</g>`,
    axis,
    legend,
    layout.empty ? textMarkup(layout.empty, html`fill="${NEUTRAL.secondaryText}"`) : null,
  ]);
  return svgRoot(
    { id, kind: "breakdown", width: layout.width, height: layout.height, title: view.title, desc: describeBreakdown(view, layout) },
    body,
  );
}

/** A terse plain-text summary: what is split by what, when, the total and what is missing. */
export function describeBreakdown(view: BreakdownView, layout: BreakdownLayout): string {
  const parts: string[] = [];
  const subject = view.indicator.label || view.title;
  const shown = layout.rows.filter((r) => !r.isTotal).length;
  parts.push(`Bar chart of ${subject} by ${view.by.toLowerCase() || "category"}, ${view.period.label}: ${shown} ${shown === 1 ? "bar" : "bars"}.`);
  for (const total of layout.rows.filter((r) => r.isTotal)) {
    parts.push(`Total: ${formatCell(total.cell, view.indicator)}.`);
  }
  const qualified = layout.rows.filter((r) => r.hollow).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "is an estimate or unconfirmed" : "are estimates or unconfirmed"} (hollow bars, *).`);
  const missing = layout.rows.filter((r) => r.reason).map((r) => `${r.name} (${REASON_LABEL[r.reason!]})`);
  if (missing.length) parts.push(`No bar: ${missing.join("; ")}.`);
  return parts.join(" ");
}
