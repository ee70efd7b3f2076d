/**
 * The trend chart: one indicator over real time, one line per series.
 *
 *   layoutTrend(view, size)   → TrendLayout (placed marks, no scales: JSON-safe, reusable by the browser)
 *   renderTrend(layout, view) → SVG string
 *
 * A line joins only consecutive numeric points of one series: a missing cell leaves a gap and
 * is named in the description, and different series (definitions) are never joined. Each series
 * is named whole, never cut: by its line where its label fits clear of other text, otherwise in
 * a key under the axis (its line, marker and label, one a line).
 */

import { periodMidpoint } from "../data/period.ts";
import { REASON_LABEL } from "../data/symbols.ts";
import type { NumberCell, Reason } from "../data/types.ts";
import type { ChartSize, Point, TrendView } from "../stats/view-types.ts";
import { formatCell, formatShort } from "../data/cell-format.ts";
import { html, raw } from "../text/html.ts";
import { timeTicks, valueTicks } from "./axes.ts";
import { eventTime, formatEventDate } from "../text/dates.ts";
import { blockHeight, centredAt, clampX, nearestOnBox, noObstacles, placeAll, textBlock } from "./labels.ts";
import type { Anchor, Box, Candidate, Obstacles, Segment, TextBlock } from "./labels.ts";
import { MARKER_RADIUS, markerMarkup, shapeFor } from "./markers.ts";
import type { Shape } from "./markers.ts";
import { NEUTRAL, categoricalColour, textColourFor } from "./palette.ts";
import { LEGEND_TEXT, QUALIFIED_SUFFIX, isQualified, sourceText } from "./qualifiers.ts";
import { scaleLinear, scaleUtc } from "d3-scale";
import { FONT_SIZE, chartId, lines, r1, svgRoot, textMarkup } from "./svg.ts";
import { lineLegs, linePath, type LinePoint } from "./line-path.ts";
import { textWidth, wrapText } from "./text.ts";
import type { Font } from "./text.ts";

/** A numeric point placed on the chart. */
export interface PlacedPoint {
  periodKey: string;
  periodLabel: string;
  x: number;
  y: number;
  value: number;
  /** Estimate or unconfirmed: drawn hollow, its label marked `*`. */
  hollow: boolean;
  cell: NumberCell;
  source: string | null;
  /** The small value label, or null when there are too many points or no clear place for it. */
  valueLabel: TextBlock | null;
}

/** A period of a series whose cell is missing: not plotted, the line breaks there. */
export interface PlacedGap {
  periodKey: string;
  periodLabel: string;
  x: number;
  reason: Reason;
  source: string | null;
}

/** One series as drawn. */
export interface PlacedSeries {
  key: string;
  label: string;
  colour: string;
  textColour: string;
  shape: Shape;
  /** One path through the numeric points in time order, broken at each missing one; null when none is numeric. */
  path: string | null;
  /** The path's straight legs, for labels to keep off. */
  legs: Segment[];
  points: PlacedPoint[];
  gaps: PlacedGap[];
  /** The direct label by the last numeric point. */
  nameLabel: TextBlock | null;
  /** A line from the last point to its label, when the label had to move away. */
  nameLeader: Segment | null;
}

/** A gridline and its label on the value axis. */
export interface PlacedYTick {
  y: number;
  value: number;
  label: TextBlock;
}

/** A year (or month) tick on the time axis. */
export interface PlacedXTick {
  x: number;
  label: TextBlock;
}

/** A dated event: a dashed rule and a numbered marker above the plot. */
export interface PlacedAnnotation {
  number: number;
  /** Where the rule is. */
  x: number;
  /** Where the numbered marker is (moved aside when markers would touch). */
  markerX: number;
  markerY: number;
  markerR: number;
  dateLabel: string;
  label: string;
}

/** A series named in the key under the chart, because its direct label would not fit whole. */
export interface SeriesKeyEntry {
  key: string;
  colour: string;
  textColour: string;
  shape: Shape;
  /** The glyph's left edge and vertical centre: a short stretch of line with the series' marker. */
  x: number;
  cy: number;
  /** The full label, wrapped, never cut. */
  text: TextBlock;
}

/** An entry of the marker-style legend. */
export interface LegendEntry {
  kind: "published" | "qualified";
  markerX: number;
  markerY: number;
  text: TextBlock;
}

