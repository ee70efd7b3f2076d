import { parseCell, plainNumber } from "./cell.ts";

/**
 * What each column of a file holds, gathered in a first pass over a file that has no meta file,
 * so columns are given roles by their contents: how many cells are numbers, symbols, blanks,
 * numbers gone wrong (`12..5`) or words, and the distinct texts of columns that hold words.
 */

/** The counts for one column. */
export interface ColumnStats {
  numbers: number;
  symbols: number;
  blanks: number;
  /** Cells that are neither a number nor a symbol but hold no words: a number mistyped. */
  typos: number;
  /** Cells of text. */
  words: number;
  /** Most decimal places seen in a number, up to 2, so inferred indicators print as published. */
  decimals: number;
  /** Distinct trimmed texts in first-seen order, up to `DISTINCT_LIMIT` of them. */
  distinct: Map<string, number>;
  /** Set once a column has had more distinct texts than are kept. */
  capped: boolean;
}

/** Distinct texts kept per column: enough to recognise periods, places and indicator names. */
export const DISTINCT_LIMIT = 500;

const WORD = /[a-z]{2,}/i;

function emptyStats(): ColumnStats {
  return { numbers: 0, symbols: 0, blanks: 0, typos: 0, words: 0, decimals: 0, distinct: new Map(), capped: false };
}

/** Evidence about every column of one file, row by row. */
export class ColumnEvidence {
  readonly columns: ColumnStats[];
  rows = 0;

  /** Columns whose role the standard fixes (an EES file's time and place columns): not looked at. */
  private readonly looked: number[];

  constructor(width: number, fixed: ReadonlySet<number> = new Set()) {
    this.columns = Array.from({ length: width }, emptyStats);
    this.looked = this.columns.map((_, i) => i).filter((i) => !fixed.has(i));
  }

  /** Looks at one data row. */
  add(cells: string[]): void {
    this.rows++;
    for (const i of this.looked) if (i < cells.length) this.look(this.columns[i]!, cells[i]!);
  }

  private look(stats: ColumnStats, raw: string): void {
    // A column of words is a label column: only its distinct texts matter now.
    if (stats.words > 0) {
      if (!stats.capped) this.remember(stats, raw.trim());
      return;
    }
    const plain = plainNumber(raw);
    if (plain === plain) {
      stats.numbers++;
      if (stats.decimals < 2) stats.decimals = Math.max(stats.decimals, Math.min(2, /\.(\d+)/.exec(raw)?.[1]?.length ?? 0));
      this.remember(stats, raw.trim());
      return;
    }
    const text = raw.trim();
    if (text === "") {
      stats.blanks++;
      return;
    }
    const cell = parseCell(raw);
    if (cell.kind === "error") {
      if (WORD.test(text)) stats.words++;
      else stats.typos++;
    } else if (cell.kind === "missing") stats.symbols++;
    else {
      stats.numbers++;
      const value = cell.kind === "repaired" ? cell.cell : cell;
      if (value.kind === "value" && stats.decimals < 2) stats.decimals = Math.max(stats.decimals, Math.min(2, /\.(\d+)/.exec(text)?.[1]?.length ?? 0));
    }
    this.remember(stats, text);
  }

  private remember(stats: ColumnStats, text: string): void {
    if (stats.capped || stats.distinct.has(text)) return;
    if (stats.distinct.size < DISTINCT_LIMIT) stats.distinct.set(text, 1);
    else stats.capped = true;
  }
}

/**
 * Whether a column holds numbers: no words, and no more mistyped numbers than good ones (each
 * of those is an error at its cell). A column of only symbols or blanks holds numbers that are
 * not published.
 */
export function holdsNumbers(stats: ColumnStats): boolean {
  return stats.words === 0 && stats.typos <= stats.numbers;
}
