import { indicatorNameColumn, isLevelName, isPeriodName, isPlaceCodeName, isTotalName, isValueName, narrowness, placeLevelOfName } from "./column-names.ts";
import { holdsNumbers } from "./evidence.ts";
import { parsePeriodText } from "./period-text.ts";
import type { Structure, TidyPlan } from "./plan.ts";
import { settingOf, type PlanInput } from "./plan-columns.ts";
import { planLong, planTable, planWide } from "./plan-shapes.ts";
import type { Problem } from "./types.ts";

/**
 * Plans a file outside the EES layout: finds its period, place, level and code columns by their
 * names (or the descriptor's word), then tells a tidy table from a wide one (periods or groups as
 * column headers) and a long one (a column naming each row's indicator).
 */

/** Finds the period, level, place and code columns. */
export function findStructure(input: PlanInput): Structure {
  const role = (name: string) => settingOf(input, name)?.role;
  const pick = (test: (name: string) => boolean, setting: string) =>
    input.names.findIndex((n) => role(n) === setting) >= 0 ? input.names.findIndex((n) => role(n) === setting) : input.names.findIndex((n) => role(n) === undefined && test(n));
  const places = input.names
    .map((name, index) => ({ index, level: role(name) === "place" ? (settingOf(input, name)?.level ?? placeLevelOfName(name) ?? null) : role(name) === undefined ? placeLevelOfName(name) : undefined }))
    .filter((p): p is { index: number; level: string | null } => p.level !== undefined)
    .sort((a, b) => narrowness(b.level) - narrowness(a.level));
  const place = places[0];
  return {
    period: pick(isPeriodName, "period"),
    level: pick(isLevelName, "level"),
    place: place?.index ?? -1,
    placeLevel: place?.level ?? null,
    parent: places.find((p) => p.level === "Regional" && p.index !== place?.index)?.index ?? -1,
    code: pick(isPlaceCodeName, "place-code"),
  };
}

/** Plans a file with no EES time and geography columns. */
export function planTidy(input: PlanInput): { tidy: TidyPlan | null; problems: Problem[] } {
  const structure = findStructure(input);
  const problems: Problem[] = [];
  const wideHeaders = structure.period < 0 ? periodHeaders(input) : [];
  if (wideHeaders.length >= 2) return planWide(input, structure, wideHeaders, "wide-periods", problems);
  const groups = groupColumns(input, structure);
  if (groups.length >= 3) return planWide(input, structure, groups, "wide-groups", problems);
  const nameIndex = indicatorNameColumn(input.names);
  const valueIndex = nameIndex >= 0 ? valueColumn(input, structure, nameIndex) : -1;
  if (valueIndex >= 0) return planLong(input, structure, nameIndex, valueIndex, problems);
  return planTable(input, structure, olderDfe(input, structure) ? "older-dfe" : "tidy", problems);
}

/** Headers that are periods (`2014-15`, `2019`), for a table with one column per period. */
function periodHeaders(input: PlanInput): { index: number; header: string }[] {
  return input.names.flatMap((name, index) => (settingOf(input, name) === undefined && parsePeriodText(name).kind === "period" ? [{ index, header: name }] : []));
}

/**
 * Numeric columns that are groups of one measure: three or more, one of them the Total. The
 * descriptor can say otherwise by giving any of them a role.
 */
function groupColumns(input: PlanInput, structure: Structure): { index: number; header: string }[] {
  const taken = new Set([structure.period, structure.level, structure.place, structure.parent, structure.code]);
  const numeric = input.names.flatMap((name, index) => {
    const stats = input.evidence?.columns[index];
    const free = !taken.has(index) && settingOf(input, name) === undefined && input.roles === null;
    return free && stats && holdsNumbers(stats) ? [{ index, header: name }] : [];
  });
  return numeric.some((c) => isTotalName(c.header)) ? numeric : [];
}

/** The value column of a long table: one named as values, else the only column of numbers. */
function valueColumn(input: PlanInput, structure: Structure, nameIndex: number): number {
  const setting = input.names.findIndex((n) => settingOf(input, n)?.role === "value");
  if (setting >= 0) return setting;
  const taken = new Set([structure.period, structure.level, structure.place, structure.parent, structure.code, nameIndex]);
  const numeric = input.names.map((_, i) => i).filter((i) => !taken.has(i) && input.evidence && holdsNumbers(input.evidence.columns[i]!));
  const named = numeric.filter((i) => isValueName(input.names[i]!));
  if (named.length === 1) return named[0]!;
  return numeric.length === 1 ? numeric[0]! : -1;
}

/** An older DfE file with no level column: `year` of four or six digits, and no place column, so its rows are national. */
function olderDfe(input: PlanInput, structure: Structure): boolean {
  if (structure.place >= 0 || structure.level >= 0 || structure.period < 0) return false;
  if (input.names[structure.period] !== "year") return false;
  const stats = input.evidence?.columns[structure.period];
  return stats !== undefined && [...stats.distinct.keys()].every((v) => /^\d{4}(\d{2})?$/.test(v));
}
