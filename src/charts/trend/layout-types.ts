import type { NumberCell, Reason } from "../../data/types.ts";
import type { Box, Segment, TextBlock } from "../labels.ts";
import type { Shape } from "../markers.ts";

/** What the trend chart's layout places, in pixels: JSON-safe, so the browser could reuse it. */

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
