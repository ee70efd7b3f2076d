import { plainNumberText } from "../number-text.ts";
import { LOOKUP_CODES, type PlaceCodes } from "../places.ts";
import { checkAccount, type RowAccount } from "../row-account.ts";
import { measureEntry, type MeasureEntry } from "./dictionary.ts";
import { FLAGGED, NATIONAL_SUM_OF_REGIONS, PREPARED, type FlaggedCells, type PreparedSpec } from "./measures.ts";
import { standardPeriod, type StandardPeriod } from "./years.ts";

/**
 * The Local Authority Interactive Tool's long table (one row per measure, year and area) turned
 * into the standard's layout: one file per kind of year, one row per period and place, one
 * column per measure. Every value is written as published; `-` becomes `x`.
 */

/** One row of `bds_long_0.parquet`. */
export interface LaitRow {
  code: string;
  years: string;
  area: string;
  value: string;
  laNumber: number;
  region: string;
}

/** A prepared file's rows and what was done to its cells. */
export interface PreparedFile {
  id: string;
  header: string[];
  rows: string[][];
  /** Rows (period and place) with no value for any of the file's measures, left out. */
  emptyRowsLeftOut: number;
  /** Cells flagged `u`. */
  flagged: number;
  /** Cells written `x` because the published value is not of the measure's kind. */
  withheld: number;
}

/** The standard's time and geography columns, in order. */
export const GEOGRAPHY_HEADER = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name"];

interface Area {
  laNumber: number;
  name: string;
  region: string;
  level: "National" | "Regional" | "Local authority";
}

interface Cell {
  raw: string;
  qualifier: string;
}

/** One file's cells: period → area → one cell per column. */
type Grid = Map<string, { period: StandardPeriod; byArea: Map<number, (Cell | undefined)[]> }>;

/** What a preparation is given besides the rows; the defaults are this project's choices. */
export interface LaitOptions {
  specs?: readonly PreparedSpec[];
  flagged?: readonly FlaggedCells[];
  nationalSums?: readonly string[];
  places?: PlaceCodes;
}

/** Turns the tool's rows into the prepared files, checking that every row read is written or left out for a named reason. */
export function prepareLait(rows: Iterable<LaitRow>, dictionary: Map<string, MeasureEntry[]>, options: LaitOptions = {}): { files: PreparedFile[]; account: RowAccount } {
  const specs = options.specs ?? PREPARED;
  const targets = new Map<string, { spec: PreparedSpec; column: number }>();
  for (const spec of specs) {
    spec.columns.forEach((c, column) => {
      const entry = measureEntry(dictionary, c.code);
      if (entry.yearType !== spec.yearType) throw new Error(`${c.code}: the dictionary gives ${entry.yearType}, but ${spec.id} holds ${spec.yearType}s`);
      targets.set(c.code, { spec, column });
    });
  }
  const grids = new Map(specs.map((s) => [s.id, new Map() as Grid]));
  const areas = new Map<number, Area>();
  const otherCodes = new Set<string>();
  let read = 0;
  let other = 0;
  for (const row of rows) {
    read++;
    const target = targets.get(row.code);
    if (!target) {
      other++;
      otherCodes.add(row.code);
      continue;
    }
    noteArea(areas, row);
    place(grids.get(target.spec.id)!, target.spec, target.column, row);
  }
  const files = specs.map((spec) =>
    writeFile(spec, grids.get(spec.id)!, areas, options.flagged ?? FLAGGED, options.nationalSums ?? NATIONAL_SUM_OF_REGIONS, options.places ?? LOOKUP_CODES),
  );
  const written = files.reduce((n, f, i) => n + f.rows.length * specs[i]!.columns.length, 0);
  const empty = files.reduce((n, f, i) => n + f.emptyRowsLeftOut * specs[i]!.columns.length, 0);
  const account = checkAccount({
    source: "bds_long_0.parquet",
    read,
    written,
    leftOut: {
      [`rows of the tool's ${otherCodes.size} other measures, not in these files`]: other,
      "rows of a period and place with no value for any measure of its file (a place that did not exist that year, or a measure not published for it)": empty,
    },
  });
  return { files, account };
}

function noteArea(areas: Map<number, Area>, row: LaitRow): void {
  if (!Number.isInteger(row.laNumber)) throw new Error(`${row.area}: LA Number ${row.laNumber} is not a whole number`);
  const known = areas.get(row.laNumber);
  if (known) {
    if (known.name !== row.area || known.region !== row.region) throw new Error(`LA Number ${row.laNumber} is "${known.name}" (${known.region}) on one row and "${row.area}" (${row.region}) on another`);
    return;
  }
  const level = row.region !== "NA" ? "Local authority" : row.area === "England" ? "National" : "Regional";
  areas.set(row.laNumber, { laNumber: row.laNumber, name: row.area, region: row.region, level });
}

