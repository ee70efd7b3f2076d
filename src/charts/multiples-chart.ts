/**
 * The small-multiples chart: one small line chart per group, each the group's rate over time,
 * in a grid of panels that share one value scale from 0 and one time span.
 *
 *   layoutMultiples(view, size)   → MultiplesLayout (placed marks, JSON-safe)
 *   renderMultiples(layout, view) → SVG string
 *
 * Each panel is titled with its group and labels its latest rate, so no panel needs a legend to
 * be read. The reference group's panel has its own colour, shape and tag, and its line is drawn
 * faintly dashed behind every other panel. A missing rate breaks the line and is named under
 * the panel; it is never drawn as zero.
 */

import { periodMidpoint } from "../data/period.ts";
import type { Source } from "../data/types.ts";
import { ESTIMATE_REASON_LABEL, type EstimateReason } from "../stats/measures.ts";
import type { ChartSize, MultiplesPanel, MultiplesPoint, MultiplesView } from "../stats/view-types.ts";
import { formatRate, formatRatePer } from "../stats/estimate-format.ts";
import { html, raw } from "../text/html.ts";
import type { Markup } from "../text/html.ts";
import { timeTicks, valueTicks } from "./axes.ts";
import { COMPARISON_COLOURS, COMPARISON_SHAPES, type ComparisonMarkKind } from "./comparison-chart.ts";
import { blockHeight, centredAt, clampX, noObstacles, place, textBlock } from "./labels.ts";
import type { Box, Candidate, Segment, TextBlock } from "./labels.ts";
import { flowLegend, type LegendItem } from "./legend.ts";
import { MARKER_RADIUS, markerMarkup } from "./markers.ts";
import type { Shape } from "./markers.ts";
import { NEUTRAL, textColourFor } from "./palette.ts";
import { LEGEND_TEXT, QUALIFIED_SUFFIX, isQualified, sourceText } from "./qualifiers.ts";
import { scaleLinear, scaleUtc } from "d3-scale";
import { FONT_SIZE, chartId, groupMarkup, lines, quietText, r1, svgRoot, textMarkup } from "./svg.ts";
import { lineLegs, linePath, type LinePoint } from "./line-path.ts";
import { textWidth, wrapText } from "./text.ts";
import type { Font } from "./text.ts";

/** A rate drawn in a panel. */
export interface PlacedMultiplesPoint {
  periodKey: string;
  x: number;
  y: number;
  value: number;
  /** Estimated, low reliability or unconfirmed: drawn hollow, its label marked `*`. */
  hollow: boolean;
}

/** A period of a panel with no rate: the line breaks there. */
export interface PlacedMultiplesGap {
  periodKey: string;
  periodLabel: string;
  x: number;
  /** Why there is no rate; null when the file has no row for the group in that period. */
  reason: EstimateReason | null;
}

/** A tick on a panel's axis: where it sits and its words. */
export interface PanelTick {
  at: number;
  label: TextBlock;
}

/** One group's small chart, in pixels. */
export interface PlacedPanel {
  key: string;
  /** The group's full name (the drawn title may be cut to fit). */
  name: string;
  mark: ComparisonMarkKind;
  colour: string;
  shape: Shape;
  /** The panel's whole area, title to notes. */
  box: Box;
  plot: Box;
  title: TextBlock;
  /** "reference group", "everyone" or "not recorded". */
  tag: TextBlock | null;
  yTicks: PanelTick[];
  xTicks: PanelTick[];
  /** One path through the rates in time order, broken where a period has none; null when none has. */
  path: string | null;
  /** The reference group's line, faint, behind any other group's. */
  ghost: string | null;
  points: PlacedMultiplesPoint[];
  gaps: PlacedMultiplesGap[];
  /** The latest rate by its point. */
  latest: TextBlock | null;
  /** The periods with no rate, in words, under the axis. */
  gapNote: TextBlock | null;
}

/** An entry of the legend under the panels. */
export interface MultiplesLegendEntry {
  glyph: "ghost" | "qualified";
  x: number;
  cy: number;
  text: TextBlock;
}

