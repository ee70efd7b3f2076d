import { existsSync } from "node:fs";
import { readFile, realpath } from "node:fs/promises";
import { join, relative, isAbsolute } from "node:path";
import { normaliseHeader } from "../data/columns.ts";
import { descriptorFromPackage } from "../data/datapackage.ts";
import { readDescriptor } from "../data/descriptor.ts";
import { withFileNotes } from "../data/file-notes.ts";
import { createIngest, type Ingest, type Table } from "../data/ingest.ts";
import { readMeta, type MetaRow } from "../data/meta.ts";
import { messages } from "../data/problems.ts";
import { recognise } from "../data/recognise.ts";
import { RowRouter } from "../data/row-router.ts";
import { Survey, type Surveyed } from "../data/survey.ts";
import { drawnRows } from "../stats/drawn-rows.ts";
import type { Descriptor, Problem } from "../data/types.ts";
import { streamCsv, type ProgressHandler, type StreamReport } from "./read-csv.ts";

/**
 * Reads one dataset's files into a checked table. The build and the `check` command both call
 * this, so they find exactly the same problems in the same words.
 */

/** A dataset read from its one to three files: the table, its descriptor, and everything said about them. */
export interface LoadedDataset {
  id: string;
  descriptor: Descriptor;
  /** Null when errors left nothing usable. */
  table: Table | null;
  problems: Problem[];
  /** Rows not read because the header (or the meta file) had errors; zero when the rows were read. */
  unread: number;
}

/** How a dataset is read: `standard` also says what DfE's screener would reject in an EES file. */
export interface LoadOptions {
  standard?: boolean;
}

/** Reads `<id>.csv` with its optional `.meta.csv` and `.json` from `dir`; `label` is how the folder is named in messages. */
export async function loadDataset(dir: string, id: string, label = "data", onProgress?: ProgressHandler, options: LoadOptions = {}): Promise<LoadedDataset> {
  const files = new DatasetFiles(dir, id, label);
  const problems: Problem[] = [];
  const loadedDescriptor = await loadDescriptor(files, id);
  const described = loadedDescriptor.described;
  let descriptor = loadedDescriptor.descriptor;
  const descriptorProblems = loadedDescriptor.problems;
  problems.push(...descriptorProblems);
  const meta = await loadMeta(files);
  problems.push(...meta.problems);
  const metaBroken = meta.problems.some(isError);

  if (await files.outside(".csv")) {
    problems.push(messages.linkOutside(files.name(".csv")));
    return { id, descriptor, table: null, problems, unread: 0 };
  }
  const path = files.path(".csv");
  const dataFile = files.name(".csv");
  // With no meta file, a first pass finds the header below any title and sees what each column holds.
  const surveyed = meta.rows === null && !metaBroken ? await surveyFile(path) : null;

  let ingest: Ingest | null = null;
  let onRow: ((cells: string[], line: number) => void) | null = null;
  let headerSeen = false;
  let unread = 0;
  const report = await streamCsv(
    path,
    (cells, line) => {
      if (onRow) return onRow(cells, line);
      if (headerSeen) return void unread++;
      if (surveyed && line < surveyed.header.line) return;
      headerSeen = true;
      if (metaBroken) return;
      const roles = meta.rows === null ? null : readMeta(files.name(".meta.csv"), meta.rows, cells.map(normaliseHeader), options.standard);
      if (roles) problems.push(...roles.problems);
      if (roles?.problems.some(isError)) return;
      const header = { cells, line };
      const { recognised, problems: found } = recognise({
        file: dataFile,
        header,
        title: surveyed?.title ?? null,
        above: surveyed?.above ?? [],
        roles: roles?.roles ?? null,
        evidence: surveyed?.evidence ?? null,
        descriptor,
        standard: options.standard ?? false,
        metaNames: roles?.names ?? [],
      });
      problems.push(...found);
      if (!recognised) return;
      // A file with no source column and a descriptor naming one source: every row cites that source.
      const soleSource = recognised.plan.source < 0 && descriptor.sources.length === 1 ? descriptor.sources[0]!.id : null;
      const started = createIngest(dataFile, recognised.plan, recognised.reading, drawnRows(descriptor, recognised.plan.filters.map((f) => f.filter.column)), soleSource);
      ingest = started;
      const router = new RowRouter(recognised, started);
      onRow = recognised.spreadsheet ? (row, at) => router.row(row, at) : (row, at) => started.row(row, at);
    },
    onProgress,
  );
  problems.push(...streamProblems(dataFile, report));
  if (!headerSeen && !report.readError && !report.badBytes) problems.push(messages.emptyFile(dataFile));
  if (unread > 0) problems.push(messages.rowsUnread(dataFile, unread));

  let table: Table | null = null;
  if (ingest) {
    const done = (ingest as Ingest).finish();
    problems.push(...done.problems);
    table = done.table;
    descriptor = withFileNotes(descriptor, table.reading, dataFile, described);
    // A spreadsheet's own title and source lines stand in for a descriptor's, and the warning says so.
    if (!described && (table.reading.title || table.reading.sources.length)) {
      const said = messages.noDescriptor(files.name(".json"));
      const at = problems.findIndex((p) => p.message === said.message && p.file === said.file);
      if (at >= 0) problems[at] = messages.noDescriptorFileSays(files.name(".json"), table.reading.title !== null, table.reading.sources.length);
    }
    if (table.rows.read === 0) problems.push(messages.noRows(dataFile, table.reading.headerLine));
    problems.push(...checkSources(dataFile, table, descriptor));
  }
  return { id, descriptor, table, problems, unread };
}

