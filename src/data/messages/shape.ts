import { formatPlain } from "../../text/number.ts";
import { SHAPE_WORDS, type ShapeKind } from "../reading.ts";
import { lineList, problem, quote, visible } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about a file's shape: a wide or long table read as rows, levels EES ignores, indicators a long table gives twice. */
export const shapeMessages = {
  shapeRead(file: string, line: number, shape: ShapeKind): Problem {
    return problem(
      "warning",
      { file, line },
      `The file is ${SHAPE_WORDS[shape]}.`,
      'If that is not how it should be read, give its columns roles in the descriptor: "columns": { "<header>": { "role": "filter" } }; see data/README.md.',
    );
  },

  tooManyIndicators(file: string, line: number, column: string): Problem {
    return problem(
      "error",
      { file, line, columnName: column },
      `Column ${quote(column)} names too many different indicators to read as a long table.`,
      'Say which column holds what in the descriptor: "columns": { "<header>": { "role": "filter" } }.',
    );
  },

  soloLevelsIgnored(file: string, levels: { level: string; rows: number }[]): Problem {
    const list = levels.map((l) => `${formatPlain(l.rows)} at level ${visible(l.level)}`).join(", ");
    return problem(
      "warning",
      { file },
      `Rows at school, provider, institution or planning area level are not read in a file that has rows at other levels, as EES reads them: ${list}.`,
      "Publish those rows in a file of their own.",
    );
  },

  repeatedIndicator(file: string, lines: number[]): Problem {
    return problem(
      "warning",
      { file, line: lines[0] },
      `${formatPlain(lines.length)} ${lines.length === 1 ? "row gives" : "rows give"} an indicator an earlier row gives for the same period, place and groups (${lineList(lines, lines.length)}); the first is shown.`,
      "Remove the repeated rows, or add a column that tells them apart.",
    );
  },
} as const;