/** Everything the small-multiples chart draws, in pixels. */
export interface MultiplesLayout {
  kind: "multiples";
  width: number;
  /** Set by the number of rows of panels, not by the requested height. */
  height: number;
  columns: number;
  /** What the panels measure, over them. */
  caption: TextBlock | null;
  panels: PlacedPanel[];
  legend: MultiplesLegendEntry[];
  empty: TextBlock | null;
}

/** A panel is never drawn narrower than this, so columns = floor(width / PANEL_MIN_WIDTH). */
export const PANEL_MIN_WIDTH = 200;

const TITLE: Font = { size: FONT_SIZE, bold: true };
const SMALL: Font = { size: 12 };
const LATEST: Font = { size: 12, bold: true };
const GAP = 4;
const COLUMN_GAP = 18;
const ROW_GAP = 20;
/** Plot height: shorter when panels stack in one column, so a phone scrolls less. */
const PLOT_HEIGHT = { grid: 110, stacked: 90 };
const TICK_GAP = 28;

/** The small-multiples chart as an SVG string. */
export function multiplesChart(view: MultiplesView, size: ChartSize): string {
  return renderMultiples(layoutMultiples(view, size), view);
}

function markOf(panel: MultiplesPanel): ComparisonMarkKind {
  return panel.isReference ? "reference" : panel.isOverall ? "overall" : "group";
}

function tagOf(panel: MultiplesPanel): string {
  return [...(panel.isReference ? ["reference group"] : []), ...(panel.isOverall ? ["everyone"] : []), ...(panel.isUnknown ? ["not recorded"] : [])].join(", ");
}

/** A panel's figures in the view's period order, with the period of each and its place in time. */
function byPeriod(view: MultiplesView, panel: MultiplesPanel): { periodKey: string; periodLabel: string; time: number; point: MultiplesPoint | null }[] {
  return view.periods.map((period) => ({
    periodKey: period.key,
    periodLabel: period.label,
    time: periodMidpoint(period),
    point: panel.points.find((p) => p.period.key === period.key) ?? null,
  }));
}

