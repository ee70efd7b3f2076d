import { parseCell } from "./cell.ts";
import { GEOGRAPHY_COLUMNS } from "./columns.ts";
import { parsePeriod } from "./period.ts";
import type { ColumnPlan } from "./plan.ts";
import { messages } from "./problems.ts";
import { symbolMeaning } from "./symbols.ts";
import type { Cell, Filter, Geography, Indicator, Period, Problem } from "./types.ts";

/**
 * The streaming reader of a data file's rows: each row is checked and folded into a compact
 * table as it arrives, so a file is read once and no text row is kept.
 */

/** One row of the data as numbers and indices into the table's lists. */
export interface Observation {
  period: number;
  place: number;
  /** Level index per filter, in `Table.filters` order. */
  levels: number[];
  cells: Cell[];
  /** Index into `Table.sourceIds`, or -1. */
  source: number;
  line: number;
}

/** How many rows came in and what became of them: read = used + rejected, always. */
export interface RowCount {
  read: number;
  used: number;
  rejectedLines: number[];
}

/** A file's data, typed and checked. */
export interface Table {
  file: string;
  periods: Period[];
  places: Geography[];
  filters: Filter[];
  indicators: Indicator[];
  sourceIds: string[];
  observations: Observation[];
  /** Per indicator column, how often each symbol stood in place of a number. */
  symbolCounts: Record<string, Record<string, number>>;
  metaInferred: boolean;
  rows: RowCount;
}

/** Messages of one kind beyond this many are summed up, so a broken large file stays readable. */
const MAX_PER_KIND = 20;

