import type { TrendView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { trendEvents } from "./events.ts";
import { trendCsv, trendTable } from "./figures.ts";
import { layoutTrend } from "./layout.ts";
import { renderTrend } from "./render.ts";
import { summariseTrend, trendHeadlines, trendNotes } from "./words.ts";
import { tooltip } from "./tooltip.ts";

/**
 * The trend chart: one indicator over real time, one line per series (a definition, group or
 * place), never joined across a change of definition or a missing figure.
 *
 *   layoutTrend(view, size)   → TrendLayout (placed marks, no scales: JSON-safe)
 *   renderTrend(layout, view) → <svg role="img"> with one focusable element per value
 */
export const trend: ChartKind<TrendView> = {
  draw: (view, size) => renderTrend(layoutTrend(view, size), view),
  table: trendTable,
  csv: trendCsv,
  summary: summariseTrend,
  tooltip,
  notes: trendNotes,
  events: trendEvents,
  headlines: trendHeadlines,
};
