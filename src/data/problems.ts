import type { CellErrorCode } from "./cell.ts";
import type { PeriodErrorCode } from "./period.ts";
import type { Problem, Severity } from "./types.ts";

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

function problem(severity: Severity, at: Place, message: string, fix: string): Problem {
  return { severity, ...at, message, fix };
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
    return problem("error", at, `Value "${at.value}" in column "${at.columnName}" ${text.message}.`, text.fix);
  },

  repairedThousands(at: Place): Problem {
    return problem(
      "warning",
      at,
      `Value "${at.value}" in column "${at.columnName}" has thousands separators; read as ${at.value?.replaceAll(",", "")}.`,
      "Write numbers without separators, as the standard asks.",
    );
  },

  blankCells(at: Place, count: number, lines: number[]): Problem {
    return problem(
      "warning",
      at,
      `Column "${at.columnName}" has ${count} blank ${count === 1 ? "cell" : "cells"} (${lineList(lines, count)}); shown as blank, never as zero.`,
      "Write a GSS symbol instead of a blank: x for not available, z for not applicable, c for suppressed.",
    );
  },

  legacySymbol(at: Place, symbol: string, count: number): Problem {
    return problem(
      "warning",
      at,
      `Column "${at.columnName}" uses the older symbol "${symbol}" ${count} ${count === 1 ? "time" : "times"}; read by its older meaning.`,
      "Use the GSS symbols c, x, z, low, k or u in new files.",
    );
  },

  badPeriod(at: Place, code: PeriodErrorCode, identifier: string): Problem {
    const texts: Record<PeriodErrorCode, { message: string; fix: string }> = {
      "unknown-identifier": {
        message: `time_identifier "${identifier}" is not one the standard names`,
        fix: "Use one of: Calendar year, Academic year, Financial year, Tax year, Reporting year, a month name, Week 1 to Week 52, Financial year Q1 to Q4, Autumn term, Spring term, Summer term, Autumn and spring term, Part 1 (April to September), Part 2 (October to March).",
      },
      "bad-time-period": {
        message: `time_period "${at.value}" is not a 4-digit year or a 6-digit pair of years`,
        fix: "Write 2017 for one year or 201415 for 2014/15.",
      },
      "needs-two-years": {
        message: `time_period "${at.value}" is one year, but "${identifier}" spans two`,
        fix: "Write both years as six digits, for example 201415.",
      },
      "needs-one-year": {
        message: `time_period "${at.value}" is two years, but "${identifier}" needs one`,
        fix: "Write the year as four digits, for example 2017.",
      },
      "not-consecutive": {
        message: `time_period "${at.value}" names two years that are not consecutive`,
        fix: "A six-digit period is two consecutive years (201415); split longer spans into rows.",
      },
      "bad-week": {
        message: `"${identifier}" is not a week from 1 to 53`,
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
      `time_period "${at.value}" has a slash or dash; read as ${at.value?.replace(/[/-]/, "")}.`,
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

  duplicateHeader(at: Place): Problem {
    return problem("error", at, `Column name "${at.value}" appears more than once in the header.`, "Give each column a different name.");
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

  badEncoding(file: string, encoding: string): Problem {
    return problem("error", { file }, `The file is not valid ${encoding.toUpperCase()} text.`, "Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and build again.");
  },

  noRows(file: string): Problem {
    return problem("error", { file, line: 1 }, "The file has a header but no rows of data.", "Export the data again with its rows, or remove the file.");
  },

  unknownLevel(at: Place): Problem {
    return problem(
      "warning",
      at,
      `geographic_level "${at.value}" is not a level the standard names; the place is shown by level only.`,
      "Use a standard level such as National, Regional or Local authority, with its code and name columns.",
    );
  },

  missingPlace(at: Place, level: string): Problem {
    return problem(
      "warning",
      at,
      `Row is at level "${level}" but its "${at.columnName}" cell is blank.`,
      `Fill in ${at.columnName} for ${level} rows; write x for a code that is not available.`,
    );
  },

  metaUnknownColumn(at: Place): Problem {
    return problem(
      "error",
      at,
      `The meta file describes column "${at.value}", which the data file does not have.`,
      "Remove that row from the meta file, or add the column to the data file.",
    );
  },

  metaDuplicate(at: Place): Problem {
    return problem("error", at, `The meta file describes column "${at.value}" more than once.`, "Keep one row per column.");
  },

  metaBadType(at: Place): Problem {
    return problem("error", at, `col_type "${at.value}" is neither Filter nor Indicator.`, "Write Filter or Indicator.");
  },

  metaMissingColumns(at: Place, missing: string[]): Problem {
    return problem("error", at, `The meta file has no ${missing.join(" or ")} column.`, "Meta files have col_name and col_type columns; see data/README.md.");
  },

  metaUndescribed(at: Place): Problem {
    return problem(
      "warning",
      at,
      `Column "${at.columnName}" is not in the meta file; read as a ${at.value}.`,
      "Add a row for it to the meta file.",
    );
  },

  badUnit(at: Place): Problem {
    return problem("warning", at, `indicator_unit "${at.value}" is not one the standard names; shown as a plain number.`, "Use blank, %, pp, £, £m or numberstring.");
  },

  metaInferred(file: string, filters: string[], indicators: string[]): Problem {
    return problem(
      "warning",
      { file },
      `No meta file: read ${indicators.length ? indicators.join(", ") : "no columns"} as indicators and ${filters.length ? filters.join(", ") : "no columns"} as filters.`,
      "Add a .meta.csv file beside the data to say which columns are filters and which indicators.",
    );
  },

  noIndicators(file: string): Problem {
    return problem("error", { file, line: 1 }, "No column holds numbers, so there is nothing to chart.", "Add at least one indicator column, and say so in the meta file.");
  },

  badDescriptor(at: Place, detail: string): Problem {
    return problem("error", at, `The descriptor cannot be read: ${detail}.`, "Fix the JSON; data/descriptor.schema.json describes its fields.");
  },

  descriptorField(at: Place, detail: string): Problem {
    return problem("error", at, detail, "Fix the field; data/descriptor.schema.json describes it.");
  },

  unknownSource(at: Place): Problem {
    return problem(
      "error",
      at,
      `Row cites source "${at.value}", which the descriptor's sources do not list.`,
      "Add the source (title, publisher, date, URL, locator) to the descriptor, or correct the id.",
    );
  },

  unsafeLink(at: Place): Problem {
    return problem("error", at, `Source link "${at.value}" is not an http or https URL.`, "Link sources only with https:// (or http://) addresses.");
  },

  noDescriptor(file: string): Problem {
    return problem("warning", { file }, "No descriptor file: the page is titled from the file name and cites no sources.", "Add a .json descriptor with title, description and sources; see data/README.md.");
  },
} as const;

/** "lines 3, 5 and 10 more": the first few lines of `total`. */
function lineList(lines: number[], total: number): string {
  const shown = lines.slice(0, 5);
  const more = total > shown.length ? ` and ${total - shown.length} more` : "";
  return `${total === 1 ? "line" : "lines"} ${shown.join(", ")}${more}`;
}

/** One line per problem, as compilers print them: `file:line:column  severity  message  fix`. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.column].filter((part) => part !== undefined).join(":");
  return `${where}  ${p.severity}  ${p.message} ${p.fix}`;
}
