import { formatPlain } from "../../text/number.ts";
import type { LabelConcern } from "../label.ts";
import { problem, quote, type Place } from "../problem-text.ts";
import type { Problem } from "../types.ts";

/** What is said about text in label columns: too long, or odd enough to be worth a word. */
export const labelsMessages = {
  labelTooLong(at: Place, longest: number): Problem {
    return problem(
      "error",
      at,
      `Value ${quote(at.value)} in column ${quote(at.columnName)} is longer than ${formatPlain(longest)} characters.`,
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
} as const;
