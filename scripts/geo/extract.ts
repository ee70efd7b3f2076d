/**
 * Reads what the lookup needs out of each file's records: which authority (by DfE number) each
 * file has in which year, under which code and name; region names and codes; DfE's list of codes
 * with dates; police force areas. Anything unexpected stops the build with the file, line,
 * column and value.
 */

import { normaliseAcademicYear } from "../../src/geo/academic-year.ts";
import type { AcademicYear } from "../../src/geo/types.ts";
import { InputError, type CsvRecord } from "./read.ts";
import type { SourceId } from "./sources.ts";

/** One file's row for an authority in a year (deduplicated: one per distinct combination). */
export interface AreaRow {
  source: SourceId;
  line: number;
  year: AcademicYear | null;
  number: string;
  code: string | null;
  name: string;
  region: string | null;
}

/** One file's name (and code or number, where it gives them) for England, a region or Inner/Outer London. */
export interface RegionRow {
  source: SourceId;
  line: number;
  code: string | null;
  number: string | null;
  name: string;
}

/** A row of DfE's list of ONS codes for one authority. */
export interface CodeRow {
  line: number;
  code: string;
  name: string;
  number: string;
  region: string;
  operational: string;
  terminated: string | null;
}

const NUMBER = /^\d{3}$/;
const CODE = /^[EW]\d{8}$/;

function cell(record: CsvRecord, column: string): string {
  return (record.values[column] ?? "").trim();
}

function checked(file: string, record: CsvRecord, column: string, pattern: RegExp, advice: string): string {
  const value = cell(record, column);
  if (!pattern.test(value)) throw new InputError(file, record.line, column, value, advice);
  return value;
}

function year(file: string, record: CsvRecord, column: string): AcademicYear {
  const value = cell(record, column);
  try {
    return normaliseAcademicYear(value);
  } catch {
    throw new InputError(file, record.line, column, value, "expected an academic year such as 201617 or 2016/17");
  }
}

/** Keeps one row per distinct value, so a file of many breakdown rows gives one row per authority-year. */
class Distinct<T> {
  private readonly seen = new Map<string, T>();
  add(key: string, row: T): void {
    if (!this.seen.has(key)) this.seen.set(key, row);
  }
  values(): T[] {
    return [...this.seen.values()];
  }
}

function areaKey(row: AreaRow): string {
  return [row.source, row.year, row.number, row.code, row.name, row.region].join("|");
}

function regionKey(row: RegionRow): string {
  return [row.source, row.code, row.number, row.name].join("|");
}

/** reasons.csv: LA rows give number, code ('.' when none), name and region code; region rows give region names. */
export function fromReasons(records: readonly CsvRecord[], file: string): { areas: AreaRow[]; regions: RegionRow[] } {
  const areas = new Distinct<AreaRow>();
  const regions = new Distinct<RegionRow>();
  for (const r of records) {
    const level = cell(r, "level");
    const country = { source: "reasons" as const, line: r.line, code: cell(r, "country_code"), number: null, name: cell(r, "country_name") };
    regions.add(regionKey(country), country);
    if (level === "NATIONAL") continue;
    const region = { source: "reasons" as const, line: r.line, code: checked(file, r, "region_code", CODE, "expected a region code such as E12000007"), number: null, name: cell(r, "region_name") };
    regions.add(regionKey(region), region);
    if (level === "REGIONAL") continue;
    if (level !== "LOCAL AUTHORITY") throw new InputError(file, r.line, "level", level, "expected NATIONAL, REGIONAL or LOCAL AUTHORITY");
    const code = cell(r, "new_la_code");
    const row: AreaRow = {
      source: "reasons",
      line: r.line,
      year: year(file, r, "year"),
      number: checked(file, r, "old_la_code", NUMBER, "expected a three-digit DfE local authority number"),
      code: code === "." ? null : checked(file, r, "new_la_code", CODE, "expected an ONS code such as E09000012, or '.'"),
      name: cell(r, "la_name"),
      region: region.code,
    };
    areas.add(areaKey(row), row);
  }
  return { areas: areas.values(), regions: regions.values() };
}

