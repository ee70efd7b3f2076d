import { problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about the header row and the shape of rows. */
export const headerMessages = {
  missingColumn(file: string, column: string, line = 1): Problem {
    return problem(
      "error",
      { file, line, columnName: column },
      `Required column "${column}" is missing.`,
      `Add a "${column}" column; every EES data file has time_period, time_identifier, geographic_level, country_code and country_name.`,
    );
  },

  aliasedColumn(at: Place): Problem {
    return problem("warning", at, `Column ${quote(at.value)} is read as ${visible(at.columnName ?? "")}.`, `Name it ${visible(at.columnName ?? "")}, as the standard does.`);
  },

  legacyLayout(file: string, renamed: [string, string][], noIdentifier: boolean, line = 1, national = false): Problem {
    const names = renamed.map(([from, to]) => `${visible(from)} as ${to}`).join(", ") + (national ? "; with no level column, every row as national" : "");
    const periods = noIdentifier ? "; with no time_identifier, a six-digit year is read as an academic year and a four-digit one as a calendar year" : "";
    return problem(
      "warning",
      { file, line },
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
} as const;
