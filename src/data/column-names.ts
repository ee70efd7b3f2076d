import type { TwoYearKind } from "./types.ts";

/**
 * The headers people give columns outside the EES layout, and what each tells the reader: which
 * column holds periods (and what kind), which places (and at what level), which codes, which the
 * names of indicators in a long table, and which their values.
 */

/** A header reduced to what tells names apart: lower case, single spaces for underscores and runs of spaces. */
export function headerKey(name: string): string {
  return name.toLowerCase().replace(/[_\s]+/g, " ").trim();
}

const PERIOD_NAMES = new Set([
  "year", "years", "period", "periods", "date", "month", "quarter", "term", "time", "time period", "reporting period",
  "financial year", "fy", "academic year", "school year", "calendar year", "tax year", "year ending", "as at", "snapshot date",
]);

/** Whether a header names a column of periods. */
export function isPeriodName(name: string): boolean {
  return PERIOD_NAMES.has(headerKey(name));
}

/** What an unnamed two-year form in a period column is, by its header: `Financial year` says financial; otherwise academic, and said to be assumed. */
export function twoYearsFromName(name: string): { twoYears: TwoYearKind; named: boolean } {
  const key = headerKey(name);
  if (key === "financial year" || key === "fy") return { twoYears: "financial-year", named: true };
  if (key === "tax year") return { twoYears: "tax-year", named: true };
  if (key === "academic year" || key === "school year") return { twoYears: "academic-year", named: true };
  return { twoYears: "academic-year", named: false };
}

/** Place columns by header, with the level of their places; null when each place's level is found by looking it up. */
const PLACE_NAMES: Record<string, string | null> = {
  borough: "Local authority",
  "london borough": "Local authority",
  "local authority": "Local authority",
  "local authority name": "Local authority",
  la: "Local authority",
  "la name": "Local authority",
  authority: "Local authority",
  council: "Local authority",
  lea: "Local authority",
  force: "Police force area",
  "police force": "Police force area",
  "police force area": "Police force area",
  "force name": "Police force area",
  pfa: "Police force area",
  "pfa name": "Police force area",
  region: "Regional",
  "region name": "Regional",
  "government office region": "Regional",
  country: "National",
  "country name": "National",
  nation: "National",
  constituency: "Parliamentary constituency",
  "parliamentary constituency": "Parliamentary constituency",
  "pcon name": "Parliamentary constituency",
  ward: "Ward",
  "ward name": "Ward",
  district: "Local authority district",
  "local authority district": "Local authority district",
  "lad name": "Local authority district",
  area: null,
  "area name": null,
  geography: null,
  location: null,
  place: null,
  "la and regions": null,
};

/** The place column a header names, with its level (null: per place); undefined when it names no place column. */
export function placeLevelOfName(name: string): string | null | undefined {
  const key = headerKey(name);
  return Object.hasOwn(PLACE_NAMES, key) ? PLACE_NAMES[key] : undefined;
}

/** Levels from widest to narrowest, to choose the narrowest of several place columns. */
const NARROWNESS = ["National", "Regional", "Police force area", "Local authority", "Local authority district", "Parliamentary constituency", "Ward"];

/** Where a level sits from widest (0); a level decided per place counts as narrowest. */
export function narrowness(level: string | null): number {
  const i = level === null ? -1 : NARROWNESS.indexOf(level);
  return i < 0 ? NARROWNESS.length : i;
}

const CODE_NAMES = new Set([
  "code", "la code", "old la code", "new la code", "la number", "ons code", "gss code", "area code", "lad code", "pfa code", "region code", "country code", "local authority code",
]);

/** Whether a header names a column of place codes. */
export function isPlaceCodeName(name: string): boolean {
  return CODE_NAMES.has(headerKey(name));
}

const LEVEL_NAMES = new Set(["level", "geographic level", "geographical level", "geography level", "area type", "geography type"]);

/** Whether a header names a column of geographic levels. */
export function isLevelName(name: string): boolean {
  return LEVEL_NAMES.has(headerKey(name));
}

const INDICATOR_NAMES = ["indicator", "indicator name", "measure", "measure name", "variable", "metric", "statistic", "short desc", "data item"];

/** The column naming each row's indicator in a long table: the first of `indicator`, then `measure`, and so on, the file has. */
export function indicatorNameColumn(names: readonly string[]): number {
  const keys = names.map(headerKey);
  for (const wanted of INDICATOR_NAMES) {
    const i = keys.indexOf(wanted);
    if (i >= 0) return i;
  }
  return -1;
}

const VALUE_NAMES = new Set(["value", "values", "count", "number", "figure", "amount", "n", "data"]);

/** Whether a header names the column of values in a long table. */
export function isValueName(name: string): boolean {
  return VALUE_NAMES.has(headerKey(name));
}

/** Headers that name the column standing for everyone in a table with one column per group. */
export function isTotalName(name: string): boolean {
  return /^(total|all|all pupils|all groups)$/.test(headerKey(name));
}
