import { LEGACY_COLUMNS, normaliseHeader } from "./columns.ts";
import { own } from "./own.ts";
import { messages } from "./problems.ts";
import type { Problem } from "./types.ts";

/** Reading the header row: standard spellings, older DfE names, and names that cannot name a column. */

/** The header as read: each column's standard name and every problem with it. */
export interface HeaderReading {
  names: string[];
  problems: Problem[];
}

/** Each header cell's standard name (byte-order mark and spaces dropped, known aliases applied), with a warning for each alias and an error for each empty or repeated name. */
export function readHeader(file: string, cells: string[], line: number): HeaderReading {
  const names = cells.map(normaliseHeader);
  const problems: Problem[] = [];
  cells.forEach((cell, i) => {
    const written = cell.replace(/^\uFEFF/, "").trim();
    if (written !== names[i]) problems.push(messages.aliasedColumn({ file, line, column: i + 1, columnName: names[i], value: written }));
  });
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const at = { file, line, column: i + 1, columnName: name, value: name };
    if (name === "") problems.push(messages.emptyHeader(at));
    else if (seen.has(name)) problems.push(messages.duplicateHeader(at));
    seen.add(name);
  });
  return { names, problems };
}

/**
 * Whether a header is in the older DfE layout (to about 2018): a `year` and a `level` column
 * instead of `time_period` and `geographic_level`.
 */
export function isOlderDfe(names: readonly string[]): boolean {
  const present = new Set(names);
  return present.has("year") && present.has("level") && !present.has("time_period") && !present.has("geographic_level");
}

/** The older DfE names read as the standard's: `year` as time_period, `level` as geographic_level, `country` as country_name. */
export function standardiseOlderDfe(names: readonly string[]): { names: string[]; renamed: [string, string][] } {
  const present = new Set(names);
  const renamed: [string, string][] = [];
  const standard = names.map((name) => {
    const to = own(LEGACY_COLUMNS, name);
    if (to === undefined || present.has(to)) return name;
    renamed.push([name, to]);
    return to;
  });
  return { names: standard, renamed };
}

/** Whether a header is in the EES layout: `time_period` with `time_identifier` or `geographic_level`. */
export function isEes(names: readonly string[]): boolean {
  const present = new Set(names);
  return present.has("time_period") && (present.has("time_identifier") || present.has("geographic_level"));
}
