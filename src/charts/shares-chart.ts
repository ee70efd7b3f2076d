/**
 * The shares chart: for each group, its share of an outcome and its share of the population as
 * two bars one above the other, each with its value, and the difference in percentage points at
 * the row's end.
 *
 *   layoutShares(view, size)   → SharesLayout (placed marks, JSON-safe)
 *   renderShares(layout, view) → SVG string
 *
 * The two bars differ by fill (solid and hatched) as well as colour, and a legend names them; a
 * missing share is its reason in words where the bar would be, never a zero-length bar.
 */

import { REASON_LABEL } from "../data/symbols.ts";
import type { Cell, Reason } from "../data/types.ts";
import type { ChartSize, SharesRow, SharesView } from "../stats/view-types.ts";
import { formatPoints, formatRatio } from "../stats/estimate-format.ts";
import { formatShare } from "../data/cell-format.ts";
import { html, raw } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import { centredAt, textBlock } from "./labels.ts";
import type { Box, TextBlock } from "./labels.ts";
import { flowLegend } from "./legend.ts";
import { NEUTRAL, categoricalColour } from "./palette.ts";
import { sourceText } from "./qualifiers.ts";
import { FONT_SIZE, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "./svg.ts";
import { textWidth, wrapText } from "./text.ts";
import type { Font } from "./text.ts";
import { scaleLinear } from "d3-scale";

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
const GAP = 4;
const BAR = 16;
const BAR_GAP = 3;
const ROW_GAP = 14;
const SWATCH = 14;

/** Bar colours: each passes 3:1 against white, and the population bar is also hatched. */
export const SHARE_COLOURS: Record<ShareKind, string> = {
  outcome: categoricalColour(0),
  population: categoricalColour(1),
};

/** The shares chart as an SVG string. */
export function sharesChart(view: SharesView, size: ChartSize): string {
  return renderShares(layoutShares(view, size), view);
}

/** Places the legend, every bar, its value and each row's difference. */
export function layoutShares(view: SharesView, size: ChartSize): SharesLayout {
  const width = Math.max(200, size.width);
  const placedLegend = flowLegend(
    [
      { glyph: "outcome" as const, text: view.outcomeLabel, glyphWidth: SWATCH },
      { glyph: "population" as const, text: view.populationLabel, glyphWidth: SWATCH },
    ],
    width,
    GAP,
    SMALL,
  );
  const legend: SharesLegendEntry[] = placedLegend.entries.map((e) => ({
    kind: e.item.glyph,
    swatch: { x0: e.x, y0: r1(e.cy - SWATCH / 2), x1: e.x + SWATCH, y1: r1(e.cy + SWATCH / 2) },
    text: e.text,
  }));

  if (!view.rows.length) {
    const text = "No values to show";
    const top = placedLegend.bottom + 16;
    return {
      kind: "shares",
      width,
      height: r1(top + 40),
      legend,
      differenceHeading: null,
      zeroX: GAP,
      barMax: width - GAP,
      rows: [],
      empty: textBlock([text], textWidth(text, SMALL), SMALL, "middle", width / 2, top),
    };
  }

  const differences = view.rows.map((r) => formatPoints(r.difference));
  const heading = "Difference";
  const differenceFont = (r: SharesRow): Font => (r.difference.kind === "value" ? BOLD : SMALL);
  const differenceWidth = Math.max(textWidth(heading, SMALL), ...view.rows.map((r, i) => textWidth(differences[i]!, differenceFont(r))));
  const valueTexts = view.rows.map((r) => [formatShare(r.outcome), formatShare(r.population)] as const);
  const valueWidth = Math.max(
    0,
    ...view.rows.flatMap((r, i) => [r.outcome, r.population].map((c, j) => (c.kind === "value" ? textWidth(valueTexts[i]![j]!, SMALL) : 0))),
  );
  const zeroX = GAP;
  const barMax = Math.floor(Math.max(zeroX + 40, width - GAP - differenceWidth - 14 - valueWidth - 5));
  const values = view.rows.flatMap((r) => [r.outcome, r.population].flatMap((c) => (c.kind === "value" ? [c.value] : [])));
  const x = scaleLinear().domain([0, Math.max(1, ...values)]).range([zeroX, barMax]);

  const headingTop = placedLegend.bottom + 8;
  const differenceHeading = textBlock([heading], textWidth(heading, SMALL), SMALL, "end", width - GAP, headingTop);
  let y = differenceHeading.box.y1 + 6;

  const rows: PlacedSharesRow[] = view.rows.map((row, i) => {
    const name = row.label.trim() || row.key;
    const wrapped = wrapText(name, width - 2 * GAP, NAME, 3);
    const label = textBlock(wrapped.lines, wrapped.width, NAME, "start", GAP, y);
    const top = label.box.y1 + 4;
    const place = (kind: ShareKind, cell: Cell, text: string, barTop: number): PlacedShare => {
      const cy = barTop + BAR / 2;
      if (cell.kind === "missing") {
        return {
          kind,
          y: r1(barTop),
          height: BAR,
          bar: null,
          value: null,
          reason: cell.reason,
          valueLabel: centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", zeroX + 6, 0), cy),
        };
      }
      const end = r1(x(Math.max(0, cell.value)));
      return {
        kind,
        y: r1(barTop),
        height: BAR,
        bar: { x0: zeroX, x1: end },
        value: cell.value,
        reason: null,
        valueLabel: centredAt(textBlock([text], textWidth(text, SMALL), SMALL, "start", end + 5, 0), cy),
      };
    };
    const [outcomeText, populationText] = valueTexts[i]!;
    const shares: [PlacedShare, PlacedShare] = [place("outcome", row.outcome, outcomeText, top), place("population", row.population, populationText, top + BAR + BAR_GAP)];
    const font = differenceFont(row);
    const difference = centredAt(textBlock([differences[i]!], textWidth(differences[i]!, font), font, "end", width - GAP, 0), top + BAR + BAR_GAP / 2);
    y = top + 2 * BAR + BAR_GAP + ROW_GAP;
    return { key: row.key, name, label, shares, difference };
  });

  return { kind: "shares", width, height: r1(y - ROW_GAP + GAP + 4), legend, differenceHeading, zeroX, barMax, rows, empty: null };
}

/** The full sentence a bar is read out as, its own share first. */
export function shareSentence(view: SharesView, row: SharesRow, kind: ShareKind): string {
  const outcome = `${view.outcomeLabel.toLowerCase()} ${formatShare(row.outcome)}`;
  const population = `${view.populationLabel.toLowerCase()} ${formatShare(row.population)}`;
  const ratio = row.ratio.kind === "value" ? `, ${formatRatio(row.ratio)} its share of the population` : "";
  const difference = `difference ${formatPoints(row.difference)}${ratio}`;
  const [first, second] = kind === "outcome" ? [outcome, population] : [population, outcome];
  return `${row.label}: ${first} (${second}; ${difference}).`;
}

/** Draws a shares layout as SVG. */
export function renderShares(layout: SharesLayout, view: SharesView): string {
  const id = chartId(view.id, layout.width);
  const hatch = `${id}-hatch`;
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.rows.map((r) => [r.key, r]));
  const paint = (kind: ShareKind): Markup =>
    kind === "outcome"
      ? html`fill="${SHARE_COLOURS.outcome}"`
      : html`fill="url(#${hatch})" stroke="${SHARE_COLOURS.population}" stroke-width="1.5"`;
  const inset = (kind: ShareKind): number => (kind === "population" ? 0.75 : 0);

  const rows = layout.rows.map((placed) => {
    const row = byKey.get(placed.key)!;
    const source = sourceText(row.source, sources);
    const bars = placed.shares.map((s) => {
      const title = `${shareSentence(view, row, s.kind)}${source}`;
      if (!s.bar) {
        return html`<g class="share share-${s.kind} share-missing" data-group="${placed.key}" data-share="${s.kind}" data-reason="${s.reason ?? ""}" tabindex="-1"><title>${title}</title>
<rect x="${layout.zeroX}" y="${s.y}" width="${r1(Math.max(s.valueLabel.box.x1 + 6, layout.barMax) - layout.zeroX)}" height="${s.height}" fill="none" stroke="${NEUTRAL.grid}" stroke-dasharray="3 3"/>
${quietText(s.valueLabel, raw(`font-style="italic"`))}</g>`;
      }
      const i = inset(s.kind);
      return html`<g class="share share-${s.kind}" data-group="${placed.key}" data-share="${s.kind}" data-value="${s.value ?? ""}" tabindex="-1"><title>${title}</title>
<rect x="${r1(s.bar.x0 + i)}" y="${r1(s.y + i)}" width="${r1(Math.max(0, s.bar.x1 - s.bar.x0 - 2 * i))}" height="${r1(s.height - 2 * i)}" ${paint(s.kind)}/>
${textMarkup(s.valueLabel, raw(`class="value-label"`))}</g>`;
    });
    const top = placed.shares[0].y;
    const bottom = placed.shares[1].y + placed.shares[1].height;
    return html`<g class="shares-row" data-group="${placed.key}">
${textMarkup(placed.label)}
${lines(bars)}
<line x1="${layout.zeroX}" x2="${layout.zeroX}" y1="${r1(top - 2)}" y2="${r1(bottom + 2)}" stroke="${NEUTRAL.axis}" stroke-width="1"/>
${row.difference.kind === "value" ? textMarkup(placed.difference, raw(`class="difference"`)) : quietText(placed.difference, raw(`class="difference" font-style="italic"`))}
</g>`;
  });

  const legend = html`<g class="legend">${layout.legend.map((e) => {
    const s = e.swatch;
    const i = inset(e.kind);
    return html`<rect x="${r1(s.x0 + i)}" y="${r1(s.y0 + i)}" width="${r1(s.x1 - s.x0 - 2 * i)}" height="${r1(s.y1 - s.y0 - 2 * i)}" ${paint(e.kind)}/>${textMarkup(e.text)}`;
  })}</g>`;

  const body = lines([
    html`<defs><pattern id="${hatch}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="${NEUTRAL.background}"/><rect width="2.5" height="5" fill="${SHARE_COLOURS.population}"/></pattern></defs>`,
    legend,
    quietText(layout.differenceHeading, raw(`class="heading"`)),
    groupMarkup("rows", rows),
    quietText(layout.empty),
  ]);
  return svgRoot({ id, kind: "shares", width: layout.width, height: layout.height, title: view.title, desc: describeShares(view) }, body);
}

/** A terse plain-text summary: what is set beside what, for how many groups, and what is missing. */
export function describeShares(view: SharesView): string {
  const n = view.rows.length;
  const parts = [
    `Paired bar chart: for each of ${n} ${n === 1 ? "group" : "groups"}, ${view.outcomeLabel.toLowerCase()} (solid bar) beside ${view.populationLabel.toLowerCase()} (hatched bar), with the difference in percentage points.`,
  ];
  const missing = view.rows.flatMap((r) => [
    ...(r.outcome.kind === "missing" ? [`${r.label}, ${view.outcomeLabel.toLowerCase()} (${REASON_LABEL[r.outcome.reason]})`] : []),
    ...(r.population.kind === "missing" ? [`${r.label}, ${view.populationLabel.toLowerCase()} (${REASON_LABEL[r.population.reason]})`] : []),
  ]);
  if (missing.length) parts.push(`No bar: ${missing.join("; ")}.`);
  return parts.join(" ");
}
