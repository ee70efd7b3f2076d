import { formatPlain } from "../../text/number.ts";
import type { BadByte } from "../utf8.ts";
import { lineList, problem, quote, visible } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about whole files: unreadable, not text, empty, misnamed; and summaries of many problems. */
export const filesMessages = {
  emptyFile(file: string): Problem {
    return problem("error", { file }, "The file is empty.", "Export the data again with its header row and at least one row of data.");
  },

  notText(file: string, bad: BadByte, encoding: string): Problem {
    const at = { file, ...(bad.line === undefined ? {} : { line: bad.line }) };
    const fix = "Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and check it again.";
    if (bad.nul) return problem("error", at, `Line ${bad.line} has a NUL byte: the file is binary, or UTF-16 text without a byte-order mark.`, fix);
    if (bad.bytes === undefined) return problem("error", at, `The file is not valid ${encoding.toUpperCase()} text.`, fix);
    const guess = bad.windows1252 === undefined ? "" : `; in Windows-1252 it would be ${quote(bad.windows1252)}`;
    return problem("error", at, `Line ${bad.line} has the byte ${bad.bytes}, which is not UTF-8 text${guess}.`, fix);
  },

  notUtf8(file: string, encoding: string, from: "mark" | "bytes" | "default"): Problem {
    if (encoding === "windows-1252") {
      return problem("warning", { file }, "The file is Windows-1252 text, as a spreadsheet saves a plain CSV; read as such.", "Save it as UTF-8 (in a spreadsheet: CSV UTF-8), as the standard asks.");
    }
    const how = from === "mark" ? "read by its byte-order mark" : "it has no byte-order mark, so it was read by the pattern of its bytes";
    return problem("warning", { file }, `The file is ${encoding.toUpperCase()} text; ${how}.`, "Save it as UTF-8, as the standard asks.");
  },

  unreadable(file: string, code: string): Problem {
    return problem("error", { file }, `The file cannot be read (${visible(code)}).`, "Check that it is a file, not a folder, and that it can be opened.");
  },

  rowsUnread(file: string, count: number): Problem {
    return problem(
      "error",
      { file },
      `${formatPlain(count)} ${count === 1 ? "row was" : "rows were"} not read, because of the errors in the header or the meta file.`,
      "Fix the header or the meta file, then check the file again.",
    );
  },

  noRows(file: string, line = 1): Problem {
    return problem("error", { file, line }, "The file has a header but no rows of data.", "Export the data again with its rows, or remove the file.");
  },

  notFound(path: string): Problem {
    return problem("error", { file: path }, `${quote(path)} is not a file or folder.`, "Give the path of a data file or of a folder of them, e.g. data/.");
  },

  badFileName(file: string, name: string): Problem {
    return problem(
      "error",
      { file },
      `File name ${quote(name)} cannot be a page address.`,
      "Rename it with lower-case letters, digits and dashes only, e.g. exclusions-2016-17.csv.",
    );
  },

  linkOutside(file: string): Problem {
    return problem("error", { file }, "The file is a link to a file outside the data folder.", "Copy the file into the data folder instead of linking to it.");
  },

  moreLikeThis(first: Problem, extra: number, lines: number[]): Problem {
    const where = first.line === undefined ? "" : ` at line ${first.line}`;
    const also = lines.length ? `, on ${lineList(lines, extra)}` : "";
    return {
      severity: first.severity,
      file: first.file,
      // Placed at the first line it counts, so it is listed after the ones it follows.
      ...(lines[0] === undefined ? {} : { line: lines[0] }),
      ...(first.columnName === undefined ? {} : { columnName: first.columnName }),
      message: `${formatPlain(extra)} more ${extra === 1 ? "problem" : "problems"} like the one${where}${also}.`,
      fix: "Fix the ones listed and check the file again.",
    };
  },

  repeatedRows(file: string, first: { line: number; series: string; period: string }, count: number, lines: number[]): Problem {
    const message =
      count === 1
        ? `Two rows give ${quote(first.series)} for ${first.period}; the chart shows the first.`
        : `${formatPlain(count)} rows repeat a line and period an earlier row gives (${lineList(lines, count)}), the first ${quote(first.series)} for ${first.period}; the chart shows the first row of each.`;
    return problem("warning", { file, line: first.line }, message, `Add a filter column that tells the rows apart, or remove the repeated ${count === 1 ? "row" : "rows"}.`);
  },
} as const;
