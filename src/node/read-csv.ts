import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { Readable } from "node:stream";
import Papa from "papaparse";
import { firstNonText1252, Utf8Scan, wholeUtf8Length, type BadByte } from "../data/utf8.ts";

/**
 * Streams a CSV file into rows with papaparse, one chunk at a time, so memory stays flat
 * whatever the file's size. The only place CSV text becomes rows.
 */

/** A row as the parser gave it, with the physical line it starts on. */
export type RowHandler = (cells: string[], line: number) => void;

/** What the stream saw besides rows: syntax errors, and how the bytes were decoded. */
export interface StreamReport {
  bytes: number;
  encoding: Encoding;
  /** How the encoding was known: a byte-order mark, the pattern of the bytes, or UTF-8 by default. */
  encodingFrom: "mark" | "bytes" | "default";
  syntaxErrors: { line: number; detail: string }[];
  /** Set when the bytes are not text in the detected encoding (or hold NUL bytes); reading stopped there. */
  badBytes: BadByte | null;
  /** Set when the file could not be read at all, with the system's error code. */
  readError: string | null;
}

/** Progress as rows are read, for long files. */
export type ProgressHandler = (bytesRead: number, rowsRead: number) => void;

/** The encodings a data file is read in: UTF-8 as the standard asks, and what spreadsheets save instead. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Picks the text encoding from a byte-order mark; UTF-8 otherwise. The decoder drops the mark. */
export function detectEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text in a Latin script has a zero
 * byte beside almost every character, on the same side. Null for anything else.
 */
export function sniffUtf16(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(256, Math.floor(head.length / 2));
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.8 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= pairs * 0.8 && oddZeros === 0) return "utf-16be";
  return null;
}

/** Thrown inside the reader when the bytes stop being text. */
class NotText extends Error {}

/**
 * Bytes read at a time. Small reads keep each parsed chunk's rows short-lived, so they never
 * outlive the young generation: papaparse is much faster, and memory lower, than with 1 MB reads.
 */
const READ_BYTES = 32 * 1024;
/** Bytes asked of the file system at a time. */
const BLOCK_BYTES = 16 * READ_BYTES;

/**
 * The file's bytes, a block at a time, read without leaving the thread: a read from the disk
 * cache is a copy, where a stream's read waits for a worker thread, and on a busy machine the
 * parser waited on those for a fifth of its time.
 */
function* fileBlocks(path: string): Generator<Buffer> {
  const fd = openSync(path, "r");
  // One buffer, filled again for each block: every reader copies what it keeps.
  const block = Buffer.allocUnsafe(BLOCK_BYTES);
  try {
    for (;;) {
      const read = readSync(fd, block, 0, BLOCK_BYTES, null);
      if (read === 0) return;
      yield read < BLOCK_BYTES ? block.subarray(0, read) : block;
    }
  } finally {
    closeSync(fd);
  }
}

/** Decodes chunk after chunk, switching to Windows-1252 at the first byte that is not UTF-8 when every byte before it was ASCII. */
class Decoder {
  private decoder: TextDecoder | null = null;
  /** Whether any text decoded so far was other than ASCII: then a bad byte is a broken file, not another encoding. */
  private sawNonAscii = false;
  /** UTF-8: the first bytes of a character cut by the end of the last read, decoded with the next. */
  private cut: Uint8Array | null = null;

  constructor(private readonly report: StreamReport) {}

  /** The chunk's text; throws NotText when the bytes are not text in any encoding the reader takes. */
  decode(bytes: Uint8Array): string {
    const report = this.report;
    if (!this.decoder) this.start(bytes);
    if (report.encoding === "windows-1252") return decodeWindows1252(this.decoder!, bytes);
    // A NUL byte is valid UTF-8 but never text: a binary file, or UTF-16 without its mark.
    if (report.encoding === "utf-8" && bytes.indexOf(0) >= 0) throw new NotText();
    try {
      const text = report.encoding === "utf-8" ? this.utf8(bytes) : this.decoder!.decode(bytes, { stream: true });
      if (text.length !== bytes.length) this.sawNonAscii = true;
      return text;
    } catch {
      if (report.encoding !== "utf-8" || report.encodingFrom !== "default" || this.sawNonAscii || holdsUtf8(bytes)) throw new NotText();
      this.cut = null;
      report.encoding = "windows-1252";
      report.encodingFrom = "bytes";
      this.decoder = new TextDecoder("windows-1252");
      return decodeWindows1252(this.decoder, bytes);
    }
  }

