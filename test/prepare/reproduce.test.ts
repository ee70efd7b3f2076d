import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PREPARATIONS } from "../../scripts/prepare/preparations.ts";

/**
 * Every prepared file in `data/` is what its preparation writes from the published files in
 * `sources/`, byte for byte, and every row read is accounted for.
 */

const results = new Map<string, { outputs: Map<string, string>; report: string[] }>();

beforeAll(async () => {
  for (const [name, prepare] of Object.entries(PREPARATIONS)) results.set(name, await prepare("."));
}, 60_000);

describe("re-running each preparation on the committed sources", () => {
  it("gives the committed data files byte for byte", async () => {
    const files = [...results.values()].flatMap((r) => [...r.outputs]);
    expect(files.length).toBeGreaterThan(0);
    for (const [file, text] of files) expect(await readFile(join("data", file), "utf8"), file).toBe(text);
  });

  it("accounts for every one of the Local Authority Interactive Tool's 641,070 rows", () => {
    expect(results.get("local-authority-interactive-tool")!.report).toEqual([
      "bds_long_0.parquet: 641070 rows read, 22249 written",
      "  617780 left out: rows of the tool's 419 other measures, not in these files",
      "  1041 left out: rows of a period and place with no value for any measure of its file (a place that did not exist that year, or a measure not published for it)",
      "  exclusions-by-local-authority-2015-2024.csv: 1464 rows; 66 empty rows left out; 0 cells flagged u; 0 cells written x as not of the measure's kind",
      "  first-time-entrants-by-local-authority-2016-2024.csv: 1421 rows; 109 empty rows left out; 8 cells flagged u; 9 cells written x as not of the measure's kind",
      "  social-care-referrals-by-local-authority-2016-2025.csv: 1630 rows; 70 empty rows left out; 0 cells flagged u; 0 cells written x as not of the measure's kind",
    ]);
    // 170 places in every period: 9 academic years, 9 calendar years and 10 financial years.
    expect(1464 + 66).toBe(170 * 9);
    expect(1421 + 109).toBe(170 * 9);
    expect(1630 + 70).toBe(170 * 10);
  });

  it("accounts for every row of the alternative provision file, all 101,220 written", () => {
    expect(results.get("send-ap-inclusion-dashboard")!.report).toEqual(["ap_placements_ap_census.csv: 101220 rows read, 101220 written"]);
  });

  it("accounts for every row of the local authority exclusions file of 2006/07 to 2016/17", () => {
    expect(results.get("exclusion-statistics")!.report).toEqual([
      "clean_la_data.csv: 7122 rows read, 7120 written",
      "  2 left out: placeholder rows named NULL, in 2006/07, with no place (one regional, one local authority)",
      "  112 cells of the 2008/09 split written x; 0 cells of the older symbol . (no pupils, so no rate) written z",
    ]);
  });
});
