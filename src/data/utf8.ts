/**
 * Where a file stops being UTF-8 text, found byte by byte, for the message that says so. Pure:
 * the file reader feeds it bytes only once reading has already failed.
 */

/** The first byte that is not text: its line, the bytes as written, and what they would be in Windows-1252. */
export interface BadByte {
  /** 1-based line, when the encoding lets it be found. */
  line?: number;
  /** The offending bytes in hex, e.g. `0xA3`. */
  bytes?: string;
  /** A NUL byte: a binary file, or UTF-16 without its byte-order mark. */
  nul: boolean;
  /** The same first byte read as Windows-1252 (what Excel's plain "CSV" writes), when that gives a character. */
  windows1252?: string;
}

const WINDOWS_1252 = new TextDecoder("windows-1252");

/** A streaming UTF-8 check (the WHATWG decoder's rules) that counts lines as it goes. */
export class Utf8Scan {
  private line = 1;
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private pending: number[] = [];

  /** Reads the next bytes; returns the first bad sequence, if they hold one. */
  feed(bytes: Uint8Array): BadByte | null {
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (this.need === 0) {
        if (b < 0x80) {
          if (b === 0) return { line: this.line, bytes: "0x00", nul: true };
          if (b === 0x0a) this.line++;
          continue;
        }
        this.pending = [b];
        if (b >= 0xc2 && b <= 0xdf) this.need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          this.need = 2;
          this.lower = b === 0xe0 ? 0xa0 : 0x80;
          this.upper = b === 0xed ? 0x9f : 0xbf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          this.need = 3;
          this.lower = b === 0xf0 ? 0x90 : 0x80;
          this.upper = b === 0xf4 ? 0x8f : 0xbf;
        } else return this.bad();
        continue;
      }
      if (b < this.lower || b > this.upper) return this.bad();
      this.pending.push(b);
      this.lower = 0x80;
      this.upper = 0xbf;
      this.need--;
    }
    return null;
  }

  /** At the end of the file: a sequence cut short is bad too. */
  end(): BadByte | null {
    return this.need > 0 ? this.bad() : null;
  }

  private bad(): BadByte {
    const bytes = this.pending.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
    const first = this.pending[0]!;
    const windows1252 = WINDOWS_1252.decode(Uint8Array.of(first));
    return { line: this.line, bytes, nul: false, ...(/^[\u0080-\u009f]$/.test(windows1252) ? {} : { windows1252 }) };
  }
}

/** Bytes that Windows-1252 text never holds: controls other than tab and line ends, and the five it leaves undefined. */
const NOT_TEXT_1252 = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) if (b !== 0x09 && b !== 0x0a && b !== 0x0d) NOT_TEXT_1252[b] = 1;
for (const b of [0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d]) NOT_TEXT_1252[b] = 1;

/** Index of the first byte that cannot be Windows-1252 text, or -1. */
export function firstNonText1252(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (NOT_TEXT_1252[bytes[i]!]) return i;
  return -1;
}

/**
 * How many bytes from the start hold only whole UTF-8 sequences: the rest (at most three bytes,
 * a character cut by the end of a read) waits for the next read. Bytes that are not UTF-8 are
 * left to the decoder to refuse.
 */
export function wholeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if (b < 0x80) return n;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return back >= length ? n : n - back;
    }
  }
  return n;
}