/** Everything the trend chart draws, in pixels. */
export interface TrendLayout {
  kind: "trend";
  width: number;
  height: number;
  plot: Box;
  caption: TextBlock | null;
  yTicks: PlacedYTick[];
  /** y of the zero line. */
  zeroY: number;
  xTicks: PlacedXTick[];
  series: PlacedSeries[];
  annotations: PlacedAnnotation[];
  /** Series whose direct label would not fit whole, one a line under the axis. */
  seriesKey: SeriesKeyEntry[];
  legend: LegendEntry[];
  /** Shown instead of marks when nothing is numeric. */
  empty: TextBlock | null;
}

/** Value labels are drawn only when the chart has this many numeric points or fewer. */
export const MAX_VALUE_LABELS = 12;

/** A numbered event for the key printed under the chart. */
export interface AnnotationItem {
  number: number;
  /** As written in the data, e.g. `2020-03`. */
  date: string;
  /** In words, e.g. `March 2020`. */
  dateLabel: string;
  label: string;
  sources: string[];
}

const SMALL: Font = { size: FONT_SIZE };
const SERIES_FONT: Font = { size: FONT_SIZE, bold: true };
const MARKER_FONT: Font = { size: 12, bold: true };
const GAP = 4;

/** The trend chart as an SVG string. */
export function lineChart(view: TrendView, size: ChartSize): string {
  return renderTrend(layoutTrend(view, size), view);
}

/** The time span the x axis covers: from the start of the first period to the end of the last. */
export function trendDomain(view: TrendView): [number, number] | null {
  const starts = view.series.flatMap((s) => s.points.map((p) => Date.parse(p.period.start)));
  const ends = view.series.flatMap((s) => s.points.map((p) => Date.parse(p.period.end)));
  const finiteStarts = starts.filter(Number.isFinite);
  const finiteEnds = ends.filter(Number.isFinite);
  if (finiteStarts.length === 0 || finiteEnds.length === 0) return null;
  const start = finiteStarts.reduce((a, b) => Math.min(a, b));
  const end = finiteEnds.reduce((a, b) => Math.max(a, b));
  return [start, Math.max(end, start + 1)];
}

/** The annotations inside the chart's time span, numbered in date order as the chart marks them. */
export function annotationKey(view: TrendView): AnnotationItem[] {
  const domain = trendDomain(view);
  if (!domain) return [];
  return view.annotations
    .map((a, index) => ({ a, index, time: eventTime(a.date) }))
    .filter((d): d is { a: (typeof view.annotations)[number]; index: number; time: number } =>
      d.time !== null && d.time >= domain[0] && d.time <= domain[1],
    )
    .sort((p, q) => p.time - q.time || p.index - q.index)
    .map(({ a }, i) => ({
      number: i + 1,
      date: a.date,
      dateLabel: formatEventDate(a.date),
      label: a.label,
      sources: a.sources ?? [],
    }));
}

/** The annotation key as an ordered list for the page to print under the chart. */
export function annotationKeyMarkup(view: TrendView): string {
  const items = annotationKey(view);
  if (!items.length) return "";
  return html`<ol class="chart-annotations">${items.map(
    (item) => html`<li value="${item.number}"><time datetime="${item.date}">${item.dateLabel}</time>: ${item.label}</li>`,
  )}</ol>`.value;
}


interface Prepared {
  key: string;
  label: string;
  index: number;
  points: { point: Point; time: number }[];
}

