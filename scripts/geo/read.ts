/**
 * Turns the bytes of each published file into plain records: CSV (through papaparse), a ZIP
 * holding one CSV (the alternative provision file, named .csv.gz though it is a ZIP), and Parquet
 * (the interactive tool's long table, through hyparquet). Nothing here knows what the rows mean.
 */

import Papa from "papaparse";
import { unzipSync } from "fflate";
import { parquetReadObjects } from "hyparquet";

/** A CSV record with the line it came from, for error messages. */
export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

/** A problem in an input file, naming the file, line, column and value, and what to do. */
export class InputError extends Error {
  constructor(file: string, line: number | null, column: string | null, value: string | null, advice: string) {
    const where = [file, line !== null ? `line ${line}` : null, column !== null ? `column "${column}"` : null]
      .filter(Boolean)
      .join(", ");
    super(`${where}${value !== null ? `: value "${value}"` : ""}: ${advice}`);
    this.name = "InputError";
  }
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** The text of a file, or of the one CSV inside it when it is a ZIP archive; a BOM is dropped. */
export function fileText(bytes: Uint8Array, file: string): string {
  let body = bytes;
  if (startsWith(bytes, ZIP_MAGIC)) {
    const members = Object.entries(unzipSync(bytes)).filter(([name]) => !name.endsWith("/"));
    if (members.length !== 1) {
      throw new InputError(file, null, null, null, `the archive holds ${members.length} files (${members.map(([n]) => n).join(", ")}); expected one CSV`);
    }
    body = members[0]![1];
  }
  const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses CSV text with a header row into records, checking that each names the expected columns. */
export function parseCsv(text: string, file: string, columns: readonly string[]): CsvRecord[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const first = parsed.errors[0];
  if (first) {
    throw new InputError(file, first.row !== undefined ? first.row + 2 : null, null, null, `${first.message}; check the file is the published CSV`);
  }
  const header = parsed.meta.fields ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new InputError(file, 1, missing[0]!, null, `the header lacks ${missing.map((c) => `"${c}"`).join(", ")}; is this the file the lookup expects?`);
  }
  return parsed.data.map((values, i) => ({ line: i + 2, values }));
}

/** Reads the named columns of a Parquet file, or of a CSV excerpt of the same table, as text records. */
export async function readTable(bytes: Uint8Array, file: string, columns: readonly string[]): Promise<CsvRecord[]> {
  if (!startsWith(bytes, PARQUET_MAGIC)) return parseCsv(fileText(bytes, file), file, columns);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await parquetReadObjects({ file: buffer, columns: [...columns] });
  return rows.map((row, i) => ({
    line: i + 1,
    values: Object.fromEntries(columns.map((c) => [c, row[c] === null || row[c] === undefined ? "" : String(row[c])])),
  }));
}
