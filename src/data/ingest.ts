import { numberCell, parseCell, plainNumber } from "./cell.ts";
import { ColumnTally } from "./column-tally.ts";
import { GEOGRAPHY_COLUMNS, legacyIdentifier, standardLevel } from "./columns.ts";
import { labelConcern } from "./label.ts";
import { parsePeriod, type PeriodErrorCode } from "./period.ts";
import type { ColumnPlan } from "./plan.ts";
import { ProblemLog } from "./problem-log.ts";
import { messages } from "./problems.ts";
import { KEEP_LIMIT, RowStore, type Kept } from "./row-store.ts";
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
  /** The header's column names, standard spellings. */
  columns: string[];
  periods: Period[];
  places: Geography[];
  filters: Filter[];
  indicators: Indicator[];
  sourceIds: string[];
  /** The first line citing each source, in `sourceIds` order. */
  sourceLines: number[];
  /** The rows held for charts and tables: every used row, or for a large file those the pages draw (see `kept`). */
  observations: Observation[];
  /** Which used rows `observations` holds. */
  kept: Kept;
  /** Per indicator column, how often each symbol stood in place of a number. */
  symbolCounts: Record<string, Record<string, number>>;
  metaInferred: boolean;
  rows: RowCount;
}

/** Hands out a stable index per distinct key: dictionary encoding for periods, places and levels. */
class Dictionary<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();
  /** The key's index, or -1 when it is new. */
  find(key: string): number {
    return this.index.get(key) ?? -1;
  }
  add(key: string, item: T): number {
    this.items.push(item);
    this.index.set(key, this.items.length - 1);
    return this.items.length - 1;
  }
}

/** Distinct numbers whose cells held rows share; past this, each new number has its own. */
const MAX_SHARED_NUMBERS = 50_000;
/** Numbers from this up are not shared. */
const SHARED_BELOW = 10_000;

/** Longest text a time, place, filter or source cell may hold. */
const LONGEST_LABEL = 1000;

/** A period as parsed, and its index in the table once a used row has it (-1 until then). */
interface PeriodEntry {
  period: Period;
  index: number;
}

/** The reducer for one file: feed it rows with their line numbers, then finish. */
export interface Ingest {
  row(cells: string[], line: number): void;
  finish(): { table: Table; problems: Problem[] };
}

/** Which rows a large file's table holds, by column name (see `RowStore`). */
export interface KeepOptions {
  limit?: number;
  /** Filters that do not count towards a row's distance from the totals (a topic's groups). */
  uncounted?: readonly string[];
  /** Filter levels a featured view fixes, and the filter it splits by. */
  pinned?: readonly { where: Record<string, string>; by?: string }[];
  /** Geographic levels a featured view draws over time, held whole like the widest. */
  wholeLevels?: readonly string[];
}

