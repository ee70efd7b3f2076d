import type { Ingest } from "./ingest.ts";
import { isBlankRow, isNoteRow, NoteCollector } from "./notes.ts";
import type { Recognised } from "./recognise.ts";

/**
 * Sends each row of the file after its header where it belongs. An EES file's rows go straight
 * to the ingest. Outside the EES layout, blank rows are skipped, blank cells a spreadsheet adds
 * after the last column are dropped, and the text under the table (sources, numbered notes) is
 * kept as notes; the rest go through the row adapter to the ingest.
 */
export class RowRouter {
  private inNotes = false;
  private readonly collector: NoteCollector;
  private readonly emit: (cells: string[], line: number, origin: readonly number[] | null) => void;

  constructor(
    private readonly recognised: Recognised,
    private readonly ingest: Ingest,
  ) {
    this.emit = (cells, line, origin) => ingest.row(cells, line, origin);
    // Notes found under the table join those found above it.
    this.collector = new NoteCollector(recognised.reading.notes, recognised.reading.sources);
  }

  /** Routes one row of the file. */
  row(cells: string[], line: number): void {
    const { recognised } = this;
    if (!recognised.spreadsheet) return this.ingest.row(cells, line);
    if (isBlankRow(cells)) return;
    if (isNoteRow(cells, this.inNotes)) {
      this.inNotes = true;
      return this.collector.add(cells, line);
    }
    const width = recognised.width;
    let row = cells;
    if (row.length > width && isBlankRow(row.slice(width))) row = row.slice(0, width);
    if (row.length !== width) return this.ingest.ragged(line, cells.length, width);
    recognised.adapter.adapt(row, line, this.emit);
  }
}

/** Whether a row under the header is data for a first pass over the file: not blank, not a note, as wide as the header. */
export class DataRows {
  private inNotes = false;
  constructor(
    private readonly width: number,
    private readonly spreadsheet: boolean,
  ) {}

  /** The row's cells to look at, or null when it is not data. */
  data(cells: string[]): string[] | null {
    if (!this.spreadsheet) return cells.length === this.width ? cells : null;
    if (isBlankRow(cells)) return null;
    if (isNoteRow(cells, this.inNotes)) {
      this.inNotes = true;
      return null;
    }
    const row = cells.length > this.width ? cells.slice(0, this.width) : cells;
    return row.length === this.width ? row : null;
  }
}
