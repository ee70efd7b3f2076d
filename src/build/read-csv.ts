import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import Papa from "papaparse";

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
  /** Set when the bytes could not be decoded as the detected encoding. */
  decodeError: string | null;
}

/** Progress as rows are read, for long files. */
export type ProgressHandler = (bytesRead: number, rowsRead: number) => void;

/** Picks the text encoding from a byte-order mark; UTF-8 otherwise. The decoder drops the mark. */
export function detectEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

async function* decodeFile(path: string, report: StreamReport, onBytes: (n: number) => void): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  try {
    for await (const buffer of createReadStream(path, { highWaterMark: 1 << 20 })) {
      const bytes = buffer as Buffer;
      if (!decoder) {
        report.encoding = detectEncoding(bytes);
        decoder = new TextDecoder(report.encoding, { fatal: true });
      }
      report.bytes += bytes.length;
      onBytes(report.bytes);
      yield decoder.decode(bytes, { stream: true });
    }
    if (decoder) yield decoder.decode();
  } catch (error) {
    report.decodeError = error instanceof Error ? error.message : String(error);
  }
}

/** Streams every row of `path` to `onRow`, counting physical lines across quoted line breaks. */
export function streamCsv(path: string, onRow: RowHandler, onProgress?: ProgressHandler): Promise<StreamReport> {
  const report: StreamReport = { bytes: 0, encoding: "utf-8", syntaxErrors: [], decodeError: null };
  let bytesRead = 0;
  const input = Readable.from(decodeFile(path, report, (n) => (bytesRead = n)));
  let line = 1;
  let rowsRead = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(input as unknown as File, {
      header: false,
      delimiter: ",",
      chunk(results) {
        const starts: number[] = new Array(results.data.length);
        results.data.forEach((cells, i) => {
          starts[i] = line;
          if (!(cells.length === 1 && cells[0] === "")) onRow(cells, line);
          line += 1 + countLineBreaks(cells);
        });
        for (const e of results.errors) {
          if (e.code === "UndetectableDelimiter") continue;
          report.syntaxErrors.push({ line: starts[e.row ?? 0] ?? line, detail: e.message });
        }
        rowsRead += results.data.length;
        onProgress?.(bytesRead, rowsRead);
      },
      complete: () => resolve(report),
      error: (error: Error) => reject(error),
    });
  });
}

function countLineBreaks(cells: string[]): number {
  let n = 0;
  for (const cell of cells) {
    if (cell.includes("\n")) n += cell.split("\n").length - 1;
    else if (cell.includes("\r")) n += cell.split("\r").length - 1;
  }
  return n;
}
