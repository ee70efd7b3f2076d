import type { ChartSize, View } from "../stats/view-types.ts";

/**
 * The chart code, loaded a kind at a time when a chart of that kind is first redrawn, so a page
 * downloads only the charts it shows: a page of trends never loads the comparison chart.
 */

type Draw = (view: View, size: ChartSize) => string;

/** Each chart kind's module, as the build's `renderChart` draws it. */
const LOADERS = {
  trend: () => import("../charts/line-chart.ts").then((m) => m.lineChart as Draw),
  breakdown: () => import("../charts/bar-chart.ts").then((m) => m.barChart as Draw),
  comparison: () => import("../charts/comparison-chart.ts").then((m) => m.comparisonChart as Draw),
  shares: () => import("../charts/shares-chart.ts").then((m) => m.sharesChart as Draw),
  multiples: () => import("../charts/multiples-chart.ts").then((m) => m.multiplesChart as Draw),
} satisfies Record<View["kind"], () => Promise<Draw>>;

const loaded = new Map<View["kind"], Promise<Draw>>();

/** The function that draws a kind of chart as SVG markup, the same one the build used; loaded once. */
export function chartDrawer(kind: View["kind"]): Promise<Draw> {
  let draw = loaded.get(kind);
  if (!draw) loaded.set(kind, (draw = LOADERS[kind]()));
  return draw;
}
