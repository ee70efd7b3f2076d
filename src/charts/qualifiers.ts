/**
 * How charts mark figures that are not plain published numbers, and how they name sources:
 * one wording for the line and bar charts alike.
 */

import { shortCitation } from "../data/citation.ts";
import { FLAG_LABEL } from "../data/symbols.ts";
import type { Cell, Flag, Source } from "../data/types.ts";

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

/** A tooltip's source line: `Source: Publisher, Jul 2018`. */
export function sourceLine(sources: readonly Source[], id: string | null): string {
  const source = sources.find((s) => s.id === id);
  return `Source: ${source ? shortCitation(source) : (id ?? "not given")}`;
}

/** The note saying what hollow marks stand for, given the qualifiers of the figures drawn; null when none is hollow. */
export function hollowNote(drawn: readonly Flag[], sources: readonly Source[]): string | null {
  const flags = new Set(drawn.filter((f) => f === "estimated" || f === "low-reliability"));
  const unconfirmed = sources.some((s) => s.unconfirmed);
  const hollow = [...[...flags].map((f) => FLAG_LABEL[f]), ...(unconfirmed && !flags.has("low-reliability") ? ["unconfirmed"] : [])];
  return hollow.length ? `Hollow markers are ${hollow.join(" or ")} figures.` : null;
}

/** The qualifiers of the numeric cells among `cells`. */
export function drawnFlags(cells: readonly Cell[]): Flag[] {
  return cells.flatMap((c) => (c.kind === "value" ? c.flags : []));
}
