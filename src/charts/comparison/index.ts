import { withReference } from "../../stats/comparison.ts";
import type { ComparisonView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { comparisonCsv, comparisonTable } from "./figures.ts";
import { layoutComparison } from "./layout.ts";
import { renderComparison } from "./render.ts";
import { summariseComparison } from "./words.ts";
import { tooltip } from "./tooltip.ts";

/**
 * The comparison chart: each group's rate as a ratio to a reference group the reader can change,
 * a dot with its 95% interval on a log scale.
 *
 *   layoutComparison(view, size)   → ComparisonLayout (placed marks, JSON-safe)
 *   renderComparison(layout, view) → <svg role="img"> with one focusable element per group
 */
export const comparison: ChartKind<ComparisonView> = {
  draw: (view, size) => renderComparison(layoutComparison(view, size), view),
  table: comparisonTable,
  csv: comparisonCsv,
  summary: summariseComparison,
  tooltip,
  notes: (view) => [...view.notes],
  choice: (view) => ({ measure: view.measure.label, breakdown: view.breakdown }),
  introduction:
    "Each group's rate beside the counts it comes from, and its ratio to a reference group with a 95% confidence interval. A ratio above 1 means the group's rate is higher than the reference group's.",
  rebase: {
    reference: (view) => view.reference,
    groups: (view) => view.rows.map((r) => r.key),
    withReference,
  },
};
