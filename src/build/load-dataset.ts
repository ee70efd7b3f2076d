import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import Papa from "papaparse";
import { readDescriptor } from "../data/descriptor.ts";
import { createIngest, type Table } from "../data/ingest.ts";
import { addEvidence, inferRoles, planColumns, readHeader, readMeta, startEvidence, type ColumnRole } from "../data/plan.ts";
import { messages } from "../data/problems.ts";
import type { Descriptor, Problem } from "../data/types.ts";
import { streamCsv, type ProgressHandler } from "./read-csv.ts";

/** A dataset read from its one to three files: the table, its descriptor, and everything said about them. */
export interface LoadedDataset {
  id: string;
  descriptor: Descriptor;
  /** Null when errors left nothing usable. */
  table: Table | null;
  problems: Problem[];
}

/** Reads `<id>.csv` with its optional `.meta.csv` and `.json` from `dir`; `label` is how files are named in messages. */
export async function loadDataset(dir: string, id: string, label = "data", onProgress?: ProgressHandler): Promise<LoadedDataset> {
  const dataFile = `${label}/${id}.csv`;
  const problems: Problem[] = [];
  const { descriptor, problems: descriptorProblems } = await loadDescriptor(dir, id, label);
  problems.push(...descriptorProblems);
  const metaRows = await loadMetaRows(join(dir, `${id}.meta.csv`));
  const path = join(dir, `${id}.csv`);

  let roles: ColumnRole[] | null = null;
  if (metaRows === null) roles = await inferFromFile(path);

  let ingest: ReturnType<typeof createIngest> | null = null;
  let stopped = false;
  let headerSeen = false;
  const report = await streamCsv(
    path,
    (cells, line) => {
      if (stopped) return;
      if (!headerSeen) {
        headerSeen = true;
        const header = readHeader(dataFile, cells);
        problems.push(...header.problems);
        if (header.problems.some((p) => p.severity === "error")) return void (stopped = true);
        if (metaRows !== null) {
          const meta = readMeta(`${label}/${id}.meta.csv`, metaRows, header.header);
          problems.push(...meta.problems);
          roles = meta.roles;
        }
        const planned = planColumns(dataFile, header.header, roles ?? [], metaRows === null, descriptor.sourceColumn ?? "source_id");
        problems.push(...planned.problems);
        if (planned.problems.some((p) => p.severity === "error")) return void (stopped = true);
        ingest = createIngest(dataFile, planned.plan);
        return;
      }
      ingest!.row(cells, line);
    },
    onProgress,
  );

  if (report.readError) problems.push(messages.unreadable(dataFile, report.readError));
  else if (report.badBytes) problems.push(messages.notText(dataFile, report.badBytes, report.encoding));
  else if (!headerSeen) problems.push(messages.emptyFile(dataFile));
  for (const e of report.syntaxErrors) problems.push(messages.csvSyntax({ file: dataFile, line: e.line }, e.detail));

  let table: Table | null = null;
  if (ingest) {
    const done = (ingest as ReturnType<typeof createIngest>).finish();
    problems.push(...done.problems);
    table = done.table;
    if (table.rows.read === 0) problems.push(messages.noRows(dataFile));
    problems.push(...checkSources(dataFile, table, descriptor));
  }
  return { id, descriptor, table, problems };
}

/** First pass for a file with no meta file: which columns hold only numbers and symbols. */
async function inferFromFile(path: string): Promise<ColumnRole[]> {
  let header: string[] | null = null;
  let evidence: ReturnType<typeof startEvidence> | null = null;
  await streamCsv(path, (cells) => {
    if (!header) {
      header = readHeader("", cells).header;
      evidence = startEvidence(header.length);
      return;
    }
    if (cells.length === header.length) addEvidence(evidence!, cells);
  });
  return header && evidence ? inferRoles(header, evidence) : [];
}

async function loadMetaRows(path: string): Promise<string[][] | null> {
  if (!existsSync(path)) return null;
  const text = await readFile(path, "utf8");
  return Papa.parse<string[]>(text, { header: false, skipEmptyLines: true, delimiter: "," }).data;
}

async function loadDescriptor(dir: string, id: string, label: string): Promise<{ descriptor: Descriptor; problems: Problem[] }> {
  const file = `${label}/${id}.json`;
  const path = join(dir, `${id}.json`);
  if (!existsSync(path)) {
    const { descriptor } = readDescriptor(file, {}, id);
    return { descriptor, problems: [messages.noDescriptor(file)] };
  }
  const text = await readFile(path, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const { descriptor } = readDescriptor(file, {}, id);
    return { descriptor, problems: [messages.badDescriptor({ file }, detail)] };
  }
  return readDescriptor(file, json, id);
}

/** Every source a row cites must be in the descriptor, so every figure resolves to a publication. */
function checkSources(file: string, table: Table, descriptor: Descriptor): Problem[] {
  const known = new Set(descriptor.sources.map((s) => s.id));
  return table.sourceIds
    .filter((id) => !known.has(id))
    .map((id) => {
      const first = table.observations.find((o) => table.sourceIds[o.source] === id);
      return messages.unknownSource({ file, line: first?.line, columnName: descriptor.sourceColumn ?? "source_id", value: id });
    });
}
