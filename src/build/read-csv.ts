import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import Papa from "papaparse";
import { Utf8Scan, type BadByte } from "../data/utf8.ts";

/**
 * Streams a CSV file into rows with papaparse, one chunk at a time, so memory stays flat
 * whatever the file's size. The only place CSV text becomes rows.
 */

/** A row as the parser gave it, with the physical line it starts on. */
export type RowHandler = (cells: string[], line: number) => void;

/** What the stream saw besides rows: syntax errors, and how the bytes were decoded. */
export interface StreamReport {
  bytes: number;
  encoding: string;
  syntaxErrors: { line: number; detail: string }[];
  /** Set when the bytes are not text in the detected encoding (or hold NUL bytes); reading stopped there. */
  badBytes: BadByte | null;
  /** Set when the file could not be read at all, with the system's error code. */
  readError: string | null;
}

/** Progress as rows are read, for long files. */
export type ProgressHandler = (bytesRead: number, rowsRead: number) => void;

/** Picks the text encoding from a byte-order mark; UTF-8 otherwise. The decoder drops the mark. */
export function detectEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Thrown inside the reader when the bytes stop being text. */
class NotText extends Error {}

async function* decodeFile(path: string, report: StreamReport, onBytes: (n: number) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let text: string;
  try {
    for await (const buffer of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const bytes = buffer as Buffer;
      if (!decoder) {
        report.encoding = detectEncoding(bytes);
        decoder = new TextDecoder(report.encoding, { fatal: true });
      }
      // A NUL byte is valid UTF-8 but never text: a binary file, or UTF-16 without its mark.
      if (report.encoding === "utf-8" && bytes.indexOf(0) >= 0) throw new NotText();
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw new NotText();
      }
      report.bytes += bytes.length;
      onBytes(report.bytes);
      yield text;
    }
    if (decoder) yield decoder.decode();
  } catch (error) {
    if (error instanceof NotText) report.badBytes = await findBadByte(path, report.encoding);
    else report.readError = (error as NodeJS.ErrnoException).code ?? "unknown error";
  }
}

/** Scans `path` again for the first NUL byte or invalid UTF-8 sequence; other encodings say only that they failed. */
async function findBadByte(path: string, encoding: string): Promise<BadByte> {
  if (encoding !== "utf-8") return { nul: false };
  const scan = new Utf8Scan();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const found = scan.feed(chunk as Buffer);
    if (found) return found;
  }
  return scan.end() ?? { nul: false };
}

/** Streams every row of `path` to `onRow`, counting physical lines across quoted line breaks. */
export function streamCsv(path: string, onRow: RowHandler, onProgress?: ProgressHandler): Promise<StreamReport> {
  const report: StreamReport = { bytes: 0, encoding: "utf-8", syntaxErrors: [], badBytes: null, readError: null };
  let bytesRead = 0;
  const input = Readable.from(decodeFile(path, report, (n) => (bytesRead = n)));
  let line = 1;
  let rowsRead = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as unknown as File, {
      header: false,
      delimiter: ",",
      chunk(results) {
        const rows = results.data;
        // A quoted line break is the file's own line end (a lone CR in old Mac files, else LF).
        const end = results.meta.linebreak === "\r" ? "\r" : "\n";
        // Errors are numbered by row within this chunk; one past its end is the unfinished last
        // line, which papaparse parses again (and reports again) with the next chunk.
        for (const e of results.errors) {
          if (e.code === "UndetectableDelimiter" || e.row === undefined || e.row >= rows.length) continue;
          let at = line;
          for (let i = 0; i < e.row; i++) at += 1 + countLineBreaks(rows[i]!, end);
          report.syntaxErrors.push({ line: at, detail: e.message });
        }
        for (let i = 0; i < rows.length; i++) {
          const cells = rows[i]!;
          // A line of nothing, or of a stray carriage return, is not a row.
          if (!(cells.length === 1 && cells[0]!.trim() === "")) onRow(cells, line);
          line += 1 + countLineBreaks(cells, end);
        }
        rowsRead += rows.length;
        onProgress?.(bytesRead, rowsRead);
      },
      complete: () => resolve(report),
      error: (error: Error) => reject(error),
    });
  });
}

/** Line breaks inside a row's quoted cells, so the next row's line number stays true. */
function countLineBreaks(cells: string[], end: string): number {
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    for (let i = cells[c]!.indexOf(end); i >= 0; i = cells[c]!.indexOf(end, i + 1)) n++;
  }
  return n;
}