/** Places every mark of the trend chart. */
export function layoutTrend(view: TrendView, size: ChartSize): TrendLayout {
  const width = Math.max(200, size.width);
  let height = Math.max(160, size.height);
  const sources = new Map(view.sources.map((s) => [s.id, s]));

  const prepared: Prepared[] = view.series.map((s, index) => ({
    key: s.key,
    label: s.label,
    index,
    points: s.points
      .map((point, order) => ({ point, order, time: periodMidpoint(point.period) }))
      .filter((p) => Number.isFinite(p.time))
      .sort((a, b) => a.time - b.time || a.order - b.order)
      .map(({ point, time }) => ({ point, time })),
  }));
  const values = prepared.flatMap((s) => s.points.flatMap((p) => (p.point.cell.kind === "value" ? [p.point.cell.value] : [])));
  const domain = trendDomain(view);
  const anyQualified = prepared.some((s) => s.points.some((p) => isQualified(p.point.cell, sources.get(p.point.source ?? ""))));
  const anyPublished = prepared.some((s) =>
    s.points.some((p) => p.point.cell.kind === "value" && !isQualified(p.point.cell, sources.get(p.point.source ?? ""))),
  );

  // Vertical bands, top to bottom: caption, annotation markers, plot, x labels, legend.
  let top = GAP;
  const caption = view.indicator.label
    ? textBlock(...oneLine(view.indicator.label, width - 2 * GAP, SMALL), SMALL, "start", GAP, top)
    : null;
  if (caption) top = caption.box.y1 + 8;
  const annotations = domain ? annotationKey(view) : [];
  const markerR = 9;
  const markerY = top + markerR;
  if (annotations.length) top += 2 * markerR + 6;
  else top += 6;
  const plotTop = r1(top);

  const legendFont = SMALL;
  const legendItems: { kind: LegendEntry["kind"]; text: string }[] = anyQualified
    ? [
        ...(anyPublished ? [{ kind: "published" as const, text: LEGEND_TEXT.published }] : []),
        { kind: "qualified" as const, text: LEGEND_TEXT.qualified },
      ]
    : [];
  const legendRows = legendRowsFor(legendItems, width, legendFont);
  const legendHeight = legendRows.length ? legendRows.length * 20 + 4 : 0;
  const xAxisHeight = 8 + blockHeight(1, SMALL) + 4;
  const minPlot = 100;
  if (height - xAxisHeight - legendHeight - plotTop < minPlot) height = plotTop + minPlot + xAxisHeight + legendHeight;
  const plotBottom = r1(height - legendHeight - xAxisHeight);

  if (!domain || !values.length) {
    const message = textBlock(["No values to plot"], textWidth("No values to plot", SMALL), SMALL, "middle", width / 2, (plotTop + plotBottom) / 2);
    return {
      kind: "trend",
      width,
      height,
      plot: { x0: GAP, y0: plotTop, x1: width - GAP, y1: plotBottom },
      caption,
      yTicks: [],
      zeroY: plotBottom,
      xTicks: [],
      series: [],
      annotations: [],
      seriesKey: [],
      legend: [],
      empty: message,
    };
  }

  // Value axis: from zero (or below it when values are negative), nice.
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const tickCount = Math.max(2, Math.floor((plotBottom - plotTop) / 45));
  const y = scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([plotBottom, plotTop])
    .nice(tickCount);
  const yTickValues = valueTicks(y, tickCount, view.indicator);
  const yLabelWidth = Math.max(...yTickValues.map((t) => textWidth(t.text, SMALL)));
  const plotLeft = Math.ceil(GAP + yLabelWidth + 8);

  // Room on the right for direct labels when a series ends near the right edge and there is width to spare.
  const wide = width >= 480;
  const seriesLabelMax = clamp(width * 0.24, 90, 170);
  const span = domain[1] - domain[0];
  const endsLate = prepared.some((s) => {
    const last = lastNumeric(s);
    return last !== undefined && (last.time - domain[0]) / span > 0.75;
  });
  const gutter = wide && endsLate
    ? Math.min(seriesLabelMax, Math.max(...prepared.map((s) => wrapText(s.label, seriesLabelMax, SERIES_FONT, 3).width))) + MARKER_RADIUS + 10
    : 12;
  const plotRight = Math.floor(width - gutter);
  const plot: Box = { x0: plotLeft, y0: plotTop, x1: plotRight, y1: plotBottom };
  const x = scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([plotLeft, plotRight]);
  const xt = (time: number): number => r1(x(new Date(time)));

  const yTicks: PlacedYTick[] = yTickValues.map((t) => {
    const ty = r1(y(t.value));
    return { y: ty, value: t.value, label: centredAt(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "end", plotLeft - 6, 0), ty) };
  });
  const xTicks: PlacedXTick[] = timeTicks(domain, xt, SMALL).map((t) => ({
    x: t.x,
    label: clampX(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "middle", t.x, plotBottom + 8), 1, width - 1),
  }));

  // Marks.
  const series: PlacedSeries[] = prepared.map((s) => {
    const colour = categoricalColour(s.index);
    const points: PlacedPoint[] = [];
    const gaps: PlacedGap[] = [];
    const line: LinePoint[] = s.points.map(({ point, time }) => {
      if (point.cell.kind === "missing") {
        gaps.push({ periodKey: point.period.key, periodLabel: point.period.label, x: xt(time), reason: point.cell.reason, source: point.source });
        return null;
      }
      const placed: PlacedPoint = {
        periodKey: point.period.key,
        periodLabel: point.period.label,
        x: xt(time),
        y: r1(y(point.cell.value)),
        value: point.cell.value,
        hollow: isQualified(point.cell, sources.get(point.source ?? "")),
        cell: point.cell,
        source: point.source,
        valueLabel: null,
      };
      points.push(placed);
      return placed;
    });
    return {
      key: s.key,
      label: s.label,
      colour,
      textColour: textColourFor(colour),
      shape: shapeFor(s.index),
      path: linePath(line),
      legs: lineLegs(line),
      points,
      gaps,
      nameLabel: null,
      nameLeader: null,
    };
  });

  // Annotation markers in a strip above the plot, moved apart when they would touch.
  const placedAnnotations = placeAnnotationMarkers(
    annotations.map((a) => ({ ...a, x: xt(eventTime(a.date)!) })),
    markerY,
    markerR,
    plotLeft,
    width - GAP,
  );

  // Labels: what they must avoid, then series labels first (they matter most), then values.
  const obstacles: Obstacles = noObstacles();
  for (const s of series) {
    for (const p of s.points) obstacles.marks.push({ x0: p.x - MARKER_RADIUS, y0: p.y - MARKER_RADIUS, x1: p.x + MARKER_RADIUS, y1: p.y + MARKER_RADIUS });
    obstacles.segments.push(...s.legs);
  }
  for (const t of yTicks) obstacles.text.push(t.label.box);
  if (caption) obstacles.text.push(caption.box);
  for (const a of placedAnnotations) {
    obstacles.marks.push({ x0: a.markerX - a.markerR, y0: a.markerY - a.markerR, x1: a.markerX + a.markerR, y1: a.markerY + a.markerR });
    obstacles.minorSegments.push({ x1: a.x, y1: plotTop, x2: a.x, y2: plotBottom });
  }
  const bounds: Box = { x0: 1, y0: plotTop - 10, x1: width - 1, y1: plotBottom };

  // Series labels first, most constrained first, each only where it fits whole and touches no
  // other text; value labels likewise. A series left without one is named in the key instead.
  const labelled = series.filter((s) => s.points.length);
  const names = placeAll(labelled, (s) => seriesLabelCandidates(s, width, seriesLabelMax), obstacles, bounds, (placement) => placement.clean);
  for (const [s, placement] of names) {
    s.nameLabel = placement.block;
    s.nameLeader = placement.leader ? roundSegment(placement.leader) : null;
  }

  const numericCount = series.reduce((n, s) => n + s.points.length, 0);
  if (numericCount <= MAX_VALUE_LABELS) {
    const all = series.flatMap((s) => s.points);
    const text = (p: PlacedPoint): string => formatShort(p.cell, view.indicator) + (p.hollow ? QUALIFIED_SUFFIX : "");
    const values = placeAll(all, (p) => valueLabelCandidates(p, text(p)), obstacles, bounds, (placement) => placement.clean);
    for (const [p, placement] of values) p.valueLabel = placement.block;
  }

  const keyTop = plotBottom + xAxisHeight + 4;
  const seriesKey = layoutSeriesKey(labelled.filter((s) => !s.nameLabel), width, keyTop);
  const keyHeight = seriesKey.length ? r1(Math.max(...seriesKey.map((e) => e.text.box.y1)) - keyTop + KEY_GAP) : 0;
  const legend = layoutLegend(legendRows, keyTop + keyHeight, legendFont);

  return {
    kind: "trend",
    width,
    height: height + keyHeight,
    plot,
    caption,
    yTicks,
    zeroY: r1(y(0)),
    xTicks,
    series,
    annotations: placedAnnotations,
    seriesKey,
    legend,
    empty: null,
  };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