/**
 * clean_la_data.csv: names only. Each LA name is matched exactly to a reasons.csv name to find its
 * number; the 2006/07 "NULL" rows, DfE's placeholder with no pupils, are the only rows left out.
 */
export function fromCleanLa(records: readonly CsvRecord[], file: string, numberByName: ReadonlyMap<string, string>): { areas: AreaRow[]; regions: RegionRow[]; leftOut: string[] } {
  const areas = new Distinct<AreaRow>();
  const regions = new Distinct<RegionRow>();
  const leftOut: string[] = [];
  for (const r of records) {
    const level = cell(r, "level");
    const name = cell(r, "la_name");
    if (name === "NULL") {
      leftOut.push(`${file} line ${r.line}: the "NULL" placeholder row at ${level} level (no area)`);
      continue;
    }
    if (level === "National" || level === "Region") {
      const row = { source: "clean-la" as const, line: r.line, code: null, number: null, name };
      regions.add(regionKey(row), row);
      continue;
    }
    if (level !== "Local authority") throw new InputError(file, r.line, "level", level, "expected National, Region or Local authority");
    const number = numberByName.get(name);
    if (!number) throw new InputError(file, r.line, "la_name", name, "no reasons.csv row spells an authority this way; add the spelling's number before building");
    const row: AreaRow = { source: "clean-la", line: r.line, year: year(file, r, "year"), number, code: null, name, region: null };
    areas.add(areaKey(row), row);
  }
  return { areas: areas.values(), regions: regions.values(), leftOut };
}

/** The alternative provision file: LA rows give number, code, name and region code; regional rows give region names. */
export function fromAp(records: readonly CsvRecord[], file: string): { areas: AreaRow[]; regions: RegionRow[] } {
  const areas = new Distinct<AreaRow>();
  const regions = new Distinct<RegionRow>();
  for (const r of records) {
    const level = cell(r, "geographic_level");
    const country = { source: "ap" as const, line: r.line, code: cell(r, "country_code"), number: null, name: cell(r, "country_name") };
    regions.add(regionKey(country), country);
    if (level === "National") continue;
    const region = { source: "ap" as const, line: r.line, code: checked(file, r, "region_code", CODE, "expected a region code such as E12000007"), number: null, name: cell(r, "region_name") };
    regions.add(regionKey(region), region);
    if (level === "Regional") continue;
    if (level !== "Local authority") throw new InputError(file, r.line, "geographic_level", level, "expected National, Regional or Local authority");
    const row: AreaRow = {
      source: "ap",
      line: r.line,
      year: year(file, r, "time_period"),
      number: checked(file, r, "old_la_code", NUMBER, "expected a three-digit DfE local authority number"),
      code: checked(file, r, "new_la_code", CODE, "expected an ONS code such as E09000012"),
      name: cell(r, "la_name"),
      region: region.code,
    };
    areas.add(areaKey(row), row);
  }
  return { areas: areas.values(), regions: regions.values() };
}

/** The exclusion measures whose years say when the interactive tool has figures for an authority. */
const LAIT_YEAR_MEASURES = new Set(["TotPermEx", "TotFixedEx"]);

/**
 * The interactive tool's long table: numbers below 970 are authorities (name and region as
 * spelled; years from the exclusion rates that have a value); 970 to 990 are England and the
 * regions; 1000, "England (discontinued)", is left out.
 */