/** Places every panel, line, marker and label. */
export function layoutMultiples(view: MultiplesView, size: ChartSize): MultiplesLayout {
  const width = Math.max(PANEL_MIN_WIDTH, size.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const values = view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "value" ? [x.rate.value] : [])));
  const starts = view.periods.map((p) => Date.parse(p.start)).filter(Number.isFinite);
  const ends = view.periods.map((p) => Date.parse(p.end)).filter(Number.isFinite);
  if (!view.panels.length || !values.length || !starts.length || !ends.length) {
    const text = view.panels.length ? "No rates to plot" : "No groups to show";
    return {
      kind: "multiples",
      width,
      height: 80,
      columns: 1,
      caption: null,
      panels: [],
      legend: [],
      empty: textBlock([text], textWidth(text, SMALL), SMALL, "middle", width / 2, 32),
    };
  }

  const columns = Math.min(view.panels.length, Math.max(1, Math.floor(width / PANEL_MIN_WIDTH)));
  const panelWidth = (width - 2 * GAP - (columns - 1) * COLUMN_GAP) / columns;
  const captionText = `${view.measure.label}${view.place ? `, ${view.place}` : ""}`;
  const captionWrap = wrapText(captionText, width - 2 * GAP, SMALL, 2);
  const caption = textBlock(captionWrap.lines, captionWrap.width, SMALL, "start", GAP, GAP);

  // One value scale for every panel, from 0.
  const tickCount = 3;
  const plotHeight = columns === 1 ? PLOT_HEIGHT.stacked : PLOT_HEIGHT.grid;
  const y0 = scaleLinear().domain([0, Math.max(...values) || 1]).range([plotHeight, 0]).nice(tickCount);
  const ticks = valueTicks(y0, tickCount, { unit: "" });
  const yLabelWidth = Math.max(...ticks.map((t) => textWidth(t.text, SMALL)));
  const domain: [number, number] = [Math.min(...starts), Math.max(Math.max(...ends), Math.min(...starts) + 1)];

  // Panel headers in a row share one height, so the plots of a row line up.
  const texts = view.panels.map((panel) => {
    const title = wrapText(panel.label.trim() || panel.key, panelWidth, TITLE, 2);
    const tag = tagOf(panel);
    return { title, tag: tag ? wrapText(tag, panelWidth, SMALL, 1) : null, gapNote: gapWords(view, panel, panelWidth) };
  });
  const rows = Math.ceil(view.panels.length / columns);
  const panels: PlacedPanel[] = [];
  let top = caption.box.y1 + 10;
  for (let row = 0; row < rows; row++) {
    const inRow = view.panels.slice(row * columns, (row + 1) * columns);
    const rowTexts = texts.slice(row * columns, (row + 1) * columns);
    const header = Math.max(...rowTexts.map((t) => blockHeight(t.title.lines.length, TITLE) + (t.tag ? 2 + blockHeight(1, SMALL) : 0)));
    const plotTop = r1(top + header + 14);
    const plotBottom = r1(plotTop + plotHeight);
    const axisBottom = plotBottom + 6 + blockHeight(1, SMALL);
    const noteLines = Math.max(0, ...rowTexts.map((t) => t.gapNote?.lines.length ?? 0));
    const bottom = axisBottom + (noteLines ? 6 + blockHeight(noteLines, SMALL) : 0);
    inRow.forEach((panel, col) => {
      const x0 = GAP + col * (panelWidth + COLUMN_GAP);
      const box: Box = { x0: r1(x0), y0: r1(top), x1: r1(x0 + panelWidth), y1: r1(bottom) };
      panels.push(layoutPanel(view, panel, texts[row * columns + col]!, box, { plotTop, plotBottom, yLabelWidth, ticks: ticks.map((t) => t.value), tickText: ticks.map((t) => t.text), yMax: y0.domain()[1]!, domain, axisBottom }, sources));
    });
    top = bottom + ROW_GAP;
  }

  // Legend: the reference group's faint line, and hollow markers when any are drawn.
  const items: LegendItem<MultiplesLegendEntry["glyph"]>[] = [];
  if (panels.some((p) => p.ghost)) items.push({ glyph: "ghost", text: `${view.reference}, the reference group, for comparison`, glyphWidth: 24 });
  if (panels.some((p) => p.points.some((x) => x.hollow))) items.push({ glyph: "qualified", text: LEGEND_TEXT.qualified, glyphWidth: 14 });
  const placed = flowLegend(items, width, top - ROW_GAP + 12, SMALL);
  const legend = placed.entries.map((e) => ({ glyph: e.item.glyph, x: r1(e.x), cy: r1(e.cy), text: e.text }));
  const height = r1((legend.length ? placed.bottom : top - ROW_GAP) + GAP + 2);
  return { kind: "multiples", width, height, columns, caption, panels, legend, empty: null };
}

interface Frame {
  plotTop: number;
  plotBottom: number;
  yLabelWidth: number;
  ticks: number[];
  tickText: string[];
  yMax: number;
  domain: [number, number];
  axisBottom: number;
}