function oneLine(text: string, maxWidth: number, font: Font): [string[], number] {
  const wrapped = wrapText(text, maxWidth, font, 1);
  return [wrapped.lines, wrapped.width];
}

function lastNumeric(s: Prepared): { time: number } | undefined {
  return [...s.points].reverse().find((p) => p.point.cell.kind === "value");
}

function lastOf(s: PlacedSeries): PlacedPoint {
  return s.points[s.points.length - 1]!;
}

/** Directions a series label may sit in from its point, with how much less each is preferred. */
const DIRECTIONS: { dx: -1 | 0 | 1; dy: -1 | 0 | 1; penalty: number }[] = [
  { dx: 1, dy: 0, penalty: 0 },
  { dx: 1, dy: -1, penalty: 18 },
  { dx: 1, dy: 1, penalty: 20 },
  { dx: 0, dy: -1, penalty: 24 },
  { dx: 0, dy: 1, penalty: 26 },
  { dx: -1, dy: -1, penalty: 28 },
  { dx: -1, dy: 1, penalty: 30 },
  { dx: -1, dy: 0, penalty: 36 },
];

/** How far from its point a series label may move (px); beyond the first ring it gets a leader line. */
const RINGS = [0, 16, 32, 52, 76];

/**
 * Where a series label may go around its last point: level with it on the right first (nudged up
 * or down a little), then in eight directions at growing distances, wrapped to a few widths.
 */
