import type { FileNote } from "./reading.ts";

/**
 * What a spreadsheet saved as CSV holds besides its table: a title and blank rows above the
 * header, and under the table a source line and numbered notes, each in the first cell of an
 * otherwise empty row. They are kept, not dropped, so the page can show them.
 */

/** A row's cells that hold text, trimmed. */
export function filledCells(cells: string[]): string[] {
  const filled: string[] = [];
  for (const cell of cells) {
    const text = cell.trim();
    if (text !== "") filled.push(text);
  }
  return filled;
}

/** True for a row with no text at all. */
export function isBlankRow(cells: string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

/** How notes under a table start: a source line, a note heading, or a marker (`[1]`, `1.`, `*`, `(a)`). */
const NOTE_START = /^(?:sources?\b|notes?\b|footnotes?\b|\[[0-9a-z]{1,3}\]|\([0-9a-z]{1,2}\)|\d{1,2}[.):]\s|\*+\s?|†|‡|figures\b|data\b|please\b|excludes?\b|includes?\b|rounded\b|this\b|these\b|where\b)/i;

/** Notes are usually sentences; a first cell this long is not a place or a group. */
const LONG_TEXT = 40;

/**
 * Whether a row under the header is a note rather than data: only its first cell holds text,
 * and that text reads as a note (or notes have already begun). Rows of data are never notes.
 */
export function isNoteRow(cells: string[], inNotes: boolean): boolean {
  const first = cells[0]?.trim() ?? "";
  if (first === "") return inNotes && !isBlankRow(cells);
  for (let i = 1; i < cells.length; i++) if (cells[i]!.trim() !== "") return inNotes;
  return inNotes || cells.length === 1 || NOTE_START.test(first) || first.length >= LONG_TEXT;
}

/** A note's marker and text: `[1] Revised`, `1. Revised`, `1) Revised`, `* Estimate`, `(a) Includes…`, `Note 1: Revised`. */
const MARKED = /^(?:\[([0-9a-z]{1,3})\]|\(([0-9a-z]{1,2})\)|(\d{1,2})[.):]|(\*+|†|‡)|notes? (\d{1,2})[.:)]?)\s*(.*)$/i;
const SOURCE = /^sources?\s*[:\-–]\s*(.*)$/i;
const NOTES_HEADING = /^(?:notes?|footnotes?)\s*:?\s*$/i;

/** Sorts the text of a row above or under a table into a source line or a note; a bare "Notes:" heading is neither. */
export function readNote(text: string, line: number): { kind: "source" | "note"; note: FileNote } | null {
  if (NOTES_HEADING.test(text)) return null;
  const source = SOURCE.exec(text);
  if (source) return { kind: "source", note: { marker: null, text: source[1]!.trim() || text, line } };
  const marked = MARKED.exec(text);
  if (marked) {
    const marker = marked[1] ?? marked[2] ?? marked[3] ?? marked[4] ?? marked[5]!;
    return { kind: "note", note: { marker: marker.toLowerCase(), text: marked[6]!.trim(), line } };
  }
  return { kind: "note", note: { marker: null, text: text.replace(/^notes?\s*:\s*/i, ""), line } };
}

/** Notes and sources gathered from rows outside a table. */
export class NoteCollector {
  constructor(
    readonly notes: FileNote[] = [],
    readonly sources: FileNote[] = [],
  ) {}

  /** Takes a row's text; rows with none are skipped. */
  add(cells: string[], line: number): void {
    const text = filledCells(cells).join(" ");
    if (text === "") return;
    const read = readNote(text, line);
    if (!read) return;
    (read.kind === "source" ? this.sources : this.notes).push(read.note);
  }
}