function layoutPanel(
  view: MultiplesView,
  panel: MultiplesPanel,
  text: { title: ReturnType<typeof wrapText>; tag: ReturnType<typeof wrapText> | null; gapNote: ReturnType<typeof wrapText> | null },
  box: Box,
  frame: Frame,
  sources: ReadonlyMap<string, Source>,
): PlacedPanel {
  const mark = markOf(panel);
  const colour = COMPARISON_COLOURS[mark];
  const title = textBlock(text.title.lines, text.title.width, TITLE, "start", box.x0, box.y0);
  const tag = text.tag ? textBlock(text.tag.lines, text.tag.width, SMALL, "start", box.x0, title.box.y1 + 2) : null;
  const plot: Box = { x0: Math.ceil(box.x0 + frame.yLabelWidth + 6), y0: frame.plotTop, x1: Math.floor(box.x1 - 2), y1: frame.plotBottom };
  const y = scaleLinear().domain([0, frame.yMax]).range([plot.y1, plot.y0]);
  const x = scaleUtc().domain([new Date(frame.domain[0]), new Date(frame.domain[1])]).range([plot.x0, plot.x1]);
  const xt = (time: number) => r1(x(new Date(time)));

  const yTicks: PanelTick[] = frame.ticks.map((value, i) => {
    const at = r1(y(value));
    return { at, label: centredAt(textBlock([frame.tickText[i]!], textWidth(frame.tickText[i]!, SMALL), SMALL, "end", plot.x0 - 5, 0), at) };
  });
  const xTicks: PanelTick[] = timeTicks(frame.domain, xt, SMALL, TICK_GAP).map((t) => ({
    at: t.x,
    label: clampX(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "middle", t.x, plot.y1 + 6), box.x0, box.x1),
  }));

  const points: PlacedMultiplesPoint[] = [];
  const gaps: PlacedMultiplesGap[] = [];
  const line = placeRates(byPeriod(view, panel), xt, (v) => r1(y(v)), sources, points, gaps);
  const path = linePath(line);
  const reference = view.panels.find((p) => p.isReference);
  const ghostLine = reference && reference !== panel ? placeRates(byPeriod(view, reference), xt, (v) => r1(y(v)), sources, [], []) : [];
  // The reference group's line, faint behind this panel's, when it has a leg to draw.
  const ghost = lineLegs(ghostLine).length ? linePath(ghostLine) : null;

  // The latest rate by its point, where it touches neither the line nor the axis labels.
  let latest: TextBlock | null = null;
  const last = points[points.length - 1];
  if (last) {
    const lastPeriod = view.periods[view.periods.length - 1]!;
    const when = last.periodKey === lastPeriod.key ? "" : ` in ${view.periods.find((p) => p.key === last.periodKey)!.label}`;
    const words = formatRate({ kind: "value", value: last.value }) + (last.hollow ? QUALIFIED_SUFFIX : "") + when;
    const obstacles = noObstacles();
    for (const p of points) obstacles.marks.push({ x0: p.x - MARKER_RADIUS, y0: p.y - MARKER_RADIUS, x1: p.x + MARKER_RADIUS, y1: p.y + MARKER_RADIUS });
    obstacles.segments.push(...lineLegs(line));
    obstacles.text.push(...yTicks.map((t) => t.label.box));
    const bounds: Box = { x0: plot.x0, y0: plot.y0 - 8, x1: box.x1, y1: plot.y1 };
    latest = place(latestCandidates(last, words), obstacles, bounds)?.block ?? null;
  }

  const gapNote = text.gapNote ? textBlock(text.gapNote.lines, text.gapNote.width, SMALL, "start", box.x0, frame.axisBottom + 6) : null;
  return {
    key: panel.key,
    name: panel.label.trim() || panel.key,
    mark,
    colour,
    shape: COMPARISON_SHAPES[mark],
    box,
    plot,
    title,
    tag,
    yTicks,
    xTicks,
    path,
    ghost,
    points,
    gaps,
    latest,
    gapNote,
  };
}

/** Places a panel's rates and gaps, and returns the line through its periods (null at each gap). */
function placeRates(
  figures: ReturnType<typeof byPeriod>,
  xt: (time: number) => number,
  yv: (value: number) => number,
  sources: ReadonlyMap<string, Source>,
  points: PlacedMultiplesPoint[],
  gaps: PlacedMultiplesGap[],
): LinePoint[] {
  return figures.map(({ periodKey, periodLabel, time, point }) => {
    if (!point || point.rate.kind === "missing") {
      gaps.push({ periodKey, periodLabel, x: xt(time), reason: point && point.rate.kind === "missing" ? point.rate.reason : null });
      return null;
    }
    const placed = { periodKey, x: xt(time), y: yv(point.rate.value), value: point.rate.value, hollow: pointQualified(point, sources) };
    points.push(placed);
    return placed;
  });
}

