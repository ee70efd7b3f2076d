import { describe, expect, it } from "vitest";
import { formatProblem, messages, quote, visible } from "./problems.ts";

describe("formatProblem", () => {
  it("prints file:line:column  severity  message fix, as compilers do", () => {
    const p = messages.badCell({ file: "data/a.csv", line: 3, column: 6, columnName: "officers", value: "12%" }, "percent-sign");
    expect(formatProblem(p)).toBe(
      'data/a.csv:3:6  error  Value "12%" in column "officers" has a % sign. Write the number alone (79, not 79%) and give the unit as % in the meta file.',
    );
  });

  it("never prints a column without its line, where it would read as a line", () => {
    const p = messages.legacySymbol({ file: "data/a.csv", column: 7, columnName: "officers" }, ":", 2);
    expect(formatProblem(p)).toBe(
      'data/a.csv  warning  Column "officers" uses the older symbol ":" 2 times; read by its older meaning. Use the GSS symbols c, x, z, low, k or u in new files.',
    );
  });

  it("escapes control characters in a file name", () => {
    const p = messages.emptyFile("data/a\u001b[2J.csv");
    expect(formatProblem(p)).toBe(
      "data/a\\u001b[2J.csv  error  The file is empty. Export the data again with its header row and at least one row of data.",
    );
  });
});

describe("values in messages", () => {
  it("are quoted as written when short and plain", () => {
    expect(quote("Metropolitan Police")).toBe('"Metropolitan Police"');
    expect(quote(undefined)).toBe('""');
  });

  it("escape line breaks, terminal escapes and text-direction overrides, so a value cannot rewrite the output", () => {
    expect(visible("a\nb\r\tc")).toBe("a\\nb\\r\\tc");
    expect(visible("\u001b[31mred")).toBe("\\u001b[31mred");
    expect(visible("abc\u202edcba")).toBe("abc\\u202edcba");
    expect(visible("nul\u0000")).toBe("nul\\u0000");
  });

  it("are cut to 80 characters with the full length said, so a 10 MB cell stays one line", () => {
    const long = "9".repeat(10_000_000);
    expect(visible(long)).toBe(`${"9".repeat(80)}… (10,000,000 characters)`);
    const p = messages.badCell({ file: "f.csv", line: 2, column: 1, columnName: "n", value: long }, "not-a-number");
    expect(p.value).toBe(`${"9".repeat(80)}… (10,000,000 characters)`);
    expect(p.message).toBe(`Value "${"9".repeat(80)}… (10,000,000 characters)" in column "n" is neither a number nor a known symbol.`);
  });

  it("never split a character made of two code units", () => {
    expect(visible(`${"a".repeat(79)}😀b`)).toBe(`${"a".repeat(79)}… (82 characters)`);
  });
});

describe("messages about bytes that are not text", () => {
  it("names the line and the byte, and what Windows-1252 would make of it", () => {
    const p = messages.notText("data/a.csv", { line: 3, bytes: "0xA3", nul: false, windows1252: "£" }, "utf-8");
    expect(formatProblem(p)).toBe(
      'data/a.csv:3  error  Line 3 has the byte 0xA3, which is not UTF-8 text; in Windows-1252 it would be "£". Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and check it again.',
    );
  });

  it("calls a NUL byte binary or UTF-16 without its mark", () => {
    const p = messages.notText("data/a.csv", { line: 1, bytes: "0x00", nul: true }, "utf-8");
    expect(formatProblem(p)).toBe(
      "data/a.csv:1  error  Line 1 has a NUL byte: the file is binary, or UTF-16 text without a byte-order mark. Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and check it again.",
    );
  });

  it("says only that other encodings failed", () => {
    expect(formatProblem(messages.notText("data/a.csv", { nul: false }, "utf-16le"))).toBe(
      "data/a.csv  error  The file is not valid UTF-16LE text. Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and check it again.",
    );
  });
});

describe("a summary of problems past the first twenty", () => {
  it("counts them and names the lines of the next few", () => {
    const first = messages.raggedRow({ file: "data/a.csv", line: 2 }, 3, 4);
    expect(formatProblem(messages.moreLikeThis(first, 30, [22, 23, 24, 25, 26]))).toBe(
      "data/a.csv:22  error  30 more problems like the one at line 2, on lines 22, 23, 24, 25, 26 and 25 more. Fix the ones listed and check the file again.",
    );
    expect(formatProblem(messages.moreLikeThis(first, 1, [22]))).toBe(
      "data/a.csv:22  error  1 more problem like the one at line 2, on line 22. Fix the ones listed and check the file again.",
    );
  });
});
