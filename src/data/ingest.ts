import { parseCell } from "./cell.ts";
import { GEOGRAPHY_COLUMNS } from "./columns.ts";
import { parsePeriod, type PeriodErrorCode } from "./period.ts";
import type { ColumnPlan } from "./plan.ts";
import { messages } from "./problems.ts";
import { symbolMeaning } from "./symbols.ts";
import type { Cell, Filter, Geography, Indicator, MissingCell, Period, Problem } from "./types.ts";

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
  private readonly kinds = new Map<string, { first: Problem; count: number; lines: number[] }>();

  /** Records a problem, keyed by its kind and column, keeping at most a few of each. */
  add(kind: string, p: Problem): void {
    const key = `${kind}|${p.columnName ?? ""}`;
    const seen = this.kinds.get(key);
    if (!seen) {
      this.kinds.set(key, { first: p, count: 1, lines: [] });
      this.problems.push(p);
      return;
    }
    seen.count++;
    if (seen.count <= MAX_PER_KIND) this.problems.push(p);
    else if (seen.lines.length < 5 && p.line !== undefined) seen.lines.push(p.line);
  }

  /** Problems as recorded, with a closing line for each kind that went past the limit. */
  all(): Problem[] {
    const extra: Problem[] = [];
    for (const { first, count, lines } of this.kinds.values()) {
      if (count > MAX_PER_KIND) extra.push(messages.moreLikeThis(first, count - MAX_PER_KIND, lines));
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

/** How often each symbol stood in one indicator column, where it was first seen, and where blanks were. */
class SymbolTally {
  readonly counts: Record<string, number> = {};
  readonly firstLine = new Map<string, number>();
  blanks = 0;
  readonly blankLines: number[] = [];

  add(cell: MissingCell, line: number): void {
    const n = this.counts[cell.symbol];
    if (n === undefined) {
      this.counts[cell.symbol] = 1;
      this.firstLine.set(cell.symbol, line);
    } else this.counts[cell.symbol] = n + 1;
    if (cell.reason === "blank") {
      this.blanks++;
      if (this.blankLines.length < 5) this.blankLines.push(line);
    }
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
  /** Period index, or why it failed, by time_identifier then time_period: each pair is parsed once. */
  const periodCache = new Map<string, Map<string, number | PeriodErrorCode>>();
  const indicators = plan.indicators;
  const tallies = indicators.map(() => new SymbolTally());
  const symbolCounts: Record<string, Record<string, number>> = {};
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
    const tp = cells[plan.timePeriod]!;
    const ti = cells[plan.timeIdentifier]!;
    let byIdentifier = periodCache.get(ti);
    if (!byIdentifier) periodCache.set(ti, (byIdentifier = new Map()));
    let cached = byIdentifier.get(tp);
    if (cached === undefined) {
      const result = parsePeriod(tp, ti);
      if (result.kind === "error") cached = result.code;
      else {
        if (result.repair) log.add("period:repair", messages.slashedPeriod(at(line, plan.timePeriod, tp)));
        cached = periods.indexOf(result.period.key, () => result.period);
      }
      byIdentifier.set(tp, cached);
    }
    if (typeof cached === "number") return cached;
    // Every row with a bad period is reported (the log keeps the first few), not just the first.
    const index = cached === "unknown-identifier" || cached === "bad-week" ? plan.timeIdentifier : plan.timePeriod;
    log.add(`period:${cached}`, messages.badPeriod(at(line, index, index === plan.timePeriod ? tp : ti), cached, ti.trim()));
    return null;
  }

  function readPlace(cells: string[], line: number): number {
    const level = cells[plan.level]!.trim();
    const columns = GEOGRAPHY_COLUMNS[level];
    if (!columns) {
      if (!unknownLevels.has(level)) log.add("level", messages.unknownLevel(at(line, plan.level, level)));
      unknownLevels.add(level);
      return places.indexOf(`${level}||`, () => ({ key: `${level}||`, level, code: "", name: level }));
    }
    let code = "";
    for (const c of columns.code) {
      const index = plan.places[c];
      if (index !== undefined && (code = cells[index]!.trim()) !== "") break;
    }
    const nameIndex = plan.places[columns.name];
    const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
    if (nameIndex === undefined) {
      log.add(`place:column:${level}`, messages.missingPlaceColumn({ file, line, columnName: columns.name }, level));
    } else if (name === "") {
      log.add("place:name", messages.missingPlace(at(line, nameIndex, ""), level));
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
      const values: Cell[] = new Array(indicators.length);
      for (let k = 0; k < indicators.length; k++) {
        const index = indicators[k]!.index;
        const raw = cells[index]!;
        const result = parseCell(raw);
        if (result.kind === "error") {
          log.add(`cell:${result.code}`, messages.badCell(at(line, index, raw), result.code));
          ok = false;
        } else if (result.kind === "repaired") {
          log.add("cell:thousands", messages.repairedThousands(at(line, index, raw.trim())));
          values[k] = result.cell;
        } else values[k] = result;
      }
      if (!ok) {
        rows.rejectedLines.push(line);
        return;
      }
      // Symbols are counted on the rows used, so the counts describe the table as read.
      for (let k = 0; k < indicators.length; k++) {
        const cell = values[k]!;
        if (cell.kind === "missing") tallies[k]!.add(cell, line);
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
      indicators.forEach(({ index, indicator }, k) => {
        const tally = tallies[k]!;
        const place = { file, column: index + 1, columnName: indicator.column };
        if (tally.blanks > 0) log.add("blank", messages.blankCells({ ...place, line: tally.blankLines[0]! }, tally.blanks, tally.blankLines));
        for (const [symbol, count] of Object.entries(tally.counts)) {
          if (symbol !== "" && symbolMeaning(symbol.replace(/^\[|\]$/g, ""))?.legacy) {
            log.add("legacy", messages.legacySymbol({ ...place, line: tally.firstLine.get(symbol)! }, symbol, count));
          }
        }
        symbolCounts[indicator.column] = tally.counts;
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
        problems: log.all(),
      };
    },
  };
}
