import { isIndicatorText } from "./cell.ts";
import { GEOGRAPHY_COLUMNS, LEGACY_COLUMNS, REQUIRED_COLUMNS, STRUCTURAL_COLUMNS, labelFromName, normaliseHeader } from "./columns.ts";
import { own } from "./own.ts";
import { messages } from "./problems.ts";
import type { Filter, Indicator, Problem, Unit } from "./types.ts";

/**
 * A column plan says, once per file, what each column index means, so every row after the
 * header is read as an array without looking names up again.
 */

/** A column's role as the meta file (or inference) gives it. */
export interface ColumnRole {
  name: string;
  type: "Filter" | "Indicator";
  label: string;
  unit: Unit;
  decimals: number;
  hint: string;
  /** Meta file line, for messages. */
  line?: number;
}

/** What each column of a data file is, by index. */
export interface ColumnPlan {
  header: string[];
  timePeriod: number;
  timeIdentifier: number;
  level: number;
  /** Index of every geography code or name column present, by name. */
  places: Record<string, number>;
  filters: { index: number; filter: Filter }[];
  indicators: { index: number; indicator: Indicator }[];
  /** Index of the column naming each row's source, or -1. */
  source: number;
  /** True when no meta file said which columns are which. */
  inferred: boolean;
}

const UNITS: ReadonlySet<string> = new Set(["", "%", "pp", "£", "£m", "numberstring"]);

/** The header row as read: standard names, whether the file is in the older DfE layout, and every problem. */
export interface HeaderReading {
  header: string[];
  legacy: boolean;
  problems: Problem[];
}

/** Reads the header row: standard names (older DfE names mapped to them), and every problem with it. */
export function readHeader(file: string, cells: string[]): HeaderReading {
  let header = cells.map(normaliseHeader);
  const problems: Problem[] = [];
  cells.forEach((cell, i) => {
    const written = cell.replace(/^\uFEFF/, "").trim();
    if (written !== header[i]) problems.push(messages.aliasedColumn({ file, line: 1, column: i + 1, columnName: header[i], value: written }));
  });
  const present = new Set(header);
  const legacy = (!present.has("time_period") && present.has("year")) || (!present.has("geographic_level") && present.has("level"));
  const renamed: [string, string][] = [];
  if (legacy) {
    header = header.map((name) => {
      const standard = own(LEGACY_COLUMNS, name);
      if (standard === undefined || present.has(standard)) return name;
      renamed.push([name, standard]);
      return standard;
    });
  }
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const at = { file, line: 1, column: i + 1, columnName: name, value: name };
    if (name === "") problems.push(messages.emptyHeader(at));
    else if (seen.has(name)) problems.push(messages.duplicateHeader(at));
    seen.add(name);
  });
  // An older file has no time_identifier or country_code: the note says how it is read instead.
  const excused: ReadonlySet<string> = legacy ? new Set(["time_identifier", "country_code"]) : new Set();
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column) && !excused.has(column)) problems.push(messages.missingColumn(file, column));
  }
  if (legacy) problems.push(messages.legacyLayout(file, renamed, !seen.has("time_identifier")));
  return { header, legacy, problems };
}

/** A row of a meta file with the line it starts on. */
export interface MetaRow {
  cells: string[];
  line: number;
}

/** Reads a meta file's rows (header first) into column roles, with every problem found. */
export function readMeta(file: string, rows: MetaRow[], dataHeader: string[]): { roles: ColumnRole[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const [head = { cells: [], line: 1 }, ...body] = rows;
  const names = head.cells.map(normaliseHeader);
  const col = (name: string) => names.indexOf(name);
  const missing = ["col_name", "col_type"].filter((n) => col(n) < 0);
  if (missing.length) return { roles: [], problems: [messages.metaMissingColumns({ file, line: head.line }, missing)] };

  const roles: ColumnRole[] = [];
  const seen = new Set<string>();
  for (const { cells, line } of body) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
    const name = get("col_name");
    if (name === "" && cells.every((c) => c.trim() === "")) continue;
    const at = (column: string, value: string) => ({ file, line, column: col(column) + 1, columnName: column, value });
    if (!dataHeader.includes(name)) {
      problems.push(messages.metaUnknownColumn(at("col_name", name)));
      continue;
    }
    if (seen.has(name)) {
      problems.push(messages.metaDuplicate(at("col_name", name)));
      continue;
    }
    seen.add(name);
    if (STRUCTURAL_COLUMNS.has(name)) {
      problems.push(messages.metaStructural(at("col_name", name)));
      continue;
    }
    const type = get("col_type");
    if (type !== "Filter" && type !== "Indicator") {
      problems.push(messages.metaBadType(at("col_type", type)));
      continue;
    }
    let unit = get("indicator_unit");
    if (!UNITS.has(unit)) {
      problems.push(messages.badUnit(at("indicator_unit", unit)));
      unit = "";
    }
    const dp = get("indicator_dp");
    roles.push({
      name,
      type,
      label: get("label") || labelFromName(name),
      unit: unit as Unit,
      decimals: /^\d+$/.test(dp) ? Number(dp) : 2,
      hint: get("filter_hint"),
      line,
    });
  }
  return { roles, problems };
}

