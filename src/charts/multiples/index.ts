import type { MultiplesView } from "../../stats/view-types.ts";
import type { ChartKind } from "../kind.ts";
import { multiplesCsv, multiplesTable } from "./figures.ts";
import { layoutMultiples } from "./layout.ts";
import { renderMultiples } from "./render.ts";
import { multiplesNotes, summariseMultiples } from "./words.ts";
import { tooltip } from "./tooltip.ts";

/**
 * Small multiples: each group of a breakdown as its own small line chart of its rate over time,
 * all on one scale from 0, the reference group's line drawn faintly behind the others.
 *
 *   layoutMultiples(view, size)   → MultiplesLayout (placed marks, JSON-safe)
 *   renderMultiples(layout, view) → <svg role="img"> with one focusable element per rate
 */
export const multiples: ChartKind<MultiplesView> = {
  draw: (view, size) => renderMultiples(layoutMultiples(view, size), view),
  table: multiplesTable,
  csv: multiplesCsv,
  summary: summariseMultiples,
  tooltip,
  notes: multiplesNotes,
  choice: (view) => ({ measure: view.measure.label, breakdown: `${view.breakdown} over time` }),
  introduction: "Where the figures cover more than one period, each group's rate over time is shown too, one small chart per group on the same scale.",
};
