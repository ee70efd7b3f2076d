import type { FileNote, Reading } from "./reading.ts";
import type { Descriptor, Source } from "./types.ts";

/**
 * What a spreadsheet saved as CSV says about itself, put where the page shows a dataset's
 * words: its title (when no descriptor gives one), its numbered notes among the things to know,
 * and its source lines among the sources (when the descriptor lists none).
 */

/** A note as the page lists it: its marker, as the table wrote it, then its text. */
export function noteText(note: FileNote): string {
  if (note.marker === null) return note.text;
  const marker = /^\d+$/.test(note.marker) ? `[${note.marker}]` : /^[a-z]$/.test(note.marker) ? `(${note.marker})` : note.marker;
  return `${marker} ${note.text}`;
}

/** A source line from the file as a source the page cites: its words as the title, and where in the file it was found. */
function fileSource(file: string, note: FileNote, n: number): Source {
  return { id: `file-source-${n + 1}`, title: note.text, publisher: "", date: "", path: "", locator: `Source line under the table in ${file}, line ${note.line}` };
}

/** The descriptor with what the file says about itself added; `described` is false when there is no descriptor file. */
export function withFileNotes(descriptor: Descriptor, reading: Reading, file: string, described: boolean): Descriptor {
  const title = !described && reading.title ? reading.title : descriptor.title;
  const notes = [...(descriptor.notes ?? []), ...reading.notes.map(noteText)];
  const sources = descriptor.sources.length ? descriptor.sources : reading.sources.map((s, n) => fileSource(file, s, n));
  return { ...descriptor, title, notes, sources };
}
