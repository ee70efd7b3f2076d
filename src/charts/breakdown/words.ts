import { formatCell } from "../../data/cell-format.ts";
import { REASON_LABEL } from "../../data/symbols.ts";
import type { NumberCell } from "../../data/types.ts";
import type { Bar, BreakdownView } from "../../stats/view-types.ts";
import { drawnFlags, hollowNote } from "../qualifiers.ts";

/** The breakdown chart in words: its summary, its tooltips and its notes. */

/** Sentences for a breakdown: the total, the highest and lowest parts, and any without a figure. Parts are never summed: a file rarely lists every group. */
export function summariseBreakdown(view: BreakdownView): string[] {
  const ind = view.indicator;
  const total = view.bars.find((b) => b.isTotal);
  const parts = view.bars.filter((b) => !b.isTotal);
  const known = parts.filter((b): b is Bar & { cell: NumberCell } => b.cell.kind === "value");
  const out: string[] = [];
  if (total) out.push(`${view.period.label}: ${formatCell(total.cell, ind)} in total.`);
  if (known.length >= 2) {
    const sorted = [...known].sort((a, b) => b.cell.value - a.cell.value);
    const top = sorted[0]!;
    const bottom = sorted[sorted.length - 1]!;
    out.push(`Highest: ${top.label} (${formatCell(top.cell, ind)}). Lowest: ${bottom.label} (${formatCell(bottom.cell, ind)}).`);
  }
  const missing = parts.flatMap((b) => (b.cell.kind === "missing" ? [`${b.label} (${REASON_LABEL[b.cell.reason]})`] : []));
  if (missing.length) out.push(`No figure for ${missing.join(", ")}.`);
  return out;
}

/** The view's notes and what hollow bars are. */
export function breakdownNotes(view: BreakdownView): string[] {
  const hollow = hollowNote(drawnFlags(view.bars.map((b) => b.cell)), view.sources);
  return [...view.notes, ...(hollow ? [hollow] : [])];
}
