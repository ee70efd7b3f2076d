import { numberCell, parseCell, plainNumber, unknownSymbol } from "./cell.ts";
import { ColumnTally } from "./column-tally.ts";
import type { IngestContext } from "./ingest-context.ts";
import { messages } from "./problems.ts";
import { ABSENT } from "./row-adapter.ts";
import type { Cell, MissingCell } from "./types.ts";

/**
 * Reads each row's indicator cells into numbers or named reasons, and tallies what each column
 * held. A row's cells are kept in buffers reused from row to row, so a row that is not held
 * builds nothing: a plain number's value, or else the cell as read.
 */

/** Distinct numbers whose cells held rows share; past this, each new number has its own. */
const MAX_SHARED_NUMBERS = 50_000;
/** Numbers from this up are not shared. */
const SHARED_BELOW = 10_000;

/** Spellings of symbols remembered; a file has a handful. */
const MAX_SYMBOLS = 1000;

/** An indicator a long table's row does not give, or a meta file's indicator the data lacks: no value, never counted as a blank. */
export const ABSENT_CELL: MissingCell = Object.freeze({ kind: "missing", reason: "blank", symbol: "" });

/** A held row's cells, each plain number as its value until the table is made. */
export type HeldCells = readonly (number | Cell)[];

/** The indicator cells of the row being read, and the tallies of every column. */
export class CellReader {
  private readonly indexes: number[];
  private readonly plainValues: Float64Array;
  private readonly values: (Cell | null)[];
  private readonly tallies: ColumnTally[];
  private readonly sharedNumbers = new Map<number, Cell>();
  private readonly sharedWholes = new Array<Cell | undefined>(SHARED_BELOW);
  /** Symbols by cell as written (`c` fills most cells of some files): each is read once. */
  private readonly symbols = new Map<string, MissingCell>();

  constructor(private readonly ctx: IngestContext) {
    const { indicators, inferred } = ctx.plan;
    this.indexes = indicators.map((i) => i.index);
    this.plainValues = new Float64Array(indicators.length);
    this.values = new Array<Cell | null>(indicators.length).fill(null);
    this.tallies = indicators.map(({ indicator }) => new ColumnTally(indicator, !inferred, inferred && ctx.plan.merge));
  }

  /** Reads the row's cells; false when one cannot be read (each such cell is logged). */
  read(cells: string[], line: number): boolean {
    let ok = true;
    const { indexes, values } = this;
    for (let k = 0; k < indexes.length; k++) {
      const index = indexes[k]!;
      const raw = index < 0 ? ABSENT : cells[index]!;
      const plain = plainNumber(raw);
      if (plain === plain) {
        this.plainValues[k] = plain;
        values[k] = null;
        continue;
      }
      if (raw === ABSENT) {
        values[k] = ABSENT_CELL;
        continue;
      }
      const symbol = this.symbols.get(raw);
      if (symbol !== undefined) {
        values[k] = symbol;
        continue;
      }
      const result = parseCell(raw);
      if (result.kind === "missing" && this.symbols.size < MAX_SYMBOLS) this.symbols.set(raw, result);
      if (result.kind === "error") {
        const kept = result.code === "not-a-number" ? unknownSymbol(raw) : null;
        if (kept) values[k] = kept;
        else {
          this.ctx.log.add(`cell:${result.code}`, messages.badCell(this.ctx.at(line, index, raw), result.code));
          ok = false;
        }
      } else if (result.kind === "repaired") {
        const value = result.cell.kind === "value" ? result.cell.value : NaN;
        this.ctx.log.add("cell:thousands", messages.repairedThousands(this.ctx.at(line, index, raw.trim()), value));
        values[k] = result.cell;
      } else values[k] = result;
    }
    return ok;
  }

  /** Tallies the row just read, for a row that is used: the counts describe the table as read. */
  tally(line: number): void {
    const { values, tallies } = this;
    for (let k = 0; k < values.length; k++) {
      const cell = values[k];
      if (cell === null) tallies[k]!.value(this.plainValues[k]!, line);
      else if (cell === ABSENT_CELL) continue;
      else if (cell!.kind === "missing") tallies[k]!.missing(cell!, line);
      else tallies[k]!.number(cell!, line);
    }
  }

  /** The row's cells to hold. Held rows share plain numbers with earlier rows, as files repeat them; shared cells are frozen. */
  held(): Cell[] {
    return this.cellsOf(this.snapshot());
  }

  /**
   * The row's cells as they are, a plain number as its value: what a held row keeps until the
   * table is made, as most rows a large file's store holds are let go before then.
   */
  snapshot(): HeldCells {
    const { values } = this;
    const cells = new Array<number | Cell>(values.length);
    for (let k = 0; k < values.length; k++) cells[k] = values[k] ?? this.plainValues[k]!;
    return cells;
  }

  /** The cells of a row held as a snapshot (or already as cells). */
  cellsOf(held: HeldCells): Cell[] {
    const cells = new Array<Cell>(held.length);
    for (let k = 0; k < held.length; k++) {
      const cell = held[k]!;
      cells[k] = typeof cell === "number" ? this.sharedNumber(cell) : cell;
    }
    return cells;
  }

  private sharedNumber(value: number): Cell {
    // Counts under 10,000 and rates repeat across a file; larger numbers seldom do.
    if (value >= SHARED_BELOW) return numberCell(value);
    // Whole numbers, most of them, by index: no hashing.
    const whole = value === Math.floor(value);
    let shared = whole ? this.sharedWholes[value] : this.sharedNumbers.get(value);
    if (!shared) {
      shared = Object.freeze(numberCell(value));
      if (whole) this.sharedWholes[value] = shared;
      else if (this.sharedNumbers.size < MAX_SHARED_NUMBERS) this.sharedNumbers.set(value, shared);
    }
    return shared;
  }

  /** Decimal places seen per indicator, for a long table's inferred indicators; null otherwise. */
  decimals(): number[] | null {
    return this.ctx.plan.inferred && this.ctx.plan.merge ? this.tallies.map((t) => t.decimals) : null;
  }

  /** Logs each column's findings and returns, per indicator column, how often each symbol stood in place of a number. */
  finish(noteMarkers: ReadonlySet<string>): Record<string, Record<string, number>> {
    // Keyed by column names from the file: no prototype, so a column called __proto__ is just a key.
    const counts: Record<string, Record<string, number>> = Object.create(null);
    this.ctx.plan.indicators.forEach(({ index, indicator }, k) => {
      const tally = this.tallies[k]!;
      const at = { file: this.ctx.file, column: (this.ctx.plan.columnOf[index] ?? index) + 1, columnName: this.ctx.plan.names[this.ctx.plan.columnOf[index] ?? -1] ?? indicator.column };
      for (const p of tally.problems(index < 0 ? { file: this.ctx.file, columnName: indicator.column } : at, noteMarkers)) this.ctx.log.add(`column:${p.message}`, p);
      counts[indicator.column] = tally.counts;
    });
    return counts;
  }
}
