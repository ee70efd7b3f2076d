import type { EstimateReason } from "../../stats/measures.ts";
import type { PanelFrame } from "../group-marks.ts";
import type { TextBlock } from "../labels.ts";

/** What the small-multiples layout places, in pixels: JSON-safe. */

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
export interface PlacedPanel extends PanelFrame {
  /** The group's full name (the drawn title may be cut to fit). */
  name: string;
  /** "reference group", "overall" or "not recorded". */
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
