import { describe, expect, it } from "vitest";
import { prepareCleanLa, splitRole } from "./transform.ts";

const HEADER = '"year","level","la_name","school_type","num_schools","headcount","perm_excl","perm_excl_rate","fixed_excl","fixed_excl_rate","one_plus_fixed","one_or_more_fixed_excl_rate"';
/** Rows as published in clean_la_data.csv. */
const ROWS = [
  '"201617","National","England","Total","21319","8025075","7720","0.1","381865","4.76","183475","2.29"',
  '"201617","Region","Inner London","Total","951","430845","405","0.09","17140","3.98","10495","2.44"',
  '"201617","Local authority","Hackney","Total","76","34350","43","0.13","1924","5.6","1211","3.53"',
  '"201516","Local authority","Hackney","Primary","58","20801","x","x","231","1.11","128","0.62"',
  '"201617","Local authority","Durham","Total","281","69416","49","0.07","4141","5.97","1976","2.85"',
  '"200607","Local authority","NULL","Total","1","0","20",".","0",".","0","."',
  '"200809","Local authority","Bedfordshire (Pre LGR 2009)","Total","210","62884","0","0","0","0","0","0"',
  '"200809","Local authority","Bedford","Total","32","0","29",".","787",".","478","."',
  '"201213","Local authority","Gateshead","Total","96","29120","5","0.02","1096","3.76","620","2.13"',
];
const text = (rows: string[]) => `${[HEADER, ...rows].join("\n")}\n`;

describe("prepareCleanLa", () => {
  it("joins each place named in the file to its DfE number and ONS code, keeping every figure as published", () => {
    const { header, rows } = prepareCleanLa(text(ROWS.slice(0, 5)));
    expect(header.slice(0, 11)).toEqual(["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code", "region_name", "old_la_code", "new_la_code", "la_name", "school_type"]);
    expect(rows).toEqual([
      ["201617", "Academic year", "National", "E92000001", "England", "", "", "", "", "", "Total", "21319", "8025075", "7720", "0.1", "381865", "4.76", "183475", "2.29"],
      ["201617", "Academic year", "Regional", "E92000001", "England", "E13000001", "Inner London", "", "", "", "Total", "951", "430845", "405", "0.09", "17140", "3.98", "10495", "2.44"],
      ["201617", "Academic year", "Local authority", "E92000001", "England", "E13000001", "Inner London", "204", "E09000012", "Hackney", "Total", "76", "34350", "43", "0.13", "1924", "5.6", "1211", "3.53"],
      ["201516", "Academic year", "Local authority", "E92000001", "England", "E13000001", "Inner London", "204", "E09000012", "Hackney", "Primary", "58", "20801", "x", "x", "231", "1.11", "128", "0.62"],
      ["201617", "Academic year", "Local authority", "E92000001", "England", "E12000001", "North East", "840", "E06000047", "Durham", "Total", "281", "69416", "49", "0.07", "4141", "5.97", "1976", "2.85"],
    ]);
  });

  it("gives an authority the ONS code of the year: Gateshead's pre-2013 code in 2012/13", () => {
    expect(prepareCleanLa(text([ROWS[8]!])).rows[0]!.slice(7, 10)).toEqual(["390", "E08000020", "Gateshead"]);
  });

  it("leaves out the placeholder row with no place, and counts it", () => {
    const { rows, account } = prepareCleanLa(text(ROWS.slice(2, 6)));
    expect(rows).toHaveLength(3);
    expect(account).toEqual({ source: "clean_la_data.csv", read: 4, written: 3, leftOut: { "placeholder rows named NULL, in 2006/07, with no place (one regional, one local authority)": 1 } });
  });

  it("writes x where the 2008/09 split put a figure on the other row, and the older . as z", () => {
    const { rows, withheld, notApplicable } = prepareCleanLa(text(ROWS.slice(6, 8)));
    expect(rows.map((r) => r.slice(9))).toEqual([
      ["Bedfordshire (Pre LGR 2009)", "Total", "210", "62884", "x", "x", "x", "x", "x", "x"],
      ["Bedford", "Total", "32", "x", "29", "x", "787", "x", "478", "x"],
    ]);
    expect([withheld, notApplicable]).toEqual([10, 0]);
    expect(prepareCleanLa(text(['"200607","Local authority","City of London","Special","0","0","0",".","0",".","0","."'])).rows[0]!.slice(12)).toEqual(["0", "0", "z", "0", "z", "0", "z"]);
  });

  it("knows which areas a split year shows twice from the lookup's changes", () => {
    expect(splitRole("E10000001", "200809")).toBe("old");
    expect(splitRole("E06000055", "200809")).toBe("new");
    expect(splitRole("E06000055", "200910")).toBeNull();
    expect(splitRole("E06000059", "201920")).toBeNull();
  });

  it("stops at a header that is not the published one, or a place the lookup does not know", () => {
    expect(() => prepareCleanLa(text(ROWS).replace('"la_name"', '"name"'))).toThrow("clean_la_data.csv: the header is not the published one");
    expect(() => prepareCleanLa(text(['"201617","Local authority","Atlantis","Total","1","1","0","0","0","0","0","0"']))).toThrow('the local authority lookup has no authority "Atlantis" in 201617');
  });
});
