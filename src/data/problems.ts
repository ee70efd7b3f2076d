import type { CellErrorCode } from "./cell.ts";
import type { LabelConcern } from "./label.ts";
import type { PeriodErrorCode } from "./period.ts";
import type { Problem, Severity } from "./types.ts";
import type { BadByte } from "./utf8.ts";

/**
 * Every message a publisher can see about their files, one named function each, so the build,
 * the checker and the tests all say exactly the same words.
 */

/** Where in a file a problem sits. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
  columnName?: string;
  value?: string;
}

/** Longest stretch of a value a message repeats: a 10 MB cell must not become a 10 MB message. */
const SHOWN = 80;

/** Control and text-direction characters: printed as escapes, so a value cannot rewrite a terminal or hide in a line. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const ESCAPED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Text from a file as messages show it: invisible characters escaped, and cut to a readable length. */
export function visible(text: string, max = SHOWN): string {
  let cut = text;
  if (text.length > max) {
    cut = text.slice(0, /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max);
    cut = `${cut}… (${text.length.toLocaleString("en-GB")} characters)`;
  }
  return cut.replace(INVISIBLE, (ch) => ESCAPED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value from a file in double quotes, as every message quotes one. */
export function quote(text: string | undefined): string {
  return `"${visible(text ?? "")}"`;
}

function problem(severity: Severity, at: Place, message: string, fix: string): Problem {
  return { severity, ...at, ...(at.value === undefined ? {} : { value: visible(at.value) }), message, fix };
}

const CELL_MESSAGES: Record<CellErrorCode, { message: string; fix: string }> = {
  "percent-sign": {
    message: "has a % sign",
    fix: "Write the number alone (79, not 79%) and give the unit as % in the meta file.",
  },
  "decimal-comma": {
    message: "uses a comma as a decimal point or is an unclear number",
    fix: "Write decimals with a point (1.2), and no thousands separators.",
  },
  "bad-thousands": {
    message: "has commas that are not thousands separators",
    fix: "Write the number without separators (749750).",
  },
  "not-a-number": {
    message: "is neither a number nor a known symbol",
    fix: "Write a number, or a GSS symbol (c, x, z, low, k, u) for a value that is not published.",
  },
  "not-finite": {
    message: "is too large to be a number",
    fix: "Check the value; write it as a plain decimal number.",
  },
};

/** The standard names problems with a cell. */
export const messages = {
  badCell(at: Place, code: CellErrorCode): Problem {
    const text = CELL_MESSAGES[code];
    return problem("error", at, `Value ${quote(at.value)} in column ${quote(at.columnName)} ${text.message}.`, text.fix);
  },

  repairedThousands(at: Place): Problem {
    return problem(
      "warning",
      at,
      `Value ${quote(at.value)} in column ${quote(at.columnName)} has thousands separators; read as ${visible(at.value?.replaceAll(",", "") ?? "")}.`,
      "Write numbers without separators, as the standard asks.",
    );
  },

  blankCells(at: Place, count: number, lines: number[]): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} has ${count} blank ${count === 1 ? "cell" : "cells"} (${lineList(lines, count)}); shown as blank, never as zero.`,
      "Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed.",
    );
  },

  negativeCount(at: Place, count: number, lines: number[]): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} is a count (no unit, no decimal places) but has ${count} negative ${count === 1 ? "value" : "values"} (${lineList(lines, count)}); shown as published.`,
      "Check those figures; if the column can be negative, give it a label that says what it measures.",
    );
  },

  fractionalCount(at: Place, count: number, lines: number[]): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} has 0 decimal places in the meta file but ${count} ${count === 1 ? "value has" : "values have"} decimals (${lineList(lines, count)}); shown rounded to whole numbers.`,
      "Set indicator_dp in the meta file to the decimal places published.",
    );
  },

  labelTooLong(at: Place, longest: number): Problem {
    return problem(
      "error",
      at,
      `Value ${quote(at.value)} in column ${quote(at.columnName)} is longer than ${longest.toLocaleString("en-GB")} characters.`,
      "Check the row: a quote may be missing, so that many cells ran together into one.",
    );
  },

  oddLabel(at: Place, concern: LabelConcern): Problem {
    const texts: Record<LabelConcern, [string, string]> = {
      formula: ["starts like a spreadsheet formula", "Remove the leading =, +, - or @: a spreadsheet may run it when the file is opened."],
      markup: ["holds markup", "Write plain text; markup in a label is shown as text, never run."],
      control: ["holds control or text-direction characters", "Remove them: they can make a label read differently from what it says."],
    };
    const [what, fix] = texts[concern];
    return problem("warning", at, `Value ${quote(at.value)} in column ${quote(at.columnName)} ${what}; shown as text.`, fix);
  },

  legacySymbol(at: Place, symbol: string, count: number): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} uses the older symbol ${quote(symbol)} ${count} ${count === 1 ? "time" : "times"}; read by its older meaning.`,
      "Use the GSS symbols c, x, z, low, k or u in new files.",
    );
  },

  badPeriod(at: Place, code: PeriodErrorCode, identifier: string): Problem {
    const texts: Record<PeriodErrorCode, { message: string; fix: string }> = {
      "unknown-identifier": {
        message: `time_identifier ${quote(identifier)} is not one the standard names`,
        fix: "Use one of: Calendar year, Academic year, Financial year, Tax year, Reporting year, a month name, Week 1 to Week 52, Financial year Q1 to Q4, Autumn term, Spring term, Summer term, Autumn and spring term, Part 1 (April to September), Part 2 (October to March).",
      },
      "bad-time-period": {
        message: `time_period ${quote(at.value)} is not a 4-digit year or a 6-digit pair of years`,
        fix: "Write 2017 for one year or 201415 for 2014/15.",
      },
      "needs-two-years": {
        message: `time_period ${quote(at.value)} is one year, but ${quote(identifier)} spans two`,
        fix: "Write both years as six digits, for example 201415.",
      },
      "needs-one-year": {
        message: `time_period ${quote(at.value)} is two years, but ${quote(identifier)} needs one`,
        fix: "Write the year as four digits, for example 2017.",
      },
      "not-consecutive": {
        message: `time_period ${quote(at.value)} names two years that are not consecutive`,
        fix: "A six-digit period is two consecutive years (201415); split longer spans into rows.",
      },
      "bad-week": {
        message: `${quote(identifier)} is not a week from 1 to 53`,
        fix: "Write Week 1 to Week 53.",
      },
    };
    const text = texts[code];
    return problem("error", at, `${text.message}.`, text.fix);
  },

  slashedPeriod(at: Place): Problem {
    return problem(
      "warning",
      at,
      `time_period ${quote(at.value)} has a slash or dash; read as ${visible(at.value?.replace(/[/-]/, "") ?? "")}.`,
      "Write six digits without a separator (201415), as the standard asks.",
    );
  },

  missingColumn(file: string, column: string): Problem {
    return problem(
      "error",
      { file, line: 1, columnName: column },
      `Required column "${column}" is missing.`,
      `Add a "${column}" column; every EES data file has time_period, time_identifier, geographic_level, country_code and country_name.`,
    );
  },

  aliasedColumn(at: Place): Problem {
    return problem("warning", at, `Column ${quote(at.value)} is read as ${visible(at.columnName ?? "")}.`, `Name it ${visible(at.columnName ?? "")}, as the standard does.`);
  },

  legacyLayout(file: string, renamed: [string, string][], noIdentifier: boolean): Problem {
    const names = renamed.map(([from, to]) => `${visible(from)} as ${to}`).join(", ");
    const periods = noIdentifier ? "; with no time_identifier, a six-digit year is read as an academic year and a four-digit one as a calendar year" : "";
    return problem(
      "warning",
      { file, line: 1 },
      `The file is in the older DfE layout: read ${names || "its columns"}${periods}.`,
      "Export it in the EES layout if you can: time_period, time_identifier, geographic_level, country_code, country_name.",
    );
  },

  duplicateHeader(at: Place): Problem {
    return problem("error", at, `Column name ${quote(at.value)} appears more than once in the header.`, "Give each column a different name.");
  },

  emptyHeader(at: Place): Problem {
    return problem("error", at, "A column has no name in the header.", "Name every column, or delete the empty column.");
  },

  raggedRow(at: Place, found: number, expected: number): Problem {
    return problem(
      "error",
      at,
      `Row has ${found} ${found === 1 ? "cell" : "cells"}, but the header has ${expected}.`,
      "Check for a missing or extra comma, or a comma inside a value that needs quotes.",
    );
  },

  csvSyntax(at: Place, detail: string): Problem {
    return problem("error", at, `The CSV cannot be read here: ${detail}.`, "Check the quotes on this line: a quoted value must end with a closing quote.");
  },

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
      `${count.toLocaleString("en-GB")} ${count === 1 ? "row was" : "rows were"} not read, because of the errors in the header or the meta file.`,
      "Fix the header or the meta file, then check the file again.",
    );
  },

  noRows(file: string): Problem {
    return problem("error", { file, line: 1 }, "The file has a header but no rows of data.", "Export the data again with its rows, or remove the file.");
  },

  unknownLevel(at: Place): Problem {
    return problem(
      "warning",
      at,
      `geographic_level ${quote(at.value)} is not a level the standard names; the place is shown by level only.`,
      "Use a standard level such as National, Regional or Local authority, with its code and name columns.",
    );
  },

  missingPlace(at: Place, level: string): Problem {
    return problem(
      "warning",
      at,
      `Row is at level ${quote(level)} but its ${quote(at.columnName)} cell is blank.`,
      `Fill in ${visible(at.columnName ?? "")} for ${visible(level)} rows; write x for a code that is not available.`,
    );
  },

  missingPlaceColumn(at: Place, level: string): Problem {
    return problem(
      "warning",
      at,
      `Rows are at level ${quote(level)} but the file has no ${quote(at.columnName)} column; those places are named by level only.`,
      `Add a ${visible(at.columnName ?? "")} column naming each ${visible(level)} place.`,
    );
  },

  metaUnknownColumn(at: Place): Problem {
    return problem(
      "error",
      at,
      `The meta file describes column ${quote(at.value)}, which the data file does not have.`,
      "Remove that row from the meta file, or add the column to the data file.",
    );
  },

  metaDuplicate(at: Place): Problem {
    return problem("error", at, `The meta file describes column ${quote(at.value)} more than once.`, "Keep one row per column.");
  },

  metaStructural(at: Place): Problem {
    return problem(
      "warning",
      at,
      `The meta file describes column ${quote(at.value)}, which places rows in time or space; that row is ignored.`,
      "Remove the row: time and geography columns get no rows in a meta file.",
    );
  },

  metaBadType(at: Place): Problem {
    return problem("error", at, `col_type ${quote(at.value)} is neither Filter nor Indicator.`, "Write Filter or Indicator.");
  },

  metaMissingColumns(at: Place, missing: string[]): Problem {
    return problem("error", at, `The meta file has no ${missing.join(" or ")} column.`, "Meta files have col_name and col_type columns; see data/README.md.");
  },

  metaUndescribed(at: Place): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} is not in the meta file; read as a ${at.value}.`,
      "Add a row for it to the meta file.",
    );
  },

  badUnit(at: Place): Problem {
    return problem("warning", at, `indicator_unit ${quote(at.value)} is not one the standard names; shown as a plain number.`, "Use blank, %, pp, £, £m or numberstring.");
  },

  metaInferred(file: string, filters: string[], indicators: string[]): Problem {
    return problem(
      "warning",
      { file },
      `No meta file: read ${nameList(indicators)} as indicators and ${nameList(filters)} as filters.`,
      "Add a .meta.csv file beside the data to say which columns are filters and which indicators.",
    );
  },

  noIndicators(file: string): Problem {
    return problem("error", { file, line: 1 }, "No column holds numbers, so there is nothing to chart.", "Add at least one indicator column, and say so in the meta file.");
  },

  badDescriptor(at: Place, detail: string): Problem {
    return problem("error", at, `The descriptor cannot be read: ${visible(detail, 200)}.`, "Fix the JSON; data/descriptor.schema.json describes its fields.");
  },

  descriptorField(at: Place, detail: string): Problem {
    return problem("error", at, detail, "Fix the field; data/descriptor.schema.json describes it.");
  },

  unknownSource(at: Place): Problem {
    return problem(
      "error",
      at,
      `Row cites source ${quote(at.value)}, which the descriptor's sources do not list.`,
      "Add the source (title, publisher, date, URL, locator) to the descriptor, or correct the id.",
    );
  },

  unsafeLink(at: Place): Problem {
    return problem("error", at, `Source link ${quote(at.value)} is not an http or https URL.`, "Link sources only with https:// (or http://) addresses.");
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
      message: `${extra.toLocaleString("en-GB")} more ${extra === 1 ? "problem" : "problems"} like the one${where}${also}.`,
      fix: "Fix the ones listed and check the file again.",
    };
  },

  repeatedRows(file: string, first: { line: number; series: string; period: string }, count: number, lines: number[]): Problem {
    const message =
      count === 1
        ? `Two rows give ${quote(first.series)} for ${first.period}; the chart shows the first.`
        : `${count.toLocaleString("en-GB")} rows repeat a line and period an earlier row gives (${lineList(lines, count)}), the first ${quote(first.series)} for ${first.period}; the chart shows the first row of each.`;
    return problem("warning", { file, line: first.line }, message, `Add a filter column that tells the rows apart, or remove the repeated ${count === 1 ? "row" : "rows"}.`);
  },

  noDescriptor(file: string): Problem {
    return problem("warning", { file }, "No descriptor file: the page is titled from the file name and cites no sources.", "Add a .json descriptor with title, description and sources; see data/README.md.");
  },
} as const;