  /** Whatever the decoder still holds at the end of the file; throws when that is a character cut short. */
  end(): string {
    const cut = this.cut;
    this.cut = null;
    return cut ? this.decoder!.decode(cut) : (this.decoder?.decode() ?? "");
  }

  /**
   * UTF-8 decoded one read at a time, each ending on a whole character, rather than as a stream:
   * Node decodes whole text several times faster. Only the file's first bytes may lose a byte-order mark.
   */
  private utf8(bytes: Uint8Array): string {
    const input = this.cut ? Buffer.concat([this.cut, bytes]) : bytes;
    const whole = wholeUtf8Length(input);
    // Copies, as the bytes read are overwritten by the next read.
    if (whole === 0) {
      this.cut = new Uint8Array(input);
      return "";
    }
    const text = this.decoder!.decode(input.subarray(0, whole));
    this.cut = whole < input.length ? new Uint8Array(input.subarray(whole)) : null;
    if (!this.decoder!.ignoreBOM) this.decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    return text;
  }

  get started(): boolean {
    return this.decoder !== null;
  }

  private start(head: Uint8Array): void {
    const report = this.report;
    const marked = detectEncoding(head);
    const sniffed = marked === "utf-8" ? sniffUtf16(head) : null;
    report.encoding = sniffed ?? marked;
    report.encodingFrom = sniffed ? "bytes" : marked === "utf-8" ? "default" : "mark";
    this.decoder = new TextDecoder(report.encoding, { fatal: true });
  }
}

/** Whether bytes that fail as UTF-8 still hold some UTF-8 beyond ASCII: a file of two encodings, not a Windows-1252 one. */
function holdsUtf8(bytes: Uint8Array): boolean {
  return /[^\u0000-\u007f\ufffd]/.test(new TextDecoder("utf-8").decode(bytes));
}

/** Windows-1252 decodes any byte, so bytes no text holds (controls, and the five it leaves undefined) say the file is not text. */
function decodeWindows1252(decoder: TextDecoder, bytes: Uint8Array): string {
  if (firstNonText1252(bytes) >= 0) throw new NotText();
  return decoder.decode(bytes, { stream: true });
}

async function* decodeFile(path: string, report: StreamReport, onBytes: (n: number) => void, onText: (text: string) => void): AsyncGenerator<string> {
  const decoder = new Decoder(report);
  let text: string;
  /** Text read since the last line break: it cannot end a row, so it waits for more, and a long line is parsed once, not again with every read. */
  let carry = "";
  try {
    for (const block of fileBlocks(path)) {
      for (let at = 0; at < block.length; at += READ_BYTES) {
        const bytes = block.subarray(at, at + READ_BYTES);
        text = decoder.decode(bytes);
        report.bytes += bytes.length;
        onBytes(report.bytes);
        carry += text;
        if (text.indexOf("\n") < 0 && text.indexOf("\r") < 0) continue;
        onText(carry);
        yield carry;
        carry = "";
      }
    }
    if (decoder.started) carry += decoder.end();
  } catch (error) {
    if (error instanceof NotText) report.badBytes = await findBadByte(path, report.encoding);
    else report.readError = (error as NodeJS.ErrnoException).code ?? "unknown error";
  }
  if (decoder.started) {
    onText(carry);
    yield carry;
  }
}

/** Scans `path` again for the first NUL byte or invalid UTF-8 sequence; other encodings say only that they failed. */
async function findBadByte(path: string, encoding: Encoding): Promise<BadByte> {
  if (encoding === "windows-1252") return findNonText1252(path);
  if (encoding !== "utf-8") return { nul: false };
  const scan = new Utf8Scan();
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const found = scan.feed(chunk as Buffer);
    if (found) return found;
  }
  return scan.end() ?? { nul: false };
}

