import { GEOGRAPHY_COLUMNS, GROUP_COLUMNS, REQUIRED_COLUMNS, STRUCTURAL_COLUMNS, TOPIC_COLUMNS } from "./columns.ts";
import { standardiseOlderDfe } from "./header.ts";
import { ABSENT_COLUMN, blankPlanParts, GROUPS_DEFAULT, type ColumnPlan, type Planned } from "./plan.ts";
import { filterPlan, indicatorPlan, reading, valueRole, type PlanInput } from "./plan-columns.ts";
import { messages } from "./problems.ts";
import type { ColumnReading } from "./reading.ts";
import type { Problem } from "./types.ts";

/**
 * The plan for a file in the EES layout, or in the older DfE layout it grew from (`year`,
 * `level`, `country`): time and place from the standard's columns, every other column a filter
 * or an indicator as the meta file, the descriptor or the contents say.
 */

const GEOGRAPHY_NAMES: ReadonlySet<string> = new Set(Object.values(GEOGRAPHY_COLUMNS).flatMap((g) => [...g.code, g.name]));
const NAME_COLUMNS: readonly string[] = Object.values(GEOGRAPHY_COLUMNS).map((g) => g.name);

/** Plans an EES or older DfE file; null when the header has errors that stop it. */
export function planEes(input: PlanInput, olderDfe: boolean): { planned: Planned | null; problems: Problem[] } {
  const { file, headerLine: line } = input;
  const problems: Problem[] = [];
  let names = input.names;
  if (olderDfe) {
    const standard = standardiseOlderDfe(names);
    names = standard.names;
    problems.push(messages.legacyLayout(file, standard.renamed, !names.includes("time_identifier"), line));
  }
  problems.push(...missingRequired(file, names, olderDfe, line));
  if (problems.some((p) => p.severity === "error")) return { planned: null, problems };
  const planned = planColumns({ ...input, names, olderDfe }, problems, input.names);
  planned.plan.checks = olderDfe ? "none" : input.standard ? "standard" : "repairs";
  planned.plan.placeFilters = (input.metaNames ?? []).filter((n) => n === "school_name" || n === "provider_name");
  const spaced = names.filter((n) => /\s/.test(n));
  if (planned.plan.checks === "standard") {
    if (spaced.length) problems.push(messages.spacesInNames(file, line, spaced));
    problems.push(...headerStandardProblems(file, names, line));
  }
  return { planned: problems.some((p) => p.severity === "error") ? null : planned, problems };
}

/** Columns that come as a set: a file with one of them has them all. */
const COLUMN_SETS: readonly string[][] = [
  ["region_code", "region_name"],
  ["new_la_code", "la_name", "old_la_code"],
];
/** Harmonised names the screener holds columns about SEN and ethnicity to. */
const HARMONISED = new Set(["sen_status", "sen_primary_need", "sen_secondary_need", "sen_provision", "ethnicity_major", "ethnicity_minor", "ethnicity_detailed", "minority_ethnic"]);

/** What the screener says of an EES header: a set of geography columns part-given, and names for SEN and ethnicity other than the harmonised ones. */
function headerStandardProblems(file: string, names: readonly string[], line: number): Problem[] {
  const problems: Problem[] = [];
  for (const set of COLUMN_SETS) {
    const missing = set.filter((c) => !names.includes(c));
    if (missing.length && missing.length < set.length) problems.push(messages.columnSetPart(file, line, set, missing));
  }
  const odd = names.filter((n) => /(^|_)(sen|primary_need|secondary_need|ethnic)/.test(n.toLowerCase()) && !HARMONISED.has(n));
  if (odd.length) problems.push(messages.notHarmonised(file, line, odd));
  return problems;
}

/** The standard's required columns a header lacks; an older file names its places in whatever name column it has, and has no time_identifier or country_code. */
export function missingRequired(file: string, names: readonly string[], olderDfe: boolean, line: number): Problem[] {
  const excused: ReadonlySet<string> = olderDfe ? new Set(["time_identifier", "country_code", "country_name"]) : new Set();
  return REQUIRED_COLUMNS.filter((c) => !names.includes(c) && !excused.has(c)).map((c) => messages.missingColumn(file, c, line));
}

