import { problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about where rows are: levels and place columns. */
export const placesMessages = {
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
} as const;
