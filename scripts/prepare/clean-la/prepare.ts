import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { csvText } from "../csv-text.ts";
import { metaText } from "../meta-text.ts";
import { describeAccount } from "../row-account.ts";
import { prepareCleanLa } from "./transform.ts";

/** Where the published file is kept, byte for byte, under the project root. */
export const CLEAN_LA_SOURCE = "sources/dfe-analytical-services/exclusion-statistics/data/clean_la_data.csv";
/** The dataset id of the prepared file. */
export const CLEAN_LA_ID = "exclusions-by-local-authority-2006-2017";

/** Reads the published file and returns the prepared file and its meta file by name, with what became of every row. */
export async function prepareCleanLaFiles(root: string): Promise<{ outputs: Map<string, string>; report: string[] }> {
  const result = prepareCleanLa(await readFile(join(root, CLEAN_LA_SOURCE), "utf8"));
  const meta = metaText([
    { column: "school_type", type: "Filter", label: "School type", hint: "Primary, secondary and special schools as published; Total is the three together" },
    { column: "num_schools", type: "Indicator", label: "Schools", grouping: "Pupils", dp: 0 },
    { column: "headcount", type: "Indicator", label: "Pupils (headcount)", grouping: "Pupils", dp: 0 },
    { column: "perm_excl", type: "Indicator", label: "Permanent exclusions", grouping: "Permanent exclusions", dp: 0 },
    { column: "perm_excl_rate", type: "Indicator", label: "Permanent exclusion rate (per 100 pupils)", grouping: "Permanent exclusions", dp: 2 },
    { column: "fixed_excl", type: "Indicator", label: "Fixed-period exclusions", grouping: "Fixed-period exclusions", dp: 0 },
    { column: "fixed_excl_rate", type: "Indicator", label: "Fixed-period exclusion rate (per 100 pupils)", grouping: "Fixed-period exclusions", dp: 2 },
    { column: "one_plus_fixed", type: "Indicator", label: "Pupils with one or more fixed-period exclusions", grouping: "Fixed-period exclusions", dp: 0 },
    { column: "one_or_more_fixed_excl_rate", type: "Indicator", label: "Pupils with one or more fixed-period exclusions (per 100 pupils)", grouping: "Fixed-period exclusions", dp: 2 },
  ]);
  return {
    outputs: new Map([
      [`${CLEAN_LA_ID}.csv`, csvText(result.header, result.rows)],
      [`${CLEAN_LA_ID}.meta.csv`, meta],
    ]),
    report: [
      ...describeAccount(result.account),
      `  ${result.withheld} cells of the 2008/09 split written x; ${result.notApplicable} cells of the older symbol . (no pupils, so no rate) written z`,
    ],
  };
}
