import { labelFromName } from "./columns.ts";
import { twoYearsFromName } from "./column-names.ts";
import { blankPlanParts, newIndicator, type ColumnPlan, type PeriodPlan, type PlacePlan, type Structure, type TidyPlan } from "./plan.ts";
import { filterPlan, indicatorPlan, reading, settingOf, valueRole, type PlanInput } from "./plan-columns.ts";
import { topicOf } from "./plan-ees.ts";
import { messages } from "./problems.ts";
import type { ColumnReading, ShapeKind } from "./reading.ts";
import { identityAdapter, longAdapter, wideAdapter } from "./row-adapter.ts";
import type { Problem, TwoYearKind } from "./types.ts";

/**
 * The plans of the shapes outside the EES layout. Each keeps some of the file's columns as they
 * are (`ids`: period, place, groups) and, for a wide or long table, adds the columns its row
 * adapter makes; `columnOf` leads each back to the file's own column.
 */

/** What an unnamed two-year period is in a column: the descriptor's word, else the header's, else academic. */
export function twoYearsOf(input: PlanInput, index: number): { twoYears: TwoYearKind; named: boolean } {
  const name = input.names[index]!;
  const set = settingOf(input, name)?.period;
  return set ? { twoYears: set, named: true } : twoYearsFromName(name);
}

/** A plan under way: the columns the ingest reads, and how each of the file's was read. */
interface Draft {
  plan: ColumnPlan;
  columns: ColumnReading[];
}

function periodPlan(input: PlanInput, structure: Structure, at: number, olderDfe: boolean): PeriodPlan {
  // An older DfE `year` is EES's time_period without its identifier: six digits an academic year, four a calendar year.
  if (olderDfe) return { kind: "ees", timePeriod: at, timeIdentifier: -1 };
  if (structure.period >= 0) return { kind: "text", index: at, ...twoYearsOf(input, structure.period) };
  return { kind: "fixed", text: input.descriptor.period ?? null, twoYears: "academic-year" };
}

function placePlan(input: PlanInput, structure: Structure, virtual: (i: number) => number, olderDfe: boolean): PlacePlan {
  const { place, level, code, parent, placeLevel } = structure;
  if (level >= 0) return { kind: "ees", level: virtual(level), places: {}, names: place >= 0 ? virtual(place) : -1, codes: code >= 0 ? virtual(code) : -1 };
  if (place >= 0) return { kind: "column", index: virtual(place), code: code >= 0 ? virtual(code) : -1, level: placeLevel, parent: parent >= 0 ? virtual(parent) : -1 };
  const given = input.descriptor.place;
  if (given) return { kind: "fixed", level: given.level, name: given.name, code: given.code ?? "" };
  return { kind: "fixed", level: olderDfe ? "National" : "", name: "", code: "" };
}

/** The plan for the id columns (kept as written): period, place, and every other column by its role. */
function planIds(input: PlanInput, structure: Structure, ids: readonly number[], shape: ShapeKind, problems: Problem[]): Draft {
  const virtual = (i: number) => ids.indexOf(i);
  const plan: ColumnPlan = {
    names: input.names,
    header: ids.map((i) => input.names[i]!),
    columnOf: [...ids],
    period: periodPlan(input, structure, virtual(structure.period), shape === "older-dfe"),
    place: placePlan(input, structure, virtual, shape === "older-dfe"),
    ...blankPlanParts(input.roles === null),
  };
  const columns: ColumnReading[] = [];
  const structural = new Map<number, ColumnReading["role"]>([
    [structure.period, "period"],
    [structure.level, "level"],
    [structure.place, "place"],
    [structure.parent, "place"],
    [structure.code, "place-code"],
  ]);
  ids.forEach((index, v) => {
    const name = input.names[index]!;
    const role = structural.get(index);
    if (role) return void columns.push(reading(index, name, role, settingOf(input, name)?.role ? "descriptor" : "name", structuralDetail(input, structure, index, shape)));
    const value = valueRole(input, index, name);
    if (value.type === "source") plan.source = v;
    else if (value.type === "indicator") plan.indicators.push(indicatorPlan(input, v, name, value.meta));
    else if (value.type === "filter") plan.filters.push(filterPlan(input, v, name, value.meta));
    else if (value.from === "meta") problems.push(messages.metaUndescribed({ file: input.file, line: input.headerLine, column: index + 1, columnName: name }));
    columns.push(reading(index, name, value.type === "ignore" ? "ignored" : value.type, value.from));
  });
  plan.columnOf = plan.columnOf.map((i) => i);
  return { plan, columns };
}

function structuralDetail(input: PlanInput, structure: Structure, index: number, shape: ShapeKind): string {
  if (index === structure.period && shape === "older-dfe") return "six digits read as an academic year, four as a calendar year";
  if (index === structure.period) {
    const { twoYears, named } = twoYearsOf(input, index);
    return `two-year periods such as 2014-15 read as ${twoYears.replace("-", " ")}s${named ? "" : " (assumed)"}`;
  }
  if (index === structure.place) return structure.placeLevel ? `places at level ${structure.placeLevel}` : "each place's level found by its name or code";
  return "";
}

