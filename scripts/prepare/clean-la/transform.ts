import Papa from "papaparse";
import { authorityById, authorityIn, LOOKUP, londonPartOf, normaliseAcademicYear, regionOf } from "../../../src/geo/index.ts";
import { codeOn, firstDay, regionCode } from "../places.ts";
import { checkAccount, type RowAccount } from "../row-account.ts";

/**
 * The Department's local authority exclusions file for 2006/07 to 2016/17 (`clean_la_data.csv`),
 * which names places but gives no codes, in the standard layout: each place joined to its DfE
 * number and ONS code through the local authority lookup, every figure as published.
 */

/** The published header. */
export const CLEAN_LA_HEADER = ["year", "level", "la_name", "school_type", "num_schools", "headcount", "perm_excl", "perm_excl_rate", "fixed_excl", "fixed_excl_rate", "one_plus_fixed", "one_or_more_fixed_excl_rate"];
const FIGURES = CLEAN_LA_HEADER.slice(4);
/** The prepared file's columns. */
export const PREPARED_HEADER = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "school_type", ...FIGURES];

const LEVELS: Record<string, string> = { National: "National", Region: "Regional", "Local authority": "Local authority" };

const EXCLUSION_FIGURES = ["perm_excl", "perm_excl_rate", "fixed_excl", "fixed_excl_rate", "one_plus_fixed", "one_or_more_fixed_excl_rate"];

/** What the preparation did, for its report and the descriptor. */
export interface CleanLaResult {
  header: string[];
  rows: string[][];
  account: RowAccount;
  /** Cells written x because the published figure stands for something else (the 2008/09 split). */
  withheld: number;
  /** Cells whose older symbol `.` (no rate: no pupils) is written as the standard's z. */
  notApplicable: number;
}

/** Reads the published text and writes the prepared rows, counting every row read. */
export function prepareCleanLa(text: string): CleanLaResult {
  const parsed = Papa.parse<string[]>(text, { newline: "\n", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`clean_la_data.csv: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  const [header, ...records] = parsed.data;
  if (JSON.stringify(header) !== JSON.stringify(CLEAN_LA_HEADER)) throw new Error(`clean_la_data.csv: the header is not the published one: ${header?.join(",")}`);
  const regionNames = new Map<string, string>();
  for (const r of records) if (r[1] === "Region" && r[2] !== "NULL") regionNames.set(regionCode(r[2]!), r[2]!);
  const rows: string[][] = [];
  let dummies = 0;
  let withheld = 0;
  let notApplicable = 0;
  records.forEach((r, i) => {
    if (r.length !== CLEAN_LA_HEADER.length) throw new Error(`clean_la_data.csv, line ${i + 2}: ${r.length} cells, not ${CLEAN_LA_HEADER.length}`);
    const [year, level, name, schoolType, ...figures] = r as [string, string, string, string, ...string[]];
    if (name === "NULL") return void dummies++;
    const geographicLevel = LEVELS[level];
    if (!geographicLevel) throw new Error(`clean_la_data.csv, line ${i + 2}: level "${level}" is not National, Region or Local authority`);
    const where = place(geographicLevel, name, year, regionNames);
    const { cells, split } = splitYearCells(splitRole(geographicLevel === "Local authority" ? authorityIn(name, year)!.authority.id : null, year), figures);
    withheld += split;
    notApplicable += cells.filter((c) => c === "z").length;
    rows.push([year, "Academic year", geographicLevel, "E92000001", "England", ...where, schoolType, ...cells]);
  });
  const account = checkAccount({
    source: "clean_la_data.csv",
    read: records.length,
    written: rows.length,
    leftOut: { "placeholder rows named NULL, in 2006/07, with no place (one regional, one local authority)": dummies },
  });
  return { header: PREPARED_HEADER, rows, account, withheld, notApplicable };
}

/** The region and authority columns for a row: codes from the lookup, names as published. */
function place(level: string, name: string, year: string, regionNames: Map<string, string>): string[] {
  if (level === "National") return ["", "", "", "", ""];
  if (level === "Regional") return [regionCode(name), name, "", "", ""];
  const found = authorityIn(name, year);
  if (!found || found.status !== "in-period") throw new Error(`clean_la_data.csv: the local authority lookup has no authority "${name}" in ${year}`);
  const region = londonPartOf(found.authority) ?? regionOf(found.authority);
  const code = codeOn(found.authority, firstDay({ timePeriod: year, timeIdentifier: "Academic year" }));
  return [region.code, regionNames.get(region.code) ?? region.name, found.authority.number, code, name];
}

/**
 * Whether an authority is an old or a new area in the academic year of a split that both appear
 * in: the lookup's changes whose old areas' last year is the new areas' first (the April 2009
 * splits of Bedfordshire and Cheshire, in 2008/09).
 */
export function splitRole(authorityId: string | null, year: string): "old" | "new" | null {
  if (authorityId === null) return null;
  const academic = normaliseAcademicYear(year);
  for (const change of LOOKUP.changes) {
    if (change.firstYear !== academic || !change.from.every((id) => authorityById(id)?.to === academic)) continue;
    if (change.from.includes(authorityId)) return "old";
    if (change.to.includes(authorityId)) return "new";
  }
  return null;
}

/**
 * A row's figures as published, `.` written z; in a split year, the figures the file puts on the
 * other row written x: the old county's row gives its pupils but 0 exclusions (the exclusions are
 * on the new authorities' rows), and the new authorities' rows give 0 pupils and so no rates.
 */
export function splitYearCells(role: "old" | "new" | null, figures: string[]): { cells: string[]; split: number } {
  let split = 0;
  const cells = figures.map((cell, k) => {
    const column = FIGURES[k]!;
    const elsewhere = (role === "old" && EXCLUSION_FIGURES.includes(column)) || (role === "new" && (column === "headcount" || column.endsWith("_rate")));
    if (elsewhere) {
      split++;
      return "x";
    }
    return cell === "." ? "z" : cell;
  });
  return { cells, split };
}
