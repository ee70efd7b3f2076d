import { normaliseHeader } from "./columns.ts";
import type { ColumnEvidence } from "./evidence.ts";
import { isEes, isOlderDfe, readHeader, standardiseOlderDfe } from "./header.ts";
import type { SourceRow } from "./header-row.ts";
import type { ColumnRole } from "./meta.ts";
import { NoteCollector } from "./notes.ts";
import type { ColumnPlan } from "./plan.ts";
import { missingRequired, planEes } from "./plan-ees.ts";
import { planTidy } from "./plan-tidy.ts";
import type { Reading, ShapeKind } from "./reading.ts";
import { identityAdapter, type RowAdapter } from "./row-adapter.ts";
import type { Descriptor, Problem } from "./types.ts";

/**
 * Recognises a file's shape from its header (and, with no meta file, from what a first pass saw
 * in each column) and plans how its rows are read: the EES layout and the older DfE one by their
 * standard columns, anything else by its columns' names and contents.
 */

/** What recognising a file needs. */
export interface RecogniseInput {
  file: string;
  header: SourceRow;
  /** The title and other rows above the header, for a spreadsheet saved as CSV. */
  title: string | null;
  above: SourceRow[];
  /** The meta file's roles, or null with no meta file. */
  roles: ColumnRole[] | null;
  evidence: ColumnEvidence | null;
  descriptor: Descriptor;
  /** Whether to say what DfE's screener would reject in an EES file. */
  standard?: boolean;
  /** Every column the meta file names. */
  metaNames?: string[];
}

/** A recognised file: its plan, how its rows become the ingest's, and what the reader can say of it. */
export interface Recognised {
  plan: ColumnPlan;
  adapter: RowAdapter;
  reading: Reading;
  /** The number of the file's columns a row has (blank cells a spreadsheet adds after them are dropped). */
  width: number;
  /** True outside the EES layout: blank rows are skipped and text under the table is kept as notes. */
  spreadsheet: boolean;
}

/** A header's cells, with empty names a spreadsheet leaves at the end dropped outside the EES layout. */
export function headerCells(cells: string[]): { cells: string[]; ees: boolean } {
  const names = cells.map(normaliseHeader);
  const ees = isEes(names) || isOlderDfe(names);
  if (ees) return { cells, ees };
  let end = cells.length;
  while (end > 1 && cells[end - 1]!.trim() === "") end--;
  return { cells: cells.slice(0, end), ees };
}

/** Recognises the file and plans its rows; null (with the errors) when its header or meta file stop it. */
export function recognise(input: RecogniseInput): { recognised: Recognised | null; problems: Problem[] } {
  const { file, header } = input;
  const { cells, ees } = headerCells(header.cells);
  const read = readHeader(file, cells, header.line);
  const problems = [...read.problems];
  if (problems.some((p) => p.severity === "error")) {
    // Every problem with the header is said at once, missing columns too.
    if (ees) problems.push(...missingRequired(file, isOlderDfe(read.names) ? standardiseOlderDfe(read.names).names : read.names, isOlderDfe(read.names), header.line));
    return { recognised: null, problems };
  }
  const olderDfe = isOlderDfe(read.names);
  const planInput = { file, names: read.names, headerLine: header.line, roles: input.roles, evidence: input.evidence, descriptor: input.descriptor, codeLabels: !ees || olderDfe, standard: input.standard ?? false, metaNames: input.metaNames ?? [] };
  let planned;
  let shape: ShapeKind;
  let adapter: RowAdapter = identityAdapter;
  if (ees) {
    const result = planEes(planInput, olderDfe);
    problems.push(...result.problems);
    planned = result.planned;
    shape = olderDfe ? "older-dfe" : "ees";
  } else {
    const result = planTidy(planInput);
    problems.push(...result.problems);
    planned = result.tidy?.planned ?? null;
    shape = result.tidy?.shape ?? "tidy";
    if (result.tidy) adapter = result.tidy.adapter;
  }
  if (!planned) return { recognised: null, problems };
  const notes = new NoteCollector();
  for (const row of input.above) notes.add(row.cells, row.line);
  const reading: Reading = { shape, headerLine: header.line, columns: planned.columns, title: input.title, notes: notes.notes, sources: notes.sources };
  return { recognised: { plan: planned.plan, adapter, reading, width: cells.length, spreadsheet: !ees }, problems };
}
