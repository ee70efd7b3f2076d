import { scaleLinear, scaleUtc } from "d3-scale";
import type { Source } from "../../data/types.ts";
import { formatRate } from "../../stats/estimate-format.ts";
import type { MultiplesPanel, MultiplesView } from "../../stats/view-types.ts";
import { timeTicks } from "../axes.ts";
import { GROUP_COLOURS, GROUP_SHAPES, groupMark } from "../group-marks.ts";
import { blockHeight, centredAt, clampX, noObstacles, place, textBlock } from "../labels.ts";
import type { Anchor, Box, Candidate, TextBlock } from "../labels.ts";
import { lineLegs, linePath, type LinePoint } from "../line-path.ts";
import { MARKER_RADIUS } from "../markers.ts";
import { QUALIFIED_SUFFIX } from "../qualifiers.ts";
import { FONT_SIZE, r1 } from "../svg.ts";
import { textWidth, type Font, type Wrapped } from "../text.ts";
import type { PanelTick, PlacedMultiplesGap, PlacedMultiplesPoint, PlacedPanel } from "./layout-types.ts";
import { byPeriod, pointQualified, type PeriodFigure } from "./rates.ts";

/** One small multiple laid out in its box: title and tag, its axes on the shared scale, its line, the reference line and its latest rate. */

/** A panel's group name. */
export const TITLE: Font = { size: FONT_SIZE, bold: true };
/** Ticks, tags, notes, caption and legend. */
export const SMALL: Font = { size: 12 };
const LATEST: Font = { size: 12, bold: true };
const TICK_GAP = 28;

/** What every panel in a row shares: where its plot is, the value scale and its ticks, and the time span. */
export interface Frame {
  plotTop: number;
  plotBottom: number;
  yLabelWidth: number;
  ticks: { value: number; text: string }[];
  yMax: number;
  domain: [number, number];
  axisBottom: number;
}

/** A panel's words, wrapped to its width. */
export interface PanelText {
  title: Wrapped;
  tag: Wrapped | null;
  gapNote: Wrapped | null;
}

/** Lays out one panel in `box`. */
export function layoutPanel(view: MultiplesView, panel: MultiplesPanel, text: PanelText, box: Box, frame: Frame, sources: ReadonlyMap<string, Source>): PlacedPanel {
  const mark = groupMark(panel);
  const title = textBlock(text.title.lines, text.title.width, TITLE, "start", box.x0, box.y0);
  const tag = text.tag ? textBlock(text.tag.lines, text.tag.width, SMALL, "start", box.x0, title.box.y1 + 2) : null;
  const plot: Box = { x0: Math.ceil(box.x0 + frame.yLabelWidth + 6), y0: frame.plotTop, x1: Math.floor(box.x1 - 2), y1: frame.plotBottom };
  const y = scaleLinear().domain([0, frame.yMax]).range([plot.y1, plot.y0]);
  const x = scaleUtc().domain([new Date(frame.domain[0]), new Date(frame.domain[1])]).range([plot.x0, plot.x1]);
  const xt = (time: number) => r1(x(new Date(time)));
  const yv = (value: number) => r1(y(value));

  const yTicks: PanelTick[] = frame.ticks.map((t) => {
    const at = yv(t.value);
    return { at, label: centredAt(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "end", plot.x0 - 5, 0), at) };
  });
  const xTicks: PanelTick[] = timeTicks(frame.domain, xt, SMALL, TICK_GAP, view.periods).map((t) => ({
    at: t.x,
    // Kept right of the value axis's labels: the first year's label would otherwise run under the lowest one.
    label: clampX(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "middle", t.x, plot.y1 + 6), plot.x0 - 3, box.x1),
  }));

  const points: PlacedMultiplesPoint[] = [];
  const gaps: PlacedMultiplesGap[] = [];
  const line = placeRates(byPeriod(view, panel), xt, yv, sources, points, gaps);
  const reference = view.panels.find((p) => p.isReference);
  const ghostLine = reference && reference !== panel ? placeRates(byPeriod(view, reference), xt, yv, sources, [], []) : [];
  // The reference group's line, faint behind this panel's, when it has a leg to draw.
  const ghost = lineLegs(ghostLine).length ? linePath(ghostLine) : null;
  const latest = latestLabel(view, points, [...line, null, ...ghostLine], yTicks, { x0: plot.x0, y0: plot.y0 - 8, x1: box.x1, y1: plot.y1 });
  const gapNote = text.gapNote ? textBlock(text.gapNote.lines, text.gapNote.width, SMALL, "start", box.x0, frame.axisBottom + 6) : null;
  const marks = { mark, colour: GROUP_COLOURS[mark], shape: GROUP_SHAPES[mark] };
  return { key: panel.key, name: panel.label.trim() || panel.key, ...marks, box, plot, title, tag, yTicks, xTicks, path: linePath(line), ghost, points, gaps, latest, gapNote };
}

/** Places a panel's rates and gaps, and returns the line through its periods (null at each gap). */
function placeRates(
  figures: PeriodFigure[],
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

/** The latest rate by its point, where it touches neither line (its own, the reference's) nor the axis labels, or not at all; with its period when that is not the last. */
function latestLabel(view: MultiplesView, points: PlacedMultiplesPoint[], line: LinePoint[], yTicks: PanelTick[], bounds: Box): TextBlock | null {
  const last = points[points.length - 1];
  if (!last) return null;
  const lastPeriod = view.periods[view.periods.length - 1]!;
  const when = last.periodKey === lastPeriod.key ? "" : ` in ${view.periods.find((p) => p.key === last.periodKey)!.label}`;
  const words = formatRate({ kind: "value", value: last.value }) + (last.hollow ? QUALIFIED_SUFFIX : "") + when;
  const obstacles = noObstacles();
  for (const p of points) obstacles.marks.push({ x0: p.x - MARKER_RADIUS, y0: p.y - MARKER_RADIUS, x1: p.x + MARKER_RADIUS, y1: p.y + MARKER_RADIUS });
  obstacles.segments.push(...lineLegs(line));
  obstacles.text.push(...yTicks.map((t) => t.label.box));
  return place(latestCandidates(last, words), obstacles, bounds, true)?.block ?? null;
}

/** Where the latest rate's label may go around its point, most preferred first. */
function latestCandidates(p: PlacedMultiplesPoint, words: string): Candidate[] {
  const w = textWidth(words, LATEST);
  const h = blockHeight(1, LATEST);
  const r = MARKER_RADIUS;
  const at = (anchor: Anchor, x: number, top: number, penalty: number): Candidate => ({ block: textBlock([words], w, LATEST, anchor, x, top), penalty });
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
