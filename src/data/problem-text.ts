import { formatPlain } from "../text/number.ts";
import type { Problem, Severity } from "./types.ts";

/** The pieces every message is made of: where, the value quoted safely, counts and lists in words. */

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
    cut = `${cut}… (${formatPlain(text.length)} characters)`;
  }
  return cut.replace(INVISIBLE, (ch) => ESCAPED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A value from a file in double quotes, as every message quotes one. */
export function quote(text: string | undefined): string {
  return `"${visible(text ?? "")}"`;
}

/** A problem at a place, its value shown safely. */
export function problem(severity: Severity, at: Place, message: string, fix: string): Problem {
  return { severity, ...at, ...(at.value === undefined ? {} : { value: visible(at.value) }), message, fix };
}

/** A count as the messages print it: 10,022. */
export function count(n: number): string {
  return formatPlain(n);
}

/** "1 file", "3 files". */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? "" : "s"}`;
}

/** "a, b, c and 12 more": a list of column names that stays short for a file of 5,000 columns. */
export function nameList(names: string[]): string {
  if (names.length === 0) return "no columns";
  const shown = names.slice(0, 10).map((n) => visible(n)).join(", ");
  return names.length > 10 ? `${shown} and ${formatPlain(names.length - 10)} more` : shown;
}

/** "lines 3, 5 and 10 more": the first few lines of `total`. */
export function lineList(lines: number[], total: number): string {
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
