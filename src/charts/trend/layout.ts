import { scaleLinear, scaleUtc, type ScaleLinear } from "d3-scale";
import { periodMidpoint } from "../../data/period.ts";
import type { Source } from "../../data/types.ts";
import type { ChartSize, Point, TrendView } from "../../stats/view-types.ts";
import { timeTicks, valueTicks } from "../axes.ts";
import { blockHeight, centredAt, clampX, noObstacles, textBlock } from "../labels.ts";
import type { Box, Obstacles, TextBlock } from "../labels.ts";
import { lineLegs, linePath, type LinePoint } from "../line-path.ts";
import { MARKER_RADIUS, shapeFor } from "../markers.ts";
import { categoricalColour, textColourFor } from "../palette.ts";
import { isQualified } from "../qualifiers.ts";
import { GAP, r1 } from "../svg.ts";
import { textWidth, wrapText } from "../text.ts";
import { EVENT_MARKER_R, placeEventMarkers, trendDomain, trendEvents } from "./events.ts";
import { keyHeight, layoutLegend, layoutSeriesKey, legendHeight, legendItems } from "./key.ts";
import { placeLabels } from "./labels.ts";
import type { PlacedAnnotation, PlacedGap, PlacedPoint, PlacedSeries, PlacedXTick, PlacedYTick, TrendLayout } from "./layout-types.ts";
import { SERIES_FONT, SMALL } from "./style.ts";

/**
 * The trend chart's layout: one indicator over real time, one line per series, every mark placed
 * in pixels. A line joins only consecutive numeric points of one series: a missing cell leaves a
 * gap, and different series (definitions) are never joined. Each series is named whole, never
 * cut: by its line where its label fits clear of other text, otherwise in the key under the axis.
 */

/** A series with its points in time order. */
interface Prepared {
  key: string;
  label: string;
  index: number;
  points: { point: Point; time: number }[];
}

/** Vertical bands, top to bottom: caption, event markers, plot, x labels, key and legend. */
interface Bands {
  height: number;
  caption: TextBlock | null;
  markerY: number;
  plotTop: number;
  plotBottom: number;
  xAxisHeight: number;
}

/** Places every mark of the trend chart. */
export function layoutTrend(view: TrendView, size: ChartSize): TrendLayout {
  const width = Math.max(200, size.width);
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const prepared = prepare(view);
  const values = prepared.flatMap((s) => s.points.flatMap((p) => (p.point.cell.kind === "value" ? [p.point.cell.value] : [])));
  const domain = trendDomain(view);
  const events = domain ? trendEvents(view) : [];
  const qualified = (p: Point) => isQualified(p.cell, sources.get(p.source ?? ""));
  const points = prepared.flatMap((s) => s.points.map((p) => p.point));
  const legend = legendItems(points.some(qualified), points.some((p) => p.cell.kind === "value" && !qualified(p)));
  const bands = verticalBands(view, width, Math.max(160, size.height), events.length > 0, legendHeight(legend, width));
  const { plotTop, plotBottom } = bands;
  if (!domain || !values.length) return emptyLayout(width, bands);

  const ticks = tickCount(bands);
  const y = valueScale(values, plotTop, plotBottom, ticks);
  const yTickValues = valueTicks(y, ticks, view.indicator);
  const plotLeft = Math.ceil(GAP + Math.max(...yTickValues.map((t) => textWidth(t.text, SMALL))) + 8);
  const labelMax = clamp(width * 0.24, 90, 170);
  const plotRight = Math.floor(width - rightGutter(prepared, domain, width, labelMax));
  const plot: Box = { x0: plotLeft, y0: plotTop, x1: plotRight, y1: plotBottom };
  const x = scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([plotLeft, plotRight]);
  const xt = (time: number): number => r1(x(new Date(time)));

  const yTicks: PlacedYTick[] = yTickValues.map((t) => {
    const ty = r1(y(t.value));
    return { y: ty, value: t.value, label: centredAt(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "end", plotLeft - 6, 0), ty) };
  });
  const xTicks: PlacedXTick[] = timeTicks(domain, xt, SMALL, undefined, points.map((p) => p.period)).map((t) => ({
    x: t.x,
    label: clampX(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "middle", t.x, plotBottom + 8), 1, width - 1),
  }));
  const series = prepared.map((s) => placeSeries(s, xt, (v) => r1(y(v)), sources));
  // Event markers in a strip above the plot, moved apart when they would touch.
  const annotations = placeEventMarkers(events, xt, bands.markerY, plotLeft, width - GAP);

  const obstacles = obstaclesOf(series, yTicks, bands.caption, annotations, plot);
  placeLabels(series, view.indicator, obstacles, { x0: 1, y0: plotTop - 10, x1: width - 1, y1: plotBottom }, width, labelMax, view.emphasis);

  const keyTop = plotBottom + bands.xAxisHeight + 4;
  const seriesKey = layoutSeriesKey(series.filter((s) => s.points.length && !s.nameLabel), width, keyTop);
  const keyRoom = keyHeight(seriesKey, keyTop);
  return {
    kind: "trend",
    width,
    height: bands.height + keyRoom,
    plot,
    caption: bands.caption,
    yTicks,
    zeroY: r1(y(0)),
    xTicks,
    series,
    annotations,
    seriesKey,
    legend: layoutLegend(legend, width, keyTop + keyRoom),
    empty: null,
  };
}

/** Each series with its points in time order (a point with no place in time is left out). */
function prepare(view: TrendView): Prepared[] {
  return view.series.map((s, index) => ({
    key: s.key,
    label: s.label,
    index,
    points: s.points
      .map((point, order) => ({ point, order, time: periodMidpoint(point.period) }))
      .filter((p) => Number.isFinite(p.time))
      .sort((a, b) => a.time - b.time || a.order - b.order)
      .map(({ point, time }) => ({ point, time })),
  }));
}