function seriesLabelCandidates(s: PlacedSeries, width: number, maxWidth: number): Candidate[] {
  const p = lastOf(s);
  const out: Candidate[] = [];
  const r = MARKER_RADIUS;
  const wraps = new Map<number, ReturnType<typeof wrapText>>();
  const wrap = (w: number): ReturnType<typeof wrapText> => {
    const key = Math.round(w);
    if (!wraps.has(key)) wraps.set(key, wrapText(s.label, key, SERIES_FONT, 3));
    return wraps.get(key)!;
  };
  const add = (anchor: Anchor, ax: number, ay: number, vertical: -1 | 0 | 1, penalty: number, distance: number): void => {
    const room = anchor === "start" ? width - 2 - ax : anchor === "end" ? ax - 2 : 2 * Math.min(ax - 2, width - 2 - ax);
    for (const [i, share] of [1, 0.72, 0.5].entries()) {
      const w = Math.min(maxWidth, room) * share;
      if (w < 40) continue;
      const wrapped = wrap(w);
      // A label is shown whole or not at all: one that needs cutting goes to the key.
      if (wrapped.truncated) continue;
      let block = textBlock(wrapped.lines, wrapped.width, SERIES_FONT, anchor, ax, 0);
      block = vertical < 0 ? shiftTop(block, ay - (block.box.y1 - block.box.y0)) : vertical > 0 ? shiftTop(block, ay) : centredAt(block, ay);
      const cost = penalty + distance * 1.5 + i * 3 + (wrapped.lines.length - 1) * 8;
      const candidate: Candidate = { block, penalty: cost };
      if (distance > 0) candidate.leader = leaderTo(p, block.box);
      out.push(candidate);
    }
  };
  for (const dy of [0, -8, 8, -16, 16]) add("start", p.x + r + 5, p.y + dy, 0, Math.abs(dy) * 1.5, 0);
  for (const distance of RINGS) {
    for (const d of DIRECTIONS) {
      if (distance === 0 && d.dx === 1 && d.dy === 0) continue;
      const reach = r + 3 + distance;
      const ax = d.dx === 0 ? p.x : p.x + d.dx * (d.dy === 0 ? reach + 2 : Math.max(0, distance * 0.7) - r);
      const ay = d.dy === 0 ? p.y : p.y + d.dy * reach;
      const anchor: Anchor = d.dx > 0 ? "start" : d.dx < 0 ? "end" : "middle";
      add(anchor, ax, ay, d.dy, d.penalty, distance);
    }
  }
  return out;
}

/** A leader from just outside a marker to just outside a label's box. */
function leaderTo(p: { x: number; y: number }, box: Box): Segment {
  const end = nearestOnBox(box, p.x, p.y);
  const dx = end.x - p.x;
  const dy = end.y - p.y;
  const length = Math.hypot(dx, dy) || 1;
  const from = MARKER_RADIUS + 3;
  const to = Math.max(from, length - 2);
  return { x1: p.x + (dx / length) * from, y1: p.y + (dy / length) * from, x2: p.x + (dx / length) * to, y2: p.y + (dy / length) * to };
}

