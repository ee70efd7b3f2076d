import type { Annotation, Cell, Indicator, Period, Source } from "../data/types.ts";

/**
 * What a chart and its table are drawn from: JSON-safe, already selected and computed, so the
 * same object renders at build time and in the browser.
 */

/** One value of a series or breakdown, with the source that published it. */
export interface Point {
  period: Period;
  cell: Cell;
  /** Source id; resolve it through the view's `sources`. */
  source: string | null;
}

/** A line: one definition (or group, or place) over time. Never joins a change of definition. */
export interface Series {
  key: string;
  label: string;
  points: Point[];
}

/** A trend chart: one indicator, one or more series, periods on a real time axis. */
export interface TrendView {
  kind: "trend";
  id: string;
  title: string;
  subtitle: string;
  indicator: Indicator;
  series: Series[];
  annotations: Annotation[];
  sources: Source[];
  notes: string[];
}

/** One bar of a breakdown. */
export interface Bar {
  key: string;
  label: string;
  cell: Cell;
  source: string | null;
  /** The total level, drawn distinct from its parts. */
  isTotal: boolean;
}

/** A breakdown chart: one indicator split by one filter in a single period. */
export interface BreakdownView {
  kind: "breakdown";
  id: string;
  title: string;
  subtitle: string;
  indicator: Indicator;
  period: Period;
  /** The filter's label, e.g. "School phase". */
  by: string;
  bars: Bar[];
  sources: Source[];
  notes: string[];
}

/** Any chart a page can show. */
export type View = TrendView | BreakdownView;

/** The size a chart is drawn at, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}
