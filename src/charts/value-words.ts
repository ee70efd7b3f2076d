import { formatCell } from "../data/cell-format.ts";
import { symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Indicator } from "../data/types.ts";

/** A published figure in a tooltip: `Officers: 1,600 (estimate)`, or why there is none, with its symbol as published. */
export function valueWords(cell: Cell, indicator: Pick<Indicator, "label" | "unit" | "decimals">): string {
  const figure = formatCell(cell, indicator);
  if (cell.kind === "value") return `${indicator.label}: ${figure}`;
  const symbol = cell.symbol ? ` (${symbolLabel(cell.symbol)}: ${symbolWords(cell.symbol, cell.reason)})` : "";
  return `${indicator.label}: no figure, ${figure}${symbol}. Never counted as zero.`;
}
