import { describe, expect, it } from "vitest";
import { findHeaderRow } from "./header-row.ts";
import { isNoteRow, readNote } from "./notes.ts";

describe("findHeaderRow", () => {
  it("finds the header below a title and a blank row, and keeps the title", () => {
    const rows = [
      { cells: ["Table 1: Permanent exclusions by type of school, England", "", ""], line: 1 },
      { cells: ["", "", ""], line: 2 },
      { cells: ["School type", "2015/16", "2016/17"], line: 3 },
      { cells: ["Total", "6685", "7720"], line: 4 },
    ];
    expect(findHeaderRow(rows)).toEqual({ index: 2, title: "Table 1: Permanent exclusions by type of school, England", above: [] });
  });

  it("takes the first row of an EES file, and years as column names", () => {
    expect(findHeaderRow([{ cells: ["time_period", "officers"], line: 1 }, { cells: ["2017", "295"], line: 2 }]).index).toBe(0);
    expect(findHeaderRow([{ cells: ["Borough", "2015", "2016"], line: 1 }, { cells: ["Hackney", "26", "43"], line: 2 }]).index).toBe(0);
  });
});

describe("notes under a table", () => {
  it("tells a note row from a data row", () => {
    expect(isNoteRow(["[1] Includes officers shared with a neighbouring borough.", "", ""], false)).toBe(true);
    expect(isNoteRow(["Source: Metropolitan Police", ""], false)).toBe(true);
    expect(isNoteRow(["Hackney", "", ""], false)).toBe(false);
    expect(isNoteRow(["Hackney", "43", ""], false)).toBe(false);
    expect(isNoteRow(["Hackney", "", ""], true)).toBe(true);
  });

  it.each([
    ["[1] Figure revised.", { kind: "note", note: { marker: "1", text: "Figure revised.", line: 9 } }],
    ["1. Figure revised.", { kind: "note", note: { marker: "1", text: "Figure revised.", line: 9 } }],
    ["* Estimate.", { kind: "note", note: { marker: "*", text: "Estimate.", line: 9 } }],
    ["(a) As at 31 March.", { kind: "note", note: { marker: "a", text: "As at 31 March.", line: 9 } }],
    ["Note 2: Excludes PRUs.", { kind: "note", note: { marker: "2", text: "Excludes PRUs.", line: 9 } }],
    ["Source: Department for Education", { kind: "source", note: { marker: null, text: "Department for Education", line: 9 } }],
    ["Figures are rounded to the nearest 5.", { kind: "note", note: { marker: null, text: "Figures are rounded to the nearest 5.", line: 9 } }],
  ])("reads %j", (text, expected) => {
    expect(readNote(text, 9)).toEqual(expected);
  });

  it("skips a bare Notes heading", () => {
    expect(readNote("Notes:", 9)).toBeNull();
  });
});
