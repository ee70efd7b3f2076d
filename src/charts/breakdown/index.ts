import type { BreakdownView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { breakdownCsv, breakdownTable } from "./figures.ts";
import { layoutBreakdown } from "./layout.ts";
import { renderBreakdown } from "./render.ts";
import { breakdownNotes, summariseBreakdown } from "./words.ts";
import { tooltip } from "./tooltip.ts";

/**
 * The breakdown chart: one indicator split by one filter in one period, as horizontal bars, the
 * total apart from its parts.
 *
 *   layoutBreakdown(view, size)   → BreakdownLayout (placed marks, JSON-safe)
 *   renderBreakdown(layout, view) → <svg role="img"> with one focusable element per bar
 */
export const breakdown: ChartKind<BreakdownView> = {
  draw: (view, size) => renderBreakdown(layoutBreakdown(view, size), view),
  table: breakdownTable,
  csv: breakdownCsv,
  summary: summariseBreakdown,
  tooltip,
  notes: breakdownNotes,
};
