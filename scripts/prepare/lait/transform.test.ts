import { describe, expect, it } from "vitest";
import type { MeasureEntry } from "./dictionary.ts";
import type { PreparedSpec } from "./measures.ts";
import { NO_CODES } from "../places.ts";
import { prepareLait, type LaitRow } from "./transform.ts";

/** Dictionary entries as the tool's dictionary gives them (see dictionary.test.ts). */
const entry = (code: string, yearType: string): [string, MeasureEntry[]] => [code, [{ code, measure: code, unit: "", yearType, dps: 2, owner: "DfE", link: "" }]];
const DICTIONARY = new Map([entry("TotPermEx", "Academic Year"), entry("TotFixedEx", "Academic Year"), entry("FirstYJS", "Calendar Year")]);

const EXCLUSIONS: PreparedSpec = {
  id: "exclusions",
  yearType: "Academic Year",
  columns: [
    { code: "TotPermEx", column: "perm_excl_rate" },
    { code: "TotFixedEx", column: "susp_rate" },
  ],
};
const ENTRANTS: PreparedSpec = { id: "entrants", yearType: "Calendar Year", columns: [{ code: "FirstYJS", column: "first_time_entrants_rate" }] };

const row = (code: string, years: string, area: string, value: string, laNumber: number, region = "NA"): LaitRow => ({ code, years, area, value, laNumber, region });

/** Raw rows of `bds_long_0.parquet`, values as published. */
const ROWS: LaitRow[] = [
  row("TotPermEx", "2016/17", "England", "9.6189999999999998E-2", 970),
  row("TotFixedEx", "2016/17", "England", "4.7583900000000003", 970),
  row("TotPermEx", "2016/17", "London (Inner)", "9.3770000000000006E-2", 987),
  row("TotFixedEx", "2016/17", "London (Inner)", "3.9784600000000001", 987),
  row("TotPermEx", "2016/17", "London", "-", 986),
  row("TotFixedEx", "2016/17", "London", "-", 986),
  row("TotPermEx", "2016/17", "Hackney", "0.12518000000000001", 204, "Inner London"),
  row("TotFixedEx", "2016/17", "Hackney", "5.6011600000000001", 204, "Inner London"),
  row("TotPermEx", "2023/24", "Hackney", "0.15783", 204, "Inner London"),
  row("TotFixedEx", "2023/24", "Hackney", "9.7341099999999994", 204, "Inner London"),
  row("RTA", "2014-16", "Hackney", "12.13", 204, "Inner London"),
];

