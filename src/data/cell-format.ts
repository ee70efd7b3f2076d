import { formatInUnit } from "../text/number.ts";
import { FLAG_LABEL, REASON_LABEL, symbolLabel } from "./symbols.ts";
import type { Cell, Indicator } from "./types.ts";

/** How a published cell reads: its number in the indicator's unit, or its reason in words, the same in charts, tables and summaries. */

/** A number as the indicator's unit and decimal places say (thousands separated). */
export function formatNumber(value: number, indicator: Pick<Indicator, "unit" | "decimals">): string {
  return formatInUnit(value, indicator.unit, indicator.decimals);
}

/** A cell as a reader sees it: the number with its qualifiers, or the reason in words. */
export function formatCell(cell: Cell, indicator: Pick<Indicator, "unit" | "decimals">): string {
  if (cell.kind === "missing") return REASON_LABEL[cell.reason];
  const qualifiers = cell.flags.map((f) => FLAG_LABEL[f]);
  const number = formatNumber(cell.value, indicator);
  return qualifiers.length ? `${number} (${qualifiers.join(", ")})` : number;
}

/** The short form for chart labels: the number, or the symbol as published (`[c]`), qualifiers left to the legend. */
export function formatShort(cell: Cell, indicator: Pick<Indicator, "unit" | "decimals">): string {
  if (cell.kind === "missing") return cell.symbol === "" ? "–" : symbolLabel(cell.symbol);
  return formatNumber(cell.value, indicator);
}

/** A share as published: `31%`, or `33.4%` when it has a decimal; the reason in words when there is none. */
export function formatShare(cell: Cell): string {
  if (cell.kind === "missing") return REASON_LABEL[cell.reason];
  return formatNumber(cell.value, { unit: "%", decimals: Number.isInteger(cell.value) ? 0 : 1 });
}
