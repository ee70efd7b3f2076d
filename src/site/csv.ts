import { kindOf } from "../charts/registry.ts";
import { FLAG_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Flag, Reason } from "../data/types.ts";
import type { View } from "../stats/view-types.ts";
import type { About } from "./readme.ts";

/**
 * CSV files for readers, as Our World in Data writes them: the header on line 1 and one row per
 * figure, so any tool reads them as they are; the title, sources, notes and symbol key travel in a
 * readme beside them. Every cell is neutralised so a spreadsheet never runs it as a formula.
 */

/** A plain number as a spreadsheet reads it: left as is, even with a leading minus. */
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Prefixes text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) with `'`. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field: neutralised, then quoted when it holds a comma, quote, line break or edge space. */
export function csvField(text: string): string {
  const safe = neutralise(text);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line (CRLF-terminated, as RFC 4180 and spreadsheets expect). */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** The header line of a CSV: first in the file, after the UTF-8 mark that lets spreadsheets read accents. */
export function csvHeader(cells: readonly string[]): string {
  return `\uFEFF${csvRow(cells)}`;
}

/** The key line for a symbol as published, or a qualifier. */
export function symbolLine(symbol: string, reason: Reason): string {
  return `${symbol === "" ? "(blank)" : symbolLabel(symbol)}: ${symbolWords(symbol, reason)}; never counted as zero`;
}

function flagLine(flag: Flag): string {
  return `${FLAG_LABEL[flag]}: a figure published with this qualifier; shown as a hollow marker on the chart`;
}

/** The symbol key for the cells of a view. */
export function symbolKeyLines(cells: readonly Cell[]): string[] {
  const symbols = new Map<string, string>();
  const flags = new Set<Flag>();
  for (const cell of cells) {
    if (cell.kind === "missing") symbols.set(cell.symbol, symbolLine(cell.symbol, cell.reason));
    else cell.flags.forEach((f) => flags.add(f));
  }
  return [...symbols.values(), ...[...flags].map(flagLine)];
}

/** The CSV of a chart's figures, as its kind writes them: the header on line 1, one row per figure. */
export function viewCsv(view: View): string {
  const [header, ...rows] = kindOf(view).csv(view).rows;
  return csvHeader(header!) + rows.map(csvRow).join("");
}

/** What a chart's figures need beside them to be read right: title, sources, licence, notes and the key to every symbol. */
export function viewAbout(view: View, about: { licence: string; url?: string }): About {
  return {
    title: view.title,
    subtitle: view.subtitle,
    sources: view.sources,
    licence: about.licence,
    notes: view.notes,
    symbols: symbolKeyLines(kindOf(view).csv(view).cells),
    ...(about.url ? { url: about.url } : {}),
  };
}
