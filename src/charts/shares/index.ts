import type { SharesView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { sharesCsv, sharesTable } from "./figures.ts";
import { layoutShares } from "./layout.ts";
import { renderShares } from "./render.ts";
import { summariseShares } from "./words.ts";
import { tooltip } from "./tooltip.ts";

/**
 * The shares chart: each group's share of an outcome beside its share of the population, as two
 * bars told apart by fill as well as colour, with the difference in percentage points.
 *
 *   layoutShares(view, size)   → SharesLayout (placed marks, JSON-safe)
 *   renderShares(layout, view) → <svg role="img"> with one focusable element per bar
 */
export const shares: ChartKind<SharesView> = {
  draw: (view, size) => renderShares(layoutShares(view, size), view),
  table: sharesTable,
  csv: sharesCsv,
  summary: summariseShares,
  tooltip,
  notes: (view) => [...view.notes],
  choice: (view) => ({ measure: view.title, breakdown: "" }),
  introduction:
    "Each group's share of an outcome beside its share of the population: a group is over-represented when the first is larger than the second.",
};
