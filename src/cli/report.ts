import type { Table } from "../data/ingest.ts";
import { count, formatProblem, plural, summaries, visible } from "../data/problems.ts";
import { SHAPE_WORDS, type ColumnReading, type Reading } from "../data/reading.ts";
import type { Problem } from "../data/types.ts";

/**
 * What `npm run check` prints for a file: every problem as `file:line:column  severity  message`,
 * in the order of the file, then a summary of what was read and whether the dashboard can use it.
 */

/** A checked data file: its name in messages, its table if one could be read, and every problem. */
export interface CheckedFile {
  file: string;
  table: Table | null;
  problems: Problem[];
  /** Rows not read because the header or meta file had errors. */
  unread: number;
}

/** Problems in the order a publisher fixes them: whole-file ones first, then by line. */
export function inFileOrder(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Every line printed for one file. */
export function fileReport(checked: CheckedFile): string[] {
  return [...inFileOrder(checked.problems).map(formatProblem), ...summary(checked)];
}

/** The summary: rows, columns, filters and indicators, symbols, periods and places, and the verdict. */
export function summary({ file, table, problems, unread }: CheckedFile): string[] {
  const lines = [`${visible(file, 300)}:`];
  if (table) {
    lines.push(...readingLines(table.reading));
    const { rows } = table;
    const rejected = rows.rejectedLines.length;
    const where = rejected ? ` (${rejected === 1 ? "line" : "lines"} ${shortList(rows.rejectedLines.map(String))})` : "";
    const ignored = rows.ignored ? `, ${count(rows.ignored)} not read at levels EES ignores in such a file` : "";
    lines.push(`  rows: ${count(rows.read)} read, ${count(rows.used)} used, ${count(rejected)} rejected${where}${ignored}`);
    const roles = table.metaInferred ? "inferred, as there is no meta file" : "as the meta file says";
    lines.push(`  columns: ${count(table.columns.length)}; ${plural(table.filters.length, "filter")} and ${plural(table.indicators.length, "indicator")}, ${roles}`);
    lines.push(`  filters: ${shortList(table.filters.map((f) => `${visible(f.column)} (${plural(f.levels.length, "level")})`)) || "none"}`);
    lines.push(`  indicators: ${shortList(table.indicators.map((i) => visible(i.column))) || "none"}`);
    for (const indicator of table.indicators) {
      const symbols = Object.entries(table.symbolCounts[indicator.column] ?? {}).map(([s, n]) => `${s === "" ? "blank" : visible(s)} ${count(n)}`);
      if (symbols.length) lines.push(`  symbols in ${visible(indicator.column)}: ${symbols.join(", ")}`);
    }
    lines.push(`  periods: ${periodRange(table)}`);
    lines.push(`  places: ${placeLevels(table)}`);
  } else if (unread > 0) {
    lines.push(`  rows: ${count(unread)} not read`);
  }
  lines.push(`  ${verdict(problems)}`);
  return lines;
}

/** Whether the dashboard can use the file, and how many problems stand in the way or will be shown. */
export function verdict(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error").length;
  return summaries.verdict(errors, problems.length - errors);
}

/** The closing line after every file: how many were checked and how many stop the build. */
export function totals(files: CheckedFile[]): string {
  const failing = files.filter((f) => f.problems.some((p) => p.severity === "error")).length;
  const warnings = files.reduce((n, f) => n + f.problems.filter((p) => p.severity === "warning").length, 0);
  return summaries.totals(files.length, failing, warnings);
}

function periodRange(table: Table): string {
  if (table.periods.length === 0) return "none";
  const sorted = [...table.periods].sort((a, b) => a.start.localeCompare(b.start));
  const kinds = [...new Set(sorted.flatMap((p) => (p.timeIdentifier ? [visible(p.timeIdentifier)] : [])))];
  const span = sorted.length === 1 ? sorted[0]!.label : `${sorted[0]!.label} to ${sorted.at(-1)!.label}`;
  return `${count(sorted.length)}, ${visible(span)}${kinds.length ? ` (${shortList(kinds)})` : ""}`;
}

function placeLevels(table: Table): string {
  const levels = new Map<string, number>();
  for (const p of table.places) if (p.level !== "") levels.set(p.level, (levels.get(p.level) ?? 0) + 1);
  return shortList([...levels].map(([level, n]) => `${visible(level)} ${count(n)}`)) || "none";
}

/** A list cut to its first ten, so a file of 5,000 columns stays readable. */
function shortList(items: string[]): string {
  if (items.length <= 10) return items.join(", ");
  return `${items.slice(0, 10).join(", ")} and ${count(items.length - 10)} more`;
}

/** Columns listed one by one; a wider file lists its first ones. */
const COLUMNS_LISTED = 30;

const ROLE_WORDS: Record<ColumnReading["role"], string> = {
  "time-period": "the period (time_period)",
  "time-identifier": "what kind of period (time_identifier)",
  level: "the geographic level",
  period: "the period",
  place: "the place",
  "place-code": "the place's code",
  filter: "a breakdown (filter)",
  "filter-group": "headings for a breakdown's levels",
  indicator: "numbers (indicator)",
  "indicator-name": "the name of each row's indicator",
  value: "the value of each row's indicator",
  "period-column": "one period's numbers",
  "group-column": "one group's numbers",
  source: "each row's source",
  ignored: "not read",
};

const FROM_WORDS: Record<ColumnReading["from"], string> = {
  standard: "as the EES standard names it",
  meta: "as the meta file says",
  descriptor: "as the descriptor says",
  name: "by its name",
  contents: "by its contents",
};

/** How the file was read: its shape, where its header is, what it said besides its table, and each column's role and why. */
export function readingLines(reading: Reading): string[] {
  const lines = [`  shape: ${SHAPE_WORDS[reading.shape]}; header on line ${reading.headerLine}`];
  if (reading.title) lines.push(`  title: ${visible(reading.title, 200)}`);
  if (reading.notes.length || reading.sources.length) lines.push(`  kept from outside the table: ${plural(reading.notes.length, "note")}, ${plural(reading.sources.length, "source line")}`);
  lines.push("  columns as read:");
  for (const c of reading.columns.slice(0, COLUMNS_LISTED)) {
    const detail = c.detail ? `; ${visible(c.detail, 200)}` : "";
    lines.push(`    ${c.column} ${visible(c.name)}: ${ROLE_WORDS[c.role]}, ${FROM_WORDS[c.from]}${detail}`);
  }
  if (reading.columns.length > COLUMNS_LISTED) lines.push(`    and ${count(reading.columns.length - COLUMNS_LISTED)} more`);
  lines.push(`  to read a column another way, give it a role in the descriptor: "columns": { "<header>": { "role": "filter" } } (period, place, place-code, level, filter, indicator, indicator-name, value, source or ignore); see data/README.md`);
  return lines;
}
