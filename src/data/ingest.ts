import { SOLO_LEVELS } from "./columns.ts";
import { ABSENT_CELL, CellReader, type HeldCells } from "./ingest-cells.ts";
import { Dictionary, IngestContext } from "./ingest-context.ts";
import { LevelReader } from "./ingest-levels.ts";
import { periodReader, type PeriodEntry, type PeriodReader } from "./ingest-period.ts";
import { placeReader, type PlaceReader } from "./ingest-place.ts";
import type { ColumnPlan } from "./plan.ts";
import { messages } from "./problems.ts";
import type { Reading } from "./reading.ts";
import { KEEP_LIMIT, RowStore, type Kept } from "./row-store.ts";
import type { Cell, Filter, Geography, Indicator, Period, Problem } from "./types.ts";

/**
 * The streaming reader of a data file's rows: each row is checked and folded into a compact
 * table as it arrives, so a file is read once and no text row is kept. Periods, places, levels
 * and cells each have their own reader; this module puts a row through them in turn.
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

/** A row the store holds: its cells become cells when the table is made. */
interface HeldRow extends Omit<Observation, "cells"> {
  cells: HeldCells;
}

/** How many rows came in and what became of them: read = used + rejected + ignored, always. */
export interface RowCount {
  read: number;
  used: number;
  rejectedLines: number[];
  /** Rows at levels EES reads only in a file that has no other level (School, Provider, Institution, Planning area), in a file that has another. */
  ignored: number;
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
  /** How the file was read: its shape, each column's role, and its title, notes and sources. */
  reading: Reading;
}

/** The reducer for one file: feed it rows with their line numbers, then finish. */
export interface Ingest {
  /** Reads one row; `origin` gives, for a row a wide table's adapter made, the file's column of each cell. */
  row(cells: string[], line: number, origin?: readonly number[] | null): void;
  /** Rejects a row of the file whose cells do not match its header. */
  ragged(line: number, found: number, expected: number): void;
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

/** Longest text a time, place, filter or source cell may hold. */
const LONGEST_LABEL = 1000;

function rowStore(plan: ColumnPlan, keep: KeepOptions): RowStore<HeldRow> {
  const filterIndex = (column: string | undefined) => plan.filters.findIndex((f) => f.filter.column === column);
  return new RowStore<HeldRow>({
    // A long table's rows are merged before they are held, so none may be let go before then.
    limit: plan.merge ? Infinity : (keep.limit ?? KEEP_LIMIT),
    counted: plan.filters.map((f) => !keep.uncounted?.includes(f.filter.column)),
    pinned: (keep.pinned ?? []).map((p) => ({
      by: filterIndex(p.by),
      where: new Map(Object.entries(p.where).map(([column, level]) => [filterIndex(column), level])),
    })),
    wholeLevels: keep.wholeLevels ?? [],
  });
}

/**
 * Starts reading a file's rows against its column plan. `soleSource` is the source every row
 * cites when the file has no source column (a publisher's file as published, with one source).
 */
export function createIngest(file: string, plan: ColumnPlan, reading: Reading, keep: KeepOptions = {}, soleSource: string | null = null): Ingest {
  return new FileIngest(file, plan, reading, keep, soleSource);
}

/** The readers of one file's periods, places, cells, levels and sources, and the rows they fold into. */
class FileIngest implements Ingest {
  private readonly ctx: IngestContext;
  private readonly store: RowStore<HeldRow>;
  private readonly periods: PeriodReader;
  private readonly places: PlaceReader;
  private readonly cells: CellReader;
  private readonly levels: LevelReader;
  private readonly sources: SourceReader;
  private readonly rows: RowCount = { read: 0, used: 0, rejectedLines: [], ignored: 0 };
  /** Rows used per place, to count those at levels EES ignores in such a file. */
  private readonly usedPerPlace: number[] = [];
  private readonly merged: Merger | null;
  private readonly width: number;
  /** Every column read as text: time, place, filters, source. */
  private readonly textColumns: number[];
  /** The row's filter levels, reused from row to row; copied only for a row the store holds. */
  private readonly rowLevels: number[];
  private readonly sharedLevels = new SharedLevels();