export function fromLait(records: readonly CsvRecord[], file: string): { areas: AreaRow[]; regions: RegionRow[]; leftOut: string[] } {
  const areas = new Distinct<AreaRow>();
  const regions = new Distinct<RegionRow>();
  const leftOut = new Set<string>();
  for (const r of records) {
    const raw = cell(r, "LA Number");
    const number = /^\d+(\.0+)?$/.test(raw) ? String(Number(raw)) : "";
    if (!number) throw new InputError(file, r.line, "LA Number", raw, "expected DfE's number for the area");
    const name = cell(r, "LA and Regions");
    if (Number(number) >= 1000) {
      leftOut.add(`${file}: area ${number} "${name}" (not a current area)`);
      continue;
    }
    if (Number(number) >= 970) {
      const row = { source: "lait" as const, line: r.line, code: null, number, name };
      regions.add(regionKey(row), row);
      continue;
    }
    if (!NUMBER.test(number)) throw new InputError(file, r.line, "LA Number", raw, "expected a three-digit DfE local authority number");
    const region = cell(r, "Region");
    const counts = LAIT_YEAR_MEASURES.has(cell(r, "Short Desc")) && cell(r, "Values") !== "-" && cell(r, "Values") !== "";
    const named: AreaRow = { source: "lait", line: r.line, year: null, number, code: null, name, region };
    areas.add(areaKey(named), named);
    regions.add(`lait-region|${region}`, { source: "lait", line: r.line, code: null, number: null, name: region });
    if (counts) {
      const dated: AreaRow = { ...named, year: year(file, r, "Years") };
      areas.add(areaKey(dated), dated);
    }
  }
  return { areas: areas.values(), regions: regions.values(), leftOut: [...leftOut] };
}

function isoDate(file: string, record: CsvRecord, column: string): string | null {
  const value = cell(record, column);
  if (value === "") return null;
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!m) throw new InputError(file, record.line, column, value, "expected a date written dd/mm/yyyy");
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * DfE's list of codes: one authority per row is used. Joint rows ("940 / 941"), codes with no DfE
 * number ("x": the counties that became unitary authorities in 2009, whose education authorities
 * DfE's files give under the new codes) and the row with no ONS code ("z") are left out and listed.
 */
export function fromLas(records: readonly CsvRecord[], file: string): { codes: CodeRow[]; leftOut: string[] } {
  const codes: CodeRow[] = [];
  const leftOut: string[] = [];
  for (const r of records) {
    const number = cell(r, "old_la_code");
    if (!NUMBER.test(number) || !CODE.test(cell(r, "new_la_code"))) {
      leftOut.push(`${file} line ${r.line}: ${cell(r, "new_la_code")} "${cell(r, "la_name")}" (number "${number}")`);
      continue;
    }
    const operational = isoDate(file, r, "date_of_operation");
    if (!operational) throw new InputError(file, r.line, "date_of_operation", "", "every code needs the date it came into use");
    codes.push({
      line: r.line,
      code: checked(file, r, "new_la_code", CODE, "expected an ONS code such as E09000012"),
      name: cell(r, "la_name"),
      number,
      region: checked(file, r, "parent_geography_code", /^E12\d{6}$/, "expected the region's code (E12…)"),
      operational,
      terminated: isoDate(file, r, "date_of_termination"),
    });
  }
  return { codes, leftOut };
}

/** DfE's region list: code and name of each region and of Inner and Outer London. */
export function fromRegions(records: readonly CsvRecord[], file: string): RegionRow[] {
  return records.map((r) => ({
    source: "regions" as const,
    line: r.line,
    code: checked(file, r, "region_code", /^E1[23]\d{6}$/, "expected a region code (E12… or E13…)"),
    number: null,
    name: cell(r, "region_name"),
  }));
}

/** DfE's police force area list: England's (E23) and Wales's (W15) forces; the rest are listed as left out. */
export function fromPolice(records: readonly CsvRecord[], file: string): { forces: { code: string; name: string; country: "England" | "Wales" }[]; leftOut: string[] } {
  const forces: { code: string; name: string; country: "England" | "Wales" }[] = [];
  const leftOut: string[] = [];
  for (const r of records) {
    const code = cell(r, "pfa_code");
    const name = cell(r, "pfa_name");
    if (/^E23\d{6}$/.test(code)) forces.push({ code, name, country: "England" });
    else if (/^W15\d{6}$/.test(code)) forces.push({ code, name, country: "Wales" });
    else leftOut.push(`${file} line ${r.line}: ${code} "${name}" (not a force in England or Wales)`);
  }
  return { forces, leftOut };
}