function isError(p: Problem): boolean {
  return p.severity === "error";
}

/** The three files of a dataset: where they are, how messages name them, and whether a link leads out of the folder. */
class DatasetFiles {
  private root: Promise<string> | null = null;
  constructor(
    private readonly dir: string,
    private readonly id: string,
    private readonly label: string,
  ) {}

  path(ext: string): string {
    return join(this.dir, `${this.id}${ext}`);
  }

  name(ext: string): string {
    return `${this.label}/${this.id}${ext}`;
  }

  exists(ext: string): boolean {
    return existsSync(this.path(ext));
  }

  /** The folder's Frictionless package, which may describe this dataset among others. */
  packagePath(): string {
    return join(this.dir, "datapackage.json");
  }

  packageName(): string {
    return `${this.label}/datapackage.json`;
  }

  /** True when the file is a link to somewhere outside the folder: it is never read. */
  async outside(ext: string): Promise<boolean> {
    return this.outsidePath(this.path(ext));
  }

  async outsidePath(path: string): Promise<boolean> {
    this.root ??= realpath(this.dir);
    const real = await realpath(path).catch(() => null);
    if (real === null) return false;
    const within = relative(await this.root, real);
    return within.startsWith("..") || isAbsolute(within);
  }
}

/** Problems the stream itself found: unreadable, not text, or broken quoting. */
function streamProblems(file: string, report: StreamReport): Problem[] {
  const found: Problem[] = [];
  if (report.readError) found.push(messages.unreadable(file, report.readError));
  else if (report.badBytes) found.push(messages.notText(file, report.badBytes, report.encoding));
  else if (report.encoding !== "utf-8") found.push(messages.notUtf8(file, report.encoding, report.encodingFrom));
  for (const e of report.syntaxErrors) found.push(messages.csvSyntax({ file, line: e.line }, e.detail));
  return found;
}

/** First pass for a file with no meta file: where its header is, and what each column holds. */
async function surveyFile(path: string): Promise<Surveyed | null> {
  const survey = new Survey();
  await streamCsv(path, (cells, line) => survey.add(cells, line));
  return survey.finish();
}

/** The meta file's rows with their lines, or null when there is none (or none that can be trusted). */
async function loadMeta(files: DatasetFiles): Promise<{ rows: MetaRow[] | null; problems: Problem[] }> {
  if (!files.exists(".meta.csv")) return { rows: null, problems: [] };
  const file = files.name(".meta.csv");
  if (await files.outside(".meta.csv")) return { rows: null, problems: [messages.linkOutside(file)] };
  const rows: MetaRow[] = [];
  const report = await streamCsv(files.path(".meta.csv"), (cells, line) => rows.push({ cells, line }));
  const problems = streamProblems(file, report);
  if (rows.length === 0 && problems.length === 0) problems.push(messages.emptyFile(file));
  return { rows, problems };
}

/** A JSON file's contents, or the problem reading it. */
async function readJson(path: string, file: string): Promise<{ json: unknown } | { problem: Problem }> {
  try {
    return { json: JSON.parse(await readFile(path, "utf8")) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : ((error as NodeJS.ErrnoException).code ?? "unknown error");
    return { problem: messages.badDescriptor({ file }, detail) };
  }
}

/**
 * The dataset's descriptor: `<id>.json`, else its resource in a Frictionless `datapackage.json`
 * in the same folder, else one made from the file name; `described` says whether a file gave it.
 */
async function loadDescriptor(files: DatasetFiles, id: string): Promise<{ descriptor: Descriptor; problems: Problem[]; described: boolean }> {
  const file = files.name(".json");
  const fallback = readDescriptor(file, {}, id).descriptor;
  const none = (problem: Problem) => ({ descriptor: fallback, problems: [problem], described: false });
  if (files.exists(".json")) {
    if (await files.outside(".json")) return none(messages.linkOutside(file));
    const read = await readJson(files.path(".json"), file);
    return "problem" in read ? none(read.problem) : { ...readDescriptor(file, read.json, id), described: true };
  }
  const pkgFile = files.packageName();
  if (existsSync(files.packagePath()) && !(await files.outsidePath(files.packagePath()))) {
    const read = await readJson(files.packagePath(), pkgFile);
    if ("problem" in read) return none(read.problem);
    const found = descriptorFromPackage(read.json, id);
    if (found) return { ...readDescriptor(pkgFile, found, id), described: true };
  }
  return none(messages.noDescriptor(file));
}

/** Every source a row cites must be in the descriptor, so every figure resolves to a publication. */
function checkSources(file: string, table: Table, descriptor: Descriptor): Problem[] {
  const known = new Set(descriptor.sources.map((s) => s.id));
  return table.sourceIds
    .filter((id) => !known.has(id))
    .map((id) => {
      const line = table.sourceLines[table.sourceIds.indexOf(id)];
      return messages.unknownSource({ file, line, columnName: descriptor.sourceColumn ?? "source_id", value: id });
    });
}
