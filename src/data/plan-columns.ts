import { columnLabel } from "./code-labels.ts";
import { labelFromName } from "./columns.ts";
import { holdsNumbers, type ColumnEvidence } from "./evidence.ts";
import type { ColumnRole } from "./meta.ts";
import { own } from "./own.ts";
import { newFilter, newIndicator, type FilterPlan, type IndicatorPlan } from "./plan.ts";
import type { ColumnReading, ColumnRoleName, RoleEvidence } from "./reading.ts";
import type { ColumnSetting, Descriptor } from "./types.ts";

/**
 * What every shape's planner asks of a column that is neither time nor place: is it a filter,
 * an indicator, or not read; with its label, unit and decimal places. The descriptor's word
 * comes first, then the meta file's, then the column's contents.
 */

/** What a planner is given: the header, the meta file's roles (null with no meta file), what the first pass saw, and the descriptor. */
export interface PlanInput {
  file: string;
  /** The header's standard names. */
  names: string[];
  headerLine: number;
  roles: ColumnRole[] | null;
  evidence: ColumnEvidence | null;
  descriptor: Descriptor;
  /** Whether columns the DfE's older files name by code get that code's label (outside the EES layout, whose files carry a meta file). */
  codeLabels?: boolean;
  /** Whether to say what DfE's screener would reject in an EES file (`npm run check -- --standard`). */
  standard?: boolean;
  /** Set for the older DfE layout, whose files name every place in one name column. */
  olderDfe?: boolean;
  /** Every column the meta file names, its structural ones included (which it may not name). */
  metaNames?: string[];
}

/** The descriptor's setting for a column, if any. */
export function settingOf(input: PlanInput, name: string): ColumnSetting | undefined {
  return input.descriptor.columns ? own(input.descriptor.columns, name) : undefined;
}

/** Names of columns that hold identifiers: numbers that are never counted. */
const IDENTIFIER = /(^|[_\s])(code|id|urn|ukprn|laestab|upin|number)$/i;

/** A column's role besides time and place, and what said so. */
export interface ValueRole {
  type: "filter" | "indicator" | "source" | "ignore";
  from: RoleEvidence;
  meta?: ColumnRole;
}

/** Decides a column's role: the descriptor, else the meta file (a column it leaves out is not read), else the contents. */
export function valueRole(input: PlanInput, index: number, name: string): ValueRole {
  const setting = settingOf(input, name);
  const meta = input.roles?.find((r) => r.name === name);
  if (setting?.role === "filter" || setting?.role === "indicator" || setting?.role === "source") return { type: setting.role, from: "descriptor", ...(meta ? { meta } : {}) };
  if (setting?.role === "ignore") return { type: "ignore", from: "descriptor" };
  if (name === (input.descriptor.sourceColumn ?? "source_id")) return { type: "source", from: "standard" };
  if (input.roles) {
    if (meta) return { type: meta.type === "Indicator" ? "indicator" : "filter", from: "meta", meta };
    // A column the meta file names only as another filter's grouping column holds that filter's headings: it is read.
    const groupOf = input.roles.find((r) => r.groupColumn === name)?.name;
    return groupOf ? { type: "filter", from: "meta", meta: { name, type: "Filter", label: labelFromName(name), unit: "", decimals: 0, hint: "", groupOf } } : { type: "ignore", from: "meta" };
  }
  const stats = input.evidence?.columns[index];
  const numeric = stats !== undefined && holdsNumbers(stats) && !IDENTIFIER.test(name);
  return { type: numeric ? "indicator" : "filter", from: "contents" };
}

function known(input: PlanInput, name: string): string | null {
  return input.codeLabels ? columnLabel(name) : null;
}

/** A filter column's plan: labels, hint and default from the descriptor and meta file. */
export function filterPlan(input: PlanInput, index: number, name: string, meta?: ColumnRole, groupIndex = -1): FilterPlan {
  const setting = settingOf(input, name);
  const label = setting?.label ?? meta?.label ?? known(input, name) ?? labelFromName(name);
  const filter = newFilter(name, label, setting?.hint ?? meta?.hint ?? "", meta?.defaultLevel ?? null, meta?.groupOf ?? null);
  const labels = input.descriptor.labels ? own(input.descriptor.labels, name) : undefined;
  const renames = input.descriptor.rename ? own(input.descriptor.rename, name) : undefined;
  return { index, filter, labels: labels ?? {}, renames: renames ?? {}, groupIndex };
}

/** An indicator column's plan: label, unit and decimal places from the descriptor, the meta file, or as published. */
export function indicatorPlan(input: PlanInput, index: number, name: string, meta?: ColumnRole): IndicatorPlan {
  const setting = settingOf(input, name);
  const seen = index >= 0 ? input.evidence?.columns[index]?.decimals : undefined;
  return {
    index,
    indicator: newIndicator(name, setting?.label ?? meta?.label ?? known(input, name) ?? labelFromName(name), setting?.unit ?? meta?.unit ?? "", setting?.decimals ?? meta?.decimals ?? seen ?? 0),
  };
}

/** A column's reading, for the checker and the page. */
export function reading(index: number, name: string, role: ColumnRoleName, from: RoleEvidence, detail = ""): ColumnReading {
  return { column: index + 1, name, role, from, detail };
}
