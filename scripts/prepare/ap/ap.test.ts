import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { countApRows } from "./rows.ts";
import { onlyMember } from "./zip.ts";

const HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,region_name,region_code,old_la_code,la_name,new_la_code,gender,age,ethnicity_minor,fsm,number_of_pupils";
/** Rows as published: England and Hackney, 2022/23, every pupil. */
const TEXT = `\uFEFF${HEADER}\r\n202223,Academic year,National,E92000001,England,,,,,,Total,Total,Total,Total,40904\r\n202223,Academic year,Local authority,E92000001,England,London,E12000007,204,Hackney,E09000012,Total,Total,Total,Total,409\r\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe("the alternative provision archive", () => {
  it("gives its one CSV member exactly as stored", () => {
    const archive = zipSync({ "ap_placements_ap_census.csv": bytes(TEXT) });
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(onlyMember(archive, "ap_placements_ap_census.csv"))).toBe(TEXT);
  });

  it("stops when the file is not a ZIP archive, or holds another member", () => {
    expect(() => onlyMember(bytes("\u001f\u008b gzip"), "a.csv")).toThrow('Expected a ZIP archive (starting "PK") holding a.csv');
    expect(() => onlyMember(zipSync({ "b.csv": bytes("x") }), "a.csv")).toThrow("Expected one member, a.csv, in the archive; found b.csv");
  });
});

describe("countApRows", () => {
  it("counts every row of the published text, byte-order mark and CRLF line ends included", () => {
    expect(countApRows(TEXT, "ap.csv")).toEqual({ source: "ap.csv", read: 2, written: 2, leftOut: {} });
  });

  it("stops at a header that is not the published one, a short row or a count that is not a whole number", () => {
    expect(() => countApRows(TEXT.replace("la_name,new_la_code", "new_la_code,la_name"), "ap.csv")).toThrow("ap.csv: the header is not the published one");
    expect(() => countApRows(TEXT.replace(",409\r\n", "\r\n"), "ap.csv")).toThrow("ap.csv, line 3: 14 cells, not 15");
    expect(() => countApRows(TEXT.replace(",409\r\n", ",x\r\n"), "ap.csv")).toThrow('ap.csv, line 3: number_of_pupils "x" is not a whole number');
  });
});
