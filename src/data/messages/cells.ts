import type { CellErrorCode } from "../cell.ts";
import { lineList, problem, quote, visible, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

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

/** What is said about indicator cells: numbers that are not numbers, repairs, and column-wide tallies. */
export const cellsMessages = {
  badCell(at: Place, code: CellErrorCode): Problem {
    const text = CELL_MESSAGES[code];
    return problem("error", at, `Value ${quote(at.value)} in column ${quote(at.columnName)} ${text.message}.`, text.fix);
  },

  repairedThousands(at: Place, value: number): Problem {
    return problem(
      "warning",
      at,
      `Value ${quote(at.value)} in column ${quote(at.columnName)} has thousands separators; read as ${String(value)}.`,
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

  legacySymbol(at: Place, symbol: string, count: number): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} uses the older symbol ${quote(symbol)} ${count} ${count === 1 ? "time" : "times"}; read by its older meaning.`,
      "Use the GSS symbols c, x, z, low, k or u in new files.",
    );
  },

  unknownSymbol(at: Place, symbol: string, count: number): Problem {
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} holds ${quote(symbol)} ${count} ${count === 1 ? "time" : "times"}, which is not a symbol the standard names; kept as written (as EES imports it), read as not available, never as a number.`,
      "Write a GSS symbol (c, x, z, low, k, u) or the number.",
    );
  },

  footnoteMarkers(at: Place, markers: { marker: string; count: number; lines: number[] }[], unexplained: string[]): Problem {
    const total = markers.reduce((n, m) => n + m.count, 0);
    const each = markers.map((m) => `${markerText(m.marker)} ${m.count === 1 ? "once" : `${m.count} times`}`).join(", ");
    const missing = unexplained.length ? `; no note under the table explains ${unexplained.map(markerText).join(", ")}` : "";
    return problem(
      "warning",
      at,
      `Column ${quote(at.columnName)} has ${total} ${total === 1 ? "number" : "numbers"} with a footnote marker (${each}); each is read as its number and linked to its note${missing}.`,
      "Keep the number alone in the cell and the note in the descriptor's notes, so the figure can be read by any program.",
    );
  },
} as const;

/** A footnote marker as tables write it: `[1]`, `*`, `(a)`. */
function markerText(marker: string): string {
  return /^\d+$/.test(marker) ? `[${marker}]` : /^[a-z]$/.test(marker) ? `(${marker})` : visible(marker);
}
