import { describe, expect, it } from "vitest";
import { isIndicatorText, parseCell, plainNumber, unknownSymbol } from "./cell.ts";

describe("parseCell: symbols are reasons, never numbers", () => {
  it.each([
    ["c", "suppressed"],
    ["x", "not-available"],
    ["z", "not-applicable"],
    ["low", "rounds-to-zero"],
    ["k", "rounds-to-zero"],
    ["u", "low-reliability"],
    [":", "not-available"],
    ["~", "rounds-to-zero"],
    [".", "no-rate"],
    ["..", "not-available"],
    ["*", "suppressed"],
    ["", "blank"],
  ] as const)("reads %j as %s", (symbol, reason) => {
    expect(parseCell(symbol)).toEqual({ kind: "missing", reason, symbol });
  });

  it.each([
    ["[c]", "suppressed"],
    ["[x]", "not-available"],
    ["[z]", "not-applicable"],
    ["[low]", "rounds-to-zero"],
    ["[k]", "rounds-to-zero"],
    ["[u]", "low-reliability"],
  ] as const)("reads the bracketed %s of published tables as %s, storing the symbol bare", (written, reason) => {
    expect(parseCell(written)).toEqual({ kind: "missing", reason, symbol: written.slice(1, -1) });
  });

  it("reads a blank of spaces as blank, and trims spaces around a symbol", () => {
    expect(parseCell("   ")).toEqual({ kind: "missing", reason: "blank", symbol: "" });
    expect(parseCell(" c ")).toEqual({ kind: "missing", reason: "suppressed", symbol: "c" });
  });
});

describe("parseCell: numbers as published", () => {
  it("reads a leading space, as real exports write after a comma", () => {
    expect(parseCell(" 14.8113")).toEqual({ kind: "value", value: 14.8113, flags: [] });
  });

  it("reads twelve decimal places", () => {
    expect(parseCell("85.700000000000")).toEqual({ kind: "value", value: 85.7, flags: [] });
  });

  it("reads negatives and zero", () => {
    expect(parseCell("-3")).toEqual({ kind: "value", value: -3, flags: [] });
    expect(parseCell("-0.25")).toEqual({ kind: "value", value: -0.25, flags: [] });
    expect(parseCell("0")).toEqual({ kind: "value", value: 0, flags: [] });
    expect(parseCell("-0")).toEqual({ kind: "value", value: 0, flags: [] });
  });

  it("reads a GSS letter after a number as a qualifier, with or without a space or brackets", () => {
    expect(parseCell("280e")).toEqual({ kind: "value", value: 280, flags: ["estimated"] });
    expect(parseCell("280 e")).toEqual({ kind: "value", value: 280, flags: ["estimated"] });
    expect(parseCell("280 [e]")).toEqual({ kind: "value", value: 280, flags: ["estimated"] });
    expect(parseCell("489u")).toEqual({ kind: "value", value: 489, flags: ["low-reliability"] });
    expect(parseCell("489 [u]")).toEqual({ kind: "value", value: 489, flags: ["low-reliability"] });
    expect(parseCell("312p")).toEqual({ kind: "value", value: 312, flags: ["provisional"] });
    expect(parseCell("312 [r]")).toEqual({ kind: "value", value: 312, flags: ["revised"] });
    expect(parseCell("312 [P]")).toEqual({ kind: "value", value: 312, flags: ["provisional"] });
  });

  it("keeps several qualifiers in the order written", () => {
    expect(parseCell("312 [p] [e]")).toEqual({ kind: "value", value: 312, flags: ["provisional", "estimated"] });
  });

  it("repairs a quoted number with thousands separators, and says so", () => {
    expect(parseCell("749,750")).toEqual({
      kind: "repaired",
      repair: "thousands-separator",
      cell: { kind: "value", value: 749750, flags: [] },
    });
    expect(parseCell("1,234,567.5")).toEqual({
      kind: "repaired",
      repair: "thousands-separator",
      cell: { kind: "value", value: 1234567.5, flags: [] },
    });
  });
});