/** Closing words on every plan: the inference warning, and an error when nothing is numeric. */
function finish(input: PlanInput, draft: Draft, shape: ShapeKind, problems: Problem[], adapter: TidyPlan["adapter"]): { tidy: TidyPlan | null; problems: Problem[] } {
  const { plan } = draft;
  plan.topic = topicOf(plan);
  if (plan.inferred) problems.push(messages.metaInferred(input.file, plan.filters.map((f) => f.filter.column), plan.indicators.map((i) => i.indicator.column)));
  if (shape === "older-dfe") problems.push(messages.legacyLayout(input.file, [["year", "time_period"]], true, input.headerLine, true));
  else if (shape !== "tidy") problems.push(messages.shapeRead(input.file, input.headerLine, shape));
  if (plan.indicators.length === 0) problems.push(messages.noIndicators(input.file, input.headerLine));
  const ok = !problems.some((p) => p.severity === "error");
  return { tidy: ok ? { shape, planned: draft, adapter } : null, problems };
}

/** A table with one row per observation. */
export function planTable(input: PlanInput, structure: Structure, shape: ShapeKind, problems: Problem[]): { tidy: TidyPlan | null; problems: Problem[] } {
  const ids = input.names.map((_, i) => i);
  return finish(input, planIds(input, structure, ids, shape, problems), shape, problems, identityAdapter);
}

/** A name for a column the reader adds that no column of the file has. */
function freshName(names: readonly string[], wanted: string): string {
  let name = wanted;
  for (let n = 2; names.includes(name); n++) name = `${wanted}_${n}`;
  return name;
}

/** A table with one column per period or per group: each row read as one row per such column. */
export function planWide(
  input: PlanInput,
  structure: Structure,
  spread: { index: number; header: string }[],
  shape: "wide-periods" | "wide-groups",
  problems: Problem[],
): { tidy: TidyPlan | null; problems: Problem[] } {
  const spreadSet = new Set(spread.map((s) => s.index));
  const ids = input.names.map((_, i) => i).filter((i) => !spreadSet.has(i));
  const draft = planIds(input, structure, ids, shape, problems);
  const { plan } = draft;
  const spreadName = freshName(input.names, shape === "wide-periods" ? "period" : "group");
  const valueName = freshName(input.names, "value");
  const at = ids.length;
  plan.header.push(spreadName, valueName);
  plan.columnOf.push(spread[0]!.index, spread[0]!.index);
  if (shape === "wide-periods") plan.period = { kind: "text", index: at, twoYears: "academic-year", named: false };
  else plan.filters.push({ ...filterPlan(input, at, spreadName), filter: { ...filterPlan(input, at, spreadName).filter, label: settingOf(input, spreadName)?.label ?? "Group" } });
  const setting = settingOf(input, valueName);
  const decimals = Math.max(0, ...spread.map((s) => input.evidence?.columns[s.index]?.decimals ?? 0));
  plan.indicators.push({ index: at + 1, indicator: newIndicator(valueName, setting?.label ?? "Value", setting?.unit ?? "", setting?.decimals ?? decimals) });
  for (const s of spread) draft.columns.push(reading(s.index, s.header, shape === "wide-periods" ? "period-column" : "group-column", "name"));
  draft.columns.sort((a, b) => a.column - b.column);
  return finish(input, draft, shape, problems, wideAdapter(ids, spread, ids));
}

/** A table with one row per indicator: a column names it, another holds its value. */
export function planLong(input: PlanInput, structure: Structure, nameIndex: number, valueIndex: number, problems: Problem[]): { tidy: TidyPlan | null; problems: Problem[] } {
  const ids = input.names.map((_, i) => i).filter((i) => i !== nameIndex && i !== valueIndex);
  const draft = planIds(input, structure, ids, "long-indicators", problems);
  const { plan } = draft;
  const stats = input.evidence?.columns[nameIndex];
  if (!stats || stats.capped) problems.push(messages.tooManyIndicators(input.file, input.headerLine, input.names[nameIndex]!));
  const names = [...(stats?.distinct.keys() ?? [])];
  const decimals = input.evidence?.columns[valueIndex]?.decimals ?? 0;
  names.forEach((name, k) => {
    const setting = settingOf(input, name);
    plan.header.push(name);
    plan.columnOf.push(valueIndex);
    plan.indicators.push({ index: ids.length + k, indicator: newIndicator(name, setting?.label ?? labelFromName(name), setting?.unit ?? "", setting?.decimals ?? decimals) });
  });
  plan.merge = true;
  draft.columns.push(reading(nameIndex, input.names[nameIndex]!, "indicator-name", "name", `${names.length} indicators`), reading(valueIndex, input.names[valueIndex]!, "value", "contents"));
  draft.columns.sort((a, b) => a.column - b.column);
  return finish(input, draft, "long-indicators", problems, longAdapter(ids, nameIndex, valueIndex, names));
}