function roundSegment(s: Segment): Segment {
  return { x1: r1(s.x1), y1: r1(s.y1), x2: r1(s.x2), y2: r1(s.y2) };
}

/** The same block with its box's top edge at `top`. */
function shiftTop(b: TextBlock, top: number): TextBlock {
  const dy = top - b.box.y0;
  return { ...b, y: b.y + dy, box: { ...b.box, y0: b.box.y0 + dy, y1: b.box.y1 + dy } };
}

/** Where a value label may go around its point, most preferred first. */
function valueLabelCandidates(p: PlacedPoint, text: string): Candidate[] {
  const w = textWidth(text, SMALL);
  const h = blockHeight(1, SMALL);
  const r = MARKER_RADIUS;
  const at = (anchor: "start" | "middle" | "end", x: number, top: number, penalty: number): Candidate => ({
    block: textBlock([text], w, SMALL, anchor, x, top),
    penalty,
  });
  return [
    at("middle", p.x, p.y - r - 2 - h, 0),
    at("middle", p.x, p.y + r + 2, 3),
    at("start", p.x + r - 2, p.y - r - h, 6),
    at("end", p.x - r + 2, p.y - r - h, 6),
    at("start", p.x + r + 3, p.y - h / 2, 8),
    at("end", p.x - r - 3, p.y - h / 2, 8),
    at("start", p.x + r - 2, p.y + r, 10),
    at("end", p.x - r + 2, p.y + r, 10),
    at("middle", p.x, p.y - r - 10 - h, 14),
    at("middle", p.x, p.y + r + 10, 16),
  ];
}

/** Numbered markers at each rule, pushed right (then back left at the edge) so none touch. */
function placeAnnotationMarkers(
  items: (AnnotationItem & { x: number })[],
  markerY: number,
  markerR: number,
  left: number,
  right: number,
): PlacedAnnotation[] {
  const xs: number[] = [];
  const step = 2 * markerR + 3;
  for (const [i, item] of items.entries()) xs.push(Math.max(item.x, left + markerR, i ? xs[i - 1]! + step : -Infinity));
  for (let i = xs.length - 1; i >= 0; i--) xs[i] = Math.min(xs[i]!, right - markerR, i < xs.length - 1 ? xs[i + 1]! - step : Infinity);
  return items.map((item, i) => ({
    number: item.number,
    x: item.x,
    markerX: r1(xs[i]!),
    markerY: r1(markerY),
    markerR,
    dateLabel: item.dateLabel,
    label: item.label,
  }));
}

const KEY_GLYPH = 22;
const KEY_GAP = 6;

/** The key: one series a line, its line and marker, then its full label wrapped to the width left. */
function layoutSeriesKey(unlabelled: PlacedSeries[], width: number, top: number): SeriesKeyEntry[] {
  const room = width - 2 * GAP - KEY_GLYPH - KEY_GAP;
  let y = top;
  return unlabelled.map((s) => {
    const wrapped = wrapText(s.label, room, SMALL, Infinity);
    const text = textBlock(wrapped.lines, wrapped.width, SMALL, "start", GAP + KEY_GLYPH + KEY_GAP, y);
    const cy = r1(y + blockHeight(1, SMALL) / 2);
    y = Math.max(text.box.y1, cy + MARKER_RADIUS) + KEY_GAP;
    return { key: s.key, colour: s.colour, textColour: s.textColour, shape: s.shape, x: GAP, cy, text };
  });
}

interface LegendRowItem {
  kind: LegendEntry["kind"];
  text: string;
  x: number;
}

const LEGEND_SWATCH = 16;

function legendRowsFor(items: { kind: LegendEntry["kind"]; text: string }[], width: number, font: Font): LegendRowItem[][] {
  const rows: LegendRowItem[][] = [];
  let row: LegendRowItem[] = [];
  let x = GAP;
  for (const item of items) {
    const w = LEGEND_SWATCH + textWidth(item.text, font);
    if (row.length && x + w > width - GAP) {
      rows.push(row);
      row = [];
      x = GAP;
    }
    row.push({ ...item, x });
    x += w + 20;
  }
  if (row.length) rows.push(row);
  return rows;
}

