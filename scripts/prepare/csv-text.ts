import Papa from "papaparse";

/**
 * A prepared file as CSV text: UTF-8, LF line ends, a final newline, cells quoted only when they
 * hold a comma, quote or line break, so re-running a preparation writes the same bytes.
 */

/** The header and rows as CSV text. */
export function csvText(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse([header as string[], ...(rows as string[][])], { newline: "\n", quotes: false })}\n`;
}
