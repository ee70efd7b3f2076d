import { scaleLinear } from "d3-scale";
import { periodMidpoint } from "../../data/period.ts";
import type { RatioTrendSeries, RatioTrendView } from "../../stats/view-types.ts";
import { GROUP_COLOURS, GROUP_SHAPES, groupMark } from "../group-marks.ts";
import { centredAt, clampX, textBlock, type Box } from "../labels.ts";
import { linePath, type LinePoint } from "../line-path.ts";
import { isQualified } from "../qualifiers.ts";
import { FONT_SIZE, r1 } from "../svg.ts";
import { textWidth, type Font, type Wrapped } from "../text.ts";
import type { PlacedRatio, PlacedRatioGap, PlacedRatioPanel, RatioTick } from "./layout-types.ts";
import { emptyWords } from "./words.ts";

/** One group's panel laid out in its box: its title and latest ratio, the shared log axis, the rule at 1×, whiskers and line. */

/** A panel's group name. */
export const TITLE: Font = { size: FONT_SIZE, bold: true };
/** Ticks, caption, the latest ratio and notes. */
export const SMALL: Font = { size: 12 };

/** What every panel in a row shares: where its plot is, the ratio scale and its ticks, and the time span. */
export interface RatioFrame {
  plotTop: number;
  plotBottom: number;
  axisBottom: number;
  yLabelWidth: number;
  ticks: { value: number; text: string }[];
  y: (value: number) => number;
  timeDomain: [number, number];
}

/** A panel's words, wrapped to its width. */
export interface RatioPanelText {
  title: Wrapped;
  latest: Wrapped;
  gapNote: Wrapped | null;
}

/** Lays out one group's panel in `box`. */
export function layoutRatioPanel(view: RatioTrendView, series: RatioTrendSeries, text: RatioPanelText, box: Box, frame: RatioFrame): PlacedRatioPanel {
  const mark = groupMark({ ...series, isReference: false });
  const title = textBlock(text.title.lines, text.title.width, TITLE, "start", box.x0, box.y0);
  const latest = textBlock(text.latest.lines, text.latest.width, SMALL, "start", box.x0, title.box.y1 + 2);
  const plot: Box = { x0: Math.ceil(box.x0 + frame.yLabelWidth + 6), y0: frame.plotTop, x1: Math.floor(box.x1 - 2), y1: frame.plotBottom };
  const xt = timeScale(frame.timeDomain, plot.x0, plot.x1);
  const yTicks: RatioTick[] = frame.ticks.map((t) => {
    const at = frame.y(t.value);
    return { at, label: centredAt(textBlock([t.text], textWidth(t.text, SMALL), SMALL, "end", plot.x0 - 5, 0), at) };
  });
  const ends = [view.periods[0]!, view.periods[view.periods.length - 1]!];
  const xTicks: RatioTick[] = view.periods.map((p) => {
    const at = xt(periodMidpoint(p));
    const labelled = p === ends[0] || p === ends[1];
    const anchor = p === ends[0] && ends[0] !== ends[1] ? "start" : p === ends[1] && ends[0] !== ends[1] ? "end" : "middle";
    return { at, label: labelled ? clampX(textBlock([p.label], textWidth(p.label, SMALL), SMALL, anchor, at, plot.y1 + 6), box.x0, box.x1) : null };
  });
  const sources = new Map(view.sources.map((s) => [s.id, s]));
  const ratios: PlacedRatio[] = [];
  const gaps: PlacedRatioGap[] = [];
  const line: LinePoint[] = view.periods.map((period) => {
    const point = series.points.find((p) => p.period.key === period.key);
    const x = xt(periodMidpoint(period));
    if (!point || point.ratio.kind === "missing") {
      gaps.push({ periodKey: period.key, x, reason: point && point.ratio.kind === "missing" ? point.ratio.reason : null });
      return null;
    }
    const { value, lower, upper } = point.ratio;
    const whisker = lower !== undefined && upper !== undefined ? { top: frame.y(upper), bottom: frame.y(lower) } : null;
    const hollow = isQualified({ kind: "value", value, flags: point.flags }, sources.get(point.source ?? ""));
    const placed = { periodKey: period.key, x, y: frame.y(value), value, whisker, hollow };
    ratios.push(placed);
    return placed;
  });
  const emptyText = ratios.length ? null : emptyWords(series);
  const empty = emptyText ? centredAt(textBlock([emptyText], textWidth(emptyText, SMALL), SMALL, "middle", (plot.x0 + plot.x1) / 2, 0), (plot.y0 + plot.y1) / 2) : null;
  const gapNote = text.gapNote ? textBlock(text.gapNote.lines, text.gapNote.width, SMALL, "start", box.x0, frame.axisBottom + 6) : null;
  return { key: series.key, mark, colour: GROUP_COLOURS[mark], shape: GROUP_SHAPES[mark], box, plot, title, latest, rule: frame.y(1), yTicks, xTicks, path: linePath(line), ratios, gaps, empty, gapNote };
}

/** A time scale over the periods' midpoints, inset so a whisker at either end stays inside the plot. */
function timeScale(domain: [number, number], x0: number, x1: number): (time: number) => number {
  const x = scaleLinear().domain(domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain).range([x0 + 8, x1 - 8]);
  return (time) => r1(x(time));
}

