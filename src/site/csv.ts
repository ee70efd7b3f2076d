import { FLAG_LABEL, REASON_LABEL, symbolLabel, symbolWords } from "../data/symbols.ts";
import type { Cell, Flag, Reason, Source } from "../data/types.ts";
import { asCell } from "../stats/group-rate.ts";
import { ESTIMATE_REASON_LABEL } from "../stats/measures.ts";
import type { View } from "../stats/view-types.ts";
import { citationText } from "../data/citation.ts";
import { formatDate } from "../text/dates.ts";

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

/** A cell as two CSV columns: the number (or the symbol as published), and its qualifier or reason in words. */
function cellColumns(cell: Cell): [string, string] {
  if (cell.kind === "missing") return [symbolLabel(cell.symbol), REASON_LABEL[cell.reason]];
  return [String(cell.value), cell.flags.map((f) => FLAG_LABEL[f]).join("; ")];
}

function sourceColumns(sources: Source[], id: string | null): [string, string] {
  const source = sources.find((s) => s.id === id);
  return source ? [[source.publisher, source.title, formatDate(source.date)].filter(Boolean).join(", "), source.path] : [id ?? "", ""];
}

/** The figures a chart shows, as a table of plain text: header row first. Null for a kind of view this file does not know yet. */
export function viewTable(view: View): { rows: string[][]; cells: Cell[] } | null {
  switch (view.kind) {
    case "trend": {
      const items = view.series
        .flatMap((s) => s.points.map((p) => ({ s, p })))
        .sort((a, b) => a.p.period.start.localeCompare(b.p.period.start) || a.s.label.localeCompare(b.s.label));
      const rows = [
        ["Period", "Period start", "Series", view.indicator.label, "Qualifier or reason", "Source", "Source address"],
        ...items.map(({ s, p }) => [p.period.label, p.period.start, s.label, ...cellColumns(p.cell), ...sourceColumns(view.sources, p.source)]),
      ];
      return { rows, cells: items.map(({ p }) => p.cell) };
    }
    case "breakdown": {
      const rows = [
        [view.by, "Period", view.indicator.label, "Qualifier or reason", "Source", "Source address"],
        ...view.bars.map((b) => [b.label, view.period.label, ...cellColumns(b.cell), ...sourceColumns(view.sources, b.source)]),
      ];
      return { rows, cells: view.bars.map((b) => b.cell) };
    }
    case "multiples": {
      const counts = view.measure.type === "rate";
      const items = view.panels.flatMap((panel) => panel.points.map((p) => ({ panel, p })));
      const rows = [
        [view.breakdown, "Period", "Period start", `Rate per ${view.measure.per}`, ...(counts ? [view.measure.numeratorLabel ?? "", view.measure.denominatorLabel ?? ""] : []), "Qualifier or reason", "Source", "Source address"],
        ...items.map(({ panel, p }) => [
          panel.label,
          p.period.label,
          p.period.start,
          p.rate.kind === "value" ? String(p.rate.value) : counts ? "" : p.rate.symbol,
          ...(counts ? [p.numerator ? cellColumns(p.numerator)[0] : "", p.denominator ? cellColumns(p.denominator)[0] : ""] : []),
          p.rate.kind === "value" ? p.flags.map((f) => FLAG_LABEL[f]).join("; ") : `no rate: ${ESTIMATE_REASON_LABEL[p.rate.reason]}`,
          ...sourceColumns(view.sources, p.source),
        ]),
      ];
      const cells = items.flatMap(({ p }) => (counts ? [p.numerator, p.denominator].filter((c): c is Cell => c !== null) : p.rate.kind === "missing" ? [asCell(p.rate)] : []));
      return { rows, cells };
    }
    default:
      return null;
  }
}

/** The CSV of a chart's figures with its header block; null for a kind of view not handled here. */
export function viewCsv(view: View, about: { licence: string; url?: string }): string | null {
  const table = viewTable(view);
  if (!table) return null;
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
