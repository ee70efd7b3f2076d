/**
 * Charts: `(view, size) → SVG string`, the same functions at build time and in the browser.
 *
 *   view ──layoutTrend / layoutBreakdown / layoutComparison / layoutShares / layoutMultiples──▶ layout (placed marks, JSON-safe)
 *        ──renderTrend / renderBreakdown / renderComparison / renderShares / renderMultiples──▶ <svg role="img"> with
 *          title, desc and one focusable element per value (data-value or data-reason)
 */

import type { ChartSize, View } from "../stats/view-types.ts";
import { barChart } from "./bar-chart.ts";
import { comparisonChart } from "./comparison-chart.ts";
import { lineChart } from "./line-chart.ts";
import { multiplesChart } from "./multiples-chart.ts";
import { sharesChart } from "./shares-chart.ts";
import { DEFAULT_SIZE } from "./sizes.ts";

export { annotationKey, annotationKeyMarkup, layoutTrend, lineChart, renderTrend } from "./line-chart.ts";
export type { AnnotationItem, TrendLayout } from "./line-chart.ts";
export { barChart, layoutBreakdown, renderBreakdown } from "./bar-chart.ts";
export type { BreakdownLayout } from "./bar-chart.ts";
export { comparisonChart, layoutComparison, renderComparison } from "./comparison-chart.ts";
export type { ComparisonLayout } from "./comparison-chart.ts";
export { layoutShares, renderShares, sharesChart } from "./shares-chart.ts";
export type { SharesLayout } from "./shares-chart.ts";
export { layoutMultiples, multiplesChart, renderMultiples } from "./multiples-chart.ts";
export type { MultiplesLayout } from "./multiples-chart.ts";
export { CATEGORICAL, NEUTRAL } from "./palette.ts";

export { DEFAULT_SIZE, PAGE_SIZES } from "./sizes.ts";

/** Any view as an SVG string. */
export function renderChart(view: View, size: ChartSize = DEFAULT_SIZE): string {
  switch (view.kind) {
    case "trend":
      return lineChart(view, size);
    case "breakdown":
      return barChart(view, size);
    case "comparison":
      return comparisonChart(view, size);
    case "shares":
      return sharesChart(view, size);
    case "multiples":
      return multiplesChart(view, size);
  }
}