describe("parseCell: text that is not a number is a named error", () => {
  it.each([
    ["12%", "percent-sign"],
    ["12 %", "percent-sign"],
    ["1,2", "decimal-comma"],
    ["12,5", "decimal-comma"],
    ["1,23,4", "bad-thousands"],
    ["abc", "not-a-number"],
    ["C", "not-a-number"],
    ["0x10", "not-a-number"],
    ["Infinity", "not-a-number"],
    ["NaN", "not-a-number"],
    ["=1+2", "not-a-number"],
    ["e", "not-a-number"],
    ["1e999", "not-finite"],
  ] as const)("%j is %s", (text, code) => {
    expect(parseCell(text)).toEqual({ kind: "error", code });
  });
});

describe("isIndicatorText", () => {
  it("is true for numbers, qualified numbers, repaired numbers and symbols; false for words", () => {
    expect(["12", "280e", "749,750", "c", "", ":"].map(isIndicatorText)).toEqual([true, true, true, true, true, true]);
    expect(["Total", "12%", "Boys"].map(isIndicatorText)).toEqual([false, false, false]);
  });
});

describe("plainNumber", () => {
  it("reads digits with at most one point, and nothing else, as parseCell would", () => {
    expect(["12", "12.5", ".5", "7.", "007", "0.0"].map(plainNumber)).toEqual([12, 12.5, 0.5, 7, 7, 0]);
    expect(["", ".", "..", " 12", "-3", "1,234", "1.2.3", "12 [e]", "1e3", "c"].map(plainNumber).every(Number.isNaN)).toBe(true);
  });
});

describe("parseCell: what spreadsheets write", () => {
  it("reads dashes and n/a as reasons, never as zero", () => {
    expect(["-", "–", "—", "n/a", "N/A"].map((t) => parseCell(t))).toEqual([
      { kind: "missing", reason: "not-available", symbol: "-" },
      { kind: "missing", reason: "not-available", symbol: "–" },
      { kind: "missing", reason: "not-available", symbol: "—" },
      { kind: "missing", reason: "not-applicable", symbol: "n/a" },
      { kind: "missing", reason: "not-applicable", symbol: "N/A" },
    ]);
  });

  it("separates a footnote marker from its number and keeps it", () => {
    expect(parseCell("13[1]")).toEqual({ kind: "value", value: 13, flags: [], note: "1" });
    expect(parseCell("13 [note 2]")).toEqual({ kind: "value", value: 13, flags: [], note: "2" });
    expect(parseCell("270*")).toEqual({ kind: "value", value: 270, flags: [], note: "*" });
    expect(parseCell("52 (a)")).toEqual({ kind: "value", value: 52, flags: [], note: "a" });
    expect(parseCell("312 [p] [1]")).toEqual({ kind: "value", value: 312, flags: ["provisional"], note: "1" });
    expect(parseCell("1,204[1]")).toEqual({ kind: "repaired", repair: "thousands-separator", cell: { kind: "value", value: 1204, flags: [], note: "1" } });
  });

  it("does not make a number of a marker alone, or of a typo", () => {
    expect(parseCell("[1]")).toEqual({ kind: "error", code: "not-a-number" });
    expect(parseCell("12..5")).toEqual({ kind: "error", code: "not-a-number" });
  });
});

describe("unknownSymbol", () => {
  it("keeps one or two letters that are no symbol as not available, and nothing else", () => {
    expect(unknownSymbol("a")).toEqual({ kind: "missing", reason: "not-available", symbol: "a" });
    expect(unknownSymbol(" NA ")).toEqual({ kind: "missing", reason: "not-available", symbol: "NA" });
    expect([unknownSymbol("abc"), unknownSymbol("c"), unknownSymbol("12"), unknownSymbol("")]).toEqual([null, null, null, null]);
  });
});