  constructor(
    private readonly file: string,
    private readonly plan: ColumnPlan,
    private readonly reading: Reading,
    keep: KeepOptions,
    soleSource: string | null,
  ) {
    this.ctx = new IngestContext(file, plan);
    this.store = rowStore(plan, keep);
    this.periods = periodReader(this.ctx);
    this.places = placeReader(this.ctx);
    this.cells = new CellReader(this.ctx);
    this.levels = new LevelReader(this.ctx, this.store);
    this.sources = new SourceReader(plan.source, soleSource);
    this.merged = plan.merge ? new Merger(this.ctx) : null;
    this.width = plan.header.length;
    const indicatorColumns = new Set(plan.indicators.map((i) => i.index));
    this.textColumns = plan.header.map((_, i) => i).filter((i) => !indicatorColumns.has(i));
    this.rowLevels = new Array<number>(plan.filters.length).fill(0);
  }

  row(row: string[], line: number, origin: readonly number[] | null = null): void {
    const { rows } = this;
    rows.read++;
    if (row.length !== this.width) return this.ragged(line, row.length, this.width);
    this.ctx.setOrigin(origin);
    const period = this.textFits(row, line) ? this.periods.read(row, line) : null;
    if (!this.cells.read(row, line) || period === null) return void rows.rejectedLines.push(line);
    // Periods, places and levels are taken from used rows only, so the table lists none without data.
    const place = this.places.read(row, line);
    this.cells.tally(line);
    const source = this.sources.read(row, line);
    this.levels.read(row, line, this.rowLevels);
    this.hold(period, place, line, source);
    rows.used++;
  }

  ragged(line: number, found: number, expected: number): void {
    this.ctx.log.add("ragged", messages.raggedRow({ file: this.file, line }, found, expected));
    this.rows.rejectedLines.push(line);
  }

  finish(): { table: Table; problems: Problem[] } {
    const { ctx, store, periods, places, plan, rows } = this;
    if (this.merged) for (const o of this.merged.observations()) store.add(o, places.places[o.place]!.level, o.place, periods.periods[o.period]!.start);
    periods.finish();
    const symbolCounts = this.cells.finish(new Set(this.reading.notes.flatMap((n) => (n.marker ? [n.marker] : []))));
    const usedAt = new Map<string, number>();
    this.usedPerPlace.forEach((n, place) => {
      const level = places.places[place]!.level;
      usedAt.set(level, (usedAt.get(level) ?? 0) + n);
    });
    const solo = ignoreSoloLevels(store, usedAt, rows);
    if (solo.length) ctx.log.add("solo", messages.soloLevelsIgnored(this.file, solo));
    const table: Table = {
      file: this.file,
      columns: plan.header,
      periods: periods.periods,
      places: places.places,
      filters: this.levels.finish(),
      indicators: indicatorsAsRead(plan, this.cells.decimals()),
      sourceIds: this.sources.ids.items,
      sourceLines: this.sources.lines,
      observations: store.rows().map((o) => ({ ...o, cells: this.cells.cellsOf(o.cells) })),
      kept: store.kept(),
      symbolCounts,
      metaInferred: plan.inferred,
      rows,
      reading: this.reading,
    };
    return { table, problems: ctx.log.all() };
  }

  /** A label longer than any real one is a broken export; it would be repeated on every page that shows it. */
  private textFits(row: string[], line: number): boolean {
    let ok = true;
    const columns = this.textColumns;
    for (let k = 0; k < columns.length; k++) {
      const index = columns[k]!;
      const text = row[index]!;
      if (text.length <= LONGEST_LABEL) continue;
      this.ctx.log.add("text:long", messages.labelTooLong(this.ctx.at(line, index, text), LONGEST_LABEL));
      ok = false;
    }
    return ok;
  }