/** The closing words of a check: whether the dashboard can use a file, and the totals over every file. */
export const summaries = {
  usage: [
    "Usage: npm run check -- <file or folder> …",
    "Checks data exports as the build reads them, without building the site: every problem as",
    "file:line:column  severity  message, then a summary of each file. With no path, checks data/.",
    "Exits 1 when a file has errors that would stop the build, 2 when a path does not exist.",
  ].join("\n"),

  verdict(errors: number, warnings: number): string {
    const said = warnings ? `; ${plural(warnings, "warning")} will be shown on its page` : "";
    if (errors) return `The dashboard cannot use this file until ${errors === 1 ? "its error is" : `its ${count(errors)} errors are`} fixed${said}.`;
    return `The dashboard can read this file${said || "; nothing to fix"}.`;
  },

  totals(files: number, failing: number, warnings: number): string {
    const stop = failing ? `${count(failing)} with errors that stop the build` : "no errors";
    return `Checked ${plural(files, "file")}: ${stop}, ${plural(warnings, "warning")}.`;
  },
} as const;

/** A count as the messages print it: 10,022. */
export function count(n: number): string {
  return n.toLocaleString("en-GB");
}

/** "1 file", "3 files". */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** "a, b, c and 12 more": a list of column names that stays short for a file of 5,000 columns. */
function nameList(names: string[]): string {
  if (names.length === 0) return "no columns";
  const shown = names.slice(0, 10).map((n) => visible(n)).join(", ");
  return names.length > 10 ? `${shown} and ${(names.length - 10).toLocaleString("en-GB")} more` : shown;
}

/** "lines 3, 5 and 10 more": the first few lines of `total`. */
function lineList(lines: number[], total: number): string {
  const shown = lines.slice(0, 5);
  const more = total > shown.length ? ` and ${total - shown.length} more` : "";
  return `${total === 1 ? "line" : "lines"} ${shown.join(", ")}${more}`;
}

/** One line per problem, as compilers print them: `file:line:column  severity  message  fix`. */
export function formatProblem(p: Problem): string {
  // A column number only means something after a line number: `file:7` must never be column 7.
  const where = [visible(p.file, 300), p.line, p.line === undefined ? undefined : p.column].filter((part) => part !== undefined).join(":");
  return `${where}  ${p.severity}  ${p.message} ${p.fix}`;
}
