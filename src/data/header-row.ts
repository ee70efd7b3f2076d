import { plainNumber } from "./cell.ts";
import { filledCells, isBlankRow } from "./notes.ts";

/**
 * Finds the header row of a file: the first row that names its columns, below any title and
 * blank rows a spreadsheet put above the table. An EES file's header is its first row.
 */

/** A row as read, with the line it starts on. */
export interface SourceRow {
  cells: string[];
  line: number;
}

/** Rows looked at for a header; a title block is never longer. */
export const HEADER_SEARCH_ROWS = 30;

/** Where the header is, and the title and other text above it. */
export interface HeaderRow {
  /** Index of the header in the rows given. */
  index: number;
  /** The first text above the header: the table's title. */
  title: string | null;
  /** Rows above the header after the title, for notes. */
  above: SourceRow[];
}

/** A year such as 2015 names a column in a wide table; other numbers are data. */
const YEAR = /^(19|20)\d\d$/;

/** A row that can name columns: two or more cells with text, most of them, and not mostly numbers. */
function namesColumns(cells: string[]): boolean {
  const filled = filledCells(cells);
  if (filled.length < 2 || filled.length * 2 < cells.length) return false;
  const numbers = filled.filter((c) => !YEAR.test(c) && plainNumber(c) === plainNumber(c)).length;
  return numbers * 2 < filled.length;
}

/** The header among the first rows of a file: the first that names columns, else the first row. */
export function findHeaderRow(rows: SourceRow[]): HeaderRow {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let index = 0;
  for (let i = 0; i < limit; i++) {
    if (namesColumns(rows[i]!.cells)) {
      index = i;
      break;
    }
  }
  const before = rows.slice(0, index).filter((r) => !isBlankRow(r.cells));
  const [first, ...rest] = before;
  return { index, title: first ? filledCells(first.cells).join(" ") : null, above: rest };
}