function layoutLegend(rows: LegendRowItem[][], top: number, font: Font): LegendEntry[] {
  return rows.flatMap((row, i) =>
    row.map((item) => {
      const cy = top + i * 20 + 10;
      const text = centredAt(textBlock([item.text], textWidth(item.text, font), font, "start", item.x + LEGEND_SWATCH, 0), cy);
      return { kind: item.kind, markerX: r1(item.x + 6), markerY: r1(cy), text };
    }),
  );
}

// Rendering.

const HALO = raw(`paint-order="stroke" stroke="${NEUTRAL.background}" stroke-width="3" stroke-linejoin="round"`);

/** Draws a trend layout as SVG. */
export function renderTrend(layout: TrendLayout, view: TrendView): string {
  const id = chartId(view.id, layout.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const { plot } = layout;

  const grid = layout.yTicks.map((t) =>
    html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${t.y}" y2="${t.y}" stroke="${t.value === 0 ? NEUTRAL.axis : NEUTRAL.grid}" stroke-width="1"/>`,
  );
  const yLabels = layout.yTicks.map((t) => textMarkup(t.label, raw(`fill="${NEUTRAL.secondaryText}"`)));
  const xAxis = layout.empty
    ? null
    : html`<line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y1}" y2="${plot.y1}" stroke="${NEUTRAL.axis}" stroke-width="1"/>`;
  const xTicks = layout.xTicks.map(
    (t) =>
      html`<line x1="${t.x}" x2="${t.x}" y1="${plot.y1}" y2="${r1(plot.y1 + 5)}" stroke="${NEUTRAL.axis}"/>
${textMarkup(t.label, raw(`fill="${NEUTRAL.secondaryText}"`))}`,
  );

  const annotations = layout.annotations.map((a) => {
    const connector =
      Math.abs(a.markerX - a.x) > 0.5
        ? html`<line x1="${a.markerX}" y1="${r1(a.markerY + a.markerR)}" x2="${a.x}" y2="${plot.y0}" stroke="${NEUTRAL.rule}" stroke-width="1"/>`
        : null;
    return html`<g class="annotation" data-annotation="${a.number}" tabindex="-1"><title>${a.number}. ${a.dateLabel}: ${a.label}</title>
<line x1="${a.x}" x2="${a.x}" y1="${plot.y0}" y2="${plot.y1}" stroke="${NEUTRAL.rule}" stroke-width="1" stroke-dasharray="4 3"/>
${connector}<circle cx="${a.markerX}" cy="${a.markerY}" r="${a.markerR}" fill="${NEUTRAL.background}" stroke="${NEUTRAL.rule}" stroke-width="1.5"/>
<text x="${a.markerX}" y="${r1(a.markerY + MARKER_FONT.size * 0.36)}" text-anchor="middle" font-size="${MARKER_FONT.size}" font-weight="bold">${a.number}</text></g>`;
  });

  const seriesMarks = layout.series.map((s) => {
    const path = s.path
      ? html`<path d="${s.path}" fill="none" stroke="${s.colour}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"/>`
      : null;
    const points = s.points.map((p) => {
      const title = `${s.label}, ${p.periodLabel}: ${formatCell(p.cell, view.indicator)}${sourceText(p.source, sources)}`;
      return html`<g class="point" data-series="${s.key}" data-period="${p.periodKey}" data-value="${p.value}" tabindex="-1"><title>${title}</title>${markerMarkup(s.shape, p.x, p.y, s.colour, p.hollow)}</g>`;
    });
    const gaps = s.gaps.map((g) => {
      const title = `${s.label}, ${g.periodLabel}: ${REASON_LABEL[g.reason]}, not plotted${sourceText(g.source, sources)}`;
      return html`<g class="point point-missing" data-series="${s.key}" data-period="${g.periodKey}" data-reason="${g.reason}" tabindex="-1"><title>${title}</title><rect x="${r1(g.x - 5)}" y="${plot.y0}" width="10" height="${r1(plot.y1 - plot.y0)}" fill="transparent"/></g>`;
    });
    return html`<g class="series" data-series="${s.key}">
${lines([path, ...points, ...gaps])}
</g>`;
  });

  const valueLabels = layout.series.flatMap((s) =>
    s.points.flatMap((p) => (p.valueLabel ? [textMarkup(p.valueLabel, html`class="value-label" ${HALO}`)] : [])),
  );
  const seriesLabels = layout.series.flatMap((s) => {
    if (!s.nameLabel) return [];
    const leader = s.nameLeader
      ? html`<line x1="${s.nameLeader.x1}" y1="${s.nameLeader.y1}" x2="${s.nameLeader.x2}" y2="${s.nameLeader.y2}" stroke="${s.colour}" stroke-width="1"/>`
      : null;
    return [leader, textMarkup(s.nameLabel, html`class="series-label" data-series="${s.key}" fill="${s.textColour}" ${HALO}`)];
  });

  const seriesKey = layout.seriesKey.length
    ? html`<g class="series-key">${layout.seriesKey.map(
        (e) =>
          html`<line x1="${e.x}" x2="${r1(e.x + KEY_GLYPH)}" y1="${e.cy}" y2="${e.cy}" stroke="${e.colour}" stroke-width="2.5" stroke-linecap="round"/>${markerMarkup(e.shape, r1(e.x + KEY_GLYPH / 2), e.cy, e.colour, false)}${textMarkup(e.text, html`data-series="${e.key}" fill="${e.textColour}"`)}`,
      )}</g>`
    : null;
  const legend = layout.legend.length
    ? html`<g class="legend">${layout.legend.map(
        (e) =>
          html`${markerMarkup("circle", e.markerX, e.markerY, NEUTRAL.rule, e.kind === "qualified")}${textMarkup(e.text)}`,
      )}</g>`
    : null;

  const body = lines([
    html`<g class="grid">${grid}</g>`,
    html`<g class="axis axis-y">${yLabels}</g>`,
    xAxis ? html`<g class="axis axis-x">${xAxis}${xTicks}</g>` : null,
    layout.caption ? textMarkup(layout.caption, html`class="caption" fill="${NEUTRAL.secondaryText}"`) : null,
    layout.annotations.length ? html`<g class="annotations">${lines(annotations)}</g>` : null,
    ...seriesMarks,
    valueLabels.length ? html`<g class="value-labels">${lines(valueLabels)}</g>` : null,
    seriesLabels.length ? html`<g class="series-labels">${lines(seriesLabels)}</g>` : null,
    seriesKey,
    legend,
    layout.empty ? textMarkup(layout.empty, html`fill="${NEUTRAL.secondaryText}"`) : null,
  ]);
  return svgRoot({ id, kind: "trend", width: layout.width, height: layout.height, title: view.title, desc: describeTrend(view) }, body);
}

/** A terse plain-text summary: what is plotted, over when, and what is missing. */
export function describeTrend(view: TrendView): string {
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const points = view.series.flatMap((s) => s.points.map((p) => ({ series: s, point: p })));
  const periods = points.map((p) => p.point.period).sort((a, b) => periodMidpoint(a) - periodMidpoint(b));
  const n = view.series.length;
  let first = `Line chart of ${view.indicator.label || view.title}: ${n} series`;
  if (periods.length) first += `, ${periods[0]!.label} to ${periods[periods.length - 1]!.label}`;
  const parts = [`${first}.`];
  const plotted = points.filter((p) => p.point.cell.kind === "value").length;
  parts.push(`${plotted} ${plotted === 1 ? "value" : "values"} plotted.`);
  const qualified = points.filter((p) => isQualified(p.point.cell, sources.get(p.point.source ?? ""))).length;
  if (qualified) parts.push(`${qualified} ${qualified === 1 ? "is an estimate or unconfirmed" : "are estimates or unconfirmed"} (hollow markers, ${QUALIFIED_SUFFIX}).`);
  const missing = points.flatMap(({ series, point }) =>
    point.cell.kind === "missing" ? [`${series.label}, ${point.period.label} (${REASON_LABEL[point.cell.reason]})`] : [],
  );
  if (missing.length) parts.push(`Not plotted: ${missing.join("; ")}.`);
  const events = annotationKey(view).length;
  if (events) parts.push(`${events} ${events === 1 ? "event" : "events"} marked.`);
  return parts.join(" ");
}
