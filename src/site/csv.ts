import { kindOf } from "../charts/registry.ts";
import { citationText } from "../data/citation.ts";
import { FLAG_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Flag, Reason, Source } from "../data/types.ts";
import type { View } from "../stats/view-types.ts";

/**
 * CSV files for readers: a header block (title, source, licence, notes, symbol key) above the
 * figures, every cell neutralised so a spreadsheet never runs it as a formula.
 */

/** What a download says about itself above its figures. */
export interface CsvHeader {
  title: string;
  subtitle?: string;
  sources: Source[];
  licence: string;
  notes: string[];
  /** The key to every symbol and qualifier in the figures below. */
  symbols: string[];
  /** Where the file was downloaded from, when the site's address is known. */
  url?: string;
}

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

/** The header block: one labelled line each, then a blank line before the figures. The UTF-8 mark lets spreadsheets read accents. */
export function headerBlock(header: CsvHeader): string {
  const lines: string[][] = [[header.title]];
  if (header.subtitle) lines.push([header.subtitle]);
  header.sources.forEach((s, i) => lines.push([`${i === 0 ? (header.sources.length === 1 ? "Source" : "Sources") : ""}`, citationText(s)]));
  lines.push(["Licence", header.licence || "not stated"]);
  header.notes.forEach((n, i) => lines.push([i === 0 ? "Notes" : "", n]));
  header.symbols.forEach((s, i) => lines.push([i === 0 ? "Symbols" : "", s]));
  if (header.url) lines.push(["Downloaded from", header.url]);
  return `\uFEFF${lines.map(csvRow).join("")}\r\n`;
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

/** The CSV of a chart's figures, as its kind writes them, under its header block. */
export function viewCsv(view: View, about: { licence: string; url?: string }): string {
  const table = kindOf(view).csv(view);
  const header: CsvHeader = {
    title: view.title,
    subtitle: view.subtitle,
    sources: view.sources,
    licence: about.licence,
    notes: view.notes,
    symbols: symbolKeyLines(table.cells),
    ...(about.url ? { url: about.url } : {}),
  };
  return headerBlock(header) + table.rows.map(csvRow).join("");
}
