import Papa from "papaparse";

/**
 * The tool's data dictionary (`lait_data_dictionary.csv`): each measure's wording, unit, kind
 * of year and decimal places, by its short code. Labels come from here, not from the data file's
 * own `Data item` text, which carries typos ("Explusions").
 */

/** One measure as the dictionary describes it. */
export interface MeasureEntry {
  code: string;
  measure: string;
  unit: string;
  yearType: string;
  /** Decimal places to show, or null where the dictionary says NA. */
  dps: number | null;
  owner: string;
  link: string;
}

/** Reads the dictionary's text (CRLF records, bare CR inside quoted fields) into entries by code. */
export function readDictionary(text: string): Map<string, MeasureEntry[]> {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, newline: "\r\n", skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`lait_data_dictionary.csv: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  const byCode = new Map<string, MeasureEntry[]>();
  for (const row of parsed.data) {
    const field = (name: string) => {
      const value = row[name];
      if (value === undefined) throw new Error(`lait_data_dictionary.csv has no column "${name}"`);
      return value.trim();
    };
    const dps = field("dps");
    const entry: MeasureEntry = {
      code: field("Measure_short"),
      measure: field("Measure"),
      unit: field("y_axis_name"),
      yearType: field("Year_Type"),
      dps: /^\d+$/.test(dps) ? Number(dps) : null,
      owner: field("Data Owner (DO) /Supplier and Contact Details"),
      link: field("Hyperlink(s)"),
    };
    byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);
  }
  return byCode;
}

/** The one entry for a code; throws when the dictionary has none, or two that differ. */
export function measureEntry(dictionary: Map<string, MeasureEntry[]>, code: string): MeasureEntry {
  const entries = dictionary.get(code) ?? [];
  if (entries.length === 0) throw new Error(`lait_data_dictionary.csv has no measure "${code}"`);
  const first = entries[0]!;
  if (entries.some((e) => JSON.stringify(e) !== JSON.stringify(first))) throw new Error(`lait_data_dictionary.csv describes "${code}" ${entries.length} times, differently`);
  return first;
}