/** The caption and event strip above the plot, the axis labels and legend below it; the chart grows to keep the plot 100 px tall. */
function verticalBands(view: TrendView, width: number, minHeight: number, hasEvents: boolean, legendRoom: number): Bands {
  let top = GAP;
  const caption = view.indicator.label ? oneLine(view.indicator.label, width - 2 * GAP, top) : null;
  if (caption) top = caption.box.y1 + 8;
  const markerY = top + EVENT_MARKER_R;
  top += hasEvents ? 2 * EVENT_MARKER_R + 6 : 6;
  const plotTop = r1(top);
  const xAxisHeight = 8 + blockHeight(1, SMALL) + 4;
  const minPlot = 100;
  let height = minHeight;
  if (height - xAxisHeight - legendRoom - plotTop < minPlot) height = plotTop + minPlot + xAxisHeight + legendRoom;
  return { height, caption, markerY, plotTop, plotBottom: r1(height - legendRoom - xAxisHeight), xAxisHeight };
}

/** One tick per 45 px of plot, at least two. */
function tickCount(bands: Bands): number {
  return Math.max(2, Math.floor((bands.plotBottom - bands.plotTop) / 45));
}

/** The value axis: from zero (or below it when values are negative), nice. */
function valueScale(values: number[], plotTop: number, plotBottom: number, count: number): ScaleLinear<number, number> {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  return scaleLinear()
    .domain(lo === hi ? [0, 1] : [lo, hi])
    .range([plotBottom, plotTop])
    .nice(count);
}

/** Room on the right for direct labels when a series ends near the right edge and there is width to spare. */
function rightGutter(prepared: Prepared[], domain: [number, number], width: number, labelMax: number): number {
  const span = domain[1] - domain[0];
  const endsLate = prepared.some((s) => {
    const last = [...s.points].reverse().find((p) => p.point.cell.kind === "value");
    return last !== undefined && (last.time - domain[0]) / span > 0.75;
  });
  if (width < 480 || !endsLate) return 12;
  return Math.min(labelMax, Math.max(...prepared.map((s) => wrapText(s.label, labelMax, SERIES_FONT, 3).width))) + MARKER_RADIUS + 10;
}

/** A series' points and gaps placed, and its line through them, broken at each gap. */
function placeSeries(s: Prepared, xt: (time: number) => number, yv: (value: number) => number, sources: ReadonlyMap<string, Source>): PlacedSeries {
  const colour = categoricalColour(s.index);
  const points: PlacedPoint[] = [];
  const gaps: PlacedGap[] = [];
  const line: LinePoint[] = s.points.map(({ point, time }) => {
    const at = { periodKey: point.period.key, periodLabel: point.period.label, x: xt(time), source: point.source };
    if (point.cell.kind === "missing") {
      gaps.push({ ...at, reason: point.cell.reason });
      return null;
    }
    const placed: PlacedPoint = { ...at, y: yv(point.cell.value), value: point.cell.value, hollow: isQualified(point.cell, sources.get(point.source ?? "")), cell: point.cell, valueLabel: null };
    points.push(placed);
    return placed;
  });
  const colours = { colour, textColour: textColourFor(colour), shape: shapeFor(s.index) };
  return { key: s.key, label: s.label, ...colours, path: linePath(line), legs: lineLegs(line), points, gaps, nameLabel: null, nameLeader: null };
}

/** What labels must keep off: markers and lines, axis labels and caption, event markers and (lightly) their rules. */
function obstaclesOf(series: PlacedSeries[], yTicks: PlacedYTick[], caption: TextBlock | null, annotations: PlacedAnnotation[], plot: Box): Obstacles {
  const obstacles = noObstacles();
  for (const s of series) {
    for (const p of s.points) obstacles.marks.push({ x0: p.x - MARKER_RADIUS, y0: p.y - MARKER_RADIUS, x1: p.x + MARKER_RADIUS, y1: p.y + MARKER_RADIUS });
    obstacles.segments.push(...s.legs);
  }
  for (const t of yTicks) obstacles.text.push(t.label.box);
  if (caption) obstacles.text.push(caption.box);
  for (const a of annotations) {
    obstacles.marks.push({ x0: a.markerX - a.markerR, y0: a.markerY - a.markerR, x1: a.markerX + a.markerR, y1: a.markerY + a.markerR });
    obstacles.minorSegments.push({ x1: a.x, y1: plot.y0, x2: a.x, y2: plot.y1 });
  }
  return obstacles;
}

/** The layout of a chart with nothing numeric to plot: its caption and a message. */
function emptyLayout(width: number, bands: Bands): TrendLayout {
  const { plotTop, plotBottom } = bands;
  const empty = textBlock(["No values to plot"], textWidth("No values to plot", SMALL), SMALL, "middle", width / 2, (plotTop + plotBottom) / 2);
  const plot = { x0: GAP, y0: plotTop, x1: width - GAP, y1: plotBottom };
  return { kind: "trend", width, height: bands.height, plot, caption: bands.caption, yTicks: [], zeroY: plotBottom, xTicks: [], series: [], annotations: [], seriesKey: [], legend: [], empty };
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** A caption on one line, cut to fit. */
function oneLine(text: string, maxWidth: number, top: number): TextBlock {
  const wrapped = wrapText(text, maxWidth, SMALL, 1);
  return textBlock(wrapped.lines, wrapped.width, SMALL, "start", GAP, top);
}