/** A problem log that keeps the first few of each kind and counts the rest. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  private readonly counts = new Map<string, number>();

  /** Records a problem, keyed by its kind and column, keeping at most a few of each. */
  add(kind: string, p: Problem): void {
    const key = `${kind}|${p.columnName ?? ""}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n <= MAX_PER_KIND) this.problems.push(p);
  }

  /** Problems as recorded, with a closing line for each kind that went past the limit. */
  all(file: string): Problem[] {
    const extra: Problem[] = [];
    for (const [key, n] of this.counts) {
      if (n > MAX_PER_KIND) {
        const [kind, column] = key.split("|");
        extra.push({
          severity: this.problems.find((p) => `${p.columnName ?? ""}` === column)?.severity ?? "error",
          file,
          ...(column ? { columnName: column } : {}),
          message: `${n - MAX_PER_KIND} more problems like the ones above (${kind}${column ? ` in column "${column}"` : ""}).`,
          fix: "Fix the ones listed and run the check again.",
        });
      }
    }
    return [...this.problems, ...extra];
  }
}

/** Hands out a stable index per distinct key: dictionary encoding for periods, places and levels. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  indexOf(key: string, make: () => T): number {
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(make());
      this.index.set(key, i);
    }
    return i;
  }
}

/** The reducer for one file: feed it rows with their line numbers, then finish. */
export interface Ingest {
  row(cells: string[], line: number): void;
  finish(): { table: Table; problems: Problem[] };
}

/** Starts reading a file's rows against its column plan. */
export function createIngest(file: string, plan: ColumnPlan): Ingest {
  const log = new ProblemLog();
  const periods = new Dictionary<Period>();
  const places = new Dictionary<Geography>();
  const levels = plan.filters.map(() => new Dictionary<string>());
  const sources = new Dictionary<string>();
  const observations: Observation[] = [];
  const rows: RowCount = { read: 0, used: 0, rejectedLines: [] };
  const periodCache = new Map<string, number | "error">();
  const blanks = plan.indicators.map(() => ({ count: 0, lines: [] as number[] }));
  const symbolCounts: Record<string, Record<string, number>> = {};
  for (const { indicator } of plan.indicators) symbolCounts[indicator.column] = {};
  const width = plan.header.length;
  const unknownLevels = new Set<string>();

  const at = (line: number, index: number, value: string) => ({
    file,
    line,
    column: index + 1,
    columnName: plan.header[index] ?? "",
    value,
  });

  function readPeriod(cells: string[], line: number): number | null {
    const tp = cells[plan.timePeriod] ?? "";
    const ti = cells[plan.timeIdentifier] ?? "";
    const key = `${tp}|${ti}`;
    const cached = periodCache.get(key);
    if (cached !== undefined && cached !== "error") return cached;
    const result = parsePeriod(tp, ti);
    if (result.kind === "error") {
      const index = result.code === "unknown-identifier" || result.code === "bad-week" ? plan.timeIdentifier : plan.timePeriod;
      log.add(`period:${result.code}`, messages.badPeriod(at(line, index, index === plan.timePeriod ? tp : ti), result.code, ti.trim()));
      periodCache.set(key, "error");
      return null;
    }
    if (result.repair && cached === undefined) log.add("period:repair", messages.slashedPeriod(at(line, plan.timePeriod, tp)));
    const i = periods.indexOf(result.period.key, () => result.period);
    periodCache.set(key, i);
    return i;
  }

  function readPlace(cells: string[], line: number): number {
    const level = (cells[plan.level] ?? "").trim();
    const columns = GEOGRAPHY_COLUMNS[level];
    if (!columns) {
      if (!unknownLevels.has(level)) log.add("level", messages.unknownLevel(at(line, plan.level, level)));
      unknownLevels.add(level);
      return places.indexOf(`${level}||`, () => ({ key: `${level}||`, level, code: "", name: level }));
    }
    const codeColumn = columns.code.find((c) => plan.places[c] !== undefined && (cells[plan.places[c]!] ?? "").trim() !== "");
    const code = codeColumn ? (cells[plan.places[codeColumn]!] ?? "").trim() : "";
    const nameIndex = plan.places[columns.name];
    const name = nameIndex === undefined ? "" : (cells[nameIndex] ?? "").trim();
    if (name === "") {
      const index = nameIndex ?? plan.level;
      log.add("place:name", { ...messages.missingPlace(at(line, index, ""), level), columnName: columns.name });
    }
    const key = `${level}|${code}|${name}`;
    return places.indexOf(key, () => ({ key, level, code, name: name || level }));
  }

  return {
    row(cells, line) {
      rows.read++;
      if (cells.length !== width) {
        log.add("ragged", messages.raggedRow({ file, line }, cells.length, width));
        rows.rejectedLines.push(line);
        return;
      }
      const period = readPeriod(cells, line);
      let ok = period !== null;
      const place = readPlace(cells, line);
      const values: Cell[] = new Array(plan.indicators.length);
      plan.indicators.forEach(({ index, indicator }, k) => {
        const raw = cells[index]!;
        const result = parseCell(raw);
        if (result.kind === "error") {
          log.add(`cell:${result.code}`, messages.badCell(at(line, index, raw), result.code));
          ok = false;
          return;
        }
        let cell: Cell;
        if (result.kind === "repaired") {
          log.add("cell:thousands", messages.repairedThousands(at(line, index, raw.trim())));
          cell = result.cell;
        } else cell = result;
        if (cell.kind === "missing") {
          const counts = symbolCounts[indicator.column]!;
          counts[cell.symbol] = (counts[cell.symbol] ?? 0) + 1;
          if (cell.reason === "blank") {
            const b = blanks[k]!;
            b.count++;
            if (b.lines.length < 5) b.lines.push(line);
          }
        }
        values[k] = cell;
      });
      if (!ok) {
        rows.rejectedLines.push(line);
        return;
      }
      const filterLevels = plan.filters.map(({ index }, k) => {
        const level = cells[index]!.trim();
        return levels[k]!.indexOf(level, () => level);
      });
      const sourceText = plan.source >= 0 ? cells[plan.source]!.trim() : "";
      const source = sourceText === "" ? -1 : sources.indexOf(sourceText, () => sourceText);
      observations.push({ period: period!, place, levels: filterLevels, cells: values, source, line });
      rows.used++;
    },

    finish() {
      plan.indicators.forEach(({ index, indicator }, k) => {
        const b = blanks[k]!;
        if (b.count > 0) log.add("blank", messages.blankCells(at(b.lines[0]!, index, ""), b.count, b.lines));
        for (const [symbol, count] of Object.entries(symbolCounts[indicator.column]!)) {
          if (symbol !== "" && symbolMeaning(symbol.replace(/^\[|\]$/g, ""))?.legacy) {
            log.add("legacy", messages.legacySymbol({ file, column: index + 1, columnName: indicator.column }, symbol, count));
          }
        }
      });
      const filters = plan.filters.map(({ filter }, k) => {
        const found = levels[k]!.items;
        return { ...filter, levels: found, total: found.find((l) => /^total$/i.test(l)) ?? null };
      });
      return {
        table: {
          file,
          periods: periods.items,
          places: places.items,
          filters,
          indicators: plan.indicators.map((i) => i.indicator),
          sourceIds: sources.items,
          observations,
          symbolCounts,
          metaInferred: plan.inferred,
          rows,
        },
        problems: log.all(file),
      };
    },
  };
}
