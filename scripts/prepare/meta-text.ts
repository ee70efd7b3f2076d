import { csvText } from "./csv-text.ts";

/** The standard's meta file columns. */
export const META_HEADER = ["col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp", "filter_hint", "filter_grouping_column"];

/** One row of a meta file. */
export interface MetaRow {
  column: string;
  type: "Filter" | "Indicator";
  label: string;
  grouping?: string;
  unit?: string;
  dp?: number;
  hint?: string;
  groupingColumn?: string;
}

/** A prepared file's `.meta.csv` text. */
export function metaText(rows: readonly MetaRow[]): string {
  return csvText(
    META_HEADER,
    rows.map((r) => [r.column, r.type, r.label, r.grouping ?? "", r.unit ?? "", r.dp === undefined ? "" : String(r.dp), r.hint ?? "", r.groupingColumn ?? ""]),
  );
}
