/**
 * Turns a row of the file into the rows the ingest folds. Most files pass through as written;
 * a wide table's row becomes one row per period (or group) column, and a long table's row
 * becomes a row with its one indicator filled and the others absent, merged later with the rows
 * that share its period, place and groups.
 */

/** Receives each row the ingest reads, with, for a wide table, the file's column of each of its cells. */
export type Emit = (cells: string[], line: number, origin: readonly number[] | null) => void;

/** Makes the ingest's rows from one row of the file. */
export interface RowAdapter {
  /** True when rows pass through as written, so the reader's fastest path applies. */
  readonly identity: boolean;
  adapt(cells: string[], line: number, emit: Emit): void;
}

/** Text standing for an indicator a long table's row does not give: never a value, never tallied as a blank. */
export const ABSENT = "\u0000absent";

/** Rows as written. */
export const identityAdapter: RowAdapter = {
  identity: true,
  adapt(cells, line, emit) {
    emit(cells, line, null);
  },
};

/**
 * A wide table: the row's identifying cells, then for each value column its header (a period
 * or a group) and its value. Blank value cells in a column no row fills are still rows: blank,
 * never zero.
 */
export function wideAdapter(ids: readonly number[], spread: readonly { index: number; header: string }[], idColumns: readonly number[]): RowAdapter {
  const row = new Array<string>(ids.length + 2);
  const origins = spread.map(({ index }) => [...idColumns, index, index]);
  return {
    identity: false,
    adapt(cells, line, emit) {
      for (let k = 0; k < ids.length; k++) row[k] = cells[ids[k]!]!;
      spread.forEach(({ index, header }, s) => {
        row[ids.length] = header;
        row[ids.length + 1] = cells[index]!;
        emit(row, line, origins[s]!);
      });
    },
  };
}

/**
 * A long table: the row's identifying cells, then one cell per indicator, the named one holding
 * the row's value and the rest absent. A name no indicator has is passed on as written, for the
 * ingest to reject with its line.
 */
export function longAdapter(ids: readonly number[], nameIndex: number, valueIndex: number, indicators: readonly string[]): RowAdapter {
  const position = new Map(indicators.map((name, k) => [name, k]));
  const row = new Array<string>(ids.length + indicators.length);
  return {
    identity: false,
    adapt(cells, line, emit) {
      for (let k = 0; k < ids.length; k++) row[k] = cells[ids[k]!]!;
      row.fill(ABSENT, ids.length);
      const k = position.get(cells[nameIndex]!.trim());
      if (k === undefined) return emit(cells, line, null);
      row[ids.length + k] = cells[valueIndex]!;
      emit(row, line, null);
    },
  };
}