/** The first byte no Windows-1252 text holds, with its line. */
async function findNonText1252(path: string): Promise<BadByte> {
  let line = 1;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    const at = firstNonText1252(bytes);
    const upTo = at < 0 ? bytes.length : at;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < upTo; i = bytes.indexOf(0x0a, i + 1)) line++;
    if (at >= 0) return { line, bytes: `0x${bytes[at]!.toString(16).toUpperCase().padStart(2, "0")}`, nul: bytes[at] === 0 };
  }
  return { nul: false };
}

/** Streams every row of `path` to `onRow`, counting physical lines across quoted line breaks. */
export function streamCsv(path: string, onRow: RowHandler, onProgress?: ProgressHandler): Promise<StreamReport> {
  const report: StreamReport = { bytes: 0, encoding: "utf-8", encodingFrom: "default", syntaxErrors: [], badBytes: null, readError: null };
  let bytesRead = 0;
  const pending = new PendingText();
  const input = Readable.from(
    (async function* () {
      yield* decodeFile(path, report, (n) => (bytesRead = n), (text) => pending.push(text));
      pending.ended = true;
    })(),
  );
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
        // When the text this chunk took holds exactly one line end per row, no cell holds a line
        // break, and the lines are counted without looking into every cell.
        const plain = pending.plain(results.meta.cursor, results.meta.linebreak, rows.length);
        for (let i = 0; i < rows.length; i++) {
          const cells = rows[i]!;
          // A line of nothing, or of a stray carriage return, is not a row.
          if (!(cells.length === 1 && cells[0]!.trim() === "")) onRow(cells, line);
          line += plain ? 1 : 1 + countLineBreaks(cells, end);
        }
        rowsRead += rows.length;
        onProgress?.(bytesRead, rowsRead);
      },
      complete: () => resolve(report),
      error: (error: Error) => reject(error),
    });
  });
}

/** The decoded text the parser has been given but has not yet reported on, for counting its line breaks. */
export class PendingText {
  private readonly pieces: string[] = [];
  /** Index of the first piece still held, and the offset in the whole text where it starts. */
  private first = 0;
  private firstStart = 0;
  private taken = 0;
  /** Set once the whole file has been read: the last chunk may end without a line end. */
  ended = false;

  push(text: string): void {
    this.pieces.push(text);
  }

  /**
   * True when the text up to `cursor` holds exactly one line end per row, each the file's own
   * (`linebreak`), so no cell holds a line break. Never for the last chunk, which may not end
   * on a line end.
   */
  plain(cursor: number, linebreak: string, rows: number): boolean {
    const { lf, cr } = this.take(cursor);
    if (this.ended) return false;
    if (linebreak === "\n") return lf === rows && cr === 0;
    if (linebreak === "\r\n") return lf === rows && cr === rows;
    return cr === rows && lf === 0;
  }

  /** Counts line feeds and carriage returns from where the last call stopped up to `cursor`, and lets that text go. */
  private take(cursor: number): { lf: number; cr: number } {
    let lf = 0;
    let cr = 0;
    while (this.taken < cursor && this.first < this.pieces.length) {
      const piece = this.pieces[this.first]!;
      const from = this.taken - this.firstStart;
      const to = Math.min(piece.length, cursor - this.firstStart);
      lf += occurrences(piece, "\n", from, to);
      cr += occurrences(piece, "\r", from, to);
      this.taken = this.firstStart + to;
      if (to === piece.length) {
        this.pieces[this.first++] = "";
        this.firstStart += piece.length;
      }
    }
    if (this.first > 64) {
      this.pieces.splice(0, this.first);
      this.first = 0;
    }
    return { lf, cr };
  }
}

/** How often `char` occurs in `text` from `from` up to `to`. */
function occurrences(text: string, char: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(char, from); i >= 0 && i < to; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Line breaks inside a row's quoted cells, so the next row's line number stays true. */
function countLineBreaks(cells: string[], end: string): number {
  let n = 0;
  for (let c = 0; c < cells.length; c++) {
    for (let i = cells[c]!.indexOf(end); i >= 0; i = cells[c]!.indexOf(end, i + 1)) n++;
  }
  return n;
}
