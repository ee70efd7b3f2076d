import { nameList, problem, quote, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about the meta file and the roles it gives columns. */
export const metaMessages = {
  metaUnknownColumn(at: Place, type: "Filter" | "Indicator"): Problem {
    const read = type === "Filter" ? 'every row is read as "Not specified" for it' : "every row is read as having no value for it";
    return problem(
      "warning",
      at,
      `The meta file describes column ${quote(at.value)}, which the data file does not have; as EES does, ${read}.`,
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
      `Column ${quote(at.columnName)} is not in the meta file, so it is not read (EES reads only the columns a meta file describes).`,
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

  noIndicators(file: string, line = 1): Problem {
    return problem("error", { file, line }, "No column holds numbers, so there is nothing to chart.", "Add at least one indicator column, and say so in the meta file.");
  },
} as const;
