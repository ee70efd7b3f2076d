import { labelFromName, normaliseHeader, STRUCTURAL_COLUMNS } from "./columns.ts";
import { metaStandardProblems, type MetaRow } from "./meta-standard.ts";
import { messages } from "./problems.ts";
import type { Problem, Unit } from "./types.ts";

/** Reading an EES meta file (`<id>.meta.csv`): which columns are filters and which indicators, with labels, units and decimal places. */

/** A column's role as the meta file (or inference) gives it. */
export interface ColumnRole {
  name: string;
  type: "Filter" | "Indicator";
  label: string;
  unit: Unit;
  decimals: number;
  hint: string;
  /** The column holding the heading each level of this filter sits under (EES `filter_grouping_column`). */
  groupColumn?: string;
  /** The level shown when a chart chooses none (EES `filter_default`). */
  defaultLevel?: string;
  /** Meta file line, for messages. */
  line?: number;
  /** Set when the data file lacks the column: EES reads every row as "Not specified" for a filter, and as no value for an indicator. */
  absent?: boolean;
  /** Set on a grouping column: the filter whose headings it holds. */
  groupOf?: string;
}

export type { MetaRow } from "./meta-standard.ts";

const UNITS: ReadonlySet<string> = new Set(["", "%", "pp", "£", "£m", "numberstring"]);

/** Reads a meta file's rows (header first) into column roles, with every problem found. */
export function readMeta(file: string, rows: MetaRow[], dataHeader: string[], standard = false): { roles: ColumnRole[]; problems: Problem[]; names: string[] } {
  const problems: Problem[] = [];
  const [head = { cells: [], line: 1 }, ...body] = rows;
  const names = head.cells.map(normaliseHeader);
  const col = (name: string) => names.indexOf(name);
  const missing = ["col_name", "col_type"].filter((n) => col(n) < 0);
  if (missing.length) return { roles: [], problems: [messages.metaMissingColumns({ file, line: head.line }, missing)], names: [] };

  const roles: ColumnRole[] = [];
  const seen = new Set<string>();
  for (const { cells, line } of body) {
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? "").trim() : "");
    const name = get("col_name");
    if (name === "" && cells.every((c) => c.trim() === "")) continue;
    const at = (column: string, value: string) => ({ file, line, column: col(column) + 1, columnName: column, value });
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
    const groupColumn = type === "Filter" ? get("filter_grouping_column") : "";
    const defaultLevel = type === "Filter" ? get("filter_default") : "";
    roles.push({
      name,
      type,
      label: get("label") || labelFromName(name),
      unit: unit as Unit,
      decimals: /^\d+$/.test(dp) ? Number(dp) : 2,
      hint: get("filter_hint"),
      line,
      ...(groupColumn ? { groupColumn } : {}),
      ...(defaultLevel ? { defaultLevel } : {}),
    });
  }
  if (standard) problems.push(...metaStandardProblems(file, rows));
  const grouping = roles.flatMap((r) => (r.groupColumn ? [r.groupColumn] : []));
  return { ...withGroupingColumns(file, roles, dataHeader, col("col_name") + 1, problems), names: [...seen, ...grouping] };
}

/**
 * A grouping column named by another filter holds that filter's headings: it is read (a topic
 * column is one), but marked, as EES does not count it as a filter. A column the data lacks is
 * read as EES reads it, with a warning.
 */
function withGroupingColumns(file: string, roles: ColumnRole[], dataHeader: string[], nameColumn: number, problems: Problem[]): { roles: ColumnRole[]; problems: Problem[] } {
  const grouping = new Map(roles.flatMap((r) => (r.groupColumn ? [[r.groupColumn, r.name] as const] : [])));
  const kept: ColumnRole[] = [];
  for (const found of roles) {
    const groupOf = grouping.get(found.name);
    const role = groupOf ? { ...found, groupOf } : found;
    if (!dataHeader.includes(role.name)) {
      problems.push(messages.metaUnknownColumn({ file, line: role.line, column: nameColumn, columnName: "col_name", value: role.name }, role.type));
      kept.push({ ...role, absent: true });
    } else kept.push(role);
  }
  return { roles: kept, problems };
}
