import type { RatioTrendView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { ratioTrendCsv, ratioTrendTable } from "./figures.ts";
import { layoutRatioTrend } from "./layout.ts";
import { renderRatioTrend } from "./render.ts";
import { tooltip } from "./tooltip.ts";
import { ratioTrendNotes, summariseRatioTrend } from "./words.ts";

/**
 * Ratios over time: each group's rate as a ratio to the reference group's in every period, one
 * small panel per group on one log scale with a rule at 1×, the 95% interval as a whisker, and a
 * period with too few pupils to say (or no figure) left as a gap and named, never drawn.
 *
 *   layoutRatioTrend(view, size)   → RatioTrendLayout (placed marks, JSON-safe)
 *   renderRatioTrend(layout, view) → <svg role="img"> with one focusable element per ratio
 */
export const ratioTrend: ChartKind<RatioTrendView> = {
  draw: (view, size) => renderRatioTrend(layoutRatioTrend(view, size), view),
  table: ratioTrendTable,
  csv: ratioTrendCsv,
  summary: summariseRatioTrend,
  tooltip,
  notes: ratioTrendNotes,
  choice: (view) => ({ measure: view.measure.label, breakdown: `${view.breakdown}, ratios over time` }),
  introduction: "Where a breakdown has a reference group of its own, each group's rate is also shown as a ratio to it over time, with its 95% interval, so a gap that widens or narrows can be told from chance.",
};
