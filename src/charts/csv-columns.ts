import { FLAG_LABEL, REASON_LABEL, symbolLabel } from "../data/symbols.ts";
import type { Cell, Source } from "../data/types.ts";
import type { Estimate } from "../stats/measures.ts";
import { formatDate } from "../text/dates.ts";

/** How a chart's figures are written as CSV columns: numbers as published, symbols as `[c]`, reasons and sources in words. */

/** A cell as two columns: the number (or the symbol as published), and its qualifiers or reason in words. */
export function cellColumns(cell: Cell): [string, string] {
  if (cell.kind === "missing") return [symbolLabel(cell.symbol), REASON_LABEL[cell.reason]];
  return [String(cell.value), cell.flags.map((f) => FLAG_LABEL[f]).join("; ")];
}

/** A published count or rate for a numeric column: the number, the symbol as published, or nothing when it is not published. */
export function cellNumber(cell: Cell | null): string {
  return cell ? cellColumns(cell)[0] : "";
}

/** A computed figure for a numeric column: the number in full, the symbol its input carried, or nothing. */
export function estimateNumber(e: Estimate): string {
  return e.kind === "value" ? String(e.value) : symbolLabel(e.symbol);
}

/** A source as two columns: publisher, title and date in one, its address in the other. */
export function sourceColumns(sources: readonly Source[], id: string | null): [string, string] {
  const source = sources.find((s) => s.id === id);
  return source ? [[source.publisher, source.title, formatDate(source.date)].filter(Boolean).join(", "), source.path] : [id ?? "", ""];
}

/** A figure computed from others, or nothing where it could not be: its reason goes in words beside it, its inputs carry their symbols. */
export function valueOnly(e: Estimate): string {
  return e.kind === "value" ? String(e.value) : "";
}
