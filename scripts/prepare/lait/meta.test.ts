import { describe, expect, it } from "vitest";
import { metaText } from "../meta-text.ts";
import type { MeasureEntry } from "./dictionary.ts";
import { laitMeta } from "./meta.ts";

const DICTIONARY = new Map<string, MeasureEntry[]>([
  ["TotPermEx", [{ code: "TotPermEx", measure: "Total Permanent Exclusions", unit: "% of the school population", yearType: "Academic Year", dps: 2, owner: "DfE", link: "" }]],
  ["FirstYJS", [{ code: "FirstYJS", measure: "First Time entrants to the Youth Justice System", unit: "Rate per 100,000 of 10-17 population", yearType: "Calendar Year", dps: null, owner: "Youth Justice board", link: "" }]],
]);

describe("laitMeta", () => {
  it("labels each column with the dictionary's measure and unit, not the data file's misspelt item names", () => {
    const spec = { id: "x", yearType: "Academic Year" as const, columns: [{ code: "TotPermEx", column: "perm_excl_rate" }] };
    expect(metaText(laitMeta(spec, DICTIONARY))).toBe(
      "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n" +
        "perm_excl_rate,Indicator,Total Permanent Exclusions (% of the school population),,%,2,,\n",
    );
  });

  it("quotes a label with a comma, and takes the preparation's decimal places only where the dictionary gives none", () => {
    const spec = { id: "y", yearType: "Calendar Year" as const, columns: [{ code: "FirstYJS", column: "first_time_entrants_rate", dpWhereNotGiven: 0 }] };
    expect(metaText(laitMeta(spec, DICTIONARY)).split("\n")[1]).toBe(
      'first_time_entrants_rate,Indicator,"First Time entrants to the Youth Justice System (Rate per 100,000 of 10-17 population)",,,0,,',
    );
    expect(() => laitMeta({ ...spec, columns: [{ code: "FirstYJS", column: "c" }] }, DICTIONARY)).toThrow("FirstYJS: the dictionary gives no decimal places");
  });
});