/** Per-column evidence gathered in a first pass when there is no meta file. */
export interface ColumnEvidence {
  numeric: boolean[];
  /** Most decimal places seen, so inferred indicators print as published. */
  decimals: number[];
}

/** Starts gathering evidence for inference: every column may be an indicator until a cell says otherwise. */
export function startEvidence(width: number): ColumnEvidence {
  return { numeric: new Array<boolean>(width).fill(true), decimals: new Array<number>(width).fill(0) };
}

/** Looks at one row: a column stops being an indicator candidate at its first non-numeric, non-symbol cell. */
export function addEvidence(evidence: ColumnEvidence, cells: string[]): void {
  for (let i = 0; i < evidence.numeric.length; i++) {
    if (!evidence.numeric[i]) continue;
    const cell = cells[i] ?? "";
    if (!isIndicatorText(cell)) evidence.numeric[i] = false;
    else evidence.decimals[i] = Math.max(evidence.decimals[i]!, Math.min(2, /\.(\d+)/.exec(cell)?.[1]?.length ?? 0));
  }
}

/** Infers roles without a meta file: indicators are the columns whose every cell is a number or a symbol. */
export function inferRoles(header: string[], evidence: ColumnEvidence): ColumnRole[] {
  return header
    .map((name, i) => ({ name, i }))
    .filter(({ name }) => !STRUCTURAL_COLUMNS.has(name) && name !== "")
    .map(({ name, i }) => ({
      name,
      type: evidence.numeric[i] ? "Indicator" : "Filter",
      label: labelFromName(name),
      unit: "" as Unit,
      decimals: evidence.decimals[i] ?? 0,
      hint: "",
    }));
}

/** Builds the plan from the header and the roles, warning of any data column the meta file left out. */
export function planColumns(
  file: string,
  header: string[],
  roles: ColumnRole[],
  inferred: boolean,
  sourceColumn: string,
): { plan: ColumnPlan; problems: Problem[] } {
  const problems: Problem[] = [];
  const byName = new Map(roles.map((r) => [r.name, r]));
  const places: Record<string, number> = {};
  const filters: ColumnPlan["filters"] = [];
  const indicators: ColumnPlan["indicators"] = [];
  let source = -1;
  header.forEach((name, index) => {
    if (STRUCTURAL_COLUMNS.has(name)) {
      if (GEOGRAPHY_COLUMN_NAMES.has(name)) places[name] = index;
      return;
    }
    if (name === "") return;
    let role = byName.get(name);
    if (!role) {
      role = { name, type: "Filter", label: labelFromName(name), unit: "", decimals: 0, hint: "" };
      if (!inferred) problems.push(messages.metaUndescribed({ file, line: 1, column: index + 1, columnName: name, value: "filter" }));
    }
    if (name === sourceColumn) source = index;
    else if (role.type === "Indicator") {
      indicators.push({ index, indicator: { column: name, label: role.label, unit: role.unit, decimals: role.decimals } });
    } else {
      filters.push({ index, filter: { column: name, label: role.label, hint: role.hint, levels: [], total: null } });
    }
  });
  if (inferred) {
    problems.push(messages.metaInferred(file, filters.map((f) => f.filter.column), indicators.map((i) => i.indicator.column)));
  }
  if (indicators.length === 0) problems.push(messages.noIndicators(file));
  return {
    plan: {
      header,
      timePeriod: header.indexOf("time_period"),
      timeIdentifier: header.indexOf("time_identifier"),
      level: header.indexOf("geographic_level"),
      places,
      filters,
      indicators,
      source,
      inferred,
    },
    problems,
  };
}

const GEOGRAPHY_COLUMN_NAMES: ReadonlySet<string> = new Set(Object.values(GEOGRAPHY_COLUMNS).flatMap((g) => [...g.code, g.name]));
