/**
 * How charts mark figures that are not plain published numbers, and how they name sources:
 * one wording for the line and bar charts alike.
 */

import type { Cell, Source } from "../data/types.ts";

/** Appended to the value label of an estimate or unconfirmed figure. */
export const QUALIFIED_SUFFIX = "*";

/** Legend words for filled (plain) and hollow (qualified) marks. */
export const LEGEND_TEXT = {
  published: "As published",
  qualified: `Estimate or unconfirmed ${QUALIFIED_SUFFIX}`,
} as const;

/** Whether a figure is drawn hollow: flagged estimated or low reliability, or from an unconfirmed source. */
export function isQualified(cell: Cell, source: Source | undefined): boolean {
  if (cell.kind !== "value") return false;
  return cell.flags.includes("estimated") || cell.flags.includes("low-reliability") || source?.unconfirmed === true;
}

/** The source of a figure for its hover title, e.g. ` — source: Title, Publisher, 2021`. */
export function sourceText(id: string | null, sources: ReadonlyMap<string, Source>): string {
  if (!id) return "";
  const source = sources.get(id);
  if (!source) return ` — source: ${id}`;
  const parts = [source.title, source.publisher, source.date].filter(Boolean).join(", ");
  return ` — source: ${parts}${source.unconfirmed ? " (unconfirmed)" : ""}`;
}