/** The plan, with each column's reading under the name the file gives it. */
function planColumns(input: PlanInput, problems: Problem[], written: readonly string[]): Planned {
  const { file, names, headerLine: line } = input;
  const plan: ColumnPlan = {
    names: input.names,
    header: [...names],
    columnOf: names.map((_, i) => i),
    period: { kind: "ees", timePeriod: names.indexOf("time_period"), timeIdentifier: names.indexOf("time_identifier") },
    place: { kind: "ees", level: names.indexOf("geographic_level"), places: {}, names: input.olderDfe ? fallbackNames(names) : -1, codes: -1 },
    ...blankPlanParts(input.roles === null),
  };
  const columns: ColumnReading[] = [];
  names.forEach((name, index) => {
    if (STRUCTURAL_COLUMNS.has(name)) {
      if (GEOGRAPHY_NAMES.has(name) && plan.place.kind === "ees") plan.place.places[name] = index;
      columns.push(reading(index, written[index]!, structuralRole(name), "standard"));
      return;
    }
    if (name === "") return;
    const role = valueRole(input, index, name);
    const from = role.from;
    if (role.type === "source") {
      plan.source = index;
      columns.push(reading(index, name, "source", from));
    } else if (role.type === "indicator") {
      plan.indicators.push(indicatorPlan(input, index, name, role.meta));
      columns.push(reading(index, name, "indicator", from));
    } else if (role.type === "filter") {
      const found = role.meta?.groupColumn ? names.indexOf(role.meta.groupColumn) : -1;
      const groupIndex = role.meta?.groupColumn && found < 0 ? GROUPS_DEFAULT : found;
      plan.filters.push(filterPlan(input, index, name, role.meta, groupIndex));
      const detail = groupIndex >= 0 ? `headings in ${role.meta!.groupColumn}` : role.meta?.groupOf ? `headings of ${role.meta.groupOf}` : "";
      columns.push(reading(index, name, role.meta?.groupOf ? "filter-group" : "filter", from, detail));
    } else {
      columns.push(reading(index, name, "ignored", from));
      if (from === "meta") problems.push(messages.metaUndescribed({ file, line, column: index + 1, columnName: name }));
    }
  });
  addAbsent(input, plan);
  plan.topic = topicOf(plan);
  if (plan.inferred) problems.push(messages.metaInferred(file, plan.filters.map((f) => f.filter.column), plan.indicators.map((i) => i.indicator.column)));
  if (plan.indicators.length === 0) problems.push(messages.noIndicators(file, line));
  return { plan, columns };
}

/** Columns the meta file describes that the data lacks: read as EES reads them, every filter level "Not specified" and every indicator cell empty. */
function addAbsent(input: PlanInput, plan: ColumnPlan): void {
  for (const role of input.roles ?? []) {
    if (!role.absent) continue;
    if (role.type === "Indicator") plan.indicators.push(indicatorPlan(input, ABSENT_COLUMN, role.name, role));
    else plan.filters.push(filterPlan(input, ABSENT_COLUMN, role.name, role));
  }
}

/** The one name column a file has, to name places whose level's own name column is missing (older files name every place in `la_name`). */
function fallbackNames(names: readonly string[]): number {
  const present = NAME_COLUMNS.filter((n) => names.includes(n));
  return present.length === 1 ? names.indexOf(present[0]!) : -1;
}

function structuralRole(name: string): ColumnReading["role"] {
  if (name === "time_period") return "time-period";
  if (name === "time_identifier") return "time-identifier";
  if (name === "geographic_level") return "level";
  return NAME_COLUMNS.includes(name) ? "place" : "place-code";
}

/** The topic layout: a filter naming each row's characteristic beside one naming its group. */
export function topicOf(plan: Pick<ColumnPlan, "filters">): ColumnPlan["topic"] {
  const filter = plan.filters.findIndex((f) => TOPIC_COLUMNS.includes(f.filter.column));
  const group = plan.filters.findIndex((f) => GROUP_COLUMNS.includes(f.filter.column));
  return filter >= 0 && group >= 0 ? { filter, group } : null;
}
