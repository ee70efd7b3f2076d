import type { Annotation, Cell, Flag, Indicator, Period, Source } from "../data/types.ts";
import type { Estimate } from "./measures.ts";

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
  /** The key of a series drawn heavier than the rest: a place's own line beside its region's and the country's. */
  emphasis?: string;
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

/** One authority's figure on a hex map, under the ONS code its data use, with the address of its page. */
export interface HexMapArea {
  code: string;
  name: string;
  cell: Cell;
  /** The area's page; every hex with a figure is a link. */
  href: string;
  source: string | null;
}

/** A hex map: one indicator for every authority in one period, each hex a link to its area's page. */
export interface HexMapView {
  kind: "hexmap";
  id: string;
  title: string;
  subtitle: string;
  indicator: Indicator;
  period: Period;
  areas: HexMapArea[];
  sources: Source[];
  notes: string[];
}

/** Any chart a page can show. */
export type View = TrendView | BreakdownView | ComparisonView | SharesView | MultiplesView | RatioTrendView | HexMapView;

/** The size a chart is drawn at, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/** One group of a comparison: its counts, its rate, and its ratio to the reference group. */
export interface ComparisonRow {
  key: string;
  label: string;
  numerator: Cell | null;
  denominator: Cell | null;
  /** The rate shown: as published where published, else worked out from the counts. */
  rate: Estimate;
  /** Where `rate` comes from; worked out from the counts when not said. */
  basis?: RateBasis;
  /** The rate as the publisher gave it, when the file has one. */
  published: Cell | null;
  ratio: Estimate;
  isReference: boolean;
  isOverall: boolean;
  isUnknown: boolean;
  source: string | null;
}

/** How a comparison's rate is made and read. */
export interface ComparisonMeasure {
  id: string;
  type: "rate" | "published-rate";
  label: string;
  per: number;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** Whether the file publishes the rate itself, so rates are shown as published. */
  publishedRates?: boolean;
}

/** Each group's rate and its ratio (with a 95% interval) to a stated reference group, in one period and place. */
export interface ComparisonView {
  kind: "comparison";
  id: string;
  title: string;
  subtitle: string;
  period: Period;
  place: string;
  breakdown: string;
  measure: ComparisonMeasure;
  reference: string;
  rows: ComparisonRow[];
  /** The same groups' rates in wider places (a local authority's region, the country), for a place's page. */
  context?: { place: string; rates: { key: string; rate: Estimate }[] }[];
  minEvents: number;
  sources: Source[];
  notes: string[];
}

/** One group's share of an outcome beside its share of the population. */
export interface SharesRow {
  key: string;
  label: string;
  outcome: Cell;
  population: Cell;
  /** Percentage points, as published when the file gives it, else computed. */
  difference: Estimate;
  ratio: Estimate;
  isUnknown: boolean;
  source: string | null;
  /** Where the population share comes from, when the descriptor pairs it from another row. */
  populationSource?: string | null;
}

/** Share of an outcome vs share of the population, side by side for each group. */
export interface SharesView {
  kind: "shares";
  id: string;
  title: string;
  subtitle: string;
  outcomeLabel: string;
  populationLabel: string;
  rows: SharesRow[];
  sources: Source[];
  notes: string[];
}

/** One group's rate in one period, with the counts it comes from when they are published. */
export interface MultiplesPoint {
  period: Period;
  numerator: Cell | null;
  denominator: Cell | null;
  /** As published where published, else computed from the counts; a symbol in any input leaves its reason here. */
  rate: Estimate;
  /** Where `rate` comes from; worked out from the counts when not said. */
  basis?: RateBasis;
  /** Qualifiers on the figures behind the rate: an estimated or low-reliability one is drawn hollow. */
  flags: Flag[];
  source: string | null;
}

/** One group's panel: its rate in each period it has a row for, in time order. */
export interface MultiplesPanel {
  key: string;
  label: string;
  isReference: boolean;
  isOverall: boolean;
  isUnknown: boolean;
  points: MultiplesPoint[];
}

/** Small multiples: each group of a breakdown as its own small line chart over time, all on one scale from 0. */
export interface MultiplesView extends GroupsOverTime {
  kind: "multiples";
  /** The group the others are read against; its panel is marked and its line drawn faintly in the rest. */
  reference: string;
  panels: MultiplesPanel[];
}

/** What the views of a breakdown's groups over time share: one measure, at one place, over every period with a row. */
export interface GroupsOverTime {
  id: string;
  title: string;
  subtitle: string;
  place: string;
  breakdown: string;
  measure: ComparisonMeasure;
  /** Every period with a row for the breakdown, in time order. */
  periods: Period[];
  sources: Source[];
  notes: string[];
}

/** Where a rate shown comes from: the publisher's own figure, or worked out from the published counts where none is published. */
export type RateBasis = "published" | "counts";

/** A group's rate in one period as a reader is shown it: as published where published, with the counts behind it. */
export interface ShownRate {
  numerator: Cell | null;
  denominator: Cell | null;
  rate: Estimate;
  basis: RateBasis;
}

/** One group's ratio to the reference group in one period, with both groups' rates and counts so each can be checked. */
export interface RatioTrendPoint {
  period: Period;
  group: ShownRate;
  reference: ShownRate;
  /** From the counts, with its 95% interval; from the published rates (no interval) when no counts are published. */
  ratio: Estimate;
  flags: Flag[];
  source: string | null;
}

/** One group's ratios over time. */
export interface RatioTrendSeries {
  key: string;
  label: string;
  isOverall: boolean;
  isUnknown: boolean;
  points: RatioTrendPoint[];
}

/** Each group's ratio to a stated reference group over time, one small panel per group on one log scale. */
export interface RatioTrendView extends GroupsOverTime {
  kind: "ratio-trend";
  /** The group every ratio is read against; it has no panel of its own (its ratio is 1 by definition). */
  reference: string;
  series: RatioTrendSeries[];
  minEvents: number;
}
