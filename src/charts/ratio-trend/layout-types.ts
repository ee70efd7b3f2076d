import type { EstimateReason } from "../../stats/measures.ts";
import type { PanelFrame } from "../group-marks.ts";
import type { TextBlock } from "../labels.ts";

/** What the ratio-over-time layout places, in pixels: JSON-safe. */

/** A ratio drawn in a panel, with its 95% interval as a whisker when it has one. */
export interface PlacedRatio {
  periodKey: string;
  x: number;
  y: number;
  value: number;
  /** The whisker's ends (top is the upper bound); null when the ratio has no interval. */
  whisker: { top: number; bottom: number } | null;
  /** A figure behind it is estimated or of low reliability, or its source unconfirmed: drawn hollow. */
  hollow: boolean;
}

/** A period of a panel with no ratio: the line breaks there, and the reason is named under the panel. */
export interface PlacedRatioGap {
  periodKey: string;
  x: number;
  /** Why there is no ratio (too few to say, suppressed …); null when the file has no row for the group then. */
  reason: EstimateReason | null;
}

/** A tick on a panel's axis. */
export interface RatioTick {
  at: number;
  label: TextBlock | null;
}

/** One group's panel. */
export interface PlacedRatioPanel extends PanelFrame {
  /** The latest ratio in words, or why there is none, under the title. */
  latest: TextBlock;
  /** Where 1× (the reference group's rate) sits. */
  rule: number;
  yTicks: RatioTick[];
  xTicks: RatioTick[];
  /** One path through the ratios in time order, broken where a period has none; null when none has. */
  path: string | null;
  ratios: PlacedRatio[];
  gaps: PlacedRatioGap[];
  /** "Too few to say" (or "No ratio") across a plot with nothing to draw. */
  empty: TextBlock | null;
  /** The periods with no ratio, in words, under the axis. */
  gapNote: TextBlock | null;
}

/** Everything the ratio-over-time chart draws. */
export interface RatioTrendLayout {
  kind: "ratio-trend";
  width: number;
  /** Set by the number of rows of panels. */
  height: number;
  columns: number;
  caption: TextBlock | null;
  panels: PlacedRatioPanel[];
  empty: TextBlock | null;
}
