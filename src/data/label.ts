/**
 * Text in a label that is worth a word to its publisher: it is always shown as text (the page
 * escapes it), but a spreadsheet may run a formula, and markup is rarely meant.
 */

/** What is odd about a label: it starts like a spreadsheet formula, holds markup, or holds invisible control characters. */
export type LabelConcern = "formula" | "markup" | "control";

/** `=`, `@`, or a sign before something other than a number; a leading tab or carriage return too (OWASP's list). */
const FORMULA = /^(?:[=@\t\r]|[+-][^\d\s.])/;
const MARKUP = /<[a-z!/?]/i;
/** Control and text-direction characters; line breaks and tabs are ordinary in quoted labels. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Whether a label starts like a formula or holds markup; null for ordinary text. */
export function labelConcern(text: string): LabelConcern | null {
  if (FORMULA.test(text)) return "formula";
  if (MARKUP.test(text)) return "markup";
  if (CONTROL.test(text)) return "control";
  return null;
}
