import { normaliseHeader, STRUCTURAL_COLUMNS } from "./columns.ts";
import { ColumnEvidence } from "./evidence.ts";
import { findHeaderRow, HEADER_SEARCH_ROWS, type HeaderRow, type SourceRow } from "./header-row.ts";
import { headerCells } from "./recognise.ts";
import { DataRows } from "./row-router.ts";

/**
 * A first pass over a file that has no meta file: finds the header below any title rows, and
 * gathers what each column holds, so columns can be given roles by their contents.
 */

/** Where the header is and what came above it, and what each column holds. */
export interface Surveyed {
  header: SourceRow;
  title: HeaderRow["title"];
  above: SourceRow[];
  evidence: ColumnEvidence;
}

/** Takes a file's rows one by one; `finish` gives the survey, or null for a file with no rows. */
export class Survey {
  private readonly head: SourceRow[] = [];
  private found: Surveyed | null = null;
  private rows: DataRows | null = null;

  add(cells: string[], line: number): void {
    if (!this.found) {
      this.head.push({ cells, line });
      if (this.head.length >= HEADER_SEARCH_ROWS) this.decide();
      return;
    }
    const data = this.rows!.data(cells);
    if (data) this.found.evidence.add(data);
  }

  finish(): Surveyed | null {
    if (!this.found && this.head.length) this.decide();
    return this.found;
  }

  private decide(): void {
    const { index, title, above } = findHeaderRow(this.head);
    const header = this.head[index]!;
    const { cells, ees } = headerCells(header.cells);
    const fixed = new Set(ees ? cells.flatMap((c, i) => (STRUCTURAL_COLUMNS.has(normaliseHeader(c)) ? [i] : [])) : []);
    this.found = { header, title, above, evidence: new ColumnEvidence(cells.length, fixed) };
    this.rows = new DataRows(cells.length, !ees);
    const rest = this.head.slice(index + 1);
    this.head.length = 0;
    for (const row of rest) this.add(row.cells, row.line);
  }
}
