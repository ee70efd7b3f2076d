import type { MetaRow } from "../meta-text.ts";
import { measureEntry, type MeasureEntry } from "./dictionary.ts";
import type { PreparedSpec } from "./measures.ts";

/**
 * A prepared file's columns described from the tool's dictionary: the measure's own wording and
 * unit as the label, its decimal places, and `%` where the unit is a percentage.
 */
export function laitMeta(spec: PreparedSpec, dictionary: Map<string, MeasureEntry[]>): MetaRow[] {
  return spec.columns.map((c) => {
    const entry = measureEntry(dictionary, c.code);
    const dp = entry.dps ?? c.dpWhereNotGiven;
    if (dp === undefined) throw new Error(`${c.code}: the dictionary gives no decimal places, and the preparation names none`);
    return { column: c.column, type: "Indicator", label: `${entry.measure} (${entry.unit})`, unit: entry.unit.startsWith("%") ? "%" : "", dp };
  });
}
