import type { Cell } from "../data/types.ts";
import type { ChartSize, View } from "../stats/view-types.ts";
import type { Markup } from "../text/html.ts";

/**
 * What a kind of chart is: everything the site says and draws about one kind of view, in one
 * module, so a page, a download, a tooltip and a redraw never ask which kind a view is.
 */

/** The keys a chart writes on each value's element, for a tooltip or a link to find it again. */
export interface PointKeys {
  series?: string | undefined;
  bar?: string | undefined;
  period?: string | undefined;
  /** A comparison's row, a shares chart's row or a small multiple's panel. */
  group?: string | undefined;
  /** Which of a shares row's two bars: "outcome" or "population". */
  share?: string | undefined;
}

/** A tooltip: its heading, then its lines, as plain text. */
export interface PointInfo {
  heading: string;
  lines: string[];
}

/** A dated event numbered on a chart and listed in the key under it. */
export interface ChartEvent {
  number: number;
  /** As written in the data, e.g. `2020-03`. */
  date: string;
  /** In words, e.g. `March 2020`. */
  dateLabel: string;
  label: string;
  sources: string[];
}

/** A chart's figures as plain text for its CSV: the header row first; `cells` are those its symbol key explains. */
export interface FigureRows {
  rows: string[][];
  cells: Cell[];
}

/** A figure to headline: what it is, its value in words, and whose and when. */
export interface Headline {
  label: string;
  value: string;
  context: string;
}

/** How the comparisons section offers a view: under which measure and breakdown ("" for none). */
export interface Choice {
  measure: string;
  breakdown: string;
}

/** A view a reader can compare with another of its groups. */
export interface Rebase<V> {
  /** The group every figure is read against now. */
  reference(view: V): string;
  /** The groups a reader may pick. */
  groups(view: V): string[];
  /** The same view read against `reference`, computed as the build computes it. */
  withReference(view: V, reference: string): V;
}

/** One kind of chart: how it is drawn, tabled, downloaded, described and read value by value. */
export interface ChartKind<V extends View> {
  /** The chart as an SVG string at one size: layout, then render. */
  draw(view: V, size: ChartSize): string;
  /** The real HTML table of the chart's figures, with the key to its symbols. */
  table(view: V): Markup;
  /** The chart's figures for its CSV download. */
  csv(view: V): FigureRows;
  /** Plain-English sentences beside the chart, quotable without reading it. */
  summary(view: V): string[];
  /** What a tooltip says of the value with `keys`, or null when the chart and its view disagree. */
  tooltip(view: V, keys: PointKeys): PointInfo | null;
  /** Notes a reader needs beside the chart: the view's own, and what its marks mean. */
  notes(view: V): string[];
  /** The one size to draw at when the drawing scales with its box (a map, whose shape sets its size), instead of one drawing per page size. */
  scaledFrom?: ChartSize;
  /** Dated events the chart numbers, for the key under it. */
  events?(view: V): ChartEvent[];
  /** The figures a page may headline (first and latest). */
  headlines?(view: V): Headline[];
  /** Where a view of this kind sits in a page's comparisons section; kinds without one sit with the other charts. */
  choice?(view: V): Choice;
  /** What the comparisons section says of this kind, when it holds one. */
  introduction?: string;
  /** How a reader compares the view with another group, for kinds that allow it. */
  rebase?: Rebase<V>;
}