/** Starts reading a file's rows against its column plan. */
export function createIngest(file: string, plan: ColumnPlan, keep: KeepOptions = {}): Ingest {
  const log = new ProblemLog();
  const periods = new Dictionary<Period>();
  const places = new Dictionary<Geography>();
  const levels = plan.filters.map(() => new Dictionary<string>());
  const sources = new Dictionary<string>();
  const filterIndex = (column: string | undefined) => plan.filters.findIndex((f) => f.filter.column === column);
  const store = new RowStore<Observation>({
    limit: keep.limit ?? KEEP_LIMIT,
    counted: plan.filters.map((f) => !keep.uncounted?.includes(f.filter.column)),
    pinned: (keep.pinned ?? []).map((p) => ({
      by: filterIndex(p.by),
      where: new Map(Object.entries(p.where).map(([column, level]) => [filterIndex(column), level])),
    })),
    wholeLevels: keep.wholeLevels ?? [],
  });
  /** The row's filter levels, reused from row to row; copied only for a row the store holds. */
  const sourceLines: number[] = [];
  /** The last good period and the last source, as written, for rows in runs. */
  let lastPeriod: { tp: string; ti: string; entry: PeriodEntry } | null = null;
  let lastSource = { written: "", index: -1 };
  const rowLevels = new Array<number>(plan.filters.length).fill(0);
  const rows: RowCount = { read: 0, used: 0, rejectedLines: [] };
  /** Period index, or why it failed, by time_identifier then time_period: each pair is parsed once. */
  const periodCache = new Map<string, Map<string, PeriodEntry | PeriodErrorCode>>();
  const { indicators, filters } = plan;
  const tallies = indicators.map(({ indicator }) => new ColumnTally(indicator, !plan.inferred));
  const width = plan.header.length;
  const indicatorColumns = new Set(indicators.map((i) => i.index));
  /** Every column read as text: time, place, filters, source. */
  const textColumns = plan.header.map((_, i) => i).filter((i) => !indicatorColumns.has(i));
  const unknownLevels = new Set<string>();
  /** Every column that says where a row is, and the last row's cells and place, for rows in runs. */
  const placeColumns = [plan.level, ...Object.values(plan.places)];
  let lastPlaceCells: string[] | null = null;
  let lastPlace = -1;
  /** Each filter's last cell as written and its level index, for the same reason. */
  const lastLevelText: (string | null)[] = plan.filters.map(() => null);
  const lastLevel: number[] = plan.filters.map(() => -1);

  const at = (line: number, index: number, value: string) => ({
    file,
    line,
    column: index + 1,
    columnName: plan.header[index] ?? "",
    value,
  });

  /** Text seen for the first time in a label column: a formula or markup is worth a warning. */
  function firstSight(text: string, line: number, index: number): void {
    const concern = labelConcern(text);
    if (concern) log.add(`label:${concern}`, messages.oddLabel(at(line, index, text), concern));
  }

  /** The row's period, placed once per distinct pair and numbered when a used row first has it; null when it is bad. */
  function readPeriod(cells: string[], line: number): PeriodEntry | null {
    const tp = cells[plan.timePeriod]!;
    // Older files have no time_identifier: the number of digits says which kind of year.
    const ti = plan.timeIdentifier >= 0 ? cells[plan.timeIdentifier]! : legacyIdentifier(tp);
    // Files are sorted by period: a row in the same good period as the last costs two comparisons.
    if (lastPeriod && tp === lastPeriod.tp && ti === lastPeriod.ti) return lastPeriod.entry;
    let byIdentifier = periodCache.get(ti);
    if (!byIdentifier) periodCache.set(ti, (byIdentifier = new Map()));
    let cached = byIdentifier.get(tp);
    if (cached === undefined) {
      const result = parsePeriod(tp, ti);
      if (result.kind === "error") cached = result.code;
      else {
        if (result.repair) log.add("period:repair", messages.slashedPeriod(at(line, plan.timePeriod, tp)));
        cached = { period: result.period, index: -1 };
      }
      byIdentifier.set(tp, cached);
    }
    if (typeof cached === "object") {
      lastPeriod = { tp, ti, entry: cached };
      return cached;
    }
    // Every row with a bad period is reported (the log keeps the first few), not just the first.
    const onIdentifier = (cached === "unknown-identifier" || cached === "bad-week") && plan.timeIdentifier >= 0;
    const index = onIdentifier ? plan.timeIdentifier : plan.timePeriod;
    log.add(`period:${cached}`, messages.badPeriod(at(line, index, onIdentifier ? ti : tp), cached, ti.trim()));
    return null;
  }

  /** The period's index in the table; `2014/15` and `201415` share one. */
  function periodIndex(entry: PeriodEntry): number {
    if (entry.index < 0) {
      const key = entry.period.key;
      entry.index = periods.find(key);
      if (entry.index < 0) entry.index = periods.add(key, entry.period);
    }
    return entry.index;
  }

  /** The row's place; a row at the same place as the one before (files are sorted by place) costs a few comparisons. */
  function readPlace(cells: string[], line: number): number {
    if (lastPlaceCells !== null && placeColumns.every((i) => cells[i] === lastPlaceCells![i])) return lastPlace;
    lastPlaceCells = cells;
    lastPlace = findPlace(cells, line);
    return lastPlace;
  }

  function findPlace(cells: string[], line: number): number {
    const written = cells[plan.level]!.trim();
    const level = standardLevel(written);
    if (level === undefined) {
      if (!unknownLevels.has(written)) log.add("level", messages.unknownLevel(at(line, plan.level, written)));
      unknownLevels.add(written);
      const key = `${written}||`;
      const i = places.find(key);
      return i >= 0 ? i : places.add(key, { key, level: written, code: "", name: written });
    }
    const columns = GEOGRAPHY_COLUMNS[level]!;
    let code = "";
    for (const c of columns.code) {
      const index = plan.places[c];
      if (index !== undefined && (code = cells[index]!.trim()) !== "") break;
    }
    const nameIndex = plan.places[columns.name];
    const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
    const key = `${level}|${code}|${name}`;
    const i = places.find(key);
    if (i >= 0) return i;
    // Said once per place, at its first row.
    if (nameIndex === undefined) {
      log.add(`place:column:${level}`, messages.missingPlaceColumn({ file, line, columnName: columns.name }, level));
    } else if (name === "") {
      log.add("place:name", messages.missingPlace(at(line, nameIndex, ""), level));
    } else firstSight(name, line, nameIndex);
    return places.add(key, { key, level, code, name: name || level, ...regionOf(cells, level) });
  }

  /** The region a local row names in its own region columns, so a place can be set beside its region. */
  function regionOf(cells: string[], level: string): { parent?: { code: string; name: string } } {
    if (level === "National" || level === "Regional") return {};
    const codeIndex = plan.places["region_code"];
    const nameIndex = plan.places["region_name"];
    const code = codeIndex === undefined ? "" : cells[codeIndex]!.trim();
    const name = nameIndex === undefined ? "" : cells[nameIndex]!.trim();
    return code || name ? { parent: { code, name } } : {};
  }

  /** A label longer than any real one is a broken export; it would be repeated on every page that shows it. */
  function textFits(cells: string[], line: number): boolean {
    let ok = true;
    for (const index of textColumns) {
      const text = cells[index]!;
      if (text.length <= LONGEST_LABEL) continue;
      log.add("text:long", messages.labelTooLong(at(line, index, text), LONGEST_LABEL));
      ok = false;
    }
    return ok;
  }

  /**
   * The row's cells, reused from row to row so a row that is not held builds nothing: a plain
   * number's value, or else the cell as read.
   */
  const plainValues = new Float64Array(indicators.length);
  const values: (Cell | null)[] = new Array(indicators.length).fill(null);

  /** Held rows share their filter levels and plain numbers with earlier rows, as files repeat both; shared parts are frozen. */
  const sharedLevels = new Map<string, number[]>();
  const sharedNumbers = new Map<number, Cell>();
  const heldLevels = (): number[] => {
    const key = rowLevels.join(",");
    let found = sharedLevels.get(key);
    if (!found) sharedLevels.set(key, (found = Object.freeze(rowLevels.slice()) as number[]));
    return found;
  };
  const heldCells = (): Cell[] =>
    values.map((cell, k) => {
      if (cell) return cell;
      const value = plainValues[k]!;
      // Counts under 10,000 and rates repeat across a file; larger numbers seldom do.
      if (value >= SHARED_BELOW) return numberCell(value);
      let shared = sharedNumbers.get(value);
      if (!shared) {
        shared = Object.freeze(numberCell(value));
        if (sharedNumbers.size < MAX_SHARED_NUMBERS) sharedNumbers.set(value, shared);
      }
      return shared;
    });

  function readCells(cells: string[], line: number): boolean {
    let ok = true;
    for (let k = 0; k < indicators.length; k++) {
      const index = indicators[k]!.index;
      const raw = cells[index]!;
      const plain = plainNumber(raw);
      if (plain === plain) {
        plainValues[k] = plain;
        values[k] = null;
        continue;
      }
      const result = parseCell(raw);
      if (result.kind === "error") {
        log.add(`cell:${result.code}`, messages.badCell(at(line, index, raw), result.code));
        ok = false;
      } else if (result.kind === "repaired") {
        log.add("cell:thousands", messages.repairedThousands(at(line, index, raw.trim())));
        values[k] = result.cell;
      } else values[k] = result;
    }
    return ok;
  }

  function readLevels(cells: string[], line: number, found: number[]): void {
    for (let k = 0; k < filters.length; k++) {
      const index = filters[k]!.index;
      const written = cells[index]!;
      if (written === lastLevelText[k]) {
        found[k] = lastLevel[k]!;
        continue;
      }
      const text = written.trim();
      const dictionary = levels[k]!;
      let i = dictionary.find(text);
      if (i < 0) {
        firstSight(text, line, index);
        i = dictionary.add(text, text);
        store.level(k, i, text);
      }
      lastLevelText[k] = written;
      found[k] = lastLevel[k] = i;
    }
  }

  return {
    row(cells, line) {
      rows.read++;
      if (cells.length !== width) {
        log.add("ragged", messages.raggedRow({ file, line }, cells.length, width));
        rows.rejectedLines.push(line);
        return;
      }
      const fits = textFits(cells, line);
      const period = fits ? readPeriod(cells, line) : null;
      if (!readCells(cells, line) || period === null) {
        rows.rejectedLines.push(line);
        return;
      }
      // Periods, places and levels are taken from used rows only, so the table lists none without data.
      const place = readPlace(cells, line);
      // Symbols and numbers are tallied on the rows used, so the counts describe the table as read.
      for (let k = 0; k < indicators.length; k++) {
        const cell = values[k] ?? null;
        if (cell === null) tallies[k]!.value(plainValues[k]!, line);
        else if (cell.kind === "missing") tallies[k]!.missing(cell, line);
        else tallies[k]!.value(cell.value, line);
      }
      let source = -1;
      if (plan.source >= 0) {
        const written = cells[plan.source]!;
        if (written === lastSource.written) source = lastSource.index;
        else {
          const text = written.trim();
          if (text !== "") source = sources.find(text);
          if (text !== "" && source < 0) {
            source = sources.add(text, text);
            sourceLines.push(line);
          }
          lastSource = { written, index: source };
        }
      }
      readLevels(cells, line, rowLevels);
      const index = periodIndex(period);
      const level = places.items[place]!.level;
      const start = period.period.start;
      if (store.accepts(rowLevels, level, place, start)) store.add({ period: index, place, levels: heldLevels(), cells: heldCells(), source, line }, level, place, start);
      rows.used++;
    },

    finish() {
      // Keyed by column names from the file: no prototype, so a column called __proto__ is just a key.
      const symbolCounts: Record<string, Record<string, number>> = Object.create(null);
      indicators.forEach(({ index, indicator }, k) => {
        const tally = tallies[k]!;
        for (const p of tally.problems({ file, column: index + 1, columnName: indicator.column })) log.add(`column:${p.message}`, p);
        symbolCounts[indicator.column] = tally.counts;
      });
      return {
        table: {
          file,
          columns: plan.header,
          periods: periods.items,
          places: places.items,
          filters: filters.map(({ filter }, k) => {
            const found = levels[k]!.items;
            return { ...filter, levels: found, total: found.find((l) => /^total$/i.test(l)) ?? null };
          }),
          indicators: indicators.map((i) => i.indicator),
          sourceIds: sources.items,
          sourceLines,
          observations: store.rows(),
          kept: store.kept(),
          symbolCounts,
          metaInferred: plan.inferred,
          rows,
        },
        problems: log.all(),
      };
    },
  };
}