/** Whether a rate is drawn hollow: a figure behind it is estimated or of low reliability, or its source is unconfirmed. */
export function pointQualified(point: MultiplesPoint, sources: ReadonlyMap<string, Source>): boolean {
  return isQualified({ kind: "value", value: 0, flags: point.flags }, sources.get(point.source ?? ""));
}

/** Where the latest rate's label may go around its point, most preferred first. */
function latestCandidates(p: PlacedMultiplesPoint, words: string): Candidate[] {
  const w = textWidth(words, LATEST);
  const h = blockHeight(1, LATEST);
  const r = MARKER_RADIUS;
  const at = (anchor: "start" | "middle" | "end", x: number, top: number, penalty: number): Candidate => ({ block: textBlock([words], w, LATEST, anchor, x, top), penalty });
  return [
    at("start", p.x + r + 3, p.y - h / 2, 0),
    at("middle", p.x, p.y - r - 2 - h, 2),
    at("middle", p.x, p.y + r + 2, 4),
    at("end", p.x - r - 3, p.y - h / 2, 6),
    at("start", p.x + r - 2, p.y - r - h, 8),
    at("end", p.x - r + 2, p.y - r - h, 8),
    at("start", p.x + r - 2, p.y + r, 10),
    at("end", p.x - r + 2, p.y + r, 10),
  ];
}

/** The periods a panel has no rate for, in words: "No rate: 2015/16 suppressed". */
function gapWords(view: MultiplesView, panel: MultiplesPanel, maxWidth: number): ReturnType<typeof wrapText> | null {
  const missing = byPeriod(view, panel).flatMap(({ periodLabel, point }) =>
    !point ? [`${periodLabel} not in the data`] : point.rate.kind === "missing" ? [`${periodLabel} ${ESTIMATE_REASON_LABEL[point.rate.reason]}`] : [],
  );
  return missing.length ? wrapText(`No rate: ${missing.join("; ")}`, maxWidth, SMALL, 3) : null;
}

const ITALIC = raw(`font-style="italic"`);
const HALO = raw(`paint-order="stroke" stroke="${NEUTRAL.background}" stroke-width="3" stroke-linejoin="round"`);

/** The sentence a rate's mark is read out as: group, period, rate with its counts, source. */
export function pointSentence(view: MultiplesView, panel: MultiplesPanel, point: MultiplesPoint, sources: ReadonlyMap<string, Source>): string {
  const qualified = pointQualified(point, sources) ? " (estimate or unconfirmed)" : "";
  const figure = point.rate.kind === "value" ? `${formatRatePer(point.rate, view.measure.per, point.numerator, point.denominator)}${qualified}` : `no rate, ${formatRate(point.rate)}; not plotted`;
  return `${panel.label}, ${point.period.label}: ${figure}${sourceText(point.source, sources)}`;
}