function place(grid: Grid, spec: PreparedSpec, column: number, row: LaitRow): void {
  const period = standardPeriod(row.years, spec.yearType);
  const key = `${period.timePeriod}|${period.timeIdentifier}`;
  let entry = grid.get(key);
  if (!entry) grid.set(key, (entry = { period: { ...period, qualifier: "" }, byArea: new Map() }));
  let cells = entry.byArea.get(row.laNumber);
  if (!cells) entry.byArea.set(row.laNumber, (cells = new Array<Cell | undefined>(spec.columns.length).fill(undefined)));
  if (cells[column]) throw new Error(`${row.code}, ${row.area}, ${row.years}: a second value for the same period and place`);
  cells[column] = { raw: row.value.trim(), qualifier: period.qualifier };
}

function writeFile(spec: PreparedSpec, grid: Grid, areas: Map<number, Area>, flagged: readonly FlaggedCells[], sums: readonly string[], places: PlaceCodes): PreparedFile {
  const withheld = withheldCells(spec, grid, areas, sums);
  const flags = flaggedCells(spec, grid, areas, flagged);
  const rows: { sort: [string, number, number]; cells: string[] }[] = [];
  let empty = 0;
  for (const [key, { period, byArea }] of grid) {
    for (const [laNumber, cells] of byArea) {
      const area = areas.get(laNumber)!;
      const missing = spec.columns.filter((_, i) => cells[i] === undefined).map((c) => c.code);
      if (missing.length > 0) throw new Error(`${area.name}, ${key}: no row for ${missing.join(", ")}; the tool's table is expected to have every measure for every place and year`);
      if (cells.every((c) => c!.raw === "-")) {
        empty++;
        continue;
      }
      const values = cells.map((c, i) => cellText(c!, withheld.has(`${key}|${laNumber}|${i}`), flags.has(`${key}|${laNumber}|${i}`)));
      rows.push({ sort: [period.timePeriod, LEVELS.indexOf(area.level), laNumber], cells: [...geography(period, area, places), ...values] });
    }
  }
  rows.sort((a, b) => a.sort[0].localeCompare(b.sort[0]) || a.sort[1] - b.sort[1] || a.sort[2] - b.sort[2]);
  return { id: spec.id, header: [...GEOGRAPHY_HEADER, ...spec.columns.map((c) => c.column)], rows: rows.map((r) => r.cells), emptyRowsLeftOut: empty, flagged: flags.size, withheld: withheld.size };
}

const LEVELS: Area["level"][] = ["National", "Regional", "Local authority"];

function cellText(cell: Cell, withheld: boolean, flagged: boolean): string {
  if (withheld || cell.raw === "-") return "x";
  return `${plainNumberText(cell.raw)}${cell.qualifier}${flagged ? "u" : ""}`;
}

function geography(period: StandardPeriod, area: Area, places: PlaceCodes): string[] {
  const time = [period.timePeriod, period.timeIdentifier, area.level, "E92000001", "England"];
  if (area.level === "National") return [...time, "", "", "", "", ""];
  if (area.level === "Regional") return [...time, places.region(area.name, area.laNumber), area.name, "", "", ""];
  return [...time, places.region(area.region), area.region, String(area.laNumber), places.localAuthority(area.laNumber, period), area.name];
}

/** Cells of a national value that is the sum of the regions' rates: checked to be so, then written x. */
function withheldCells(spec: PreparedSpec, grid: Grid, areas: Map<number, Area>, sums: readonly string[]): Set<string> {
  const out = new Set<string>();
  spec.columns.forEach((c, i) => {
    if (!sums.includes(c.code)) return;
    for (const [key, { byArea }] of grid) {
      const value = (level: Area["level"]) => [...byArea].filter(([n, cells]) => areas.get(n)!.level === level && cells[i] && cells[i]!.raw !== "-").map(([n, cells]) => [n, Number(cells[i]!.raw)] as const);
      const national = value("National");
      const regions = value("Regional");
      const total = regions.reduce((s, [, v]) => s + v, 0);
      if (national.length !== 1 || Math.abs(national[0]![1] - total) > regions.length * 0.5) {
        throw new Error(`${c.code}, ${key}: England's value is no longer the sum of the regions' (${national[0]?.[1]} against ${total}); check whether it is now a rate before writing it`);
      }
      out.add(`${key}|${national[0]![0]}|${i}`);
    }
  });
  return out;
}

/** Cells to flag `u`: each must be a published number on the named area, or the preparation stops. */
function flaggedCells(spec: PreparedSpec, grid: Grid, areas: Map<number, Area>, flagged: readonly FlaggedCells[]): Set<string> {
  const out = new Set<string>();
  for (const f of flagged) {
    const i = spec.columns.findIndex((c) => c.code === f.code);
    if (i < 0) continue;
    const area = areas.get(f.laNumber);
    if (area?.name !== f.laName) throw new Error(`${f.code}: LA Number ${f.laNumber} is "${area?.name}", not "${f.laName}"; check the cells to flag`);
    for (const years of f.years) {
      const period = standardPeriod(years, spec.yearType);
      const key = `${period.timePeriod}|${period.timeIdentifier}`;
      const cell = grid.get(key)?.byArea.get(f.laNumber)?.[i];
      if (!cell || cell.raw === "-") throw new Error(`${f.code}, ${f.laName}, ${years}: no published value to flag; check the cells to flag`);
      out.add(`${key}|${f.laNumber}|${i}`);
    }
  }
  return out;
}
