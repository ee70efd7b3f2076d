import Papa from "papaparse";
import type { RowAccount } from "../row-account.ts";

/** The published file's header, in its own order (la_name before new_la_code, region_name before region_code). */
export const AP_HEADER = [
  "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_name", "region_code",
  "old_la_code", "la_name", "new_la_code", "gender", "age", "ethnicity_minor", "fsm", "number_of_pupils",
];

/**
 * Checks the published CSV text (a byte-order mark, CRLF line ends) and counts its rows: every
 * row has the published header's columns and a whole number of pupils, or the preparation stops.
 */
export function countApRows(text: string, source: string): RowAccount {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { newline: "\r\n", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${source}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  const [header, ...rows] = parsed.data;
  if (JSON.stringify(header) !== JSON.stringify(AP_HEADER)) throw new Error(`${source}: the header is not the published one: ${header?.join(",")}`);
  rows.forEach((row, i) => {
    if (row.length !== AP_HEADER.length) throw new Error(`${source}, line ${i + 2}: ${row.length} cells, not ${AP_HEADER.length}`);
    if (!/^\d+$/.test(row[AP_HEADER.length - 1]!)) throw new Error(`${source}, line ${i + 2}: number_of_pupils "${row[AP_HEADER.length - 1]}" is not a whole number`);
  });
  return { source, read: rows.length, written: rows.length, leftOut: {} };
}