/** Draws a small-multiples layout as SVG. */
export function renderMultiples(layout: MultiplesLayout, view: MultiplesView): string {
  const id = chartId(view.id, layout.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const byKey = new Map(view.panels.map((p) => [p.key, p]));
  const panels = layout.panels.map((placed) => {
    const panel = byKey.get(placed.key)!;
    const { plot } = placed;
    const figure = (key: string) => panel.points.find((p) => p.period.key === key);
    const grid = placed.yTicks.map(
      (t) => html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${t.at}" y2="${t.at}" stroke="${t.at === plot.y1 ? NEUTRAL.axis : NEUTRAL.grid}" stroke-width="1"/>`,
    );
    const axis = html`<g class="axis">${lines([
      ...placed.yTicks.map((t) => quietText(t.label)),
      ...placed.xTicks.map((t) => html`<line x1="${t.at}" x2="${t.at}" y1="${plot.y1}" y2="${r1(plot.y1 + 4)}" stroke="${NEUTRAL.axis}"/>${quietText(t.label)}`),
    ])}</g>`;
    const ghost = placed.ghost ? html`<path class="reference-line" d="${placed.ghost}" fill="none" stroke="${NEUTRAL.secondaryText}" stroke-width="1.5" stroke-dasharray="4 3"/>` : null;
    const path = placed.path ? html`<path d="${placed.path}" fill="none" stroke="${placed.colour}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>` : null;
    const marks = placed.points.map((p) => {
      const title = pointSentence(view, panel, figure(p.periodKey)!, sources);
      return html`<g class="point" data-group="${placed.key}" data-series="${placed.key}" data-period="${p.periodKey}" data-value="${p.value}" tabindex="-1"><title>${title}</title>${markerMarkup(placed.shape, p.x, p.y, placed.colour, p.hollow)}</g>`;
    });
    const gaps = placed.gaps.flatMap((g) => {
      const point = figure(g.periodKey);
      if (!point || g.reason === null) return [];
      return [
        html`<g class="point point-missing" data-group="${placed.key}" data-series="${placed.key}" data-period="${g.periodKey}" data-reason="${g.reason}" tabindex="-1"><title>${pointSentence(view, panel, point, sources)}</title><line x1="${g.x}" x2="${g.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.grid}" stroke-width="1" stroke-dasharray="2 3"/><rect x="${r1(g.x - 5)}" y="${plot.y0}" width="10" height="${r1(plot.y1 - plot.y0)}" fill="transparent"/></g>`,
      ];
    });
    const words = lines([
      textMarkup(placed.title, placed.mark === "group" ? raw("") : html`fill="${textColourFor(placed.colour)}"`),
      quietText(placed.tag, ITALIC),
      placed.latest ? textMarkup(placed.latest, html`class="value-label" fill="${textColourFor(placed.colour)}" ${HALO}`) : null,
      quietText(placed.gapNote, ITALIC),
    ]);
    return html`<g class="panel panel-${placed.mark}" data-group="${placed.key}">
${lines([html`<g class="grid">${grid}</g>`, axis, ghost, path, ...gaps, ...marks, words])}
</g>`;
  });
  const legend = layout.legend.length
    ? html`<g class="legend">${layout.legend.map((e) => html`${legendGlyph(e)}${textMarkup(e.text)}`)}</g>`
    : null;
  const body = lines([quietText(layout.caption, raw(`class="caption"`)), groupMarkup("panels", panels), legend, quietText(layout.empty)]);
  return svgRoot({ id, kind: "multiples", width: layout.width, height: layout.height, title: view.title, desc: describeMultiples(view) }, body);
}

function legendGlyph(e: MultiplesLegendEntry): Markup {
  if (e.glyph === "ghost") {
    return html`<line x1="${e.x}" x2="${r1(e.x + 22)}" y1="${e.cy}" y2="${e.cy}" stroke="${NEUTRAL.secondaryText}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  }
  return markerMarkup("circle", e.x + 6, e.cy, NEUTRAL.rule, true);
}

/** A terse plain-text summary: what each panel shows, on what scale, and which rates are missing. */
export function describeMultiples(view: MultiplesView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const first = view.periods[0]?.label ?? "";
  const last = view.periods[view.periods.length - 1]?.label ?? "";
  const parts = [
    `Small multiples of ${view.measure.label}, ${[view.place, first === last ? first : `${first} to ${last}`].filter(Boolean).join(", ")}: ` +
      `one line chart per group of ${view.breakdown.toLowerCase() || "the breakdown"}, ${view.panels.length} ${view.panels.length === 1 ? "panel" : "panels"}, all on one scale from 0.`,
  ];
  if (view.panels.some((p) => p.isReference)) parts.push(`${view.reference} is the reference group; its line is drawn dashed in every other panel.`);
  const qualified = view.panels.flatMap((p) => p.points.filter((x) => x.rate.kind === "value" && pointQualified(x, sources))).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "rate is an estimate or unconfirmed" : "rates are estimates or unconfirmed"} (hollow markers, ${QUALIFIED_SUFFIX}).`);
  const missing = view.panels.flatMap((p) => p.points.flatMap((x) => (x.rate.kind === "missing" ? [`${p.label}, ${x.period.label} (${ESTIMATE_REASON_LABEL[x.rate.reason]})`] : [])));
  if (missing.length) parts.push(`Not plotted: ${missing.join("; ")}.`);
  return parts.join(" ");
}