describe("prepareLait", () => {
  it("writes one row per period and place in the standard's layout, every value as published and - as x", () => {
    const { files } = prepareLait(ROWS, DICTIONARY, { specs: [EXCLUSIONS], flagged: [], nationalSums: [], places: NO_CODES });
    expect(files[0]!.header).toEqual([
      "time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "perm_excl_rate", "susp_rate",
    ]);
    expect(files[0]!.rows).toEqual([
      ["201617", "Academic year", "National", "E92000001", "England", "", "", "", "", "", "0.09619", "4.75839"],
      ["201617", "Academic year", "Regional", "E92000001", "England", "x", "London (Inner)", "", "", "", "0.09377", "3.97846"],
      ["201617", "Academic year", "Local authority", "E92000001", "England", "x", "Inner London", "204", "x", "Hackney", "0.12518", "5.60116"],
      ["202324", "Academic year", "Local authority", "E92000001", "England", "x", "Inner London", "204", "x", "Hackney", "0.15783", "9.73411"],
    ]);
  });

  it("joins each place to its ONS code through the local authority lookup: the tool has none", () => {
    const { files } = prepareLait(ROWS, DICTIONARY, { specs: [EXCLUSIONS], flagged: [], nationalSums: [] });
    expect(files[0]!.rows.map((r) => r.slice(2, 10))).toEqual([
      ["National", "E92000001", "England", "", "", "", "", ""],
      ["Regional", "E92000001", "England", "E13000001", "London (Inner)", "", "", ""],
      ["Local authority", "E92000001", "England", "E13000001", "Inner London", "204", "E09000012", "Hackney"],
      ["Local authority", "E92000001", "England", "E13000001", "Inner London", "204", "E09000012", "Hackney"],
    ]);
  });

  it("leaves out a place's row when it has no value for any measure, and counts every row read", () => {
    const { files, account } = prepareLait(ROWS, DICTIONARY, { specs: [EXCLUSIONS], flagged: [], nationalSums: [], places: NO_CODES });
    expect(files[0]!.emptyRowsLeftOut).toBe(1);
    expect(account).toEqual({
      source: "bds_long_0.parquet",
      read: 11,
      written: 8,
      leftOut: {
        "rows of the tool's 1 other measures, not in these files": 1,
        "rows of a period and place with no value for any measure of its file (a place that did not exist that year, or a measure not published for it)": 2,
      },
    });
  });

  it("keeps a London value that is missing beside others as x, never as zero", () => {
    const rows = [...ROWS.slice(0, 4), row("TotPermEx", "2016/17", "London", "-", 986), row("TotFixedEx", "2016/17", "London", "4.1", 986)];
    const { files } = prepareLait(rows, DICTIONARY, { specs: [EXCLUSIONS], flagged: [], nationalSums: [], places: NO_CODES });
    expect(files[0]!.rows.find((r) => r[6] === "London")!.slice(10)).toEqual(["x", "4.1"]);
  });

  it("writes England's first-time entrants as x when the value is the sum of the regions' rates, and stops if it is not", () => {
    const entrants = [
      row("FirstYJS", "2016", "England", "3071", 970),
      row("FirstYJS", "2016", "North East", "417", 980),
      row("FirstYJS", "2016", "London", "2655", 986),
      row("FirstYJS", "2016", "London (Inner)", "-", 987),
      row("FirstYJS", "2016", "Hackney", "443", 204, "Inner London"),
    ];
    const { files } = prepareLait(entrants, DICTIONARY, { specs: [ENTRANTS], flagged: [], places: NO_CODES });
    expect(files[0]!.rows.map((r) => [r[2], r[6], r[9], r[10]])).toEqual([
      ["National", "", "", "x"],
      ["Regional", "North East", "", "417"],
      ["Regional", "London", "", "2655"],
      ["Local authority", "Inner London", "Hackney", "443"],
    ]);
    expect(files[0]!.withheld).toBe(1);
    const asRate = entrants.map((r) => (r.area === "England" ? { ...r, value: "335" } : r));
    expect(() => prepareLait(asRate, DICTIONARY, { specs: [ENTRANTS], flagged: [], places: NO_CODES })).toThrow("FirstYJS, 2016|Calendar year: England's value is no longer the sum of the regions' (335 against 3072)");
  });

  it("flags a named residue u, and stops when the value to flag is not there", () => {
    const cumbria = [row("FirstYJS", "2023", "Cumbria", "42", 909, "North West"), row("FirstYJS", "2024", "Cumbria", "-", 909, "North West")];
    const flag = { code: "FirstYJS", laNumber: 909, laName: "Cumbria", years: ["2023"], why: "residue" };
    const { files } = prepareLait(cumbria, DICTIONARY, { specs: [ENTRANTS], flagged: [flag], nationalSums: [], places: NO_CODES });
    expect(files[0]!.rows.map((r) => [r[0], r[10]])).toEqual([["2023", "42u"]]);
    expect(files[0]!.flagged).toBe(1);
    expect(() => prepareLait(cumbria, DICTIONARY, { specs: [ENTRANTS], flagged: [{ ...flag, years: ["2024"] }], nationalSums: [], places: NO_CODES })).toThrow("FirstYJS, Cumbria, 2024: no published value to flag");
    expect(() => prepareLait(cumbria, DICTIONARY, { specs: [ENTRANTS], flagged: [{ ...flag, laName: "Cumberland" }], nationalSums: [], places: NO_CODES })).toThrow('LA Number 909 is "Cumbria", not "Cumberland"');
  });

  it("gives a revised figure the letter r in its own period, and refuses two values for one period and place", () => {
    const revised = [row("FirstYJS", "2018 (Rev)", "Hackney", "368", 204, "Inner London")];
    const written = prepareLait(revised, DICTIONARY, { specs: [ENTRANTS], flagged: [], nationalSums: [], places: NO_CODES }).files[0]!.rows[0]!;
    expect([written[0], written[1], written[10]]).toEqual(["2018", "Calendar year", "368r"]);
    const twice = [...revised, row("FirstYJS", "2018", "Hackney", "367", 204, "Inner London")];
    expect(() => prepareLait(twice, DICTIONARY, { specs: [ENTRANTS], flagged: [], nationalSums: [], places: NO_CODES })).toThrow("FirstYJS, Hackney, 2018: a second value for the same period and place");
  });

  it("stops when a measure has no row for a place and year, or when the dictionary gives it another kind of year", () => {
    expect(() => prepareLait(ROWS.slice(0, 3), DICTIONARY, { specs: [EXCLUSIONS], flagged: [], nationalSums: [], places: NO_CODES })).toThrow("London (Inner), 201617|Academic year: no row for TotFixedEx");
    const wrong: PreparedSpec = { ...ENTRANTS, yearType: "Financial Year" };
    expect(() => prepareLait([], DICTIONARY, { specs: [wrong] })).toThrow("FirstYJS: the dictionary gives Calendar Year, but entrants holds Financial Years");
  });
});