  private hold(period: PeriodEntry, place: number, line: number, source: number): void {
    const index = this.periods.indexOf(period);
    const level = this.places.places[place]!.level;
    this.usedPerPlace[place] = (this.usedPerPlace[place] ?? 0) + 1;
    if (this.merged) return this.merged.add({ period: index, place, levels: this.rowLevels.slice(), cells: this.cells.held(), source, line });
    const start = period.period.start;
    if (this.store.accepts(this.rowLevels, level, place, start)) this.store.add({ period: index, place, levels: this.sharedLevels.of(this.rowLevels), cells: this.cells.snapshot(), source, line }, level, place, start);
  }
}

/** The plan's indicators, with the decimal places seen where the plan could not know them. */
function indicatorsAsRead(plan: ColumnPlan, decimals: number[] | null): Indicator[] {
  return plan.indicators.map((i, k) => (decimals ? { ...i.indicator, decimals: decimals[k]! } : i.indicator));
}

/**
 * As EES reads a file, rows at School, Provider, Institution or Planning area level are read
 * only when the file has no other level; otherwise they are counted as ignored, and said so.
 */
function ignoreSoloLevels(store: RowStore<HeldRow>, usedAt: Map<string, number>, rows: RowCount): { level: string; rows: number }[] {
  const levels = [...usedAt.keys()];
  if (levels.every((l) => SOLO_LEVELS.has(l)) || !levels.some((l) => SOLO_LEVELS.has(l))) return [];
  const solo = levels.filter((l) => SOLO_LEVELS.has(l)).map((level) => ({ level, rows: usedAt.get(level)! }));
  store.dropLevels(new Set(solo.map((s) => s.level)));
  for (const s of solo) {
    rows.used -= s.rows;
    rows.ignored += s.rows;
  }
  return solo;
}

/** Each row's source id, as written in the source column; the first line citing each is kept for messages. */
class SourceReader {
  readonly ids = new Dictionary<string>();
  readonly lines: number[] = [];
  private last = { written: "\u0000", index: -1 };
  constructor(
    private readonly column: number,
    private readonly sole: string | null,
  ) {}

  read(row: string[], line: number): number {
    if (this.column < 0) return this.sole === null ? -1 : this.soleIndex(line);
    const written = row[this.column]!;
    if (written === this.last.written) return this.last.index;
    const text = written.trim();
    let index = text === "" ? -1 : this.ids.find(text);
    if (text !== "" && index < 0) {
      index = this.ids.add(text, text);
      this.lines.push(line);
    }
    this.last = { written, index };
    return index;
  }

  /** The one source of a file with no source column, listed at the first line that cites it. */
  private soleIndex(line: number): number {
    if (this.ids.items.length === 0) {
      this.ids.add(this.sole!, this.sole!);
      this.lines.push(line);
    }
    return 0;
  }
}

/** A long table's rows, merged into one observation per period, place and levels: each row gives some of its indicators. */
class Merger {
  private readonly byKey = new Map<string, Observation>();
  private readonly repeated: number[] = [];
  constructor(private readonly ctx: IngestContext) {}

  add(o: Observation): void {
    const key = `${o.period}|${o.place}|${o.levels.join(",")}`;
    const found = this.byKey.get(key);
    if (!found) return void this.byKey.set(key, o);
    o.cells.forEach((cell, k) => {
      if (cell === ABSENT_CELL) return;
      if (found.cells[k] === ABSENT_CELL) found.cells[k] = cell;
      else this.repeated.push(o.line);
    });
  }

  observations(): Observation[] {
    if (this.repeated.length) this.ctx.log.add("merge", messages.repeatedIndicator(this.ctx.file, this.repeated));
    return [...this.byKey.values()];
  }
}

/** Held rows share their filter levels with earlier rows, as files repeat them; shared levels are frozen. Found by index, level by level, with no key text. */
class SharedLevels {
  private readonly next = new Map<number, SharedLevels>();
  private shared: number[] | null = null;

  of(levels: readonly number[]): number[] {
    let node: SharedLevels = this;
    for (let k = 0; k < levels.length; k++) {
      let child = node.next.get(levels[k]!);
      if (!child) node.next.set(levels[k]!, (child = new SharedLevels()));
      node = child;
    }
    return (node.shared ??= Object.freeze(levels.slice()) as number[]);
  }
}
